// RUN: %check_tidy %s premortem-leap-year-loop %t -- -nostdinc -isystem %inputs/mock-headers

typedef int BOOL;
#define ORIGINYEAR 1980
static BOOL IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// The 2008 music-player freeze (RTC driver ConvertDays): day 366 of a leap
// year takes the leap branch, fails `days > 366` and never changes `days`.
int ConvertDays(unsigned int days, int *out_year) {
  int year = ORIGINYEAR;
  while (days > 365) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end: a path through its body neither reduces 'days' nor leaves the loop, so a count stuck at day 366 of a leap year spins forever (the 2008 music-player freeze); reduce the count or break on every path [premortem-leap-year-loop]
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
  *out_year = year;
  return days;
}

// The fix shipped later: leave the loop on day 366.
int ConvertDaysFixed(unsigned int days, int *out_year) {
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
  *out_year = year;
  return days;
}

// Every path subtracts the year's length.
int days_to_year(long days, int year) {
  while (days >= 365) {
    int len = IsLeapYear(year) ? 366 : 365;
    if (days < len)
      break;
    days -= len;
    year++;
  }
  return year;
}

// A `for` loop with the same hole, and a `continue` that skips the update.
int for_loop(int ndays) {
  int y = 1970;
  for (; ndays >= 366; ) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end: a path through its body neither reduces 'ndays'
    if (IsLeapYear(y) && ndays == 366)
      continue;
    ndays -= IsLeapYear(y) ? 366 : 365;
    y++;
  }
  return y;
}

// do-while: the update sits in a branch, but the year moves on every path:
// day 366 of a leap year moves to a common year, which consumes days.
int do_loop(int remaining, int y) {
  do {
    if (!IsLeapYear(y))
      remaining -= 365;
    else if (remaining > 366)
      remaining -= 366;
    y++;
  } while (remaining > 365);
  return y;
}

// do-while with the year moved only with the days: stuck on day 366.
int do_loop_stuck(int remaining, int y) {
  do {
    if (!IsLeapYear(y)) {
      remaining -= 365;
      y++;
    } else if (remaining > 366) {
      remaining -= 366;
      y++;
    }
  } while (remaining > 365);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: loop may never end: a path through its body neither reduces 'remaining'
  return y;
}

// The counter updated through a helper that takes its address: not judged.
void consume(int *days, int year);
int via_helper(int days, int year) {
  while (days > 365) {
    consume(&days, year);
    year++;
  }
  return year;
}

// Day-of-year loops that count up: every path increments.
int count_up(int limit) {
  int day, n = 0;
  for (day = 0; day < 365; day++) {
    if (day == limit)
      continue;
    n++;
  }
  return n;
}

// Not a day counter: a loop bound of 365 items.
int sum(const int *v) {
  int i = 0, s = 0;
  while (i < 365) {
    if (v[i] < 0)
      return s;
    s += v[i];
    i++;
  }
  return s;
}

// A macro condition: reported at the macro use.
#define MORE_THAN_A_YEAR(d) ((d) > 365)
int macro_loop(int days, int year) {
  while (MORE_THAN_A_YEAR(days)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end
    if (IsLeapYear(year)) {
      if (days > 366) {
        days -= 366;
        year++;
      }
    } else {
      days -= 365;
      year++;
    }
  }
  return year;
}
