// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <glib.h>
#include <time.h>

// ---------------------------------------------------------------------------
// Positives: GLib dates rebuilt with a shifted year and the old day.
// ---------------------------------------------------------------------------

GDate *next_renewal(const GDate *d) {
  return g_date_new_dmy(g_date_get_day(d), g_date_get_month(d), g_date_get_year(d) + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: year of the date built by 'g_date_new_dmy' is incremented while the day is kept, without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: the day of the original date is used here
}

GDateTime *expiry_from_tm(const struct tm *now) {
  int year = now->tm_year + 1900 + 1;
  return g_date_time_new_utc(year, now->tm_mon + 1, now->tm_mday, 0, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: year of the date built by 'g_date_time_new_utc' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:53: note: the day of the original date is used here
}

// Plain int year variables, shifted later.
GDateTime *from_parts(GDateTime *now) {
  int y = g_date_time_get_year(now);
  int m = g_date_time_get_month(now);
  int d = g_date_time_get_day_of_month(now);
  y += 2;
  return g_date_time_new_local(y, m, d, 0, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: year of the date built by 'g_date_time_new_local' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:38: note: the day of the original date is used here
}

void set_next(GDate *out, const struct tm *tm) {
  int y = tm->tm_year + 1900;
  y = y - 1;
  g_date_set_dmy(out, tm->tm_mday, tm->tm_mon + 1, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: year of the date built by 'g_date_set_dmy' is decremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: the day of the original date is used here
}

// Shifted on one path only.
GDate *maybe_next(const GDate *d, int renew) {
  int y = g_date_get_year(d);
  if (renew)
    y++;
  return g_date_new_dmy(g_date_get_day(d), g_date_get_month(d), y);
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: year of the date built by 'g_date_new_dmy' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: the day of the original date is used here
}

// ---------------------------------------------------------------------------
// Negatives.
// ---------------------------------------------------------------------------

// Calendar-safe GLib calls.
void safe_add(GDate *d, GDateTime *dt) {
  g_date_add_years(d, 1);
  g_date_time_add_years(dt, 1);
}

// Representation conversions only.
GDateTime *same_day(const struct tm *tm) {
  int year = tm->tm_year + 1900;
  return g_date_time_new_utc(year, tm->tm_mon + 1, tm->tm_mday, 0, 0, 0);
}

// Year not derived from a date year; new day; constant month.
GDate *fixed(int n) { return g_date_new_dmy(1, 1, 2000 + n); }
GDate *first_day(const GDate *d) {
  return g_date_new_dmy(1, g_date_get_month(d), g_date_get_year(d) + 1);
}
GDate *in_march(const GDate *d) {
  return g_date_new_dmy(g_date_get_day(d), 3, g_date_get_year(d) + 1);
}

// Leap handling on every path before the call.
GDate *guarded(const GDate *d) {
  GDateYear y = g_date_get_year(d) + 1;
  GDateDay day = g_date_get_day(d);
  if (g_date_get_month(d) == 2 && day == 29 && !g_date_is_leap_year(y))
    day = 28;
  return g_date_new_dmy(day, g_date_get_month(d), y);
}
static int days_in(int y, int m) { return m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28) : 31; }
GDateTime *clamped(GDateTime *now) {
  int y = g_date_time_get_year(now) + 1;
  int m = g_date_time_get_month(now);
  int d = g_date_time_get_day_of_month(now);
  int last = days_in(y, m);
  return g_date_time_new_local(y, m, d > last ? last : d, 0, 0, 0);
}

// A two-digit year pivot.
GDate *pivot(int yy, int mm, int dd) {
  int y = yy < 70 ? yy + 2000 : yy + 1900;
  return g_date_new_dmy(dd, mm, y);
}
