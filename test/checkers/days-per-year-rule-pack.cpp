// A user pack (premortem.RulesFile) adds a day-adding call and removes a
// default duration factory.
// RUN: %check_tidy --check-suffix=DEFAULT %s premortem-days-per-year %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/days-per-year/adders.yaml}}' %s premortem-days-per-year %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers
//
// A malformed entry is a one-line error.
// RUN: %expect_exit 2 %driver --rules %inputs/days-per-year/adder-bad-kind.yaml %s -- -std=c++17 -nostdinc -isystem %inputs/mock-headers 2>&1 | %FileCheck %s --check-prefix=KIND
// KIND: adder-bad-kind.yaml:5:11: error: 'kind' must be one of: adds, span

#include <absl/time/time.h>

struct Date {
  Date plusDays(int n) const;
};

Date renew(const Date &d) { return d.plusDays(365); }
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: a year taken as 365 days is added to a date

absl::Time expiry() { return absl::Now() + absl::Hours(8760); }
// CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:44: warning: a year taken as 365 days (absl::Hours(8760)) is added to a point in time
