// A user pack (premortem.RulesFile) adds calendar structs and a guard, and disables struct tm.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/year-arithmetic/user-calendar.yaml}}' %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers
//
// calendar and date-guards entries are checked strictly, like every section.
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/calendar-unknown-key.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: calendar-unknown-key.yaml:7:5: error: unknown key 'week' in a calendar entry (expected one of: name, year, month, day, month-base, year-base, disabled)
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/calendar-bad-base.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=BASE
// BASE: calendar-bad-base.yaml:7:17: error: 'month-base' must be 0 or 1
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/calendar-missing.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=MISSING
// MISSING: calendar-missing.yaml:3:5: error: missing 'month' in calendar entry 'rtc_date'
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/guard-bad-kind.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=KIND
// KIND: guard-bad-kind.yaml:4:11: error: 'kind' must be one of: leap-test, clamp
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/calendar-duplicate.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=DUP
// DUP: calendar-duplicate.yaml:5:5: error: duplicate calendar entry 'tm'
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/calendar-not-list.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=LIST
// LIST: calendar-not-list.yaml:3:3: error: 'calendar' must be a list

#include <time.h>

// An RTC driver: the chip stores the date in BCD-free fields.
struct rtc_date { unsigned char day, month; unsigned short year; };
typedef struct { int y, m, d; } date_t;
int rtc_write(const struct rtc_date *d);
void fix_feb29(struct rtc_date *d);
long date_to_days(date_t d);

int rtc_next_year(struct rtc_date *d) {
  d->year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'd' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'd' is used here
  return rtc_write(d);
}

int rtc_next_year_fixed(struct rtc_date *d) {
  d->year++;
  fix_feb29(d);
  return rtc_write(d);
}

long report_period_end(date_t start) {
  start.y = start.y + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'start' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'start' is used here
  return date_to_days(start);
}

long report_period_end_fixed(date_t start) {
  start.y = start.y + 1;
  if (start.m == 1 && start.d == 29)
    start.d = 28;
  return date_to_days(start);
}

// struct tm is disabled by the pack.
time_t tm_disabled(struct tm tm) {
  tm.tm_year++;
  return mktime(&tm);
}

