// RUN: %check_tidy %s premortem-days-per-year %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>
#include <windows.h>

long X509_gmtime_adj(void *s, long adj);
int gnutls_x509_crt_set_expiration_time(void *crt, time_t exp);

#define SECONDS_PER_YEAR (365 * 24 * 3600)
static const long kYear = 31536000L;

// "Valid for one year" as 365 days of seconds.
void make_cert(void *x, void *crt) {
  X509_gmtime_adj(x, 31536000L);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: a year taken as 365 days (31536000 seconds) is added to a point in time: across 29 February the result is one day off the same date a year later; shift the calendar year (and handle 29 February) or name the value as a count of days [premortem-days-per-year]
  gnutls_x509_crt_set_expiration_time(crt, time(NULL) + 365 * 24 * 60 * 60);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: a year taken as 365 days (31536000 seconds) is added to a point in time
}

time_t next_year(time_t now) { return now + SECONDS_PER_YEAR; }
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: a year taken as 365 days (31536000 seconds) is added to a point in time

time_t years_ago(time_t now, int n) { return now - n * kYear; }
// CHECK-MESSAGES: :[[@LINE-1]]:56: warning: a year taken as 365 days (31536000 seconds) is subtracted from a point in time: across 29 February the result is one day off the same date a year earlier

long long expiry_ms(long long now_ms) {
  const long long year_ms = 365LL * 86400 * 1000;
  return now_ms + year_ms;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: a year taken as 365 days (31536000000 milliseconds) is added to a point in time
}

// FILETIME ticks (100 ns).
void filetime_next_year(FILETIME *ft) {
  LARGE_INTEGER t;
  t.u.LowPart = ft->dwLowDateTime;
  t.u.HighPart = ft->dwHighDateTime;
  t.QuadPart += 365ULL * 24 * 3600 * 10000000;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: a year taken as 365 days (315360000000000 100-ns ticks) is added to a point in time
  ft->dwLowDateTime = t.u.LowPart;
  ft->dwHighDateTime = t.u.HighPart;
}

// 365 days added to a day of the month.
void tm_next_year(struct tm *tm) {
  tm->tm_mday += 365;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: a year taken as 365 days is added to a day of the month: across 29 February the result is one day off the same date a year later
  mktime(tm);
}

// year = days / 365.
int year_of(long days_since_1970) {
  int year = 1970 + days_since_1970 / 365;
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: year computed as days / 365 ignores leap days: the count gains a day every four years, so the last days of a year fall into the next one; count leap days (the 400-year cycle has 146097 days) or use a calendar conversion [premortem-days-per-year]
  return year;
}

// A macro used in user code: reported at the use.
#define ONE_YEAR_FROM(t) ((t) + 31536000)
time_t macro_expiry(time_t t) { return ONE_YEAR_FROM(t); }
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: a year taken as 365 days (31536000 seconds) is added to a point in time

// --- Silent.

// Durations documented as days.
time_t retention(time_t now) {
  int retention_days = 365;
  return now - retention_days * 86400;
}
struct cert_opts { int daysValid; };
void wolf(struct cert_opts *o) { o->daysValid = 365; }

// Leap-aware: the 366-day length is handled.
time_t next_year_leap(time_t now, int leap) { return now + (leap ? 31622400 : 31536000); }
static int is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
int year_from_days(long days) {
  int y = 1970;
  while (days >= (is_leap(y) ? 366 : 365)) {
    days -= is_leap(y) ? 366 : 365;
    y++;
  }
  return y;
}

// `% 365` and `/ 365` inside a conversion that counts leap days.
void civil(long z, int *year, int *doy) {
  long era = z / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  *year = yoe + era * 400;
  *doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
}

// Not a time: an average, a count, a ratio.
double per_day(double total) { return total / 365; }
long seconds_in_365_days(void) { return 31536000L; }
int approx_years(long seconds) { return seconds / 31536000L; }
