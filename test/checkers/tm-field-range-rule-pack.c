// Field bases come from the calendar pack: a user pack adds Linux's
// struct rtc_time (struct tm's conventions) and removes SYSTEMTIME.
// RUN: %check_tidy --check-suffix=DEFAULT %s premortem-tm-field-range %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix=USER --config '{CheckOptions: {premortem.RulesFile: %inputs/tm-field-range/rtc.yaml}}' %s premortem-tm-field-range %t -- -nostdinc -isystem %inputs/mock-headers
//
// year-base is checked like every key.
// RUN: %expect_exit 2 %driver --rules %inputs/tm-field-range/bad-base.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=BASE
// BASE: bad-base.yaml:7:16: error: 'year-base' must be a year from 0 to 9999
// BASE-NOT: {{.}}

#include <time.h>
#include <windows.h>

struct rtc_time {
  int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
};

int rtc_after_2024(const struct rtc_time *rtc) {
  return rtc->tm_year >= 2024;
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:23: warning: 'rtc->tm_year' counts years since 1900, so comparing it with the four-digit year 2024 is off by 1900 years {{.*}}
}

int rtc_december(const struct rtc_time *rtc) {
  return rtc->tm_mon == 12;
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:22: warning: {{.*}}
}

int tm_after_2024(const struct tm *tm) {
  return tm->tm_year >= 2024;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:22: warning: 'tm->tm_year' counts years since 1900, so comparing it with the four-digit year 2024 is off by 1900 years {{.*}}
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:22: warning: 'tm->tm_year' counts years since 1900, so comparing it with the four-digit year 2024 is off by 1900 years {{.*}}
}

void copy_month(SYSTEMTIME *st, const struct tm *tm) {
  st->wMonth = tm->tm_mon;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:14: warning: 'st->wMonth' is set from 'tm->tm_mon' with the wrong offset{{.*}}
}
