// A user pack (premortem.RulesFile) adds a project clock and wire writer and
// removes X509_gmtime_adj.
// RUN: %check_tidy --check-suffix=DEFAULT %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/time-values/user.yaml}}' %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers
//
// time-values entries are checked strictly, like every section.
// RUN: %expect_exit 2 %driver --rules %inputs/time-values/bad-kind.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=KIND
// KIND: bad-kind.yaml:3:27: error: 'kind' must be one of: epoch-function, epoch-type, epoch-field, long-offset, wire-format
// RUN: %expect_exit 2 %driver --rules %inputs/time-values/missing-kind.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=MISSING
// MISSING: missing-kind.yaml:3:5: error: missing 'kind' in time-values entry 'now_utc'
// MISSING-NOT: {{.}}

#include <openssl/x509.h>
#include <stdint.h>

long long now_utc(void);
void put_be32(unsigned char *out, uint32_t v);

int project_clock(void) {
  int t = now_utc();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'now_utc()' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
  return t;
}

/* A project byte-order writer: the wire field is 32 bits by definition. */
void wire(unsigned char *out) { put_be32(out, now_utc()); }

/* Removed by the pack: silent. */
void removed(ASN1_TIME *t, int days) { X509_gmtime_adj(t, (long)60 * 60 * 24 * days); }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:59: warning: 'X509_gmtime_adj' takes this offset in seconds as 'long'{{.*}}
