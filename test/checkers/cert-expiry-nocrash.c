// NoCrash: invalid code around validity calls must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/x509.h>
#include <nss/cert.h>

void broken(X509 *x, int days) {
  X509_gmtime_adj(X509_getm_notAfter(x), undeclared_days * 86400);
  X509_time_adj_ex(X509_getm_notAfter(x), days);
  ASN1_TIME_set_string(X509_getm_notAfter(x), "2025022");
  ASN1_TIME_set_string(X509_getm_notAfter(x), "99999999999999Z");
  CERT_CreateValidity(unknown_now, unknown_now + days * 86400);
  ASN1_UTCTIME_adj(0, 0, 365 * 100000000, 0);
  X509_time_adj_ex(ASN1_UTCTIME_new(), 365 * 40, 0, NULL);
  X509_set1_notAfter(x, );
}

// The two-step, wolfSSL and helper paths with broken pieces.
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wolfssl/wolfcrypt/asn_public.h>
static void helper(char *buf) { snprintf(buf, 16, "%04d", missing_tm.tm_year + 1901); }
int broken_two_step(X509 *x, struct tm tm, Cert *cert) {
  ASN1_TIME *t = ASN1_TIME_new();
  char buf[16];
  tm.tm_year += ;
  ASN1_TIME_set(t, timegm(&tm, 1));
  snprintf((char *)cert->afterDate + , 10, "%04d", tm.tm_year + 1901, tm.nofield);
  memcpy(cert->afterDate, undeclared_buf, 15);
  helper(undeclared_buf2);
  int rc = X509_set1_notAfter(x, t);
  rc = X509_set1_notAfter(x, undeclared_t);
  return X509_set1_notAfter(x, t) + ASN1_TIME_set_string(X509_getm_notAfter(x), buf);
}
