/* Mock <wincrypt.h>: self-signed certificates and CERT_INFO (crypt32). */
#ifndef MOCK_WINCRYPT_H
#define MOCK_WINCRYPT_H
#include <windows.h>
typedef unsigned char BYTE;
typedef unsigned long ULONG_PTR;
typedef ULONG_PTR HCRYPTPROV_OR_NCRYPT_KEY_HANDLE;
typedef struct _CRYPTOAPI_BLOB {
  DWORD cbData;
  BYTE *pbData;
} CERT_NAME_BLOB, *PCERT_NAME_BLOB, CRYPT_INTEGER_BLOB, CRYPT_OBJID_BLOB;
typedef struct _CRYPT_ALGORITHM_IDENTIFIER {
  char *pszObjId;
  CRYPT_OBJID_BLOB Parameters;
} CRYPT_ALGORITHM_IDENTIFIER, *PCRYPT_ALGORITHM_IDENTIFIER;
typedef struct _CRYPT_KEY_PROV_INFO *PCRYPT_KEY_PROV_INFO;
typedef struct _CERT_EXTENSIONS *PCERT_EXTENSIONS;
typedef struct _CERT_INFO {
  DWORD dwVersion;
  CRYPT_INTEGER_BLOB SerialNumber;
  CRYPT_ALGORITHM_IDENTIFIER SignatureAlgorithm;
  CERT_NAME_BLOB Issuer;
  FILETIME NotBefore;
  FILETIME NotAfter;
  CERT_NAME_BLOB Subject;
} CERT_INFO, *PCERT_INFO;
typedef struct _CERT_CONTEXT {
  DWORD dwCertEncodingType;
  BYTE *pbCertEncoded;
  DWORD cbCertEncoded;
  PCERT_INFO pCertInfo;
} CERT_CONTEXT;
typedef const CERT_CONTEXT *PCCERT_CONTEXT;
#ifdef __cplusplus
extern "C" {
#endif
PCCERT_CONTEXT WINAPI CertCreateSelfSignCertificate(
    HCRYPTPROV_OR_NCRYPT_KEY_HANDLE hCryptProvOrNCryptKey, PCERT_NAME_BLOB pSubjectIssuerBlob,
    DWORD dwFlags, PCRYPT_KEY_PROV_INFO pKeyProvInfo,
    PCRYPT_ALGORITHM_IDENTIFIER pSignatureAlgorithm, PSYSTEMTIME pStartTime,
    PSYSTEMTIME pEndTime, PCERT_EXTENSIONS pExtensions);
BOOL WINAPI CertFreeCertificateContext(PCCERT_CONTEXT pCertContext);
#ifdef __cplusplus
}
#endif
#endif
