// Win32, NT, MSVC CRT and OpenSSL/BoringSSL conversions.
// RUN: %check_tidy %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/asn1.h>
#include <stdio.h>
#include <time.h>
#include <windows.h>

// The 2012 leap-day outage: a one-year certificate end date built by adding
// one to the year, converted without looking at the result.
BOOL make_validity(FILETIME *not_before, FILETIME *not_after) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  SystemTimeToFileTime(&st, not_before);
  st.wYear += 1;
  SystemTimeToFileTime(&st, not_after);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored after 'st.wYear' was shifted; it returns 0 for an invalid date such as 29 February of a non-leap year and leaves '*not_after' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'st.wYear' is shifted here
  return TRUE;
}

// A SYSTEMTIME whose fields were assigned; the FILETIME is then read.
DWORD from_fields(WORD y, WORD m, WORD d) {
  SYSTEMTIME st = {0};
  FILETIME ft;
  st.wYear = y;
  st.wMonth = m;
  st.wDay = d;
  SystemTimeToFileTime(&st, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored after 'st.wYear' was set; it returns 0 for an invalid date such as 29 February of a non-leap year and leaves 'ft' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: 'st.wYear' is set here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'ft' is read here
  return ft.dwHighDateTime;
}

DWORD from_initializer(void) {
  SYSTEMTIME st = {2013, 2, 0, 29};
  FILETIME ft;
  SystemTimeToFileTime(&st, &ft);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored after 'st' was built; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: 'st' is built here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'ft' is read here
  return ft.dwLowDateTime;
}

// Wine crypt32's default end time: both halves of the pattern.
struct cert_info { FILETIME NotBefore, NotAfter; };
void wine_default_end(struct cert_info *info) {
  SYSTEMTIME endTime;
  FileTimeToSystemTime(&info->NotBefore, &endTime);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'FileTimeToSystemTime' is ignored but 'endTime' is read afterwards; it returns 0 when the conversion fails and leaves 'endTime' unset (check the result before reading 'endTime') [premortem-unchecked-time-conversion]
  endTime.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'endTime' is read here
  SystemTimeToFileTime(&endTime, &info->NotAfter);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'SystemTimeToFileTime' is ignored after 'endTime.wYear' was shifted; {{.*}} and leaves 'info->NotAfter' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'endTime.wYear' is shifted here
}

// Time of day changed only: the date stays valid.
void time_of_day_only(FILETIME *out) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wHour = 0;
  st.wMinute = 0;
  st.wMilliseconds = 0;
  st.wDayOfWeek = 0;
  SystemTimeToFileTime(&st, out);
}

// Checked: if, compare, stored and tested, returned.
BOOL checked_win32(FILETIME *out, SYSTEMTIME st) {
  st.wYear++;
  if (!SystemTimeToFileTime(&st, out))
    return FALSE;
  st.wMonth += 1;
  BOOL ok = SystemTimeToFileTime(&st, out);
  if (!ok)
    return FALSE;
  st.wDay = 31;
  return SystemTimeToFileTime(&st, out);
}

// A FILETIME assembled from arithmetic can be out of range.
WORD filetime_built(LARGE_INTEGER when) {
  FILETIME ft;
  SYSTEMTIME st;
  ft.dwLowDateTime = when.u.LowPart;
  ft.dwHighDateTime = (DWORD)when.u.HighPart;
  FileTimeToSystemTime(&ft, &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'FileTimeToSystemTime' is ignored after 'ft.dwLowDateTime' was set; it returns 0 for an out-of-range value and leaves 'st' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'ft.dwLowDateTime' is set here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'st' is read here
  return st.wYear;
}

// NT: TIME_FIELDS and NTSTATUS.
LONGLONG nt_fields(TIME_FIELDS tf) {
  LARGE_INTEGER li;
  tf.Year += 1;
  RtlTimeFieldsToTime(&tf, &li);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'RtlTimeFieldsToTime' is ignored after 'tf.Year' was shifted; it returns 0 for an invalid date such as 29 February of a non-leap year and leaves 'li' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tf.Year' is shifted here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'li' is read here
  return li.QuadPart;
}

LONGLONG nt_status(LARGE_INTEGER local) {
  LARGE_INTEGER utc;
  RtlLocalTimeToSystemTime(&local, &utc);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'RtlLocalTimeToSystemTime' is ignored but 'utc' is read afterwards; it returns a failure NTSTATUS when the conversion fails and leaves 'utc' unset (check the result before reading 'utc') [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'utc' is read here
  return utc.QuadPart;
}

LONGLONG nt_checked(LARGE_INTEGER local) {
  LARGE_INTEGER utc;
  if (!NT_SUCCESS(RtlLocalTimeToSystemTime(&local, &utc)))
    return 0;
  return utc.QuadPart;
}

// MSVC CRT: errno_t, destination first.
int msvc_s(time_t t) {
  char buf[64];
  size_t n = sizeof buf;
  struct tm tm;
  localtime_s(&tm, &t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'localtime_s' is ignored but 'tm' is read afterwards; it returns a nonzero error code when the conversion fails and leaves 'tm' unset (check the result before reading 'tm') [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE+1]]:27: note: 'tm' is read here
  strftime(buf, n, "%F", &tm);
  if (gmtime_s(&tm, &t) != 0)
    return -1;
  ctime_s(buf, n, &t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ctime_s' is ignored but 'buf' is read afterwards; {{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: 'buf' is read here
  puts(buf);
  return tm.tm_year;
}

int msvc_pointers(__time64_t t) {
  struct tm *p = _localtime64(&t);
  return _gmtime64(&t)->tm_year + p->tm_mon;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: '_gmtime64' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: warning: 'p' may be NULL here: '_localtime64' returns NULL {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: 'p' is set from '_localtime64' here
}

void msvc_mkgmtime(struct tm *tm) {
  tm->tm_year += 1;
  _mkgmtime(tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of '_mkgmtime' is ignored after 'tm->tm_year' was shifted; '_mkgmtime' does not fail on 29 February of a non-leap year, it silently moves the date to 1 March (clamp the day to the target month, then check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm->tm_year' is shifted here
}

// OpenSSL / BoringSSL.
int openssl_expiry(const ASN1_TIME *not_after) {
  struct tm tm;
  ASN1_TIME_to_tm(not_after, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_to_tm' is ignored but 'tm' is read afterwards; it returns 0 when the conversion fails and leaves 'tm' unset (check the result before reading 'tm') [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is read here
  return tm.tm_year + 1900;
}

int64_t boringssl_next_year(struct tm tm) {
  int64_t when;
  tm.tm_year += 1;
  OPENSSL_tm_to_posix(&tm, &when);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'OPENSSL_tm_to_posix' is ignored after 'tm.tm_year' was shifted; it returns 0 for an invalid date such as 29 February of a non-leap year and leaves 'when' unset (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm.tm_year' is shifted here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'when' is read here
  return when;
}

time_t boringssl_checked(const ASN1_TIME *s, struct tm *tm) {
  time_t t;
  int64_t p;
  if (!ASN1_TIME_to_time_t(s, &t) || !ASN1_TIME_to_posix(s, &p))
    return 0;
  tm->tm_mon += 12;
  if (OPENSSL_timegm(tm, &t) == 0)
    return 0;
  if (!OPENSSL_posix_to_tm(p, tm))
    return 0;
  struct tm out;
  if (!OPENSSL_gmtime(&t, &out))
    return 0;
  return t + out.tm_sec;
}

int boringssl_pointer(time_t t) {
  struct tm buf;
  return OPENSSL_gmtime(&t, &buf)->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'OPENSSL_gmtime' can return NULL {{.*}}
}
