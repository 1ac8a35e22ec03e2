// RUN: %check_tidy %s premortem-days-per-year %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

// Shapes of a peer analyzer's "adding 365 days per year" tests (FILETIME
// quad parts, time_t, year extraction) and the library forms of a 365-day
// year: absl, Qt, POCO, OLE, std::chrono.

#include <windows.h>
#include <time.h>
#include <chrono>
#include <QDateTime>
#include <ATLComTime.h>
#include <Poco/Timespan.h>
#include <absl/time/time.h>

namespace peer {

// BAD: a year added to FILETIME ticks through ULARGE_INTEGER.
void fileTimePlusYear() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  SystemTimeToFileTime(&st, &ft);
  ULARGE_INTEGER qwLongTime;
  qwLongTime.HighPart = ft.dwHighDateTime;
  qwLongTime.LowPart = ft.dwLowDateTime;
  qwLongTime.QuadPart += 365 * 24 * 60 * 60 * 10000000LLU;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: a year taken as 365 days (315360000000000 100-ns ticks) is added to a point in time
  ft.dwHighDateTime = qwLongTime.HighPart;
  ft.dwLowDateTime = qwLongTime.LowPart;
  FileTimeToSystemTime(&ft, &st);
}

// BAD: the same through a named constant.
const ULONGLONG TicksPerYear = 365ULL * 24 * 60 * 60 * 10000000;
void fileTimeConstant(FILETIME *ft) {
  ULARGE_INTEGER t;
  t.LowPart = ft->dwLowDateTime;
  t.HighPart = ft->dwHighDateTime;
  t.QuadPart = t.QuadPart + TicksPerYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: a year taken as 365 days (315360000000000 100-ns ticks) is added to a point in time
  ft->dwLowDateTime = t.LowPart;
  ft->dwHighDateTime = t.HighPart;
}

// GOOD: the leap year handled in the same function.
void fileTimeChecked(WORD year) {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  SystemTimeToFileTime(&st, &ft);
  ULARGE_INTEGER q;
  q.LowPart = ft.dwLowDateTime;
  q.HighPart = ft.dwHighDateTime;
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  if (leap)
    q.QuadPart += 366 * 24 * 60 * 60 * 10000000LLU;
  else
    q.QuadPart += 365 * 24 * 60 * 60 * 10000000LLU;
}

// GOOD: a day in ticks, not a year.
void fileTimePlusDay(ULARGE_INTEGER *q) { q->QuadPart += 24 * 60 * 60 * 10000000LLU; }

// BAD: time_t plus a year of seconds.
time_t nextYearSeconds() {
  time_t now = time(nullptr);
  return now + 365 * 86400;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: a year taken as 365 days (31536000 seconds) is added to a point in time
}

time_t oneYearAgo(time_t t) { return t - 365 * 24 * 60 * 60; }
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: a year taken as 365 days (31536000 seconds) is subtracted from a point in time

// GOOD: 365 as a count of days, compared, not added to a time.
bool withinAYear(int days) { return days > 365; }
int weeksInYear() { return 365 / 7; }

// BAD: the year extracted as days / 365.
int yearOf(long daysSinceEpoch) {
  int year = 1970 + daysSinceEpoch / 365;
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: year computed as days / 365 ignores leap days
  return year;
}

// GOOD: the same with leap days counted.
int yearOfChecked(long days) {
  int year = 1970;
  while (days >= ((year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365)) {
    days -= (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365;
    ++year;
  }
  return year;
}

// GOOD: an average over days, not a year.
double perDay(double total) { return total / 365; }

// absl: a year as hours.
absl::Time absl365() { return absl::Now() + absl::Hours(24 * 365); }
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: a year taken as 365 days (absl::Hours(8760)) is added to a point in time
absl::Time abslDay() { return absl::Now() + absl::Hours(24); }
bool abslExpired(absl::Time issued) { return issued + absl::Hours(24 * 366) < absl::Now(); }

// Qt: addDays(365) on QDate and QDateTime.
QDate qtNextYear(const QDate &d) { return d.addDays(365); }
// CHECK-MESSAGES: :[[@LINE-1]]:53: warning: a year taken as 365 days is added to a date
QDateTime qtExpiry() { return QDateTime::currentDateTime().addDays(365); }
// CHECK-MESSAGES: :[[@LINE-1]]:68: warning: a year taken as 365 days is added to a date
QDate qtRight(const QDate &d) { return d.addYears(1); }
QDate qtWeek(const QDate &d) { return d.addDays(7); }
QDate qtLeapAware(const QDate &d) { return d.addDays(QDate::isLeapYear(d.year()) ? 366 : 365); }

// POCO: Timespan(365, 0, 0, 0, 0).
Poco::Timestamp pocoExpiry(const Poco::Timestamp &now) { return now + Poco::Timespan(365, 0, 0, 0, 0); }
// CHECK-MESSAGES: :[[@LINE-1]]:71: warning: a year taken as 365 days (Poco::Timespan(365, ...)) is added to a point in time
Poco::Timestamp pocoWeek(const Poco::Timestamp &now) { return now + Poco::Timespan(7, 0, 0, 0, 0); }

// OLE: DATE + 365.0 and COleDateTimeSpan(365, ...).
DATE oleNextYear(DATE d) { return d + 365.0; }
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: a year taken as 365 days is added to an OLE DATE
DATE oleMinusYear(DATE d) { return d - 365; }
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: a year taken as 365 days is subtracted from an OLE DATE
COleDateTime oleSpan() { return COleDateTime::GetCurrentTime() + COleDateTimeSpan(365, 0, 0, 0); }
// CHECK-MESSAGES: :[[@LINE-1]]:66: warning: a year taken as 365 days (COleDateTimeSpan(365, ...)) is added to a point in time
DATE oleNextDay(DATE d) { return d + 1.0; }

// std::chrono::hours{8760} and days{365} meeting a time point.
std::chrono::system_clock::time_point chronoHours(std::chrono::system_clock::time_point t) {
  return t + std::chrono::hours{8760};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: a year taken as 365 days (a 365-day duration) is added to a point in time
}
std::chrono::system_clock::time_point chronoDays(std::chrono::system_clock::time_point t) {
  return t + std::chrono::days{365};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: a year taken as 365 days (days{365}) is added to a point in time
}

// GOOD: durations documented as days and used as days.
constexpr int kRetentionDays = 365;
QDate purgeBefore(const QDate &today) { return today.addDays(-kRetentionDays); }
time_t purgeTime(time_t now) { return now - kRetentionDays * 86400; }
bool tooOld(int ageDays) { return ageDays > kRetentionDays; }
QDate keepFrom(const QDate &today) { return today.addDays(kRetentionDays); }
absl::Time abslKeep() { return absl::Now() + absl::Hours(24 * kRetentionDays); }
std::chrono::system_clock::time_point keepUntil(std::chrono::system_clock::time_point t,
                                                int retentionDays) {
  return t + std::chrono::days{retentionDays};
}

// GOOD: % 365 inside a leap-aware conversion.
int dayInCycle(long days) {
  long cycles = days / 1461;
  long rest = days % 1461;
  return static_cast<int>(cycles * 4 + (rest == 1460 ? 3 : rest / 365));
}

} // namespace peer
