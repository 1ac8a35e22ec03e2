/* Mock <wolfssl/wolfcrypt/asn_public.h>: certificate generation (5.x). */
#ifndef MOCK_WOLFSSL_ASN_PUBLIC_H
#define MOCK_WOLFSSL_ASN_PUBLIC_H
typedef unsigned char byte;
typedef unsigned int word32;
typedef struct RsaKey RsaKey;
typedef struct ecc_key ecc_key;
typedef struct WC_RNG WC_RNG;
#define CTC_DATE_SIZE 32
typedef struct Cert {
  int version;
  int sigType;
  int daysValid;
  byte beforeDate[CTC_DATE_SIZE];
  int beforeDateSz;
  byte afterDate[CTC_DATE_SIZE];
  int afterDateSz;
} Cert;
#ifdef __cplusplus
extern "C" {
#endif
int wc_InitCert(Cert *cert);
int wc_MakeCert(Cert *cert, byte *derBuffer, word32 derSz, RsaKey *rsaKey, ecc_key *eccKey,
                WC_RNG *rng);
int wc_MakeCert_ex(Cert *cert, byte *derBuffer, word32 derSz, int keyType, void *key,
                   WC_RNG *rng);
int wc_MakeSelfCert(Cert *cert, byte *derBuffer, word32 derSz, RsaKey *key, WC_RNG *rng);
int wc_SignCert(int requestSz, int sigType, byte *derBuffer, word32 derSz, RsaKey *rsaKey,
                ecc_key *eccKey, WC_RNG *rng);
#ifdef __cplusplus
}
#endif
#endif
