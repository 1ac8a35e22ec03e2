// One owner for validity seconds computed from days: premortem-cert-expiry
// reports them when it runs, premortem-time-truncation when it runs alone.
// RUN: %check_tidy --check-suffix=ALONE %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix=BOTH %s premortem-time-truncation,premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/x509.h>
#include <time.h>

/* openssl crypto/x509/x509_r2x.c: X509_REQ_to_X509(r, days, pkey). */
void req_to_x509(X509 *ret, int days) {
  if (X509_gmtime_adj(X509_getm_notBefore(ret), 0) == NULL)
    return;
  if (X509_gmtime_adj(X509_getm_notAfter(ret), (long)60 * 60 * 24 * days) == NULL)
    // CHECK-MESSAGES-ALONE: :[[@LINE-1]]:48: warning: 'X509_gmtime_adj' takes this offset in seconds as 'long', which has 32 bits on Windows {{.*}} [premortem-time-truncation]
    // CHECK-MESSAGES-BOTH: :[[@LINE-2]]:{{[0-9]+}}: warning: validity in seconds is passed to 'X509_gmtime_adj' as a 'long' offset{{.*}} [premortem-cert-expiry]
    return;
}

/* Computed in int: one finding either way. */
int int_product(X509 *x, int days) {
  return X509_gmtime_adj(X509_getm_notAfter(x), 86400 * days) != NULL;
  // CHECK-MESSAGES-ALONE: :[[@LINE-1]]:49: warning: {{.*}} [premortem-time-truncation]
  // CHECK-MESSAGES-BOTH: :[[@LINE-2]]:{{[0-9]+}}: warning: validity in seconds is computed in 'int' {{.*}} [premortem-cert-expiry]
}

/* A time_t passed as a long offset is not a day product: cert-expiry does
   not report it, so time-truncation does in both configurations. */
int time_as_offset(ASN1_TIME *t, time_t when) {
  return X509_time_adj(t, when, NULL) != NULL;
  // CHECK-MESSAGES-ALONE: :[[@LINE-1]]:27: warning: 'X509_time_adj' takes this offset in seconds as 'long'{{.*}} [premortem-time-truncation]
  // CHECK-MESSAGES-BOTH: :[[@LINE-2]]:27: warning: 'X509_time_adj' takes this offset in seconds as 'long'{{.*}} [premortem-time-truncation]
}

/* A day product in int widened to time_t outside any certificate call stays
   time-truncation's in both configurations. */
time_t later(time_t now, int days) {
  return now + days * 86400;
  // CHECK-MESSAGES-ALONE: :[[@LINE-1]]:16: warning: 'days * 86400' is computed in 32-bit 'int'{{.*}}
  // CHECK-MESSAGES-BOTH: :[[@LINE-2]]:16: warning: 'days * 86400' is computed in 32-bit 'int'{{.*}}
}
