// A user pack adds a date factory and disables g_date_new_dmy.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/year-arithmetic/user-builders.yaml}}' %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers
//
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/builders-missing.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=MISSING
// MISSING: builders-missing.yaml:3:5: error: missing 'day' in date-builders entry 'make_date'
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/builders-same-arg.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=SAME
// SAME: builders-same-arg.yaml:3:5: error: date-builders entry 'make_date' names one argument twice
// RUN: %expect_exit 2 %driver --rules %inputs/year-arithmetic/parsers-missing.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=PARSER
// PARSER: parsers-missing.yaml:3:5: error: missing 'input' in date-parsers entry 'parse_iso'

#include <glib.h>
#include <time.h>

struct date { int y, m, d; };
struct date make_date(int year, int month, int day);

// A scheduling helper: the next yearly occurrence of an event.
struct date next_occurrence(const struct tm *event) {
  int y = event->tm_year + 1900;
  int mon = event->tm_mon + 1;
  int day = event->tm_mday;
  return make_date(y + 1, mon, day);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: year of the date built by 'make_date' is incremented while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: the day of the original date is used here
}

// Disabled by the user pack: silent.
GDate *next_renewal(const GDate *d) {
  return g_date_new_dmy(g_date_get_day(d), g_date_get_month(d), g_date_get_year(d) + 1);
}
