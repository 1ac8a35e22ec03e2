// RUN: %check_tidy %s premortem-tm-field-range %t -- -nostdinc -isystem %inputs/mock-headers

#include <nspr/prtime.h>
#include <stdio.h>
#include <time.h>
#include <unicode/ucal.h>
#include <windows.h>

/* tm_mon compared with 12: the month treated as 1-based. */
int is_december(const struct tm *tm) {
  return tm->tm_mon == 12;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'tm->tm_mon' counts months from 0 (January is 0, December 11), so comparing it with 12 treats it as 1-based and the test is off by one month (compare with 11) [premortem-tm-field-range]
  // CHECK-FIXES: return tm->tm_mon == 11;
}

int valid_month(struct tm tm) {
  if (tm.tm_mon < 1 || tm.tm_mon > 12)
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'tm.tm_mon' counts months from 0 {{.*}} comparing it with 12 {{.*}} (compare with 11)
    // CHECK-FIXES: if (tm.tm_mon < 1 || tm.tm_mon > 11)
    return 0;
  if (13 > tm.tm_mon)
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'tm.tm_mon' counts months from 0 {{.*}} comparing it with 13 {{.*}} (compare with 12)
    // CHECK-FIXES: if (12 > tm.tm_mon)
    return 1;
  return tm.tm_mon <= 12;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'tm.tm_mon' counts months from 0 {{.*}}
  // CHECK-FIXES: return tm.tm_mon <= 11;
}

/* Correct month tests. */
int correct_month(struct tm *tm) {
  if (tm->tm_mon < 0 || tm->tm_mon > 11)
    return 0;
  if (tm->tm_mon >= 12)
    return 0;
  if (tm->tm_mon + 1 == 12)
    return 1;
  /* The rollover idiom. */
  if (++tm->tm_mon == 12) {
    tm->tm_mon = 0;
    tm->tm_year++;
  }
  return tm->tm_mon < 12;
}

/* tm_mon used as 1-based index. */
static const char *const names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *month_name(const struct tm *tm) {
  return names[tm->tm_mon - 1];
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'tm->tm_mon' counts months from 0, so 'tm->tm_mon - 1' indexes before the table in January and reads the previous month's entry otherwise (index with 'tm->tm_mon') [premortem-tm-field-range]
  // CHECK-FIXES: return names[tm->tm_mon];
}
const char *month_name_ok(const struct tm *tm) { return names[tm->tm_mon]; }

/* tm_year and four-digit years. */
int after_2000(const struct tm *tm) {
  return tm->tm_year >= 2000;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'tm->tm_year' counts years since 1900, so comparing it with the four-digit year 2000 is off by 1900 years (compare 'tm->tm_year + 1900') [premortem-tm-field-range]
  // CHECK-FIXES: return tm->tm_year + 1900 >= 2000;
}
int after_2000_ok(const struct tm *tm) { return tm->tm_year + 1900 >= 2000 && tm->tm_year > 100; }
/* A bound on the 1900-based value itself (year 10000). */
int bounded(const struct tm *tm) { return tm->tm_year >= 8100; }

void set_year(struct tm *tm) {
  tm->tm_year = 2024;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'tm->tm_year' is assigned the four-digit year 2024, but it counts years since 1900 and the date lands 1900 years late (assign 2024 - 1900) [premortem-tm-field-range]
  tm->tm_year = 2024 - 1900;
  tm->tm_year = 124;
}

/* A parser that parks the full year in tm_year and rebases it. */
int parse(const char *s, struct tm *tm) {
  if (sscanf(s, "%d-%d-%d", &tm->tm_year, &tm->tm_mon, &tm->tm_mday) != 3)
    return -1;
  if (tm->tm_year < 1970)
    return -1;
  tm->tm_year -= 1900;
  tm->tm_mon -= 1;
  return 0;
}

/* Printing. */
void print(const struct tm *tm) {
  printf("%04d-%02d-%02d\n", tm->tm_year, tm->tm_mon, tm->tm_mday);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'tm->tm_year' is printed as it is, but it counts years since 1900, so the date reads 1900 years early (2024 prints as 124) (print 'tm->tm_year + 1900') [premortem-tm-field-range]
  // CHECK-MESSAGES: :[[@LINE-2]]:43: warning: 'tm->tm_mon' is printed as it is, but it counts months from 0, so the date reads one month early (January prints as 0) (print 'tm->tm_mon + 1') [premortem-tm-field-range]
  printf("%04d-%02d-%02d\n", tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday);
  printf("tm_year=%d tm_mon=%d\n", tm->tm_year, tm->tm_mon);
}

/* tm_mday and tm_yday indexing short tables. */
int per_day_of_month[31];
int per_day_of_year[365];
int per_day_of_leap_year[366];
int day_tables(const struct tm *tm) {
  return per_day_of_month[tm->tm_mday] + per_day_of_month[tm->tm_mday - 1] +
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'tm->tm_mday' runs from 1 to 31, so indexing a 31-entry table with it skips the first entry and reads past the end on day 31 (index with 'tm->tm_mday - 1') [premortem-tm-field-range]
         per_day_of_year[tm->tm_yday] + per_day_of_leap_year[tm->tm_yday];
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'tm->tm_yday' runs from 0 to 365, so a 365-entry table is read past its end on 31 December of a leap year (give the table 366 entries) [premortem-tm-field-range]
}

/* SYSTEMTIME <-> struct tm copies. */
void from_systemtime(struct tm *tm, const SYSTEMTIME *st) {
  tm->tm_year = st->wYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'tm->tm_year' is set from 'st->wYear' with the wrong offset: 'tm_year' counts years since 1900 but 'wYear' holds the full year, so the year is off by 1900 (assign 'st->wYear - 1900') [premortem-tm-field-range]
  tm->tm_mon = st->wMonth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'tm->tm_mon' is set from 'st->wMonth' with the wrong offset: 'tm_mon' counts months from 0 but 'wMonth' counts months from 1, so the month is off by 1 (assign 'st->wMonth - 1') [premortem-tm-field-range]
  tm->tm_mday = st->wDay;
}
void to_systemtime(SYSTEMTIME *st, const struct tm *tm) {
  st->wYear = tm->tm_year + 100;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'st->wYear' is set from 'tm->tm_year + 100' with the wrong offset: {{.*}} so the year is off by 1800 (assign 'tm->tm_year + 1900')
  st->wMonth = tm->tm_mon + 1;
  st->wYear = tm->tm_year + 1900;
}

/* NSPR's tm_year is the full year; its tm_month is 0-based. */
int nspr(const PRExplodedTime *t, struct tm *out) {
  out->tm_year = t->tm_year - 1900;
  out->tm_mon = t->tm_month;
  int y = t->tm_year + 1900;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 't->tm_year' already holds the full year, so adding 1900 puts the date 1900 years late (use 't->tm_year' as it is) [premortem-tm-field-range]
  return y + (t->tm_month == 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 't->tm_month' counts months from 0 {{.*}}
}

/* ICU's UCAL_MONTH is 0-based. */
int icu(const UCalendar *cal) {
  UErrorCode status = 0;
  return ucal_get(cal, UCAL_MONTH, &status) == 12 || ucal_get(cal, UCAL_DATE, &status) == 12;
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'ucal_get(cal, UCAL_MONTH, &status)' counts months from 0 {{.*}}
}

/* Macros: reported at the use, no fix-it inside the macro. */
#define IS_DECEMBER(t) ((t)->tm_mon == 12)
#define DECEMBER 12
int macros(const struct tm *tm) {
  return IS_DECEMBER(tm) + (tm->tm_mon == DECEMBER);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: '(t)->tm_mon' counts months from 0 {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: 'tm->tm_mon' counts months from 0 {{.*}}
  // CHECK-FIXES: return IS_DECEMBER(tm) + (tm->tm_mon == DECEMBER);
}

/* Other structs with fields named like struct tm are not struct tm. */
struct my_date { int tm_year, tm_mon; };
int other(struct my_date d) { return d.tm_mon == 12 || d.tm_year > 2000; }
