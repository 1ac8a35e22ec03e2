// RUN: %check_tidy %s premortem-tm-field-range %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <ctime>

bool december(const std::tm &tm) {
  return tm.tm_mon == 12;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'tm.tm_mon' counts months from 0 {{.*}}
  // CHECK-FIXES: return tm.tm_mon == 11;
}

/* Templates: one report, however many instantiations. */
template <typename T> bool recent(const std::tm &tm, T) {
  return tm.tm_year > 2020;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'tm.tm_year' counts years since 1900, so comparing it with the four-digit year 2020 {{.*}}
  // CHECK-FIXES: return tm.tm_year + 1900 > 2020;
}
bool use(const std::tm &tm) { return recent(tm, 1) && recent(tm, 1.0); }

/* Dependent comparisons are judged per instantiation, once. */
template <typename Tm> bool generic(const Tm &tm) { return tm.tm_mon == 12; }
// CHECK-MESSAGES: :[[@LINE-1]]:70: warning: 'tm.tm_mon' counts months from 0 {{.*}}
bool use_generic(const std::tm &tm) { return generic(tm); }

struct Date {
  int year, month;
  void from(const std::tm &tm) {
    year = tm.tm_year + 1900;
    month = tm.tm_mon + 1;
  }
};

// NoCrash: a comparison with a non-constant, an enum, a float.
enum Month { December = 12 };
bool odd(const std::tm &tm, int m, double d) {
  return tm.tm_mon == m || tm.tm_mon == December || tm.tm_year == d;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'tm.tm_mon' counts months from 0 {{.*}}
}
