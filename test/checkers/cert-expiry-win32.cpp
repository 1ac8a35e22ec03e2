// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix IMPLICIT --config '{CheckOptions: {premortem-cert-expiry.FlagImplicitOneYear: true}}' %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <wincrypt.h>

// The transfer certificate, with the context thrown away.
void create_ignored(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *name,
                    SYSTEMTIME *start, SYSTEMTIME *end) {
  CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, start, end, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'CertCreateSelfSignCertificate' is ignored; it returns NULL when it cannot set the validity, for example for 29 February of a non-leap year, and no certificate is created and later code uses a NULL context (check the result before the certificate is signed or used) [premortem-cert-expiry]
  // CHECK-MESSAGES-IMPLICIT: :[[@LINE-2]]:3: warning: result of 'CertCreateSelfSignCertificate' is ignored; {{.*}}
}

PCCERT_CONTEXT create_checked(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *name,
                              SYSTEMTIME *start, SYSTEMTIME *end) {
  PCCERT_CONTEXT ctx =
      CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, start, end, nullptr);
  if (!ctx)
    return nullptr;
  return ctx;
}

// pEndTime == NULL: the library adds one year itself. Silent by default;
// reported with FlagImplicitOneYear.
PCCERT_CONTEXT create_default_end(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *name) {
  PCCERT_CONTEXT ctx =
      CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, nullptr, nullptr, nullptr);
  // CHECK-MESSAGES-IMPLICIT: :[[@LINE-1]]:78: warning: a NULL end time makes 'CertCreateSelfSignCertificate' add one calendar year to the start time itself; what it does on 29 February is undocumented (pass an end time built with a leap-safe add) [premortem-cert-expiry]
  return ctx;
}

// A template: one report, not one per instantiation.
template <typename Blob>
void create_for(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, Blob *name, SYSTEMTIME *end) {
  CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, nullptr, end, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'CertCreateSelfSignCertificate' is ignored; {{.*}}
  // CHECK-MESSAGES-IMPLICIT: :[[@LINE-2]]:3: warning: result of 'CertCreateSelfSignCertificate' is ignored; {{.*}}
}
void instantiate(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *a, CERT_NAME_BLOB *b,
                 SYSTEMTIME *end) {
  create_for(key, a, end);
  create_for<CERT_NAME_BLOB>(key, b, end);
}

// A macro wrapping the call: reported at the macro's use, in user code.
#define MAKE_CERT(k, n, e) CertCreateSelfSignCertificate(k, n, 0, nullptr, nullptr, nullptr, e, nullptr)
void create_macro(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *name, SYSTEMTIME *end) {
  MAKE_CERT(key, name, end);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'CertCreateSelfSignCertificate' is ignored; {{.*}}
  // CHECK-MESSAGES-IMPLICIT: :[[@LINE-2]]:3: warning: result of 'CertCreateSelfSignCertificate' is ignored; {{.*}}
}
