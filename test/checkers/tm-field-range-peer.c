// Held-out shapes: real fixes of month/year base errors and the SYSTEMTIME /
// struct tm cases of peer analyzers' test suites (GOOD: silent, BAD: reported).
// RUN: %check_tidy %s premortem-tm-field-range %t -- -nostdinc -isystem %inputs/mock-headers

#include <nspr/prtime.h>
#include <stdio.h>
#include <time.h>
#include <unicode/ucal.h>
#include <windows.h>

static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* BAD: a 1-based reading of tm_mon. */
int bad_december(struct tm tm) {
  return tm.tm_mon == 12;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'tm.tm_mon' counts months from 0 {{.*}}
}
const char *bad_month_name(struct tm tm) {
  return months[tm.tm_mon - 1];
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'tm.tm_mon' counts months from 0, so 'tm.tm_mon - 1' indexes before the table {{.*}}
}
/* GOOD */
int good_december(struct tm tm) { return tm.tm_mon == 11 || tm.tm_mon + 1 == 12; }
const char *good_month_name(struct tm tm) { return months[tm.tm_mon]; }
int good_january(struct tm tm) { return tm.tm_mon == 0; }
int good_range(struct tm tm) { return tm.tm_mon >= 0 && tm.tm_mon <= 11; }

/* BAD: tm_year as a four-digit year. */
int bad_leap_2024(struct tm tm) {
  return tm.tm_year == 2024;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'tm.tm_year' counts years since 1900, so comparing it with the four-digit year 2024 {{.*}}
}
void bad_set_year(struct tm *tm) {
  tm->tm_year = 1999;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'tm->tm_year' is assigned the four-digit year 1999{{.*}}
}
/* GOOD: a 1900-based bound (the Y2K pivot), a rebased year. */
int good_y2k(struct tm tm) { return tm.tm_year < 70 || tm.tm_year + 1900 == 2024; }
void good_set_year(struct tm *tm, int year) { tm->tm_year = year - 1900; }
/* GOOD: day 0 is the last day of the previous month, for mktime. */
void good_last_day(struct tm *tm) {
  tm->tm_mon += 1;
  tm->tm_mday = 0;
}

/* BAD: SYSTEMTIME <-> struct tm without the offsets (MSVC C26862's shape). */
void bad_tm_to_systemtime(const struct tm *tm, SYSTEMTIME *st) {
  st->wYear = tm->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'st->wYear' is set from 'tm->tm_year' with the wrong offset{{.*}} (assign 'tm->tm_year + 1900') [premortem-tm-field-range]
  st->wMonth = tm->tm_mon;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'st->wMonth' is set from 'tm->tm_mon' with the wrong offset{{.*}} (assign 'tm->tm_mon + 1') [premortem-tm-field-range]
  st->wDay = tm->tm_mday;
}
void bad_systemtime_to_tm(const SYSTEMTIME *st, struct tm *tm) {
  tm->tm_year = st->wYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'tm->tm_year' is set from 'st->wYear' with the wrong offset{{.*}}
  tm->tm_mon = st->wMonth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'tm->tm_mon' is set from 'st->wMonth' with the wrong offset{{.*}}
}
void bad_time_fields(const struct tm *tm, TIME_FIELDS *tf) {
  tf->Year = tm->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'tf->Year' is set from 'tm->tm_year' with the wrong offset{{.*}}
  tf->Month = tm->tm_mon + 1;
}
/* GOOD */
void good_tm_to_systemtime(const struct tm *tm, SYSTEMTIME *st) {
  st->wYear = tm->tm_year + 1900;
  st->wMonth = tm->tm_mon + 1;
  st->wDay = tm->tm_mday;
}
void good_systemtime_to_tm(const SYSTEMTIME *st, struct tm *tm) {
  tm->tm_year = st->wYear - 1900;
  tm->tm_mon = st->wMonth - 1;
  tm->tm_mday = st->wDay;
}
int good_systemtime_compare(const SYSTEMTIME *st) { return st->wMonth == 12 && st->wYear == 2024; }

/* BAD: printed without the offsets. */
void bad_print(FILE *f, const struct tm *tm) {
  fprintf(f, "%d/%d/%d", tm->tm_mon, tm->tm_mday, tm->tm_year);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'tm->tm_mon' is printed as it is{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: 'tm->tm_year' is printed as it is{{.*}}
}
/* GOOD */
void good_print(FILE *f, const struct tm *tm) {
  fprintf(f, "%d/%d/%d", tm->tm_mon + 1, tm->tm_mday, tm->tm_year + 1900);
}

/* NSPR: tm_year is the full year, tm_month is 0-based. */
int bad_nspr(const PRExplodedTime *t) {
  return t->tm_year + 1900 > 2000 || t->tm_month == 12;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 't->tm_year' already holds the full year{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:50: warning: 't->tm_month' counts months from 0 {{.*}}
}
int good_nspr(const PRExplodedTime *t) { return t->tm_year > 2000 || t->tm_month == 11; }

/* ICU: UCAL_MONTH is 0-based when read and when set. */
void bad_icu(UCalendar *cal, const struct tm *tm, const SYSTEMTIME *st) {
  UErrorCode status = 0;
  ucal_set(cal, UCAL_MONTH, tm->tm_mon + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'tm->tm_mon + 1' is a month counted from 1, but ICU counts months from 0 {{.*}}
  ucal_setDate(cal, 2024, 12, 25, &status);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: '12' is a month counted from 1, but ICU {{.*}}
  ucal_setDate(cal, st->wYear, st->wMonth, st->wDay, &status);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'st->wMonth' is a month counted from 1, but ICU {{.*}}
  if (ucal_get(cal, UCAL_MONTH, &status) == 12)
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'ucal_get(cal, UCAL_MONTH, &status)' counts months from 0 {{.*}}
    return;
}
void good_icu(UCalendar *cal, const struct tm *tm, const SYSTEMTIME *st) {
  UErrorCode status = 0;
  ucal_set(cal, UCAL_MONTH, tm->tm_mon);
  ucal_set(cal, UCAL_DATE, 12);
  ucal_setDate(cal, 2024, 11, 25, &status);
  ucal_setDate(cal, st->wYear, st->wMonth - 1, st->wDay, &status);
  if (ucal_get(cal, UCAL_MONTH, &status) + 1 == 12)
    return;
}

/* Per-day tables. */
int visits_by_yday[365];
int visits_by_mday[31];
int bad_tables(const struct tm *tm) {
  return visits_by_yday[tm->tm_yday] + visits_by_mday[tm->tm_mday];
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'tm->tm_yday' runs from 0 to 365{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:55: warning: 'tm->tm_mday' runs from 1 to 31{{.*}}
}
int good_tables(const struct tm *tm) { return visits_by_mday[tm->tm_mday - 1]; }
