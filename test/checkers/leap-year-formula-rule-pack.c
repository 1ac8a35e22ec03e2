// A user pack (premortem.RulesFile) names a library leap predicate: the fast
// `% 4` path before it is then part of a complete test.
// RUN: %check_tidy --check-suffix=DEFAULT %s premortem-leap-year-formula %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/leap-year-formula/cal-leap.yaml}}' %s premortem-leap-year-formula %t -- -nostdinc -isystem %inputs/mock-headers
//
// A malformed entry is a one-line error.
// RUN: %expect_exit 2 %driver --rules %inputs/leap-year-formula/guard-bad-kind.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=KIND
// KIND: guard-bad-kind.yaml:4:11: error: 'kind' must be one of: leap-test, clamp

int cal_leap(int year); /* a calendar library's complete predicate */

int february_length(int year) {
  return (year % 4 == 0 && cal_leap(year)) ? 29 : 28;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:11: warning: leap-year test is incomplete: '% 4' alone
}
