// "Now" plus an offset is judged from 1 January of the NowYear option, never
// from the clock of the machine running the analysis.
// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix LATE --config '{CheckOptions: {premortem-cert-expiry.NowYear: 2040}}' %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/x509.h>
#include <stddef.h>
#include <time.h>

ASN1_TIME *twenty_years(ASN1_UTCTIME *t) {
  // 2026 + 20 years is before 2050; 2040 + 20 is not.
  return ASN1_UTCTIME_adj(t, time(NULL), 365 * 20, 0);
  // CHECK-MESSAGES-LATE: :[[@LINE-1]]:10: warning: 'ASN1_UTCTIME_adj' makes a UTCTime, {{.*}}
}

ASN1_TIME *thirty_years(ASN1_UTCTIME *t) {
  return ASN1_UTCTIME_adj(t, time(NULL), 365 * 30, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'ASN1_UTCTIME_adj' makes a UTCTime, {{.*}}
  // CHECK-MESSAGES-LATE: :[[@LINE-2]]:10: warning: 'ASN1_UTCTIME_adj' makes a UTCTime, {{.*}}
}

ASN1_TIME *one_year(ASN1_UTCTIME *t) {
  return ASN1_UTCTIME_adj(t, time(NULL), 365, 0);
}
