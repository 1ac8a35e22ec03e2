/* The 2012 leap-day outage in OpenSSL terms: a certificate "valid for one
   year" gets its notAfter from today's date with the year incremented. On
   29 Feb 2012 the string is "20130229000000Z", ASN1_TIME_set_string rejects
   it, and the certificate keeps whatever notAfter it had. */
#include <stdio.h>
#include <time.h>
#include "openssl_asn1.h"

int set_expiry_one_year(X509 *cert, time_t now) {
  struct tm tm;
  char text[32];
  ASN1_TIME *not_after;
  int ok;

  if (!gmtime_r(&now, &tm))
    return 0;
  tm.tm_year += 1; /* "valid for one year" */
  snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900,
           tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  not_after = ASN1_TIME_new();
  ok = not_after && ASN1_TIME_set_string(not_after, text) &&
       X509_set1_notAfter(cert, not_after);
  ASN1_TIME_free(not_after);
  return ok;
}

/* The fix: 29 February becomes 28 February when the next year is not a leap
   year. premortem stays silent here. */
static int is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int set_expiry_one_year_fixed(X509 *cert, time_t now) {
  struct tm tm;
  char text[32];
  ASN1_TIME *not_after;
  int ok;

  if (!gmtime_r(&now, &tm))
    return 0;
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900))
    tm.tm_mday = 28;
  snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900,
           tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  not_after = ASN1_TIME_new();
  ok = not_after && ASN1_TIME_set_string(not_after, text) &&
       X509_set1_notAfter(cert, not_after);
  ASN1_TIME_free(not_after);
  return ok;
}
