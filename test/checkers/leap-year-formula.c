// RUN: %check_tidy %s premortem-leap-year-formula %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix=OPT --config '{CheckOptions: {premortem-leap-year-formula.Years1901To2099: true}}' %s premortem-leap-year-formula %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

// The most common wrong rule: "works until 2100".
int is_leap(int year) {
  return year % 4 == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: leap-year test is incomplete: '% 4' alone takes 1900 and 2100 for leap years, so 29 February 2100 is accepted and later dates are a day off; use the Gregorian rule (divisible by 4, not by 100 unless by 400) [premortem-leap-year-formula]
  // CHECK-FIXES: {{^}}  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);{{$}}
}

// Missing the 400 clause: 2000 is taken for a common year.
int days_in_year(int year) {
  if (year % 4 == 0 && year % 100 != 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: leap-year test lacks the '% 400' clause: it takes 2000 and 2400 for common years, so 29 February 2000 is rejected; use the Gregorian rule (divisible by 4, not by 100 unless by 400) [premortem-leap-year-formula]
    // CHECK-MESSAGES-OPT: :[[@LINE-2]]:7: warning: leap-year test lacks the '% 400' clause
    // CHECK-FIXES: {{^}}  if (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)){{$}}
    return 366;
  return 365;
}

// The bit-mask form alone, in a bigger function (an RTC driver).
struct rtc_time { int year, month, mday; };
static const unsigned char month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
int rtc_valid(const struct rtc_time *t) {
  int mdays = month_days[t->month - 1];
  if (t->month == 2 && (t->year & 3) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: leap-year test is incomplete: '% 4' alone
    // CHECK-FIXES: {{^}}  if (t->month == 2 && (t->year % 4 == 0 && (t->year % 100 != 0 || t->year % 400 == 0))){{$}}
    mdays = 29;
  return t->mday >= 1 && t->mday <= mdays;
}

// The full rule on tm_year, which counts years since 1900.
int tm_is_leap(const struct tm *tm) {
  return tm->tm_year % 4 == 0 && (tm->tm_year % 100 != 0 || tm->tm_year % 400 == 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: leap-year test applies '% 100'/'% 400' to 'tm_year', which counts years since 1900: it takes 2000 for a common year; add 1900 to the year first [premortem-leap-year-formula]
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:10: warning: leap-year test applies '% 100'/'% 400' to 'tm_year'
  // CHECK-FIXES: {{^}}  return (tm->tm_year + 1900) % 4 == 0 && ((tm->tm_year + 1900) % 100 != 0 || (tm->tm_year + 1900) % 400 == 0);{{$}}
}

// Inverted: true for common years.
int isLeapYear(int y) {
  return y % 4 != 0 || (y % 100 == 0 && y % 400 != 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: leap-year test is inverted: it is true for common years where a leap year is expected, so every year gets the other year's length; negate the test [premortem-leap-year-formula]
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:10: warning: leap-year test is inverted
}

int year_length(int year) {
  if (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: leap-year test is inverted
    // CHECK-MESSAGES-OPT: :[[@LINE-2]]:7: warning: leap-year test is inverted
    return 365;
  return 366;
}

// Nested ifs without the 400 clause, judged as one function.
int february_days(int year) {
  if (year % 4 == 0) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: leap-year test lacks the '% 400' clause
    // CHECK-MESSAGES-OPT: :[[@LINE-2]]:7: warning: leap-year test lacks the '% 400' clause
    if (year % 100 == 0)
      return 28;
    return 29;
  }
  return 28;
}

// Nested ifs without 400 inside a bigger function.
int day_of_year(int year, int month, int mday) {
  static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int leap = 0;
  if (year % 4 == 0) {
    if (year % 100 != 0)
      // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: leap-year test lacks the '% 400' clause
      // CHECK-MESSAGES-OPT: :[[@LINE-2]]:9: warning: leap-year test lacks the '% 400' clause
      leap = 1;
  }
  return before[month - 1] + mday + (month > 2 ? leap : 0);
}

// A macro: reported at the macro, no fix-it inside it.
#define IS_LEAP(y) ((y) % 4 == 0)
int feb_len(int year) { return IS_LEAP(year) ? 29 : 28; }
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: leap-year test is incomplete: '% 4' alone

// --- Correct rules in every shape: silent.

int leap_expr(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }
int leap_not(int year) { return !(year % 4) && ((year % 100) || !(year % 400)); }
int leap_mask(unsigned year) { return (year & 3) == 0 && ((year % 25) != 0 || (year & 15) == 0); }
int leap_ternary(int year) { return (year % 100 == 0) ? (year % 400 == 0) : (year % 4 == 0); }

int leap_returns(int year) {
  if (year % 400 == 0)
    return 1;
  if (year % 100 == 0)
    return 0;
  if (year % 4 == 0)
    return 1;
  return 0;
}

int leap_nested(int year) {
  int leap;
  if (year % 4 != 0)
    leap = 0;
  else if (year % 100 != 0)
    leap = 1;
  else
    leap = year % 400 == 0;
  return leap;
}

static int divisible(int a, int b) { return a % b == 0; }
int leap_helper(int year) { return divisible(year, 4) && (!divisible(year, 100) || divisible(year, 400)); }

int year_days(int year) { return leap_expr(year) ? 366 : 365; }

int tm_leap(const struct tm *tm) {
  int y = tm->tm_year + 1900;
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int tm_leap_inline(const struct tm *tm) {
  return (tm->tm_year + 1900) % 4 == 0 &&
         ((tm->tm_year + 1900) % 100 != 0 || (tm->tm_year + 1900) % 400 == 0);
}

// Nested complete rule inside a bigger function.
int yday(int year, int month, int mday) {
  static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int leap = 0;
  if (year % 4 == 0) {
    if (year % 100 != 0 || year % 400 == 0)
      leap = 1;
  }
  return before[month - 1] + mday + (month > 2 ? leap : 0);
}

// Not years: alignment, columns, quarters.
int columns(int i, int width) { return i % 4 == 0 ? width : 0; }
int padded(unsigned n) { return (n & 3) == 0; }
int quarter_of(int month) { return month % 4 == 0; }

// A day-number conversion that counts century leap days by division: the
// `& 3` test of the current year is corrected by the count (libical's
// make_time).
static const int days_before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
long make_time(const struct tm *tm) {
  long tim = (tm->tm_year - 70) * 365 + ((tm->tm_year - 1) / 4) - 17;
  int febs = (tm->tm_year - 100) - ((tm->tm_mon <= 1) ? 1 : 0);
  tim -= febs / 100;
  tim += febs / 400;
  tim += days_before[tm->tm_mon];
  if ((tm->tm_year & 3) == 0 && tm->tm_mon > 1)
    tim += 1;
  return tim + tm->tm_mday;
}
