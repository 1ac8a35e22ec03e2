/* Mock <openssl/x509.h>: validity functions. */
#ifndef MOCK_OPENSSL_X509_H
#define MOCK_OPENSSL_X509_H
#include <openssl/asn1.h>
#ifdef __cplusplus
extern "C" {
#endif
ASN1_TIME *X509_gmtime_adj(ASN1_TIME *s, long adj);
ASN1_TIME *X509_time_adj(ASN1_TIME *s, long adj, time_t *t);
ASN1_TIME *X509_time_adj_ex(ASN1_TIME *s, int offset_day, long offset_sec, time_t *t);
ASN1_TIME *ASN1_TIME_adj(ASN1_TIME *s, time_t t, int offset_day, long offset_sec);
#ifdef __cplusplus
}
#endif
#endif
