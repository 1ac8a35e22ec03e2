/* Mock <mbedtls/x509_crt.h>: the certificate writer (mbedTLS 2.x/3.x). */
#ifndef MOCK_MBEDTLS_X509_CRT_H
#define MOCK_MBEDTLS_X509_CRT_H
#include <stddef.h>
#define MBEDTLS_ERR_X509_BAD_INPUT_DATA -0x2800
#define MBEDTLS_ERR_X509_INVALID_DATE -0x2400
typedef struct mbedtls_x509_time {
  int year, mon, day;
  int hour, min, sec;
} mbedtls_x509_time;
typedef struct mbedtls_x509write_cert {
  int version;
  char not_before[16];
  char not_after[16];
} mbedtls_x509write_cert;
#ifdef __cplusplus
extern "C" {
#endif
void mbedtls_x509write_crt_init(mbedtls_x509write_cert *ctx);
int mbedtls_x509write_crt_set_validity(mbedtls_x509write_cert *ctx, const char *not_before,
                                       const char *not_after);
int mbedtls_x509write_crt_der(mbedtls_x509write_cert *ctx, unsigned char *buf, size_t size,
                              int (*f_rng)(void *, unsigned char *, size_t), void *p_rng);
#ifdef __cplusplus
}
#endif
#endif
