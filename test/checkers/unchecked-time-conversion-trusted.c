// Values straight from the system clock (the trusted-sources of the rule
// pack) are valid dates: reading the output of their conversion is not
// reported. Shifted, partly rewritten or mixed values still are.
// RUN: %check_tidy %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers

#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <windows.h>

void use_ft(FILETIME ft);
void use_st(const SYSTEMTIME *st);
void read_time(SYSTEMTIME *st);
time_t read_stamp(void);

// ---------------------------------------------------------------------------
// Silent: the input is a value from the clock on every path.
// ---------------------------------------------------------------------------

// Win32: SYSTEMTIME from GetSystemTime / GetLocalTime.
void win32_system_time(void) {
  SYSTEMTIME now;
  FILETIME ft;
  GetSystemTime(&now);
  SystemTimeToFileTime(&now, &ft);
  use_ft(ft);
}

DWORD win32_local_time(void) {
  SYSTEMTIME now;
  FILETIME ft, local;
  GetLocalTime(&now);
  printf("%u\n", now.wYear); // a read does not change the value
  SystemTimeToFileTime(&now, &ft);
  SystemTimeToFileTime(&now, &local); // nor does a conversion taking it as const
  return ft.dwLowDateTime + local.dwLowDateTime;
}

// Win32: FILETIME from GetSystemTimeAsFileTime and friends.
WORD win32_filetime(void) {
  FILETIME ft, local;
  SYSTEMTIME st;
  GetSystemTimeAsFileTime(&ft);
  FileTimeToSystemTime(&ft, &st);
  GetSystemTimePreciseAsFileTime(&ft);
  FileTimeToLocalFileTime(&ft, &local);
  return st.wYear + (WORD)local.dwLowDateTime;
}

// GetFileTime fills its arguments 1, 2 and 3.
WORD win32_file_time(HANDLE file) {
  FILETIME created, accessed, written;
  SYSTEMTIME st;
  GetFileTime(file, &created, &accessed, &written);
  FileTimeToSystemTime(&written, &st);
  return st.wDay;
}

// The same object set by a trusted source on both branches.
void win32_either_clock(int local) {
  SYSTEMTIME now;
  FILETIME ft;
  if (local)
    GetLocalTime(&now);
  else
    GetSystemTime(&now);
  SystemTimeToFileTime(&now, &ft);
  use_ft(ft);
}

// Through a pointer: the object it points to is filled.
DWORD win32_pointer(SYSTEMTIME *now) {
  FILETIME ft;
  GetSystemTime(now);
  SystemTimeToFileTime(now, &ft);
  return ft.dwHighDateTime;
}

// A fresh value on each iteration.
void win32_loop(int n) {
  for (int i = 0; i < n; ++i) {
    SYSTEMTIME now;
    FILETIME ft;
    GetSystemTime(&now);
    SystemTimeToFileTime(&now, &ft);
    use_ft(ft);
  }
}

// NT: LARGE_INTEGER from NtQuerySystemTime / KeQuerySystemTime.
ULONG nt_system_time(void) {
  LARGE_INTEGER now, utc;
  ULONG seconds;
  NtQuerySystemTime(&now);
  RtlTimeToSecondsSince1970(&now, &seconds);
  KeQuerySystemTime(&now);
  RtlLocalTimeToSystemTime(&now, &utc);
  KeQuerySystemTimePrecise(&now);
  RtlTimeToSecondsSince1970(&now, &seconds);
  return seconds + (ULONG)utc.QuadPart;
}

// C / POSIX: time(NULL), time(&t).
int c_time_initialized(void) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  return tm.tm_year;
}

int c_time_assigned(char *buf, size_t n) {
  time_t t;
  struct tm tm;
  t = time(0);
  localtime_r(&t, &tm);
  return (int)strftime(buf, n, "%F", &tm);
}

int c_time_out_param(void) {
  time_t t;
  struct tm tm;
  time(&t);
  localtime_r(&t, &tm);
  return tm.tm_mday;
}

int c_time_cast(void) {
  long long t = (long long)time(NULL);
  struct tm tm;
  gmtime_r((time_t *)&t, &tm);
  return tm.tm_mon;
}

// POSIX clocks: the seconds field of the structure they fill.
int c_clock_gettime(void) {
  struct timespec ts;
  struct tm tm;
  clock_gettime(CLOCK_REALTIME, &ts);
  gmtime_r(&ts.tv_sec, &tm);
  return tm.tm_year;
}

int c_timespec_get(void) {
  struct timespec ts;
  struct tm tm;
  timespec_get(&ts, TIME_UTC);
  localtime_r(&ts.tv_sec, &tm);
  return tm.tm_hour;
}

int c_gettimeofday(void) {
  struct timeval tv;
  struct tm tm;
  gettimeofday(&tv, NULL);
  gmtime_r(&tv.tv_sec, &tm);
  return tm.tm_min;
}

// A copy of a clock value is a clock value (leveldb's PosixLogger::Logv).
int c_gettimeofday_copied(void) {
  struct timeval now_timeval;
  gettimeofday(&now_timeval, NULL);
  const time_t now_seconds = now_timeval.tv_sec;
  struct tm now_components;
  localtime_r(&now_seconds, &now_components);
  return now_components.tm_sec;
}

// The certificate shape: today is converted as is (silent), the shifted copy
// is reported as before.
void not_before_and_after(FILETIME *out) {
  SYSTEMTIME now;
  FILETIME not_before, not_after;
  GetSystemTime(&now);
  SystemTimeToFileTime(&now, &not_before);
  SYSTEMTIME end = now;
  end.wYear += 1;
  SystemTimeToFileTime(&end, &not_after);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored after 'end.wYear' was shifted; it returns 0 for an invalid date such as 29 February of a non-leap year and leaves 'not_after' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'end.wYear' is shifted here
  out[0] = not_before;
  out[1] = not_after;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: 'not_after' is read here
}

// ---------------------------------------------------------------------------
// Reported: the value was changed, or does not come from the clock on every
// path.
// ---------------------------------------------------------------------------

// Shifted after it was read from the clock.
int shifted_seconds(void) {
  time_t t = time(NULL);
  struct tm tm;
  t += 3600;
  gmtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; it returns NULL when the conversion fails and leaves 'tm' unset (check the result before reading 'tm') [premortem-unchecked-time-conversion]
  return tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

void shifted_year(void) {
  SYSTEMTIME now;
  FILETIME ft;
  GetSystemTime(&now);
  now.wYear++;
  SystemTimeToFileTime(&now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored after 'now.wYear' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'now.wYear' is shifted here
  use_ft(ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

// Any write to a part of it counts, even outside the date.
void field_rewritten(void) {
  SYSTEMTIME now;
  FILETIME ft;
  GetSystemTime(&now);
  now.wMilliseconds = 0;
  SystemTimeToFileTime(&now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  use_ft(ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

void field_rewritten_through_pointer(SYSTEMTIME *now) {
  FILETIME ft;
  GetSystemTime(now);
  now->wSecond = 0;
  SystemTimeToFileTime(now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  use_ft(ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

// From the clock on one path only.
void one_path_clock(int cached) {
  SYSTEMTIME now;
  FILETIME ft;
  if (cached)
    read_time(&now);
  else
    GetSystemTime(&now);
  SystemTimeToFileTime(&now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  use_ft(ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

// A copy of a value that is not from the clock on every path.
int copied_from_parameter_on_one_path(int fresh, time_t stamp) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  time_t t = tv.tv_sec;
  if (!fresh)
    t = stamp;
  struct tm tm;
  localtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'localtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  return tm.tm_mday;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

int one_path_uninitialized(int fresh) {
  time_t t;
  struct tm tm;
  if (fresh)
    time(&t);
  localtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'localtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  return tm.tm_mday;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

// Rewritten by another call after the clock.
void overwritten_by_call(void) {
  SYSTEMTIME now;
  FILETIME ft;
  GetSystemTime(&now);
  read_time(&now);
  SystemTimeToFileTime(&now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  use_ft(ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

// Its address escapes: a write through the copy is possible.
void address_escapes(void) {
  SYSTEMTIME now;
  FILETIME ft;
  GetSystemTime(&now);
  SYSTEMTIME *alias = &now;
  alias->wMonth = 2;
  SystemTimeToFileTime(&now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  use_ft(ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

// Shifted at the end of a loop: the next iteration converts the shifted value.
void shifted_in_loop(int days) {
  time_t t = time(NULL);
  for (int i = 0; i < days; ++i) {
    struct tm tm;
    gmtime_r(&t, &tm);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
    printf("%d\n", tm.tm_mday);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: note: 'tm' is read here
    t += 86400;
  }
}

// Unknown provenance: a parameter, a global, arithmetic, another call, a copy.
DWORD from_parameter(SYSTEMTIME st) {
  FILETIME ft;
  SystemTimeToFileTime(&st, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  return ft.dwLowDateTime;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

SYSTEMTIME g_now;
DWORD from_global(void) {
  FILETIME ft;
  GetSystemTime(&g_now);
  SystemTimeToFileTime(&g_now, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored but 'ft' is read afterwards; {{.*}}
  return ft.dwLowDateTime;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ft' is read here
}

int from_arithmetic(void) {
  time_t t = time(NULL) + 86400LL * 365 * 1000000;
  struct tm tm;
  gmtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  return tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

int from_unknown_call(void) {
  time_t t = read_stamp();
  struct tm tm;
  localtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'localtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  return tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

// Copies are followed back to the clock (silent); the result of a
// conversion of a trusted value is not.
int from_copy(void) {
  time_t now = time(NULL);
  time_t t = now;
  struct tm tm;
  gmtime_r(&t, &tm);
  return tm.tm_year;
}

WORD chained_conversion(void) {
  SYSTEMTIME now, back;
  FILETIME ft;
  GetSystemTime(&now);
  SystemTimeToFileTime(&now, &ft);
  FileTimeToSystemTime(&ft, &back);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'FileTimeToSystemTime' is ignored but 'back' is read afterwards; {{.*}}
  return back.wYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'back' is read here
}

// GetFileTime fills only the FILETIMEs it is given; 'written' is not one.
WORD file_time_not_filled(HANDLE file) {
  FILETIME created, written;
  SYSTEMTIME st;
  GetFileTime(file, &created, NULL, NULL);
  FileTimeToSystemTime(&written, &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'FileTimeToSystemTime' is ignored but 'st' is read afterwards; {{.*}}
  return st.wYear;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'st' is read here
}

// clock_gettime fills its argument 1; argument 0 is the clock id.
#define NOW_INTO(ts) clock_gettime(CLOCK_REALTIME, &(ts))
int clock_macro(void) {
  struct timespec ts;
  struct tm tm;
  NOW_INTO(ts);
  gmtime_r(&ts.tv_sec, &tm);
  return tm.tm_sec;
}
