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

/* Appended for premortem-cert-expiry: the ASN1_TIME setters (OpenSSL 3.x
   shapes; BoringSSL's ASN1_TIME_adj takes an int64_t posix time). */
typedef struct asn1_string_st ASN1_UTCTIME;
typedef struct asn1_string_st ASN1_GENERALIZEDTIME;
#ifdef __cplusplus
extern "C" {
#endif
ASN1_TIME *ASN1_TIME_new(void);
void ASN1_TIME_free(ASN1_TIME *a);
ASN1_UTCTIME *ASN1_UTCTIME_new(void);
void ASN1_UTCTIME_free(ASN1_UTCTIME *a);
ASN1_TIME *ASN1_TIME_set(ASN1_TIME *s, time_t t);
ASN1_TIME *ASN1_TIME_adj(ASN1_TIME *s, time_t t, int offset_day, long offset_sec);
int ASN1_TIME_check(const ASN1_TIME *t);
int ASN1_TIME_normalize(ASN1_TIME *s);
int ASN1_TIME_set_string(ASN1_TIME *s, const char *str);
int ASN1_TIME_set_string_X509(ASN1_TIME *s, const char *str);
ASN1_UTCTIME *ASN1_UTCTIME_set(ASN1_UTCTIME *s, time_t t);
ASN1_UTCTIME *ASN1_UTCTIME_adj(ASN1_UTCTIME *s, time_t t, int offset_day, long offset_sec);
int ASN1_UTCTIME_set_string(ASN1_UTCTIME *s, const char *str);
int ASN1_UTCTIME_check(const ASN1_UTCTIME *a);
ASN1_GENERALIZEDTIME *ASN1_GENERALIZEDTIME_set(ASN1_GENERALIZEDTIME *s, time_t t);
ASN1_GENERALIZEDTIME *ASN1_GENERALIZEDTIME_adj(ASN1_GENERALIZEDTIME *s, time_t t, int offset_day, long offset_sec);
int ASN1_GENERALIZEDTIME_set_string(ASN1_GENERALIZEDTIME *s, const char *str);
int ASN1_GENERALIZEDTIME_check(const ASN1_GENERALIZEDTIME *a);
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
