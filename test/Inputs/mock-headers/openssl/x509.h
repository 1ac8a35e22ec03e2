/* Mock <openssl/x509.h>: certificate validity (OpenSSL 3.x shapes; in
   BoringSSL X509_time_adj[_ex] take a const time_t *). */
#ifndef MOCK_OPENSSL_X509_H
#define MOCK_OPENSSL_X509_H
#include <openssl/asn1.h>
#include <time.h>
typedef struct x509_st X509;
typedef struct X509_crl_st X509_CRL;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_st EVP_MD;
#ifdef __cplusplus
extern "C" {
#endif
X509 *X509_new(void);
void X509_free(X509 *a);
int X509_sign(X509 *x, EVP_PKEY *pkey, const EVP_MD *md);
const EVP_MD *EVP_sha256(void);
ASN1_TIME *X509_gmtime_adj(ASN1_TIME *s, long adj);
ASN1_TIME *X509_time_adj(ASN1_TIME *s, long adj, time_t *t);
ASN1_TIME *X509_time_adj_ex(ASN1_TIME *s, int offset_day, long offset_sec, time_t *t);
ASN1_TIME *X509_getm_notBefore(const X509 *x);
ASN1_TIME *X509_getm_notAfter(const X509 *x);
const ASN1_TIME *X509_get0_notBefore(const X509 *x);
const ASN1_TIME *X509_get0_notAfter(const X509 *x);
int X509_set1_notBefore(X509 *x, const ASN1_TIME *tm);
int X509_set1_notAfter(X509 *x, const ASN1_TIME *tm);
int X509_CRL_set1_lastUpdate(X509_CRL *x, const ASN1_TIME *tm);
int X509_CRL_set1_nextUpdate(X509_CRL *x, const ASN1_TIME *tm);
#ifdef __cplusplus
}
#endif
/* The deprecated names are macros, as in OpenSSL 1.1.0 and later. */
#define X509_get_notBefore X509_getm_notBefore
#define X509_get_notAfter X509_getm_notAfter
#define X509_set_notBefore X509_set1_notBefore
#define X509_set_notAfter X509_set1_notAfter
#define X509_CRL_set_nextUpdate X509_CRL_set1_nextUpdate
#endif
