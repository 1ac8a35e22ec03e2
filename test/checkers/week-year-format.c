// RUN: %check_tidy %s premortem-week-year-format %t -- -nostdinc -isystem %inputs/mock-headers

#include <stddef.h>
#include <time.h>
#include <wchar.h>

/* The 2014 incident: a calendar date printed with the week-based year. */
size_t iso_date(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%G-%m-%d", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: date format combines the ISO week-based year '%G' with '%m'; in the days around New Year the week-based year is not the calendar year and the date is printed a year off (use '%Y' for a calendar date) [premortem-week-year-format]
  // CHECK-FIXES: return strftime(buf, n, "%Y-%m-%d", tm);
}

size_t two_digit(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%d/%m/%g %H:%M", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: date format combines the ISO week-based year '%g' with '%d'; {{.*}} (use '%y' for a calendar date) [premortem-week-year-format]
  // CHECK-FIXES: return strftime(buf, n, "%d/%m/%y %H:%M", tm);
}

size_t month_name(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%e %B %G", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: date format combines the ISO week-based year '%G' with '%e'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%e %B %Y", tm);
}

size_t day_of_year(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%G%j", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: date format combines the ISO week-based year '%G' with '%j'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%Y%j", tm);
}

/* Flags, widths and E/O modifiers are read past. */
size_t modifiers(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%_4G-%Om-%-d", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%_4Y-%Om-%-d", tm);
}

/* A week number with the calendar year: the other half of the incident. */
size_t week_with_calendar_year(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%Y-W%V-%u", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: date format combines the ISO week number '%V' with the calendar year '%Y'; in the days around New Year the week belongs to the other year and the week date is printed a year off (use '%G' with '%V') [premortem-week-year-format]
  // CHECK-FIXES: return strftime(buf, n, "%G-W%V-%u", tm);
}

/* A week number next to a whole calendar date prints right on every day
   ("2014-12-29 (week 01)"): silent. */
size_t week_with_full_date(char *buf, size_t n, const struct tm *tm) {
  size_t r = strftime(buf, n, "%F (week %V)", tm);
  return r + strftime(buf, n, "%Y-%m-%d W%V", tm);
}

/* A two-digit calendar year with the week: still a week date. */
size_t week_with_short_year(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%yW%V", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: date format combines the ISO week number '%V' with the calendar year '%y'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%gW%V", tm);
}

/* Both week fields and a month: unclear intent, no fix. */
size_t everything(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%G-W%V %m", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%G-W%V %m", tm);
}

/* Format strings reached through variables. */
static const char kStamp[] = "%G%m%dT%H%M%S";
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
// CHECK-FIXES: static const char kStamp[] = "%Y%m%dT%H%M%S";
const char *const kLogFormat = "[%g-%m-%d]";
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: date format combines the ISO week-based year '%g' with '%m'; {{.*}}
size_t through_globals(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, kStamp, tm) + strftime(buf, n, kLogFormat, tm);
}

size_t through_local(char *buf, size_t n, const struct tm *tm, int utc) {
  const char *fmt = "%G-%m-%d";
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  const char *choice = utc ? "%d.%m.%G" : "%x";
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: date format combines the ISO week-based year '%G' with '%d'; {{.*}}
  return strftime(buf, n, fmt, tm) + strftime(buf, n, choice, tm);
}

/* Reassigned or mutable formats are not followed. */
const char *mutable_format = "%G-%m-%d";
size_t not_followed(char *buf, size_t n, const struct tm *tm, const char *param, int c) {
  const char *fmt = "%G-%m-%d";
  if (c)
    fmt = param;
  return strftime(buf, n, fmt, tm) + strftime(buf, n, mutable_format, tm) +
         strftime(buf, n, param, tm);
}

/* Wide formats: reported at the literal, no fix. */
size_t wide(wchar_t *buf, size_t n, const struct tm *tm) {
  return wcsftime(buf, n, L"%G-%m-%d", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return wcsftime(buf, n, L"%G-%m-%d", tm);
}

/* Macros: reported where the format is spelled, no fix. */
#define LOG_DATE_FORMAT "%G-%m-%d %H:%M:%S"
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
// CHECK-FIXES: #define LOG_DATE_FORMAT "%G-%m-%d %H:%M:%S"
#define FORMAT_NOW(buf, tm) strftime(buf, sizeof buf, LOG_DATE_FORMAT, tm)
size_t in_macros(const struct tm *tm) {
  char buf[64];
  return FORMAT_NOW(buf, tm) + strftime(buf, sizeof buf, LOG_DATE_FORMAT, tm);
}

/* Correct formats. */
size_t correct(char *buf, size_t n, const struct tm *tm) {
  size_t r = 0;
  r += strftime(buf, n, "%Y-%m-%d", tm);
  r += strftime(buf, n, "%G-W%V-%u", tm);      /* a pure ISO week date */
  r += strftime(buf, n, "%g%V", tm);
  r += strftime(buf, n, "%Y week %U", tm);     /* Sunday-based week of the calendar year */
  r += strftime(buf, n, "%Y-%W-%a", tm);       /* Monday-based week of the calendar year */
  r += strftime(buf, n, "%%G-%m-%d", tm);      /* a literal "%G" */
  r += strftime(buf, n, "%F %T %z", tm);
  r += strftime(buf, n, "%G", tm);
  r += strftime(buf, n, "%V", tm);
  return r;
}

/* Other functions named like a formatter but not one. */
int sprintf(char *, const char *, ...);
int printf_like(char *buf) { return sprintf(buf, "%G-%m-%d", 1.0); }
