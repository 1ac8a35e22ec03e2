// Helpers of the translation unit that shift the year of a date passed by pointer or reference.
// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>
#include <windows.h>

// Out-parameter helpers of the translation unit.
static void add_years(struct tm *t, int n) { t->tm_year += n; }
static void next_year_st(SYSTEMTIME *st) { st->wYear++; }
static void add_years_safe(struct tm *t, int n) {
  t->tm_year += n;
  if (t->tm_mon == 1 && t->tm_mday == 29)
    t->tm_mday = 28;
}
static time_t add_and_convert(struct tm *t) {
  t->tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 't' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 't' is used here
  return mktime(t);
}

time_t renew_with_helper(struct tm tm) {
  add_years(&tm, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is shifted by 'add_years' without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-17]]:46: note: 'add_years' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is used here
  return mktime(&tm);
}

BOOL renew_systemtime(SYSTEMTIME st, FILETIME *ft) {
  next_year_st(&st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented by 'next_year_st' without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-24]]:44: note: 'next_year_st' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'st' is used here
  return SystemTimeToFileTime(&st, ft);
}

time_t renew_safe_helper(struct tm tm) {
  add_years_safe(&tm, 1);
  return mktime(&tm);
}

time_t renew_in_helper(struct tm tm) {
  return add_and_convert(&tm);
}

void renew_unused(struct tm tm) {
  add_years(&tm, 1);
}

time_t renew_then_fix(struct tm tm) {
  add_years(&tm, 1);
  tm.tm_mday = 1;
  return mktime(&tm);
}
