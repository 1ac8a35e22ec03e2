// RUN: %check_tidy %s premortem-leap-year-loop %t -- -nostdinc -isystem %inputs/mock-headers

// Day-to-year loops in the shapes of the 2008 RTC driver (its buggy and
// fixed versions) and of the usual correct conversions.

#include <windows.h>

typedef unsigned int UINT32;
typedef unsigned char UINT8;
#define ORIGINYEAR 1980
#define IsLeapYear(y) ((((y) % 4 == 0) && ((y) % 100 != 0)) || ((y) % 400 == 0))

static const UINT8 monthtable[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const UINT8 monthtable_leap[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// BAD: the driver as shipped.
BOOL ConvertDays(UINT32 days, SYSTEMTIME *lpTime) {
  int month, year;
  const UINT8 *month_tab;
  year = ORIGINYEAR;
  while (days > 365) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end: a path through its body neither reduces 'days' nor leaves the loop
    if (IsLeapYear(year)) {
      if (days > 366) {
        days -= 366;
        year += 1;
      }
    } else {
      days -= 365;
      year += 1;
    }
  }
  month_tab = IsLeapYear(year) ? monthtable_leap : monthtable;
  for (month = 0; month < 12; month++) {
    if (days <= month_tab[month])
      break;
    days -= month_tab[month];
  }
  month += 1;
  lpTime->wDay = days;
  lpTime->wMonth = month;
  lpTime->wYear = year;
  return TRUE;
}

// GOOD: the fix, a break on day 366.
BOOL ConvertDaysFixed(UINT32 days, SYSTEMTIME *lpTime) {
  int year = ORIGINYEAR;
  while (days > 365) {
    if (IsLeapYear(year)) {
      if (days > 366) {
        days -= 366;
        year += 1;
      } else {
        break;
      }
    } else {
      days -= 365;
      year += 1;
    }
  }
  lpTime->wYear = year;
  lpTime->wDay = days;
  return TRUE;
}

// GOOD: the inner test always holds inside the loop (days >= 366).
int ConvertDaysInnerAlwaysTrue(UINT32 days) {
  int year = ORIGINYEAR;
  while (days > 365) {
    if (IsLeapYear(year)) {
      if (days >= 366) {
        days -= 366;
        year += 1;
      }
    } else {
      days -= 365;
      year += 1;
    }
  }
  return year;
}

// GOOD: the loop condition is the year's own length.
int daysToYear(int days) {
  int year = 1970;
  while (days >= (IsLeapYear(year) ? 366 : 365)) {
    days -= IsLeapYear(year) ? 366 : 365;
    year++;
  }
  return year;
}

// GOOD: every path subtracts.
int daysToYear2(long days) {
  int year = 1970;
  while (days > 365) {
    days -= 365 + IsLeapYear(year);
    year++;
  }
  return year;
}

// BAD: the day-366 hole with an equality test.
int daysToYear3(int days) {
  int y = 2000;
  while (days > 365) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end: a path through its body neither reduces 'days'
    if (IsLeapYear(y) && days == 366)
      continue;
    days -= IsLeapYear(y) ? 366 : 365;
    y++;
  }
  return y;
}

// GOOD: a loop over the days of a year, not a conversion.
int sumYear(const int *perDay) {
  int total = 0;
  for (int day = 0; day < 365; day++)
    total += perDay[day];
  return total;
}

// GOOD: day 366 of a leap year moves only the year, and the next year is
// a common one, so the loop goes on.
struct span { int days; int years; };
void normalize(struct span *s) {
  while (s->days >= 366) {
    if (IsLeapYear(s->years)) {
      if (s->days > 366)
        s->days -= 366;
    } else {
      s->days -= 365;
    }
    s->years++;
  }
}

// BAD: the same with the year moved only together with the days.
void normalize2(struct span *s) {
  while (s->days >= 366) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end: a path through its body neither reduces 'days'
    if (IsLeapYear(s->years)) {
      if (s->days > 366) {
        s->days -= 366;
        s->years++;
      }
    } else {
      s->days -= 365;
      s->years++;
    }
  }
}
