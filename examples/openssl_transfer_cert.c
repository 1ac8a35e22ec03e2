/* The 2012 leap-day transfer certificate in OpenSSL terms, as it fails in
   practice: the notAfter string is built from today's date with year + 1,
   and the result of ASN1_TIME_set_string_X509 is not checked. On 29 Feb 2024
   the string is "20250229...Z", the call returns 0 and leaves notAfter empty,
   and X509_sign still signs: the certificate has an empty, unparsable
   notAfter (observed with OpenSSL 3.0). */
#include <stdio.h>
#include <time.h>
#include "openssl_asn1.h"

int sign_transfer_cert(X509 *cert, EVP_PKEY *key, time_t now) {
  struct tm tm;
  char end[32];
  if (!gmtime_r(&now, &tm))
    return 0;
  snprintf(end, sizeof end, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900 + 1,
           tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  X509_gmtime_adj(X509_getm_notBefore(cert), 0);
  ASN1_TIME_set_string_X509(X509_getm_notAfter(cert), end);
  return X509_sign(cert, key, EVP_sha256()) > 0;
}

/* The fix: a day-based validity (365 days is never an invalid date), with
   every result checked before the certificate is signed. premortem stays
   silent here. */
int sign_transfer_cert_fixed(X509 *cert, EVP_PKEY *key) {
  if (!X509_gmtime_adj(X509_getm_notBefore(cert), 0))
    return 0;
  if (!X509_time_adj_ex(X509_getm_notAfter(cert), 365, 0, NULL))
    return 0;
  return X509_sign(cert, key, EVP_sha256()) > 0;
}
