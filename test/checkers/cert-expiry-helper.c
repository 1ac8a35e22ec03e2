// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

// Helpers of the file that print the end date, as small C tools and
// Python-extension helpers do.

#include <mbedtls/x509_crt.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <time.h>

// Into the buffer it is given, with the year printed shifted.
static void one_year_from_now(char *buf, size_t n) {
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  snprintf(buf, n, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900 + 1, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

int set_end(X509 *x) {
  char end[16];
  one_year_from_now(end, sizeof end);
  return ASN1_TIME_set_string(X509_getm_notAfter(x), end);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set_string' comes from 'tm', whose year was shifted without handling 29 February; on a leap day 'ASN1_TIME_set_string' rejects the date that does not exist and returns 0 {{.*}}
  // CHECK-MESSAGES: :[[@LINE-9]]:49: note: year of 'tm' is shifted here
}

// Into a static buffer it returns, after shifting the struct tm.
static const char *expiry_string(int years) {
  static char buf[16];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += years;
  strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

int set_validity(mbedtls_x509write_cert *crt, const char *from) {
  return mbedtls_x509write_crt_set_validity(crt, from, expiry_string(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'mbedtls_x509write_crt_set_validity' comes from 'tm'{{.*}}writes an invalid certificate{{.*}}
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: the shifted date is converted or formatted here
}

// Helpers that clamp the day, or print today: silent.
static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static void one_year_clamped(char *buf, size_t n) {
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  int day = tm.tm_mday;
  if (tm.tm_mon == 1 && day == 29 && !is_leap(tm.tm_year + 1900 + 1))
    day = 28;
  snprintf(buf, n, "%04d%02d%02d000000Z", tm.tm_year + 1900 + 1, tm.tm_mon + 1, day);
}

static void today(char *buf, size_t n) {
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  snprintf(buf, n, "%04d%02d%02d000000Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int set_both(X509 *x) {
  char from[16], end[16];
  today(from, sizeof from);
  one_year_clamped(end, sizeof end);
  if (!ASN1_TIME_set_string(X509_getm_notBefore(x), from))
    return 0;
  return ASN1_TIME_set_string(X509_getm_notAfter(x), end);
}
