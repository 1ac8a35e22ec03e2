// Held-out shapes: the "YYYY" New Year bug as it was fixed in real projects
// (GOOD: silent, BAD: reported).
// RUN: %check_tidy %s premortem-week-year-format %t -- -nostdinc -isystem %inputs/mock-headers

#include <stddef.h>
#include <time.h>
#include <wchar.h>

/* BAD */
size_t bad_compact(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%G%m%d", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%Y%m%d", tm);
}
size_t bad_localtime(char *buf, time_t t) {
  return strftime(buf, 11, "%G-%m-%d", localtime(&t));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: return strftime(buf, 11, "%Y-%m-%d", localtime(&t));
}
size_t bad_european(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%d.%m.%G %H:%M", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: date format combines the ISO week-based year '%G' with '%d'; {{.*}}
  // CHECK-FIXES: return strftime(buf, n, "%d.%m.%Y %H:%M", tm);
}
size_t bad_wide(wchar_t *buf, size_t n, const struct tm *tm) {
  return wcsftime(buf, n, L"%G-%m-%d", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
}
size_t bad_week_label(char *buf, size_t n, const struct tm *tm) {
  static const char kWeekLabel[] = "%Y-W%V";
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: date format combines the ISO week number '%V' with the calendar year '%Y'; {{.*}}
  return strftime(buf, n, kWeekLabel, tm);
}
#define LOG_DATE "%G-%m-%dT%H:%M:%S"
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
size_t bad_macro(char *buf, size_t n, const struct tm *tm) { return strftime(buf, n, LOG_DATE, tm); }
size_t bad_choice(char *buf, size_t n, const struct tm *tm, int iso) {
  const char *fmt = iso ? "%G-W%V-%u" : "%G-%m-%d";
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  return strftime(buf, n, fmt, tm);
}

/* GOOD */
size_t good(char *buf, size_t n, const struct tm *tm) {
  size_t r = 0;
  r += strftime(buf, n, "%Y-%m-%d", tm);
  r += strftime(buf, n, "%G-W%V-%u", tm); /* an ISO week date */
  r += strftime(buf, n, "%GW%V", tm);
  r += strftime(buf, n, "%Y-%W", tm);     /* Monday-based week of the calendar year */
  r += strftime(buf, n, "%Y week %U", tm);
  r += strftime(buf, n, "%V", tm);
  r += strftime(buf, n, "%%G-%m-%d", tm); /* '%%' prints a percent sign */
  r += strftime(buf, n, "%F %T", tm);
  return r;
}
