// RUN: %check_tidy %s premortem-days-per-year %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

#include <chrono>

namespace lic {

using namespace std::chrono;

constexpr auto kYear = days{365};
constexpr long long kYearSeconds = 365LL * 24 * 60 * 60;

// days{365} and hours{8760} added to a time point.
system_clock::time_point expiry(system_clock::time_point issued) {
  return issued + kYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: a year taken as 365 days (days{365}) is added to a point in time: across 29 February the result is one day off the same date a year later; shift the calendar year (and handle 29 February) or name the value as a count of days [premortem-days-per-year]
}

system_clock::time_point renewal(system_clock::time_point issued) {
  return issued - hours{8760};
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: a year taken as 365 days (a 365-day duration) is subtracted from a point in time
}

long long expiresAt(long long issuedTime) { return issuedTime + kYearSeconds; }
// CHECK-MESSAGES: :[[@LINE-1]]:65: warning: a year taken as 365 days (31536000 seconds) is added to a point in time

// A template: one report for all instantiations.
template <typename T> T plusYear(T timestamp) { return timestamp + 31536000; }
// CHECK-MESSAGES: :[[@LINE-1]]:68: warning: a year taken as 365 days (31536000 seconds) is added to a point in time
long long a = plusYear(1LL);
long b = plusYear(1L);

// Silent: a retention period named as days.
constexpr auto kRetentionDays = days{365};
system_clock::time_point purgeBefore(system_clock::time_point now) { return now - kRetentionDays; }

// Silent: calendar arithmetic with leap handling.
sys_days nextYear(year_month_day d) {
  auto n = d + years{1};
  if (!n.ok())
    n = n.year() / n.month() / last;
  return sys_days{n};
}

} // namespace lic

// A static_assert with a message in a function that adds 365 days: its
// message literal has no type (a crash on leveldb's log_writer.cc). The
// addition is still reported.
namespace regression {
constexpr int kHeaderSize = 7;
std::chrono::system_clock::time_point renewAt(std::chrono::system_clock::time_point now) {
  static_assert(kHeaderSize == 7, "header size");
  return now + std::chrono::days{365};
  // CHECK-MESSAGES: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}} [premortem-days-per-year]
}
} // namespace regression
