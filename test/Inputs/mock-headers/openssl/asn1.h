/* Mock <openssl/asn1.h> (OpenSSL 3 and BoringSSL time functions). */
#ifndef MOCK_OPENSSL_ASN1_H
#define MOCK_OPENSSL_ASN1_H
#include <stdint.h>
#include <time.h>
typedef struct asn1_string_st ASN1_TIME;
#ifdef __cplusplus
extern "C" {
#endif
int ASN1_TIME_to_tm(const ASN1_TIME *, struct tm *);
int ASN1_TIME_to_posix(const ASN1_TIME *, int64_t *);
int ASN1_TIME_to_time_t(const ASN1_TIME *, time_t *);
int OPENSSL_tm_to_posix(const struct tm *, int64_t *);
int OPENSSL_timegm(const struct tm *, time_t *);
int OPENSSL_posix_to_tm(int64_t, struct tm *);
struct tm *OPENSSL_gmtime(const time_t *, struct tm *);
#ifdef __cplusplus
}
#endif
#endif
/* Appended: string setters (premortem-year-arithmetic printed-date tests). */
#ifndef MOCK_OPENSSL_ASN1_SET_STRING_H
#define MOCK_OPENSSL_ASN1_SET_STRING_H
#ifdef __cplusplus
extern "C" {
#endif
int ASN1_TIME_set_string(ASN1_TIME *s, const char *str);
int ASN1_TIME_set_string_X509(ASN1_TIME *s, const char *str);
#ifdef __cplusplus
}
#endif
#endif
