// RUN: %check_tidy %s premortem-year-arithmetic %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

#include <ATLComTime.h>
#include <Poco/DateTime.h>
#include <QDate>
#include <absl/time/civil_time.h>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <chrono>
#include <unicode/calendar.h>

// ---------------------------------------------------------------------------
// Positives: a date rebuilt from its parts with the year shifted and the day
// kept, so 29 February 2012 becomes 29 February 2013.
// ---------------------------------------------------------------------------

QDate renewalQt(const QDate &issued) {
  return QDate(issued.year() + 1, issued.month(), issued.day());
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: year of the date built by 'QDate' is incremented while the day is kept, without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-2]]:51: note: the day of the original date is used here
}

bool setNextYear(QDate &d) {
  return d.setDate(d.year() + 1, d.month(), d.day());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: year of the date built by 'QDate::setDate' is incremented while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: the day of the original date is used here
}

boost::gregorian::date anniversary(boost::gregorian::date d, int n) {
  return boost::gregorian::date(d.year() + n, d.month(), d.day());
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: year of the date built by 'boost::gregorian::date' is shifted while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:58: note: the day of the original date is used here
}

Poco::DateTime lastYear(const Poco::DateTime &now) {
  int day = now.day();
  Poco::DateTime then(now.year() - 1, now.month(), day, 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: year of the date built by 'Poco::DateTime' is decremented while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:52: note: the day of the original date is used here
  return then;
}

absl::CivilDay nextYearAbsl(absl::CivilDay d) {
  return absl::CivilDay(d.year() + 1, d.month(), d.day());
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: year of the date built by 'absl::CivilDay' is incremented while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: the day of the original date is used here
}

int extendOle(COleDateTime &dt) {
  return dt.SetDate(dt.GetYear() + 1, dt.GetMonth(), dt.GetDay());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: year of the date built by 'COleDateTime::SetDate' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:54: note: the day of the original date is used here
}

std::chrono::year_month_day nextYmd(std::chrono::year_month_day d) {
  return std::chrono::year_month_day{d.year() + std::chrono::years{1}, d.month(), d.day()};
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: year of the date built by 'std::chrono::year_month_day' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:83: note: the day of the original date is used here
}

// A plain int year variable, shifted, then the date rebuilt.
QDate fromInt(const QDate &d) {
  int y = d.year();
  y++;
  return QDate(y, d.month(), d.day());
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: year of the date built by 'QDate' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: the day of the original date is used here
}

// In a template: reported once.
template <typename D> D nextT(const D &d) {
  return D(d.year() + 1, d.month(), d.day());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: year of the date built by 'QDate' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: the day of the original date is used here
}
template QDate nextT<QDate>(const QDate &);

// In a macro: reported at the expansion in user code.
#define NEXT_YEAR(d) QDate((d).year() + 1, (d).month(), (d).day())
QDate viaMacro(const QDate &d) {
  return NEXT_YEAR(d);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: year of the date built by 'QDate' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the day of the original date is used here
}

// ---------------------------------------------------------------------------
// Negatives.
// ---------------------------------------------------------------------------

// Calendar-safe APIs.
QDate safeQt(const QDate &d) { return d.addYears(1).addMonths(12); }
boost::gregorian::date safeBoost(boost::gregorian::date d) {
  return d + boost::gregorian::years(1);
}
void safeIcu(icu::Calendar &cal) {
  int status = 0;
  cal.add(icu::Calendar::YEAR, 1, status);
  cal.roll(icu::Calendar::YEAR, 1, status);
}

// Representation conversions and unshifted years.
QDate sameDay(const QDate &d) { return QDate(d.year(), d.month(), d.day()); }
Poco::DateTime fromTwoDigits(int yy, int month, int day) {
  return Poco::DateTime(yy + 2000, month, day);
}

// The day set to a value that exists every year, or the month fixed.
QDate firstOfMonth(const QDate &d) { return QDate(d.year() + 1, d.month(), 1); }
QDate clamped(const QDate &d) { return QDate(d.year() + 1, d.month(), d.day() > 28 ? 28 : d.day()); }
QDate march(const QDate &d) { return QDate(d.year() + 1, 3, d.day()); }

// A leap test or a February fix-up before the construction.
QDate guardedLeap(const QDate &d) {
  int day = d.day();
  if (d.month() == 2 && day == 29 && !QDate::isLeapYear(d.year() + 1))
    day = 28;
  return QDate(d.year() + 1, d.month(), day);
}
QDate guardedValid(const QDate &d) {
  if (!QDate::isValid(d.year() + 1, d.month(), d.day()))
    return d.addYears(1);
  return QDate(d.year() + 1, d.month(), d.day());
}

// The result validated afterwards.
QDate validatedAfter(const QDate &d) {
  QDate next(d.year() + 1, d.month(), d.day());
  if (!next.isValid())
    next = QDate(d.year() + 1, d.month(), 28);
  return next;
}

// Differences of years are not dates.
int age(const QDate &birth, const QDate &now) { return now.year() - birth.year(); }

// A Hijri calendar module: silent.
QDate hijriNextYear(const QDate &d) { return QDate(d.year() + 1, d.month(), d.day()); }

// abseil FromTM (absl/time/time.cc): a month past its range is rolled into
// the year, and the parts go to CivilSecond. The year moves because the
// month does (roll-over), not as year arithmetic on the same day and month.
struct tm_like {
  int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year;
};
absl::CivilSecond fromTmAbsl(const tm_like &tm) {
  long long tm_year = tm.tm_year;
  int tm_mon = tm.tm_mon;
  if (tm_mon == 2147483647) {
    tm_mon -= 12;
    tm_year += 1;
  }
  return absl::CivilSecond(tm_year + 1900, tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                           tm.tm_sec);
}

// A month counter wrapped into the year in a loop.
absl::CivilDay addMonthsAbsl(absl::CivilDay d, int n) {
  long long year = d.year();
  int month = d.month() + n;
  while (month > 12) {
    month -= 12;
    ++year;
  }
  return absl::CivilDay(year, month, d.day());
}
