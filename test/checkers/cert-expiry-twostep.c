// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/x509.h>
#include <stdio.h>
#include <time.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// ---------------------------------------------------------------------------
// Two steps: a shifted struct tm set into a local ASN1_TIME, the ASN1_TIME
// later given to the certificate. Reported at the certificate call.
// ---------------------------------------------------------------------------

int two_step_timegm(X509 *x, time_t now) {
  struct tm tm;
  ASN1_TIME *t = ASN1_TIME_new();
  if (!t || !gmtime_r(&now, &tm))
    return 0;
  tm.tm_year += 1;
  if (!ASN1_TIME_set(t, timegm(&tm)))
    return 0;
  int ok = X509_set1_notAfter(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: validity date passed to 'X509_set1_notAfter' comes from 'tm', whose year was shifted without handling 29 February; on a leap day the conversion silently moves it to 1 March (clamp the day to 28 February, or use a day-based validity) [premortem-cert-expiry]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-5]]:25: note: the shifted date is converted or formatted here
  // CHECK-MESSAGES: :[[@LINE-6]]:8: note: the shifted date is stored in 't' here
  ASN1_TIME_free(t);
  return ok;
}

// The string form: ASN1_TIME_set_string rejects 29 February 2025, the
// ASN1_TIME stays empty and X509_set1_notAfter copies it.
int two_step_string(X509 *x, const struct tm *now) {
  char buf[32];
  struct tm end = *now;
  ASN1_TIME *t = ASN1_TIME_new();
  end.tm_year++;
  snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02dZ", end.tm_year + 1900, end.tm_mon + 1,
           end.tm_mday, end.tm_hour, end.tm_min, end.tm_sec);
  if (!ASN1_TIME_set_string(t, buf))
    return 0;
  return X509_set1_notAfter(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'X509_set1_notAfter' comes from 'end', whose year was shifted without handling 29 February; on a leap day 'ASN1_TIME_set_string' rejects the date that does not exist and returns 0 {{.*}}
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: year of 'end' is shifted here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: the shifted date is converted or formatted here
  // CHECK-MESSAGES: :[[@LINE-6]]:8: note: the shifted date is stored in 't' here
}

// The year printed shifted, CRL nextUpdate.
int two_step_printed(X509_CRL *crl, const struct tm *now) {
  char buf[32];
  ASN1_TIME *next = ASN1_TIME_new();
  snprintf(buf, sizeof buf, "%04d%02d%02d000000Z", now->tm_year + 1900 + 1, now->tm_mon + 1,
           now->tm_mday);
  if (!ASN1_TIME_set_string_X509(next, buf))
    return 0;
  return X509_CRL_set1_nextUpdate(crl, next);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'X509_CRL_set1_nextUpdate' comes from 'now'{{.*}}'ASN1_TIME_set_string_X509' rejects{{.*}}
  // CHECK-MESSAGES: :[[@LINE-6]]:52: note: year of 'now' is shifted here
  // CHECK-MESSAGES: :[[@LINE-5]]:8: note: the shifted date is stored in 'next' here
}

// The ASN1_TIME returned to the caller: the setter itself is reported.
ASN1_TIME *make_end(struct tm tm) {
  ASN1_TIME *t = ASN1_TIME_new();
  tm.tm_year += 5;
  return ASN1_TIME_set(t, mktime(&tm));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set' comes from 'tm'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the shifted date {{.*}}
}

// Clamped before the conversion, or a day-based time: silent.
int two_step_clamped(X509 *x, time_t now) {
  struct tm tm;
  ASN1_TIME *t = ASN1_TIME_new();
  if (!gmtime_r(&now, &tm))
    return 0;
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900))
    tm.tm_mday = 28;
  if (!ASN1_TIME_set(t, timegm(&tm)))
    return 0;
  return X509_set1_notAfter(x, t);
}

int two_step_days(X509 *x, int days) {
  ASN1_TIME *t = ASN1_TIME_new();
  if (!X509_time_adj_ex(t, days, 0, NULL))
    return 0;
  return X509_set1_notAfter(x, t);
}

// A different ASN1_TIME is the one set from the shifted date: reported at
// its setter, not at the certificate call.
int two_step_other(X509 *x, struct tm tm) {
  ASN1_TIME *t = ASN1_TIME_new();
  ASN1_TIME *u = ASN1_TIME_new();
  tm.tm_year += 1;
  if (!ASN1_TIME_set(u, timegm(&tm)) || !X509_time_adj_ex(t, 365, 0, NULL))
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: validity date passed to 'ASN1_TIME_set' comes from 'tm'{{.*}}
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'tm' is shifted here
    // CHECK-MESSAGES: :[[@LINE-3]]:25: note: the shifted date {{.*}}
    return 0;
  return X509_set1_notAfter(x, t);
}

// ---------------------------------------------------------------------------
// Results stored, then overwritten before they are read.
// ---------------------------------------------------------------------------

int overwritten(X509 *x, int days) {
  ASN1_TIME *r = X509_gmtime_adj(X509_getm_notBefore(x), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: result of 'X509_gmtime_adj' is stored in 'r' and overwritten before it is read on some path; it returns NULL when it cannot set the validity and the certificate keeps an empty validity field and OpenSSL still signs it (check the result before the certificate is signed or used) [premortem-cert-expiry]
  r = X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'r' is overwritten here before it is read
  if (r == NULL)
    return 0;
  return 1;
}

int overwritten_on_a_path(X509 *x, ASN1_TIME *from, ASN1_TIME *until, int crl_too,
                          X509_CRL *crl) {
  int rc = X509_set1_notBefore(x, from);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'X509_set1_notBefore' is stored in 'rc' and overwritten before it is read on some path; {{.*}}
  if (crl_too)
    rc = X509_CRL_set1_nextUpdate(crl, until);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'rc' is overwritten here before it is read
  if (!rc)
    return 0;
  return X509_set1_notAfter(x, until);
}

int overwritten_unused(X509 *x, const char *end) {
  int rc;
  rc = ASN1_TIME_set_string(X509_getm_notAfter(x), end);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: result of 'ASN1_TIME_set_string' is stored in 'rc' and overwritten {{.*}}
  rc = X509_sign(x, NULL, EVP_sha256());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'rc' is overwritten here before it is read
  return rc;
}

// Stored and read before the next write, accumulated, or read in the
// assignment that replaces it: silent.
int stored_checked(X509 *x, int days, ASN1_TIME *until) {
  int rc = X509_set1_notAfter(x, until);
  if (!rc)
    return 0;
  rc = X509_set1_notBefore(x, until);
  if (rc != 1)
    return 0;
  ASN1_TIME *r = X509_gmtime_adj(X509_getm_notBefore(x), 0);
  if (r)
    r = X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL);
  if (!r)
    return 0;
  int ok = X509_set1_notAfter(x, until);
  ok = ok && X509_set1_notBefore(x, until);
  return ok;
}

int stored_in_loop(X509 **certs, int n, ASN1_TIME *until) {
  int rc = 1;
  for (int i = 0; i < n && rc; i++)
    rc = X509_set1_notAfter(certs[i], until);
  return rc;
}

// A status set by hand on an error path decides the outcome on purpose:
// silent.
int status_by_hand(X509 *x, ASN1_TIME *from, ASN1_TIME *until) {
  int ret = X509_set1_notAfter(x, until);
  if (!X509_set1_notBefore(x, from)) {
    ret = 0;
    goto end;
  }
  if (!ret)
    return 0;
end:
  return ret;
}

ASN1_TIME *pointer_reset(X509 *x, int days) {
  ASN1_TIME *t = X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL);
  if (days < 0)
    t = NULL;
  return t;
}
