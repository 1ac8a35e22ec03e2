// FlagAllIgnoredResults: every ignored result, not only after a change of the
// input or before a read of the output.
// RUN: %check_tidy --check-suffix DEFAULT %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix ALL --config '{CheckOptions: {premortem-unchecked-time-conversion.FlagAllIgnoredResults: true}}' %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>
#include <windows.h>

void normalize_only(struct tm *tm) {
  tm->tm_isdst = -1;
  mktime(tm);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored; it returns (time_t)-1 when the conversion fails and the failure goes unnoticed (check the result) [premortem-unchecked-time-conversion]
}

void output_unread(time_t t, struct tm *out) {
  gmtime_r(&t, out);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored; it returns NULL when the conversion fails and leaves '*out' unset (check the result) [premortem-unchecked-time-conversion]
  localtime(&t);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: result of 'localtime' is ignored; {{.*}}
}

void system_time(FILETIME *ft) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  SystemTimeToFileTime(&st, ft);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored; it returns 0 when the conversion fails and leaves '*ft' unset (check the result) [premortem-unchecked-time-conversion]
  time_t unused = timegm(0);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:19: warning: result of 'timegm' is ignored; {{.*}}
}

// Reported either way, with the specific message.
void shifted(struct tm *tm) {
  tm->tm_year += 1;
  mktime(tm);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES-ALL: :[[@LINE-2]]:3: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; {{.*}}
}

// Silent either way.
int checked(struct tm *tm, time_t t) {
  (void)mktime(tm);
  if (!gmtime_r(&t, tm))
    return -1;
  return mktime(tm) == (time_t)-1;
}

// A value straight from the clock: silent by default, reported with the option.
int from_clock(void) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  // CHECK-MESSAGES-ALL: :[[@LINE+1]]:10: note: 'tm' is read here
  return tm.tm_year;
}
