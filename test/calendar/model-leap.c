// The calendar model's leap tests, 29-February handling and calendar names.
// RUN: %calendar_model %s -- -nostdinc -isystem %inputs/mock-headers | %FileCheck %s

#include <time.h>

// Leap-test terms in every form and context.
int terms(int y, int n) {
  n += y % 4 == 0;
  // CHECK: [[@LINE-1]]:8: leap-term
  n += (y & 3) == 0;
  // CHECK: [[@LINE-1]]:9: leap-term
  n += (y & 15) == 0;
  // CHECK: [[@LINE-1]]:9: leap-term
  n += y % 16 == 0;
  // CHECK: [[@LINE-1]]:8: leap-term
  n += (y + 1900) % 400 == 0;
  // CHECK: [[@LINE-1]]:8: leap-term
  return 28 + (y % 4 == 0);
  // CHECK: [[@LINE-1]]:16: leap-term
}

// `% 100` and `% 25` alone are no leap test: two-digit years.
int two_digit(int y) { return y % 100 + y % 25; }
// CHECK-NOT: [[@LINE-1]]:{{[0-9]+}}: leap-term
// CHECK-NOT: leap-helper two_digit

// Helpers: a body with a leap test, a wrapper of one, a date-guards entry,
// a name with a date-guard word.
int body_test(int y) { return (y & 3) == 0 && (y % 25 != 0 || (y & 15) == 0); }
// CHECK: leap-helper body_test
int wraps(int y) { return body_test(y + 1900); }
// CHECK: leap-helper wraps
int is_leap_year(int y) { return y > 0; }
// CHECK: leap-helper is_leap_year
int Clamp_Day(int d) { return d; }
// CHECK: leap-helper Clamp_Day
int fixfeb(int d) { return d; }
// CHECK-NOT: leap-helper fixfeb

// 29-February fix-ups: a day compared with 28 or 29.
void fixups(struct tm *tm, int day) {
  if (tm->tm_mday == 29)
  // CHECK: [[@LINE-1]]:7: day-limit
    tm->tm_mday = 28;
  if (day > 28)
  // CHECK: [[@LINE-1]]:7: day-limit
    day = 28;
  if (tm->tm_hour == 29)
  // CHECK-NOT: [[@LINE-1]]:7: day-limit
    tm->tm_hour = 0;
}

// Non-Gregorian calendars.
int hijri_days(int y) { return y; }
// CHECK: other-calendar hijri_days
int JulianDayNumber(int y) { return y; }
// CHECK: other-calendar JulianDayNumber
int gregorian_days(int y) { return y; }
// CHECK-NOT: other-calendar gregorian_days
