/* End-to-end: the "valid for one year" notAfter built two ways against the
   real OpenSSL, with today's date passed in (YYYY-MM-DD) so the leap day can
   be faked. Usage: openssl_leap_day unsafe|safe YYYY-MM-DD */
#include <openssl/asn1.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static int parse_date(const char *s, struct tm *tm) {
  memset(tm, 0, sizeof *tm);
  if (sscanf(s, "%d-%d-%d", &tm->tm_year, &tm->tm_mon, &tm->tm_mday) != 3)
    return 0;
  tm->tm_year -= 1900;
  tm->tm_mon -= 1;
  tm->tm_hour = 12;
  return 1;
}

/* The 2012 bug: same date, year + 1. */
static int set_not_after_unsafe(X509 *x, struct tm tm) {
  char end[32];
  tm.tm_year += 1;
  snprintf(end, sizeof end, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return ASN1_TIME_set_string_X509(X509_getm_notAfter(x), end);
}

/* The fix: 365 days from now, which is always a date that exists. */
static int set_not_after_safe(X509 *x, struct tm tm) {
  time_t now = timegm(&tm);
  if (now == (time_t)-1)
    return 0;
  return X509_time_adj_ex(X509_getm_notAfter(x), 365, 0, &now) != NULL;
}

int main(int argc, char **argv) {
  struct tm today;
  if (argc != 3 || !parse_date(argv[2], &today))
    return 2;
  X509 *x = X509_new();
  if (!x)
    return 2;
  int ok = strcmp(argv[1], "safe") == 0 ? set_not_after_safe(x, today)
                                        : set_not_after_unsafe(x, today);
  if (!ok) {
    printf("notAfter: not set\n");
    X509_free(x);
    return 1;
  }
  BIO *out = BIO_new_fp(stdout, BIO_NOCLOSE);
  BIO_printf(out, "notAfter: ");
  ASN1_TIME_print(out, X509_get0_notAfter(x));
  BIO_printf(out, "\n");
  BIO_free(out);
  X509_free(x);
  return 0;
}
