// Held-out C++ shapes: chrono counts since the epoch narrowed to 32 bits.
// RUN: %check_tidy %s premortem-time-truncation %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <chrono>
#include <cstdint>
#include <limits.h>
#include <ctime>

using namespace std::chrono;

/* BAD */
int bad_count() {
  return (int)system_clock::now().time_since_epoch().count();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'system_clock::now().time_since_epoch().count()' is a point in time since 1970 cast to 32-bit 'int'{{.*}}
}
std::uint32_t bad_millis() {
  auto now = system_clock::now();
  return static_cast<std::uint32_t>(duration_cast<milliseconds>(now.time_since_epoch()).count());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'duration_cast<milliseconds>(now.time_since_epoch()).count()' is a point in time since 1970 cast to 32-bit 'std::uint32_t'{{.*}}
}
struct Record {
  std::int32_t when;
  explicit Record(std::time_t t) : when(static_cast<std::int32_t>(t)) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 't' is a point in time since 1970 cast to 32-bit 'std::int32_t'{{.*}}
};

/* GOOD */
std::int64_t good_count() { return system_clock::now().time_since_epoch().count(); }
int good_span(seconds timeout) { return static_cast<int>(timeout.count()); }
int good_checked(std::time_t t) {
  if (t > INT32_MAX)
    return INT32_MAX;
  return static_cast<int>(t);
}
