// The calendar model's day-limit test: a day compared with 28 or 29 handles
// 29 February whether it is the field itself or a copy of it in a variable.
// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

time_t day_copy_fixup(struct tm tm) {
  int day = tm.tm_mday;
  tm.tm_year += 1;
  if (day == 29)
    tm.tm_mday = 28;
  return mktime(&tm);
}

time_t day_field_fixup(struct tm tm) {
  tm.tm_year += 1;
  if (tm.tm_mday == 29)
    tm.tm_mday = 28;
  return mktime(&tm);
}

// An hour compared with 29 is no day-limit test.
time_t hour_test(struct tm tm) {
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February{{.*}}
  if (tm.tm_hour == 29)
    tm.tm_hour = 0;
  return mktime(&tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is used here
}
