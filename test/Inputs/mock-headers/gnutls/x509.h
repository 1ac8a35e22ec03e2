/* Mock <gnutls/x509.h>: certificate and CRL times (GnuTLS 3.x). */
#ifndef MOCK_GNUTLS_X509_H
#define MOCK_GNUTLS_X509_H
#include <time.h>
#define GNUTLS_E_SUCCESS 0
typedef struct gnutls_x509_crt_int *gnutls_x509_crt_t;
typedef struct gnutls_x509_crl_int *gnutls_x509_crl_t;
#ifdef __cplusplus
extern "C" {
#endif
int gnutls_x509_crt_init(gnutls_x509_crt_t *cert);
int gnutls_x509_crt_set_activation_time(gnutls_x509_crt_t cert, time_t act_time);
int gnutls_x509_crt_set_expiration_time(gnutls_x509_crt_t cert, time_t exp_time);
time_t gnutls_x509_crt_get_expiration_time(gnutls_x509_crt_t cert);
int gnutls_x509_crl_set_this_update(gnutls_x509_crl_t crl, time_t act_time);
int gnutls_x509_crl_set_next_update(gnutls_x509_crl_t crl, time_t exp_time);
#ifdef __cplusplus
}
#endif
#endif
