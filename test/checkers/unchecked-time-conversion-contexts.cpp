// RUN: %check_tidy %s premortem-unchecked-time-conversion %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers
// Parent lookups in every kind of top-level declaration (each gets its own
// parent map, found by location: checks/support/ast/Enclosing.cpp): namespaces,
// extern "C", class templates and their instantiations, two functions from
// one macro expansion (same location), lambdas in namespace-scope
// initializers, a struct defined in a variable's declaration.

#include <ctime>

namespace outer {
namespace inner {
int in_namespace(std::time_t t) {
  return std::gmtime(&t)->tm_year;
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}
int checked_in_namespace(std::time_t t) {
  if (std::tm *p = std::gmtime(&t))
    return p->tm_year;
  return 0;
}
} // namespace inner
} // namespace outer

extern "C" {
int in_extern_c(std::time_t t) { return std::localtime(&t)->tm_mon; }
// CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'localtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}

template <typename T> struct Clock {
  T year(std::time_t t) { return std::gmtime(&t)->tm_year; }
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  T checked(std::time_t t) {
    const std::tm *p = std::gmtime(&t);
    return p ? p->tm_year : T();
  }
};
int use_clock(std::time_t t) { return Clock<int>().year(t) + Clock<long>().checked(t); }

#define TWO_FUNCTIONS(A, B)                                                     \
  int A(std::time_t t) {                                                        \
    std::tm *p = std::gmtime(&t);                                               \
    return p ? p->tm_year : 0;                                                  \
  }                                                                             \
  int B(std::time_t t) { return std::gmtime(&t)->tm_mday; }
TWO_FUNCTIONS(checked_from_macro, unchecked_from_macro)
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]

static int lambda_year = [](std::time_t t) { return std::gmtime(&t)->tm_year; }(0);
// CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]

struct Stamp {
  int year;
} stamp = {[] {
  std::time_t t = 0;
  return std::gmtime(&t)->tm_year;
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}()};
