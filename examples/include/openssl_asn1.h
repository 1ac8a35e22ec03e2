/* The few OpenSSL declarations the examples use (<openssl/asn1.h>,
   <openssl/x509.h>), so they compile without OpenSSL installed. */
#ifndef PREMORTEM_EXAMPLES_OPENSSL_ASN1_H
#define PREMORTEM_EXAMPLES_OPENSSL_ASN1_H
typedef struct asn1_string_st ASN1_TIME;
typedef struct x509_st X509;
#ifdef __cplusplus
extern "C" {
#endif
ASN1_TIME *ASN1_TIME_new(void);
void ASN1_TIME_free(ASN1_TIME *s);
/* Returns 1 on success, 0 if the string is not a valid time: "20130229000000Z"
   is rejected. */
int ASN1_TIME_set_string(ASN1_TIME *s, const char *str);
int X509_set1_notAfter(X509 *x, const ASN1_TIME *tm);
#ifdef __cplusplus
}
#endif
/* Appended for the transfer-certificate example (openssl_transfer_cert.c). */
#ifdef __cplusplus
extern "C" {
#endif
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_st EVP_MD;
int ASN1_TIME_set_string_X509(ASN1_TIME *s, const char *str);
ASN1_TIME *X509_getm_notBefore(const X509 *x);
ASN1_TIME *X509_getm_notAfter(const X509 *x);
ASN1_TIME *X509_gmtime_adj(ASN1_TIME *s, long adj);
ASN1_TIME *X509_time_adj_ex(ASN1_TIME *s, int offset_day, long offset_sec, long *t);
const EVP_MD *EVP_sha256(void);
int X509_sign(X509 *x, EVP_PKEY *pkey, const EVP_MD *md);
#ifdef __cplusplus
}
#endif
#endif
