// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <ctime>
#include <openssl/x509.h>

// A template: the two-step report appears once, not per instantiation.
template <typename Cert> int set_end(Cert *x, std::tm tm) {
  ASN1_TIME *t = ASN1_TIME_new();
  tm.tm_year += 1;
  if (!ASN1_TIME_set(t, timegm(&tm)))
    return 0;
  return X509_set1_notAfter(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'X509_set1_notAfter' comes from 'tm'{{.*}}silently moves it to 1 March{{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-5]]:25: note: the shifted date is converted or formatted here
  // CHECK-MESSAGES: :[[@LINE-6]]:8: note: the shifted date is stored in 't' here
}
int use_set_end(X509 *a, X509 *b, std::tm tm) { return set_end(a, tm) + set_end<X509>(b, tm); }

// A result overwritten by the next call before it is read, in a lambda.
auto overwrite = [](X509 *x, ASN1_TIME *from, ASN1_TIME *until) {
  int rc = X509_set1_notBefore(x, from);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'X509_set1_notBefore' is stored in 'rc' and overwritten before it is read on some path; {{.*}}
  rc = X509_set1_notAfter(x, until);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'rc' is overwritten here before it is read
  return rc == 1;
};

// Checked in between, and a clamped two-step: silent.
int checked_between(X509 *x, ASN1_TIME *from, ASN1_TIME *until) {
  int rc = X509_set1_notBefore(x, from);
  if (rc != 1)
    return rc;
  rc = X509_set1_notAfter(x, until);
  return rc;
}

int clamped(X509 *x, std::tm tm) {
  ASN1_TIME *t = ASN1_TIME_new();
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29)
    tm.tm_mday = 28;
  if (!ASN1_TIME_set(t, timegm(&tm)))
    return 0;
  return X509_set1_notAfter(x, t);
}
