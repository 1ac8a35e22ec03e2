// RUN: %check_tidy %s premortem-fixed-year-table %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

// Per-day arrays in the shapes of a peer analyzer's "unsafe array for days
// of the year" tests, and month tables read with and without a leap
// adjustment.

#include <array>
#include <vector>
#include <windows.h>
#include <time.h>

namespace peer {

void arrayOfDaysBug(int dayOfYear, int x) {
  int items[365];
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: per-day table 'items' has 365 entries but is indexed by the day of the year
  items[dayOfYear - 1] = x;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: note: indexed by the day of the year here
}

void arrayOfDaysBug2(int dayOfYear, int x) {
  int *items = new int[365];
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: per-day storage with 365 entries is one short in leap years
  items[dayOfYear - 1] = x;
  delete[] items;
}

void arrayOfDaysBug3(int dayOfYear, int x) {
  std::vector<int> items(365);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: per-day storage with 365 entries is one short in leap years
  items[dayOfYear - 1] = x;
}

void arrayOfDaysBug4(int dayOfYear, int x) {
  std::vector<int> items;
  items.resize(365);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: per-day storage with 365 entries is one short in leap years
  items[dayOfYear - 1] = x;
}

void arrayOfDaysBug5(const struct tm &t, double x) {
  std::array<double, 365> totals{};
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: per-day table 'totals' has 365 entries
  (void)t;
  (void)x;
}

double dailyRainfall[365];
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: per-day table 'dailyRainfall' has 365 entries but is indexed by the day of the year
void record(const struct tm &t, double mm) { dailyRainfall[t.tm_yday] += mm; }
// CHECK-MESSAGES: :[[@LINE-1]]:60: note: indexed by the day of the year here

// GOOD: 366 entries.
void arrayOfDaysGood(int dayOfYear, int x) {
  int items[366];
  items[dayOfYear - 1] = x;
  int *more = new int[366];
  more[dayOfYear - 1] = x;
  delete[] more;
  std::vector<int> v(366);
  v[dayOfYear - 1] = x;
}

// GOOD: strings of 365 characters and compiler-generated names.
void names() {
  char buffer[365];
  buffer[0] = 0;
  const char *f = __func__;
  (void)f;
}

// Month tables.
static const int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

bool validDay(const SYSTEMTIME &st) { return st.wDay <= kDaysInMonth[st.wMonth - 1]; }
// CHECK-MESSAGES: :[[@LINE-1]]:57: warning: 'kDaysInMonth' gives February 28 days and is read here with no leap-year adjustment on the path
// CHECK-MESSAGES: :[[@LINE-4]]:18: note: 'kDaysInMonth' is declared here

bool isLeap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// GOOD: adjusted with a complete leap test.
int daysInMonth(int year, int month) {
  if (month == 2 && isLeap(year))
    return 29;
  return kDaysInMonth[month - 1];
}

int daysInMonth2(const SYSTEMTIME &st) {
  return kDaysInMonth[st.wMonth - 1] + (st.wMonth == 2 && isLeap(st.wYear) ? 1 : 0);
}

int daysInMonth3(int year, int month) {
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return kDaysInMonth[month - 1] + (month == 2 && leap);
}

// GOOD: a constant index away from February.
int januaryDays() { return kDaysInMonth[0]; }

} // namespace peer
