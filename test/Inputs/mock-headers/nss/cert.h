/* Mock NSS <cert.h>: validity and certificate creation. */
#ifndef MOCK_NSS_CERT_H
#define MOCK_NSS_CERT_H
#include <nspr/prtime.h>
typedef struct CERTValidityStr CERTValidity;
typedef struct CERTNameStr CERTName;
typedef struct CERTCertificateStr CERTCertificate;
typedef struct CERTCertificateRequestStr CERTCertificateRequest;
#ifdef __cplusplus
extern "C" {
#endif
extern CERTValidity *CERT_CreateValidity(PRTime notBefore, PRTime notAfter);
extern void CERT_DestroyValidity(CERTValidity *v);
extern CERTCertificate *CERT_CreateCertificate(unsigned long serialNumber, CERTName *issuer,
                                               CERTValidity *validity,
                                               CERTCertificateRequest *req);
#ifdef __cplusplus
}
#endif
#endif
