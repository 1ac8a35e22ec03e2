// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <gnutls/x509.h>
#include <mbedtls/x509_crt.h>
#include <nss/cert.h>
#include <stddef.h>
#include <time.h>
#include <wolfssl/wolfcrypt/asn_public.h>

// ---------------------------------------------------------------------------
// mbedTLS: set_validity checks only the length of the strings.
// ---------------------------------------------------------------------------

int mbedtls_ignored(mbedtls_x509write_cert *crt, const char *from, const char *to,
                    unsigned char *buf, size_t n) {
  mbedtls_x509write_crt_set_validity(crt, from, to);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mbedtls_x509write_crt_set_validity' is ignored; it returns a nonzero error code when it cannot set the validity and the certificate is written with whatever validity the context held (check the result before the certificate is signed or used) [premortem-cert-expiry]
  return mbedtls_x509write_crt_der(crt, buf, n, NULL, NULL);
}

int mbedtls_checked(mbedtls_x509write_cert *crt, const char *from, const char *to) {
  int ret;
  if ((ret = mbedtls_x509write_crt_set_validity(crt, from, to)) != 0)
    return ret;
  return 0;
}

// The sample program's fixed defaults exist: silent even unchecked.
void mbedtls_fixed(mbedtls_x509write_cert *crt) {
  mbedtls_x509write_crt_set_validity(crt, "20010101000000", "20301231235959");
}

int mbedtls_leap_constant(mbedtls_x509write_cert *crt) {
  return mbedtls_x509write_crt_set_validity(crt, "20240101000000", "20250229000000");
  // CHECK-MESSAGES: :[[@LINE-1]]:68: warning: date "20250229000000" passed to 'mbedtls_x509write_crt_set_validity' does not exist; it is written as is and the certificate is invalid (use a date that exists, such as the last day of the month) [premortem-cert-expiry]
}

// ---------------------------------------------------------------------------
// GnuTLS: time_t validity.
// ---------------------------------------------------------------------------

void gnutls_ignored(gnutls_x509_crt_t crt, time_t now, int days) {
  gnutls_x509_crt_set_activation_time(crt, now);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gnutls_x509_crt_set_activation_time' is ignored; it returns a negative error code when it cannot set the validity and the certificate is signed without the intended activation time {{.*}}
  gnutls_x509_crt_set_expiration_time(crt, now + (time_t)days * 86400);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gnutls_x509_crt_set_expiration_time' is ignored; {{.*}}
}

int gnutls_int_overflow(gnutls_x509_crt_t crt, int years) {
  // CUPS-style: computed in int, wraps for 69 years and more.
  return gnutls_x509_crt_set_expiration_time(crt, time(NULL) + years * 365 * 86400);
  // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: validity in seconds is computed in 'int' and overflows past 24855 days (68 years), giving 'gnutls_x509_crt_set_expiration_time' a negative or wrapped validity {{.*}}
}

int gnutls_64bit(gnutls_x509_crt_t crt, int years, int days) {
  int ret = gnutls_x509_crt_set_expiration_time(crt, time(NULL) + (time_t)years * 365 * 86400);
  if (ret < 0)
    return ret;
  ret = gnutls_x509_crt_set_expiration_time(crt, time(NULL) + days * (time_t)86400);
  if (ret < 0)
    return ret;
  // The "no well-defined expiration" idiom cannot fail for a date: silent.
  gnutls_x509_crt_set_expiration_time(crt, (time_t)-1);
  return 0;
}

// ---------------------------------------------------------------------------
// NSS: PRTime counts microseconds.
// ---------------------------------------------------------------------------

CERTValidity *nss_seconds(int days) {
  PRTime now = PR_Now();
  return CERT_CreateValidity(now, now + days * 24 * 60 * 60);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: this value counts seconds but 'CERT_CreateValidity' takes PRTime, which counts microseconds; the validity ends a million times too early (multiply by PR_USEC_PER_SEC) [premortem-cert-expiry]
}

CERTValidity *nss_time_call(void) {
  PRTime now = PR_Now();
  PRTime after = time(NULL) + 365 * 86400;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: this value counts seconds but 'CERT_CreateValidity' takes PRTime{{.*}}
  return CERT_CreateValidity(now, after);
}

void nss_ignored(PRTime a, PRTime b) {
  CERT_CreateValidity(a, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'CERT_CreateValidity' is ignored; it returns NULL when it cannot set the validity and CERT_CreateCertificate then gets a NULL validity {{.*}}
}

// Microseconds, and certutil's month arithmetic through PR_ImplodeTime: silent here.
CERTValidity *nss_micro(int days, int months) {
  PRTime now = PR_Now();
  PRExplodedTime t;
  CERTValidity *v = CERT_CreateValidity(now, now + (PRTime)days * 24 * 60 * 60 * PR_USEC_PER_SEC);
  if (!v)
    return NULL;
  CERT_DestroyValidity(v);
  PR_ExplodeTime(now, PR_GMTParameters, &t);
  t.tm_month += months;
  return CERT_CreateValidity(now, PR_ImplodeTime(&t));
}

// ---------------------------------------------------------------------------
// wolfSSL: day-based validity; the result is the DER size.
// ---------------------------------------------------------------------------

int wolf_ignored(Cert *cert, byte *der, word32 n, RsaKey *key, WC_RNG *rng) {
  cert->daysValid = 365;
  wc_MakeSelfCert(cert, der, n, key, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'wc_MakeSelfCert' is ignored; it returns a negative error code when it cannot set the validity and no certificate is produced and the size is used as a length {{.*}}
  return 0;
}

int wolf_checked(Cert *cert, byte *der, word32 n, RsaKey *key, WC_RNG *rng) {
  int size = wc_MakeCert(cert, der, n, key, NULL, rng);
  if (size < 0)
    return size;
  return wc_SignCert(size, cert->sigType, der, n, key, NULL, rng);
}
