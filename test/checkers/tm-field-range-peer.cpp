// Held-out C++ shapes: ICU calendars set with a 1-based month, std::tm.
// RUN: %check_tidy %s premortem-tm-field-range %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <ctime>
#include <unicode/calendar.h>

void bad_icu_set(icu::Calendar *cal, const std::tm &tm) {
  cal->set(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'tm.tm_mon + 1' is a month counted from 1, but ICU counts months from 0 {{.*}}
  cal->set(2024, 12, 31);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: '12' is a month counted from 1, but ICU {{.*}}
}
void bad_gregorian(icu::GregorianCalendar &cal) {
  cal.set(icu::Calendar::MONTH, 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: '12' is a month counted from 1, but ICU {{.*}}
}
void good_icu_set(icu::Calendar *cal, icu::GregorianCalendar &g, const std::tm &tm) {
  cal->set(tm.tm_year + 1900, tm.tm_mon, tm.tm_mday);
  cal->set(2024, 11, 31);
  g.set(icu::Calendar::DATE, 12);
  g.set(icu::Calendar::MONTH, 11);
}

/* Templates: one report per spelling. */
template <typename Cal> void set_christmas(Cal *cal, int year) { cal->set(year, 12, 25); }
// CHECK-MESSAGES: :[[@LINE-1]]:81: warning: '12' is a month counted from 1, but ICU {{.*}}
void use(icu::Calendar *a) { set_christmas(a, 2024); }

/* A class with a set(y, m, d) that is not a calendar: silent. */
struct Box { void set(int w, int h, int d); };
void box(Box &b) { b.set(1, 12, 3); }
