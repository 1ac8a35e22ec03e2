// RUN: %check_tidy %s premortem-time-truncation %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <chrono>
#include <cstdint>
#include <ctime>


struct Entry {
  std::int32_t stamp;
};

void chrono_counts(Entry &e) {
  auto now = std::chrono::system_clock::now();
  e.stamp = static_cast<std::int32_t>(now.time_since_epoch().count());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'now.time_since_epoch().count()' is a point in time since 1970 cast to 32-bit 'std::int32_t' (aka 'int'), {{.*}}
  std::int64_t ok = now.time_since_epoch().count();
  (void)ok;
}

int std_time() {
  return static_cast<int>(std::time(nullptr));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::time(nullptr)' is a point in time since 1970 cast to 32-bit 'int'{{.*}}
}

/* Templates: one report, however many instantiations. */
template <typename T> int stamp(T t) {
  return static_cast<int>(std::time(nullptr)) + static_cast<int>(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::time(nullptr)' is a point in time since 1970 cast {{.*}}
}
int use() { return stamp(1) + stamp(2L); }

int checked(std::time_t t) {
  if (t > 2147483647 || t < 0)
    throw 1;
  return static_cast<int>(t);
}

// NoCrash: dependent, unevaluated and odd conversions.
template <typename T> T generic(std::time_t t) { return static_cast<T>(t); }
unsigned long size = sizeof(static_cast<int>(std::time(nullptr)));
bool flag(std::time_t t) { return static_cast<bool>(t); }
