/* The few Win32 time declarations the examples use, so they compile on Linux
   exactly as they would against <windows.h>. */
#ifndef PREMORTEM_EXAMPLES_WIN32_TIME_H
#define PREMORTEM_EXAMPLES_WIN32_TIME_H
typedef int BOOL;
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef struct _SYSTEMTIME {
  WORD wYear, wMonth, wDayOfWeek, wDay, wHour, wMinute, wSecond, wMilliseconds;
} SYSTEMTIME;
typedef struct _FILETIME {
  DWORD dwLowDateTime, dwHighDateTime;
} FILETIME;
#ifdef __cplusplus
extern "C" {
#endif
void GetSystemTime(SYSTEMTIME *lpSystemTime);
BOOL SystemTimeToFileTime(const SYSTEMTIME *lpSystemTime, FILETIME *lpFileTime);
BOOL FileTimeToSystemTime(const FILETIME *lpFileTime, SYSTEMTIME *lpSystemTime);
#ifdef __cplusplus
}
#endif
/* Appended for the self-signed transfer certificate (win32_selfsign_cert.cpp):
   <wincrypt.h>'s CertCreateSelfSignCertificate, parameters simplified. */
typedef struct _CERT_CONTEXT CERT_CONTEXT;
typedef const CERT_CONTEXT *PCCERT_CONTEXT;
typedef struct _CRYPTOAPI_BLOB { DWORD cbData; unsigned char *pbData; } CERT_NAME_BLOB;
#ifdef __cplusplus
extern "C" {
#endif
PCCERT_CONTEXT CertCreateSelfSignCertificate(unsigned long hCryptProvOrNCryptKey,
                                             CERT_NAME_BLOB *pSubjectIssuerBlob, DWORD dwFlags,
                                             void *pKeyProvInfo, void *pSignatureAlgorithm,
                                             SYSTEMTIME *pStartTime, SYSTEMTIME *pEndTime,
                                             void *pExtensions);
BOOL CertFreeCertificateContext(PCCERT_CONTEXT pCertContext);
#ifdef __cplusplus
}
#endif
#endif
