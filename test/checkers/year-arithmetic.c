// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <windows.h>

// ---------------------------------------------------------------------------
// Positives: a year shifted, then used with no 29-February handling.
// ---------------------------------------------------------------------------

time_t expiry_plus_equal(time_t now) {
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is used here
  return mktime(&tm);
}

time_t expiry_increment(struct tm *when) {
  when->tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'when' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'when' is used here
  return timegm(when);
}

time_t expiry_prefix_decrement(struct tm tm) {
  --tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is decremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is used here
  return mktime(&tm);
}

struct tm copy_from_now(const struct tm *now) {
  struct tm end;
  memcpy(&end, now, sizeof end);
  end.tm_year = now->tm_year + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'end' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'end' is used here
  return end;
}

void assign_plus(struct tm *out, struct tm t) {
  t.tm_year = t.tm_year + 5;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 't' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 't' is used here
  *out = t;
}

void assign_plus_reversed(SYSTEMTIME *out, SYSTEMTIME st) {
  st.wYear = 2 + st.wYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  *out = st;
}

void assign_paren(SYSTEMTIME st, int years, FILETIME *ft) {
  st.wYear = (years + st.wYear) - 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is shifted without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, ft);
}

BOOL cert_validity(FILETIME *not_after) {
  SYSTEMTIME end;
  GetSystemTime(&end);
  end.wYear += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'end' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'end' is used here
  return SystemTimeToFileTime(&end, not_after);
}

void variable_shift(struct tm *tm, int years, char *buf, size_t n) {
  tm->tm_year -= years;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is shifted without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'tm' is used here
  strftime(buf, n, "%Y-%m-%d", tm);
}

void formatted(struct tm tm) {
  tm.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'tm' is used here
  printf("%04d-%02d-%02d\n", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

struct tm copied_to_local(struct tm tm) {
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'tm' is used here
  struct tm copy = tm;
  return copy;
}

BOOL kernel_fields(TIME_FIELDS *tf, LARGE_INTEGER *out) {
  tf->Year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tf' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tf' is used here
  return RtlTimeFieldsToTime(tf, out);
}

// Only some paths handle the day.
time_t handled_on_one_path(struct tm tm, int fix) {
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+3]]:10: note: 'tm' is used here
  if (fix)
    tm.tm_mday = 28;
  return mktime(&tm);
}

// Day set to a value that can still be 29.
time_t day_set_to_29(struct tm tm) {
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'tm' is used here
  tm.tm_mday = 29;
  return mktime(&tm);
}

// Month set to February.
time_t month_set_to_february(struct tm tm) {
  tm.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: 'tm' is used here
  tm.tm_mon = 1;
  return mktime(&tm);
}

// Shift in a loop, use before it in source.
void loop_shift(struct tm tm, int n) {
  for (int i = 0; i < n; ++i) {
    mktime(&tm);
    tm.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'tm' is used here
  }
}

// ---------------------------------------------------------------------------
// Negatives.
// ---------------------------------------------------------------------------

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int leap_bits(int y) { return (y & 3) == 0 && (y % 25 != 0 || (y & 15) == 0); }
static int check_year(int y) { return leap_bits(y); }

time_t fixed_with_helper(struct tm tm) {
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900))
    tm.tm_mday = 28;
  return mktime(&tm);
}

time_t fixed_inline(struct tm tm) {
  tm.tm_year += 1;
  int y = tm.tm_year + 1900;
  if (!((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    if (tm.tm_mon == 1)
      tm.tm_mday = tm.tm_mday > 28 ? 28 : tm.tm_mday;
  return mktime(&tm);
}

time_t fixed_bits(struct tm tm) {
  tm.tm_year++;
  if (tm.tm_mon == 1 && !((tm.tm_year + 1900) & 3) == 0)
    tm.tm_mday = 28;
  return mktime(&tm);
}

time_t fixed_by_body_helper(struct tm tm) {
  tm.tm_year++;
  if (!check_year(tm.tm_year + 1900) && tm.tm_mon == 1)
    tm.tm_mday = 28;
  return mktime(&tm);
}

BOOL fixed_fixup(FILETIME *ft) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  if (st.wMonth == 2 && st.wDay == 29)
    st.wDay = 28;
  return SystemTimeToFileTime(&st, ft);
}

time_t day_constant(struct tm tm) {
  tm.tm_year += 1;
  tm.tm_mday = 1;
  return mktime(&tm);
}

time_t month_constant(struct tm tm) {
  tm.tm_year += 1;
  tm.tm_mon = 0;
  return mktime(&tm);
}

void day_clamped_ternary(struct tm tm) {
  tm.tm_year += 1;
  printf("%d %d\n", tm.tm_year, tm.tm_mday > 28 ? 28 : tm.tm_mday);
}

int representation(struct tm tm, SYSTEMTIME *st, int year) {
  tm.tm_year += 1900;
  tm.tm_year -= 1900;
  st->wYear = tm.tm_year + 1900;
  tm.tm_year = year - 1900;
  tm.tm_year = tm.tm_year % 100;
  tm.tm_year = tm.tm_year * 100;
  tm.tm_year = 2013 - tm.tm_year;
  st->wYear = (WORD)(tm.tm_year + 1980 - 80);
  return (int)mktime(&tm);
}

void never_used(struct tm tm) {
  tm.tm_year += 1;
}

void month_rollover(struct tm tm, char *buf, size_t n) {
  tm.tm_mon++;
  if (tm.tm_mon > 11) {
    tm.tm_mon = 0;
    tm.tm_year++;
  }
  strftime(buf, n, "%F", &tm);
}

void month_rollover_systemtime(SYSTEMTIME st, FILETIME *ft) {
  if (st.wMonth == 12) {
    st.wMonth = 1;
    st.wYear++;
  } else {
    st.wMonth++;
  }
  SystemTimeToFileTime(&st, ft);
}

void refilled(struct tm tm, time_t t) {
  tm.tm_year += 1;
  gmtime_r(&t, &tm);
  mktime(&tm);
}

time_t hijri_next_year(struct tm tm) {
  tm.tm_year += 1;
  return mktime(&tm);
}

// Only the year is printed.
void year_only(struct tm tm) {
  tm.tm_year += 1;
  printf("%d\n", tm.tm_year + 1900);
}

// Plain integers are not calendar fields.
struct counter { int year; int total; };
int plain(struct counter c) {
  c.year++;
  return c.year;
}

#define NEXT_YEAR(t) ((t).tm_year += 1)
time_t in_macro(struct tm tm) {
  NEXT_YEAR(tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is used here
  return mktime(&tm);
}

void NoCrash(struct tm *p, int k) {
  (p + k)->tm_year++;
  mktime(p);
}
