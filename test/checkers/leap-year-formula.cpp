// RUN: %check_tidy %s premortem-leap-year-formula %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

#include <chrono>

namespace cal {

// A template: one report, not one per instantiation.
template <typename Y> bool isLeap(Y year) {
  return year % 4 == 0 && year % 100 != 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: leap-year test lacks the '% 400' clause: it takes 2000 and 2400 for common years, so 29 February 2000 is rejected; use the Gregorian rule (divisible by 4, not by 100 unless by 400) [premortem-leap-year-formula]
  // CHECK-FIXES: {{^}}  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);{{$}}
}
bool a = isLeap(2024);
bool b = isLeap(2024L);

class Date {
public:
  int year() const { return Year; }
  int monthLength(int m) const {
    if (m == 2)
      return (year() % 4 == 0) ? 29 : 28;
      // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: leap-year test is incomplete: '% 4' alone
      // CHECK-FIXES: {{^}}      return (year() % 4 == 0 && (year() % 100 != 0 || year() % 400 == 0)) ? 29 : 28;{{$}}
    return 31;
  }
  bool leap() const { return Year % 4 == 0 && (Year % 100 != 0 || Year % 400 == 0); }

private:
  int Year = 1970;
};

// A lambda, judged on its own.
auto leapLambda = [](int year) { return (year & 3) == 0; };
// CHECK-MESSAGES: :[[@LINE-1]]:41: warning: leap-year test is incomplete: '% 4' alone

// Library predicates and constexpr rules: silent.
bool viaChrono(int y) { return std::chrono::year{y}.is_leap(); }
constexpr bool leapConstexpr(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
static_assert(!leapConstexpr(1900) && leapConstexpr(2000));
int daysIn(int y) { return viaChrono(y) ? 366 : 365; }

} // namespace cal
