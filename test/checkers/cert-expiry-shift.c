// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <gnutls/x509.h>
#include <mbedtls/x509_crt.h>
#include <nss/cert.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <time.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// ---------------------------------------------------------------------------
// OpenSSL: a string built from tm_year + 1.
// ---------------------------------------------------------------------------

int openssl_string(X509 *x, time_t now) {
  struct tm tm;
  char end[32];
  if (!gmtime_r(&now, &tm))
    return 0;
  tm.tm_year += 1;
  snprintf(end, sizeof end, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return ASN1_TIME_set_string_X509(X509_getm_notAfter(x), end);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set_string_X509' comes from 'tm', whose year was shifted without handling 29 February; on a leap day 'ASN1_TIME_set_string_X509' rejects the date that does not exist and returns 0 (clamp the day to 28 February, or use a day-based validity) [premortem-cert-expiry]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the shifted date is converted or formatted here
}

// The same with the day clamped: silent.
int openssl_string_fixed(X509 *x, time_t now) {
  struct tm tm;
  char end[32];
  if (!gmtime_r(&now, &tm))
    return 0;
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900))
    tm.tm_mday = 28;
  snprintf(end, sizeof end, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return ASN1_TIME_set_string_X509(X509_getm_notAfter(x), end);
}

// ASN1_TIME_set fed from mktime of the shifted struct tm.
int openssl_mktime(X509 *x, struct tm tm) {
  tm.tm_year++;
  return ASN1_TIME_set(X509_getm_notAfter(x), mktime(&tm)) != NULL;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set' comes from 'tm', whose year was shifted without handling 29 February; on a leap day the conversion silently moves it to 1 March {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-3]]:47: note: the shifted date is converted or formatted here
}

// Through a time_t variable.
int openssl_timegm_var(X509 *x, struct tm tm, int years) {
  tm.tm_year += years;
  time_t end = timegm(&tm);
  if (end == (time_t)-1)
    return 0;
  return ASN1_TIME_adj(X509_getm_notAfter(x), end, 0, 0) != NULL;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_adj' comes from 'tm'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-6]]:16: note: the shifted date is converted or formatted here
}

// A day-based validity needs no calendar: silent.
int openssl_days(X509 *x, int days) {
  return X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL) != NULL;
}

// ---------------------------------------------------------------------------
// mbedTLS: the string is written as is.
// ---------------------------------------------------------------------------

int mbedtls_shift(mbedtls_x509write_cert *crt, struct tm *now) {
  char from[16], to[16];
  struct tm end = *now;
  snprintf(from, sizeof from, "%04d%02d%02d%02d%02d%02d", now->tm_year + 1900, now->tm_mon + 1,
           now->tm_mday, now->tm_hour, now->tm_min, now->tm_sec);
  end.tm_year = now->tm_year + 1;
  snprintf(to, sizeof to, "%04d%02d%02d%02d%02d%02d", end.tm_year + 1900, end.tm_mon + 1,
           end.tm_mday, end.tm_hour, end.tm_min, end.tm_sec);
  return mbedtls_x509write_crt_set_validity(crt, from, to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'mbedtls_x509write_crt_set_validity' comes from 'end', whose year was shifted without handling 29 February; on a leap day 'mbedtls_x509write_crt_set_validity' accepts the date that does not exist and writes an invalid certificate {{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: year of 'end' is shifted here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: the shifted date {{.*}}
}

// ---------------------------------------------------------------------------
// GnuTLS: time_t from a shifted struct tm.
// ---------------------------------------------------------------------------

int gnutls_shift(gnutls_x509_crt_t crt, time_t now) {
  struct tm tm;
  if (!gmtime_r(&now, &tm))
    return -1;
  tm.tm_year += 10;
  return gnutls_x509_crt_set_expiration_time(crt, timegm(&tm));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'gnutls_x509_crt_set_expiration_time' comes from 'tm'{{.*}}silently moves it to 1 March{{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-3]]:51: note: the shifted date {{.*}}
}

// ---------------------------------------------------------------------------
// NSS: PR_ImplodeTime normalizes the shifted PRExplodedTime.
// ---------------------------------------------------------------------------

CERTValidity *nss_shift(void) {
  PRTime now = PR_Now();
  PRExplodedTime t;
  PR_ExplodeTime(now, PR_GMTParameters, &t);
  t.tm_year += 1;
  return CERT_CreateValidity(now, PR_ImplodeTime(&t));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'CERT_CreateValidity' comes from 't'{{.*}}silently moves it to 1 March{{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 't' is shifted here
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: the shifted date {{.*}}
}

// A macro around the validity call: reported at the macro's use.
#define SET_NOT_AFTER(x, s) ASN1_TIME_set_string(X509_getm_notAfter(x), s)
int openssl_macro(X509 *x, struct tm tm) {
  char end[32];
  tm.tm_year += 1;
  snprintf(end, sizeof end, "%04d%02d%02d000000Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return SET_NOT_AFTER(x, end);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set_string' comes from 'tm'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: the shifted date {{.*}}
}

// ---------------------------------------------------------------------------
// The year printed shifted, with no write to the date.
// ---------------------------------------------------------------------------

int printed_year(X509 *x, const struct tm *now) {
  char end[32];
  snprintf(end, sizeof end, "%04d%02d%02d%02d%02d%02dZ", now->tm_year + 1900 + 1,
           now->tm_mon + 1, now->tm_mday, now->tm_hour, now->tm_min, now->tm_sec);
  return ASN1_TIME_set_string(X509_getm_notAfter(x), end);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set_string' comes from 'now', whose year was shifted without handling 29 February; on a leap day 'ASN1_TIME_set_string' rejects the date that does not exist and returns 0 {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:58: note: year of 'now' is shifted here
}

int printed_year_mbedtls(mbedtls_x509write_cert *crt, struct tm tm, const char *from) {
  char to[16];
  snprintf(to, sizeof to, "%04d%02d%02d000000", tm.tm_year + 1901, tm.tm_mon + 1, tm.tm_mday);
  return mbedtls_x509write_crt_set_validity(crt, from, to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'mbedtls_x509write_crt_set_validity' comes from 'tm'{{.*}}writes an invalid certificate{{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:49: note: year of 'tm' is shifted here
}

// The day fixed up in the function, no shift, or no day printed: silent.
int printed_year_fixed(X509 *x, struct tm tm) {
  char end[32];
  if (tm.tm_mon == 1 && tm.tm_mday == 29)
    tm.tm_mday = 28;
  snprintf(end, sizeof end, "%04d%02d%02d000000Z", tm.tm_year + 1900 + 1, tm.tm_mon + 1,
           tm.tm_mday);
  return ASN1_TIME_set_string(X509_getm_notAfter(x), end);
}

int printed_year_unshifted(X509 *x, struct tm tm) {
  char end[32];
  snprintf(end, sizeof end, "%04d%02d%02d000000Z", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday);
  return ASN1_TIME_set_string(X509_getm_notAfter(x), end);
}

int printed_year_only(X509 *x, struct tm tm) {
  char end[32];
  snprintf(end, sizeof end, "%04d1231235959Z", tm.tm_year + 1900 + 1);
  return ASN1_TIME_set_string(X509_getm_notAfter(x), end);
}
