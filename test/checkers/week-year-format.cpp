// RUN: %check_tidy %s premortem-week-year-format %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

#include <chrono>
#include <ctime>
#include <date/date.h>
#include <fmt/chrono.h>
#include <format>
#include <iomanip>

auto put_time(const std::tm *tm) {
  return std::put_time(tm, "%G-%m-%d");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return std::put_time(tm, "%Y-%m-%d");
}

std::size_t std_strftime(char *buf, const std::tm *tm) {
  return std::strftime(buf, 64, "%Y-W%V", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: date format combines the ISO week number '%V' with the calendar year '%Y'; {{.*}}
  // CHECK-FIXES: return std::strftime(buf, 64, "%G-W%V", tm);
}

std::string std_format(std::chrono::sys_days d) {
  return std::format("{:%G-%m-%d}", d);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return std::format("{:%Y-%m-%d}", d);
}

std::string fmt_format(std::chrono::sys_days d) {
  // Across replacement fields, too.
  return fmt::format("{:%G}-{:%m}-{:%d}", d, d, d);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return fmt::format("{:%Y}-{:%m}-{:%d}", d, d, d);
}

void fmt_print(std::chrono::sys_days d) {
  fmt::print("{:%Y} week {:%V}\n", d, d);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: date format combines the ISO week number '%V' with the calendar year '%Y'; {{.*}}
  // CHECK-FIXES: fmt::print("{:%G} week {:%V}\n", d, d);
}

std::string date_format(std::chrono::sys_days d) {
  return date::format("%d.%m.%G", d) + date::format(date::locale{}, "%G%m%d", d);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: date format combines the ISO week-based year '%G' with '%d'; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:70: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return date::format("%d.%m.%Y", d) + date::format(date::locale{}, "%Y%m%d", d);
}

constexpr const char *kIsoWeek = "%G-W%V-%u";
constexpr char kBadStamp[] = "%G%m%d";
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
std::string through_constexpr(std::chrono::sys_days d) {
  return date::format(kIsoWeek, d) + date::format(kBadStamp, d);
}

/* In std::format, '%' outside a replacement field is text. */
std::string literal_percent(std::chrono::sys_days d, int pct) {
  return std::format("%G-%m {}% {:%F} {{:%G-%m}}", pct, d);
}

/* Templates: one report, however many instantiations. */
template <typename Clock> std::string stamp(std::chrono::time_point<Clock, std::chrono::days> t) {
  return fmt::format("{:%G-%m-%d}", t);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return fmt::format("{:%Y-%m-%d}", t);
}
struct other_clock {};
std::string instantiate(std::chrono::sys_days d) {
  return stamp<std::chrono::system_clock>(d) +
         stamp(std::chrono::time_point<other_clock, std::chrono::days>{});
}

/* A format macro used from C++. */
#define WEEK_STAMP "%Y%V"
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: date format combines the ISO week number '%V' with the calendar year '%Y'; {{.*}}
auto macro_format(const std::tm *tm) { return std::put_time(tm, WEEK_STAMP); }

/* Correct C++ formats. */
std::string correct(std::chrono::sys_days d, const std::tm *tm) {
  (void)std::put_time(tm, "%G-W%V-%u");
  (void)std::put_time(tm, L"%Y-%m-%d");
  return std::format("{:%F}", d) + fmt::format("{:%G-W%V}", d) +
         date::format("%Y-%m-%d", d);
}

// NoCrash: the template put_time with a char type that is not a character.
auto odd_put_time(const std::tm *tm, const int *fmt) { return std::put_time(tm, fmt); }
