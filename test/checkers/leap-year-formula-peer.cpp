// RUN: %check_tidy %s premortem-leap-year-formula %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

// Leap tests in the shapes of a peer analyzer's leap-year test suite:
// SYSTEMTIME and struct tm years, every equivalent spelling of the
// Gregorian rule (silent), and the usual incomplete ones (reported).

#include <windows.h>
#include <time.h>
#include <chrono>
#include <QDate>

namespace good {

bool isLeapA(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }
bool isLeapB(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
bool isLeapC(int year) { return year % 400 == 0 || (year % 100 != 0 && year % 4 == 0); }
bool isLeapD(int year) { return !(year % 4) && ((year % 100) || !(year % 400)); }
bool isLeapE(int y) { return (y & 3) == 0 && (y % 25 != 0 || (y & 15) == 0); }
bool isLeapF(int year) { return year % 4 != 0 ? false : year % 100 != 0 ? true : year % 400 == 0; }

// Early returns.
bool isLeapG(int year) {
  if (year % 400 == 0)
    return true;
  if (year % 100 == 0)
    return false;
  if (year % 4 == 0)
    return true;
  return false;
}

// Nested ifs with else.
bool isLeapH(int year) {
  if (year % 4 == 0) {
    if (year % 100 == 0) {
      if (year % 400 == 0)
        return true;
      else
        return false;
    } else {
      return true;
    }
  } else {
    return false;
  }
}

// A flag set by a chain of ifs.
bool isLeapI(int year) {
  bool leap = false;
  if (year % 4 == 0)
    leap = true;
  if (year % 100 == 0)
    leap = false;
  if (year % 400 == 0)
    leap = true;
  return leap;
}

// Year and February lengths.
int daysInYear(int year) { return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365; }
int februaryDays(int year) {
  if ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)
    return 29;
  return 28;
}

// SYSTEMTIME and struct tm.
bool systemTimeLeap(const SYSTEMTIME &st) {
  bool isLeapYear = st.wYear % 4 == 0 && (st.wYear % 100 != 0 || st.wYear % 400 == 0);
  return isLeapYear;
}
bool tmLeap(const struct tm *t) {
  int year = t->tm_year + 1900;
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}
bool tmLeapInline(const struct tm &t) {
  return (t.tm_year + 1900) % 4 == 0 &&
         ((t.tm_year + 1900) % 100 != 0 || (t.tm_year + 1900) % 400 == 0);
}

// A helper and library predicates.
int monthDays(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && isLeapA(year))
    return 29;
  return days[month - 1];
}
bool viaQt(int year) { return QDate::isLeapYear(year); }
bool viaChrono(int year) { return std::chrono::year{year}.is_leap(); }

// glibc's __isleap macro.
#define my_isleap(year) ((year) % 4 == 0 && ((year) % 100 != 0 || (year) % 400 == 0))
int yearLength(int year) { return my_isleap(year) ? 366 : 365; }

// Not leap tests: other uses of % 4 on non-year values.
int quarterOf(int month) { return (month - 1) / 3 + 1; }
bool alignedTo4(unsigned size) { return size % 4 == 0; }
int everyFourthDay(int day) { return day % 4 == 0 ? 1 : 0; }

// Day counts that correct % 4 with century terms.
long daysBeforeYear(long year) {
  long y = year - 1;
  return y * 365 + y / 4 - y / 100 + y / 400;
}

// DOS dates (1980-2107): the mod-4 rule with 2100 excluded is right for the
// whole range (an unzip-style conversion).
#define YRBASE 1970
long dosDays(int yr, int mo) {
  long days = yr * 365L + (yr + YRBASE - 1) / 4 - 492;
  if ((mo > 1) && ((yr + YRBASE) % 4 == 0) && ((yr + YRBASE) != 2100))
    ++days;
  return days;
}

} // namespace good

namespace bad {

bool isLeapMod4(int year) { return year % 4 == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: leap-year test is incomplete: '% 4' alone

bool isLeapNo400(int year) { return year % 4 == 0 && year % 100 != 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:37: warning: leap-year test lacks the '% 400' clause

bool isLeapBits(int year) { return (year & 3) == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: leap-year test is incomplete: '% 4' alone

bool systemTimeMod4(const SYSTEMTIME &st) {
  bool isLeapYear = st.wYear % 4 == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: leap-year test is incomplete: '% 4' alone
  return isLeapYear;
}

bool tmNo1900(const struct tm &t) {
  return t.tm_year % 4 == 0 && (t.tm_year % 100 != 0 || t.tm_year % 400 == 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: leap-year test applies '% 100'/'% 400' to 'tm_year'
}

// Early returns without the 400 rule.
bool isLeapEarly(int year) {
  if (year % 100 == 0)
    return false;
  return year % 4 == 0;
}
// CHECK-MESSAGES: :[[@LINE-4]]:7: warning: leap-year test lacks the '% 400' clause

int daysInYearInverted(int year) { return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 365 : 366; }
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: leap-year test is inverted

int februaryMod4(int year) {
  if (year % 4 == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: leap-year test is incomplete: '% 4' alone
    return 29;
  return 28;
}

// A DOS timestamp (1980-2107) converted with '% 4' alone: 2100 is taken for
// a leap year (an mtools-style conversion; the year is spelled by a macro).
struct dos_dirent { unsigned char date[2]; };
#define DOS_YEAR(dir) (((dir)->date[1] >> 1) + 1980)
#define DOS_MONTH(dir) ((((dir)->date[1] & 0x1) << 3) + ((dir)->date[0] >> 5))
long convStamp(const struct dos_dirent *dir) {
  long accum = (DOS_YEAR(dir) - 1970) * 365L;
  accum += (DOS_YEAR(dir) - 1972) / 4L;
  if (!(DOS_YEAR(dir) % 4) && DOS_MONTH(dir) < 3)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: leap-year test is incomplete: '% 4' alone
    accum--;
  return accum;
}

} // namespace bad
