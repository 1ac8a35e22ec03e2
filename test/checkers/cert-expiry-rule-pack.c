// A user pack (premortem.RulesFile) adds a project helper and disables X509_gmtime_adj.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/cert-expiry/user-certificates.yaml}}' %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers
//
// certificates entries are checked strictly, like every section.
// RUN: %expect_exit 2 %driver --rules %inputs/cert-expiry/unknown-key.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: unknown-key.yaml:6:5: error: unknown key 'returns' in a certificates entry (expected one of: name, api, failure, on-invalid-date, dates, unit, offset-days, offset-seconds, object, utctime, implicit-year, validates, output, into-fields, consequence, disabled)
// RUN: %expect_exit 2 %driver --rules %inputs/cert-expiry/bad-failure.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=FAILURE
// FAILURE: bad-failure.yaml:5:14: error: 'failure' must be one of: zero, null, negative, nonzero, none
// RUN: %expect_exit 2 %driver --rules %inputs/cert-expiry/utctime-no-object.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=OBJECT
// OBJECT: utctime-no-object.yaml:6:14: error: certificates entry 'pki_adj' has 'utctime: object' but no 'object'
// RUN: %expect_exit 2 %driver --rules %inputs/cert-expiry/missing-failure.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=MISSING
// MISSING: missing-failure.yaml:3:5: error: missing 'failure' in certificates entry 'pki_set_expiry'

#include <openssl/x509.h>

typedef struct cert cert_t;
int pki_set_expiry(cert_t *c, const char *when);

void project_helper(cert_t *c, const char *when) {
  pki_set_expiry(c, when);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'pki_set_expiry' is ignored; it returns 0 when it cannot set the validity, for example for 29 February of a non-leap year, and the certificate is issued without an expiry (check the result before the certificate is signed or used) [premortem-cert-expiry]
  if (!pki_set_expiry(c, "20260229000000Z"))
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: date "20260229000000Z" passed to 'pki_set_expiry' does not exist; it returns failure {{.*}}
    return;
}

// Disabled by the pack: silent.
void disabled(X509 *x) {
  X509_gmtime_adj(X509_getm_notAfter(x), 0);
}
