// Real-code idioms: PKI helpers, report generators, NSPR and mbedTLS dates.
// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>
#include <windows.h>

// Validated before use: silent.
int IsValidDate(const SYSTEMTIME *st);
BOOL validated(SYSTEMTIME st, FILETIME *ft) {
  st.wYear++;
  if (!IsValidDate(&st))
    st.wDay = 28;
  return SystemTimeToFileTime(&st, ft);
}

// The day clamped with a computed value: silent.
int days_in(int year, int mon);
time_t clamped_by_call(struct tm tm) {
  tm.tm_year += 1;
  int last = days_in(tm.tm_year + 1900, tm.tm_mon);
  tm.tm_mday = tm.tm_mday < last ? tm.tm_mday : last;
  return mktime(&tm);
}

// A day copied from another date keeps 29: reported.
time_t day_copied(struct tm tm, const struct tm *from) {
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'tm' is used here
  tm.tm_mday = from->tm_mday;
  return mktime(&tm);
}

// A report generator: the same period last year.
struct period { struct tm start, end; };
void print_period(const struct period *p);
void last_year(struct period p) {
  p.start.tm_year -= 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'p.start' is decremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: 'p.start' is used here
  p.end.tm_year -= 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'p.end' is decremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'p.end' is used here
  print_period(&p);
}

// A leap test on the path, in nested ifs: silent.
time_t nested_ifs(struct tm tm) {
  int y;
  tm.tm_year++;
  y = tm.tm_year + 1900;
  if (tm.tm_mon == 1 && tm.tm_mday == 29) {
    if (y % 4 != 0)
      tm.tm_mday = 28;
    else if (y % 100 == 0 && y % 400 != 0)
      tm.tm_mday = 28;
  }
  return mktime(&tm);
}

// The result of a failing conversion is checked, but 29 February still
// fails every four years: reported.
int checked_but_fails(SYSTEMTIME st, FILETIME *ft) {
  st.wYear += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: 'st' is used here
  if (!SystemTimeToFileTime(&st, ft))
    return -1;
  return 0;
}

// mbedTLS and NSPR structs.
typedef struct mbedtls_x509_time { int year, mon, day, hour, min, sec; } mbedtls_x509_time;
int x509_time_cmp(const mbedtls_x509_time *a, const mbedtls_x509_time *b);
int expires_within_year(mbedtls_x509_time now, const mbedtls_x509_time *not_after) {
  now.year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'now' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'now' is used here
  return x509_time_cmp(&now, not_after) > 0;
}
typedef struct PRExplodedTime { int tm_usec, tm_sec, tm_min, tm_hour, tm_mday, tm_month; short tm_year; } PRExplodedTime;
long long PR_ImplodeTime(const PRExplodedTime *exploded);
long long nspr_next_year(PRExplodedTime t) {
  t.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 't' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 't' is used here
  return PR_ImplodeTime(&t);
}
long long nspr_next_year_fixed(PRExplodedTime t) {
  t.tm_year++;
  if (t.tm_month == 1 && t.tm_mday == 29)
    t.tm_mday = 28;
  return PR_ImplodeTime(&t);
}

// tz code (localtime.c localsub): a time far outside the table is moved by
// whole 400-year Gregorian cycles, which keep every date valid.
#define YEARSPERREPEAT 400
struct tm *shift_by_cycles(struct tm *result, long long seconds, int back) {
  long long years = (seconds / 12622780800LL + 1) * YEARSPERREPEAT;
  long long newy = result->tm_year;
  if (back)
    newy -= years;
  else
    newy += years;
  result->tm_year = newy;
  return result;
}

time_t shift_by_cycles_field(struct tm tm, int n) {
  tm.tm_year += n * 400;
  return mktime(&tm);
}
