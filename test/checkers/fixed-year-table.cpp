// RUN: %check_tidy %s premortem-fixed-year-table %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <array>
#include <ctime>
#include <vector>

std::array<int, 365> daily;
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: per-day table 'daily' has 365 entries, one short in leap years{{.*}}
std::array<int, 366> daily_ok;
std::array<char, 365> text_ok;

void storage(std::vector<double> &v) {
  std::vector<int> counts(365);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: per-day storage with 365 entries is one short in leap years: the 366th day (31 December) has no entry (use 366 entries) [premortem-fixed-year-table]
  std::vector<int> filled(365, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: per-day storage with 365 entries {{.*}}
  v.resize(365);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: per-day storage with 365 entries {{.*}}
  int *raw = new int[365];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: per-day storage with 365 entries {{.*}}
  delete[] raw;
  std::vector<int> one{365};
  std::vector<int> ok(366);
  v.resize(366);
  char *text = new char[365];
  delete[] text;
}

/* Templates: one report, however many instantiations. */
template <typename T> struct Series {
  T values[365];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: per-day table 'values' has 365 entries {{.*}}
  T at(const std::tm &tm) const { return values[tm.tm_yday]; }
  // CHECK-MESSAGES: :[[@LINE-1]]:49: note: indexed by the day of the year here
};
template <int N> struct Fixed { int v[N]; };
int use(const std::tm &tm) {
  Series<int> a;
  Series<long> b;
  Fixed<365> c;
  Fixed<366> d;
  return a.at(tm) + (int)b.at(tm) + c.v[0] + d.v[0];
}

constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
int month_length(int month) { return kMonthDays[month]; }
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'kMonthDays' gives February 28 days {{.*}}
// CHECK-MESSAGES: :45:15: note: 'kMonthDays' is declared here
int month_length_ok(int year, int month) {
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return kMonthDays[month] + (month == 1 && leap ? 1 : 0);
}
