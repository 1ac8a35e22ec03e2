// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/x509.h>
#include <stddef.h>
#include <time.h>

// ---------------------------------------------------------------------------
// Ignored results of validity calls.
// ---------------------------------------------------------------------------

void demo_mkcert(X509 *x, int days) {
  // The tutorial idiom: neither result is looked at.
  X509_gmtime_adj(X509_getm_notBefore(x), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_gmtime_adj' is ignored; it returns NULL when it cannot set the validity and the certificate keeps an empty validity field and OpenSSL still signs it (check the result before the certificate is signed or used) [premortem-cert-expiry]
  X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_time_adj_ex' is ignored; {{.*}}
}

int string_expiry(X509 *x, const char *end) {
  ASN1_TIME_set_string(X509_getm_notAfter(x), end);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_set_string' is ignored; it returns 0 when it cannot set the validity, for example for 29 February of a non-leap year, and the ASN1_TIME stays empty and OpenSSL signs a certificate with an empty, unparsable notAfter (check the result before the certificate is signed or used) [premortem-cert-expiry]
  ASN1_TIME_set_string_X509(X509_getm_notBefore(x), end);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_set_string_X509' is ignored; {{.*}}
  return X509_sign(x, NULL, EVP_sha256());
}

// Stored and never read counts as ignored.
int stored_not_read(X509 *x, ASN1_TIME *t) {
  int ok = X509_set1_notAfter(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'X509_set1_notAfter' is ignored; it returns 0 when it cannot set the validity and the certificate keeps its previous (on a new certificate, empty) notAfter {{.*}}
  return X509_sign(x, NULL, EVP_sha256());
}

// The deprecated macro names reach the same functions; the report is in
// user code, at the call.
#define SET_EXPIRY(x, t) X509_set_notAfter(x, t)
void deprecated_names(X509 *x, ASN1_TIME *t, X509_CRL *crl) {
  X509_set_notAfter(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_set1_notAfter' is ignored; {{.*}}
  SET_EXPIRY(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_set1_notAfter' is ignored; {{.*}}
  X509_CRL_set_nextUpdate(crl, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_CRL_set1_nextUpdate' is ignored; {{.*}} the CRL is published without the intended nextUpdate {{.*}}
}

void posix_times(ASN1_TIME *t, time_t when) {
  ASN1_TIME_set(t, when);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_set' is ignored; {{.*}}
  ASN1_TIME_adj(t, when, 365, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_adj' is ignored; {{.*}}
}

// Checked results, casts to void, returned results: silent.
int checked(X509 *x, int days, const char *end) {
  if (!X509_gmtime_adj(X509_getm_notBefore(x), 0))
    return 0;
  if (X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL) == NULL)
    return 0;
  ASN1_TIME *t = X509_time_adj(X509_getm_notAfter(x), 0, NULL);
  if (t == NULL)
    return 0;
  (void)X509_gmtime_adj(X509_getm_notBefore(x), 0);
  int ok = ASN1_TIME_set_string(X509_getm_notAfter(x), end);
  return ok && X509_sign(x, NULL, EVP_sha256());
}

ASN1_TIME *returned(X509 *x, int days) {
  return X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL);
}

// Validated with ASN1_TIME_check or ASN1_TIME_normalize afterwards: silent.
int validated(X509 *x, const char *end) {
  ASN1_TIME *t = ASN1_TIME_new();
  ASN1_TIME_set_string(t, end);
  if (!ASN1_TIME_check(t))
    return 0;
  return X509_set1_notAfter(x, t);
}

int normalized(ASN1_TIME *t, const char *end) {
  ASN1_TIME_set_string(t, end);
  return ASN1_TIME_normalize(t);
}

// A check whose result is itself ignored validates nothing.
int validated_ignored(ASN1_TIME *t, const char *end) {
  ASN1_TIME_set_string(t, end);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_set_string' is ignored; {{.*}}
  ASN1_TIME_check(t);
  return 1;
}

// Fixed dates that exist cannot fail for calendar reasons: silent.
void fixed_dates(X509 *x) {
  ASN1_TIME_set_string(X509_getm_notBefore(x), "20240101000000Z");
  ASN1_TIME_set_string_X509(X509_getm_notAfter(x), "20301231235959Z");
  ASN1_TIME_set_string(X509_getm_notAfter(x), "240229000000Z");
  ASN1_TIME_set(X509_getm_notAfter(x), 1893456000);
}

// ---------------------------------------------------------------------------
// Constant dates that do not exist.
// ---------------------------------------------------------------------------

int impossible_dates(X509 *x) {
  if (!ASN1_TIME_set_string(X509_getm_notAfter(x), "20250229000000Z"))
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: date "20250229000000Z" passed to 'ASN1_TIME_set_string' does not exist; it returns failure (use a date that exists, such as the last day of the month) [premortem-cert-expiry]
    return 0;
  if (!ASN1_TIME_set_string(X509_getm_notBefore(x), "230431000000Z"))
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: date "230431000000Z" passed to {{.*}}
    return 0;
  return 1;
}

// ---------------------------------------------------------------------------
// Validity seconds that overflow.
// ---------------------------------------------------------------------------

int long_offset(X509 *x, int days) {
  // long is 32 bits on Windows: 60*60*24*days wraps past 24855 days.
  if (!X509_gmtime_adj(X509_getm_notAfter(x), (long)60 * 60 * 24 * days))
    // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: validity in seconds is passed to 'X509_gmtime_adj' as a 'long' offset, which is 32 bits on Windows and overflows past 24855 days (68 years) (use X509_time_adj_ex with a day count) [premortem-cert-expiry]
    return 0;
  if (!X509_time_adj_ex(X509_getm_notAfter(x), 0, (long)days * 86400, NULL))
    // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: validity in seconds is passed to 'X509_time_adj_ex' as a 'long' offset, {{.*}} (pass the days as the day offset of 'X509_time_adj_ex' instead) [premortem-cert-expiry]
    return 0;
  return 1;
}

int int_product(X509 *x, int years) {
  // Computed in int before the conversion to long: overflows on every platform.
  if (!X509_gmtime_adj(X509_getm_notAfter(x), 60 * 60 * 24 * 365 * years))
    // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: validity in seconds is computed in 'int' and overflows past 24855 days (68 years), giving 'X509_gmtime_adj' a negative or wrapped validity (compute it in a 64-bit type, or pass a day count where the API takes one) [premortem-cert-expiry]
    return 0;
  return 1;
}

// Through a local variable.
int via_local(X509 *x, int days) {
  long seconds = days * 86400;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: validity in seconds is computed in 'int' {{.*}}
  if (!X509_gmtime_adj(X509_getm_notAfter(x), seconds))
    return 0;
  return 1;
}

// Constants that fit, day offsets, and seconds in 64 bits: silent.
int fits(X509 *x, int days, long long secs) {
  if (!X509_gmtime_adj(X509_getm_notAfter(x), 31536000L))
    return 0;
  if (!X509_gmtime_adj(X509_getm_notAfter(x), (long)60 * 60 * 24 * 365))
    return 0;
  if (!X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL))
    return 0;
  if (!ASN1_TIME_adj(X509_getm_notAfter(x), time(NULL), days, 0))
    return 0;
  if (!ASN1_TIME_set(X509_getm_notAfter(x), time(NULL) + (time_t)days * 86400))
    return 0;
  return 1;
}

// ---------------------------------------------------------------------------
// UTCTime range traps.
// ---------------------------------------------------------------------------

ASN1_TIME *utctime_object(void) {
  ASN1_UTCTIME *t = ASN1_UTCTIME_new();
  return X509_time_adj_ex(t, 365 * 40, 0, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'X509_time_adj_ex' keeps the UTCTime type of 't', which cannot hold dates from 2050 on, and this validity reaches 2050; it returns NULL (create the time with ASN1_TIME_new or set X509_getm_notAfter directly) [premortem-cert-expiry]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: created as a UTCTime here
}

ASN1_TIME *utctime_set(void) {
  return ASN1_UTCTIME_set(NULL, 2556144000);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'ASN1_UTCTIME_set' makes a UTCTime, which cannot hold dates from 2050 on, and this validity reaches 2050; it returns NULL (use the ASN1_TIME_ or GENERALIZEDTIME form) [premortem-cert-expiry]
}

ASN1_TIME *utctime_adj(ASN1_UTCTIME *t) {
  return ASN1_UTCTIME_adj(t, time(NULL), 365 * 50, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'ASN1_UTCTIME_adj' makes a UTCTime, {{.*}}
}

// A time object that is not a UTCTime, short validity, unknown base: silent.
ASN1_TIME *utctime_fine(X509 *x, time_t *base) {
  ASN1_TIME *g = ASN1_TIME_new();
  if (!X509_time_adj_ex(g, 365 * 40, 0, NULL))
    return NULL;
  ASN1_UTCTIME *u = ASN1_UTCTIME_new();
  if (!X509_time_adj_ex(u, 365, 0, NULL))
    return NULL;
  if (!X509_time_adj_ex(u, 365 * 40, 0, base))
    return NULL;
  return X509_time_adj_ex(X509_getm_notAfter(x), 365 * 40, 0, NULL);
}
