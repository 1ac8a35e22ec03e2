// Leap-year shapes of a peer analyzer's test suite (CodeQL
// cpp/leap-year/UncheckedLeapYearAfterYearModification): SYSTEMTIME, struct tm
// and FILETIME round trips, BAD and GOOD variants.
// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>
#include <windows.h>

// A conversion helper the shifted date is handed to.
bool Correct_filetime_conversion_check(SYSTEMTIME &st) {
  FILETIME ft;
  if (!SystemTimeToFileTime(&st, &ft))
    return false;
  return true;
}

bool isLeapYear(SYSTEMTIME &st) {
  return st.wYear % 4 == 0 && (st.wYear % 100 != 0 || st.wYear % 400 == 0);
}

bool isLeapYear2(int year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

bool fixDate(int day, int month, int year) {
  return month == 2 && day == 29 && !isLeapYear2(year);
}

// ---------------------------------------------------------------------------
// BAD: the year shifted, the date used without 29-February handling.
// ---------------------------------------------------------------------------

void AntiPattern_1_year_addition() {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  Correct_filetime_conversion_check(st);
}

void AntiPattern_simple_addition(int yearAddition) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear += yearAddition;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is shifted without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  Correct_filetime_conversion_check(st);
}

void AntiPattern_explicit_addition() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear = st.wYear + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

void AntiPattern_plus_equal_one() {
  SYSTEMTIME st;
  FILETIME ft;
  GetLocalTime(&st);
  st.wYear += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

void AntiPattern_year_subtraction() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear--;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is decremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

void AntiPattern_1_year_addition_struct_tm() {
  time_t rawtime;
  struct tm timeinfo;
  time(&rawtime);
  localtime_s(&timeinfo, &rawtime);
  timeinfo.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'timeinfo' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'timeinfo' is used here
  mktime(&timeinfo);
}

time_t AntiPattern_tm_year_plus_equal(time_t now, int years) {
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += years;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'tm' is shifted without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is used here
  return timegm(&tm);
}

void AntiPattern_filetime_roundtrip(FILETIME *ft) {
  SYSTEMTIME st;
  FileTimeToSystemTime(ft, &st);
  st.wYear += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, ft);
}

void AntiPattern_filetime_roundtrip_now() {
  FILETIME ft;
  SYSTEMTIME st;
  GetSystemTimeAsFileTime(&ft);
  FileTimeToSystemTime(&ft, &st);
  st.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

// The fix-up tests the old year's leap status only on one branch: the
// other branch (a date that is not 29 February... of the wrong month test)
// is not a fix. A wrong guard: only the day is compared, with 30.
void AntiPattern_wrong_guard() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  if (st.wDay == 31)
    st.wDay = 30;
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

// The date reaches the conversion on the path that skips the fix-up.
void AntiPattern_guard_on_one_path(bool fix) {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  if (fix) {
    if (st.wMonth == 2 && st.wDay == 29)
      st.wDay = 28;
  }
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

// The year modified through a pointer to the struct.
void AntiPattern_pointer(SYSTEMTIME *st, FILETIME *ft) {
  st->wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(st, ft);
}

// The year modified in a struct passed to a helper.
static void AddYear(SYSTEMTIME &st) { st.wYear++; }

void AntiPattern_helper() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  AddYear(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented by 'AddYear' without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-8]]:39: note: 'AddYear' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

// A year read into a local, then written back shifted.
void AntiPattern_local_year() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  WORD year = st.wYear;
  st.wYear = year + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

// A certificate expiry one year from now: the 2012 leap-day outage.
void AntiPattern_copy_to_other(const SYSTEMTIME &now, SYSTEMTIME *expiry) {
  SYSTEMTIME end = now;
  end.wYear += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'end' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'end' is used here
  *expiry = end;
}

// A cast around the sum.
void AntiPattern_cast_sum() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear = (WORD)(st.wYear + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'st' is used here
  SystemTimeToFileTime(&st, &ft);
}

// An exported function hands the shifted date to its caller.
void AntiPattern_out_param(SYSTEMTIME *st) {
  GetSystemTime(st);
  st->wYear += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'st' is incremented without handling 29 February{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: 'st' reaches the caller with the shifted year
}

void AntiPattern_out_param_tm(time_t now, struct tm &expiry) {
  gmtime_r(&now, &expiry);
  expiry.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'expiry' is incremented without handling 29 February{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: 'expiry' reaches the caller with the shifted year
}

// syslogd: a timestamp without a year ("Feb 29 12:00:00") gets the year
// from the clock, trying next year first.
struct logtime {
  struct tm tm;
  long usec;
};
bool tp_intermediaryVar(time_t t_now, const struct tm &tm_parsed, struct logtime &remote) {
  struct tm tm_now;
  int year;
  localtime_r(&t_now, &tm_now);
  remote.tm = tm_parsed;
  remote.tm.tm_isdst = -1;
  for (year = tm_now.tm_year + 1;; --year) {
    remote.tm.tm_year = year;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: year of 'remote.tm' is {{[a-z]+}} without handling 29 February{{.*}}
    // CHECK-MESSAGES: :[[@LINE+1]]:9: note: 'remote.tm' is used here
    if (mktime(&remote.tm) < t_now + 7 * 24 * 60 * 60)
      break;
  }
  return true;
}

// ---------------------------------------------------------------------------
// GOOD: every path from the shift to the use handles 29 February.
// ---------------------------------------------------------------------------

void CorrectPattern_check1() {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  if (st.wMonth == 2 && st.wDay == 29)
    st.wDay = 28;
  Correct_filetime_conversion_check(st);
}

void CorrectPattern_check2(int yearsToAdd) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear += yearsToAdd;
  bool isLeap = st.wYear % 4 == 0 && (st.wYear % 100 != 0 || st.wYear % 400 == 0);
  st.wDay = st.wMonth == 2 && st.wDay == 29 && !isLeap ? 28 : st.wDay;
  Correct_filetime_conversion_check(st);
}

void CorrectPattern_check3() {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  if (st.wMonth == 2 && st.wDay == 29 && !isLeapYear(st))
    st.wDay = 28;
  Correct_filetime_conversion_check(st);
}

void CorrectPattern_check4() {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  if (fixDate(st.wDay, st.wMonth, st.wYear))
    st.wDay = 28;
  Correct_filetime_conversion_check(st);
}

void CorrectPattern_leap_helper_only() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear++;
  if (!isLeapYear2(st.wYear) && st.wMonth == 2 && st.wDay == 29)
    st.wDay = 28;
  SystemTimeToFileTime(&st, &ft);
}

void CorrectPattern_tm_fixup(time_t now) {
  struct tm tm;
  localtime_s(&tm, &now);
  tm.tm_year++;
  if (tm.tm_mon == 1 && tm.tm_mday == 29)
    tm.tm_mday = 28;
  mktime(&tm);
}

void CorrectPattern_day_clamp_ternary() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear++;
  st.wDay = st.wDay > 28 ? 28 : st.wDay;
  SystemTimeToFileTime(&st, &ft);
}

// The fix-up made before the shift, on every path to it.
void CorrectPattern_fixup_before_shift() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  if (st.wMonth == 2 && st.wDay == 29)
    st.wDay = 28;
  st.wYear++;
  SystemTimeToFileTime(&st, &ft);
}

// The year of a constant 1 January date.
void CorrectPattern_jan1_constant() {
  SYSTEMTIME st = {0};
  FILETIME ft;
  st.wYear = 2020;
  st.wMonth = 1;
  st.wDay = 1;
  st.wYear++;
  SystemTimeToFileTime(&st, &ft);
}

void CorrectPattern_jan1_initializer() {
  SYSTEMTIME st = {2020, 1, 0, 1, 0, 0, 0, 0};
  FILETIME ft;
  st.wYear++;
  SystemTimeToFileTime(&st, &ft);
}

void CorrectPattern_jan1_after_now() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wMonth = 1;
  st.wDay = 1;
  st.wYear++;
  SystemTimeToFileTime(&st, &ft);
}

void CorrectPattern_jan1_after_shift() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear++;
  st.wMonth = 1;
  st.wDay = 1;
  SystemTimeToFileTime(&st, &ft);
}

void CorrectPattern_tm_start_of_next_year(time_t now) {
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += 1;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  timegm(&tm);
}

// Not manipulated: the date from the API is always valid.
void CorrectPattern_NotManipulated_DateFromAPI_0() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  SystemTimeToFileTime(&st, &ft);
}

void CorrectPattern_NotManipulated_DateFromAPI_1(HANDLE h) {
  SYSTEMTIME st;
  FILETIME ft;
  GetFileTime(h, 0, 0, &ft);
  FileTimeToSystemTime(&ft, &st);
}

// A representation change, not a shift.
void CorrectPattern_representation(time_t now, int *out) {
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += 1900;
  *out = tm.tm_year;
}

// Shifted, then the year alone is read: no date is formed.
int CorrectPattern_year_only() {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  return st.wYear;
}

// The shifted date is overwritten by a conversion before any use.
void CorrectPattern_overwritten(FILETIME *ft) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  st.wYear++;
  FileTimeToSystemTime(ft, &st);
  SystemTimeToFileTime(&st, ft);
}

// Month roll-over: the year advances when the month wraps to January.
void CorrectPattern_month_rollover() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  if (st.wMonth == 12) {
    st.wMonth = 1;
    st.wYear++;
  } else {
    st.wMonth++;
  }
  st.wDay = 1;
  SystemTimeToFileTime(&st, &ft);
}

// The helper handles 29 February itself.
static void AddYearSafe(SYSTEMTIME &st) {
  st.wYear++;
  if (st.wMonth == 2 && st.wDay == 29 && !isLeapYear(st))
    st.wDay = 28;
}

void CorrectPattern_safe_helper() {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  AddYearSafe(st);
  SystemTimeToFileTime(&st, &ft);
}

// The syslogd loop, fixed: a year in which the date does not exist is skipped.
bool tp_intermediaryVar_fixed(time_t t_now, const struct tm &tm_parsed, struct logtime &remote) {
  struct tm tm_now;
  int year;
  localtime_r(&t_now, &tm_now);
  remote.tm = tm_parsed;
  for (year = tm_now.tm_year + 1;; --year) {
    remote.tm.tm_year = year;
    if (remote.tm.tm_mon == 1 && remote.tm.tm_mday == 29 && !isLeapYear2(year + 1900))
      continue;
    if (mktime(&remote.tm) < t_now + 7 * 24 * 60 * 60)
      break;
  }
  return true;
}

// An out-parameter fixed up before it returns.
void CorrectPattern_out_param(SYSTEMTIME *st) {
  GetSystemTime(st);
  st->wYear += 1;
  if (st->wMonth == 2 && st->wDay == 29)
    st->wDay = 28;
}

// A static helper: its callers in this file are analyzed instead.
static void CorrectPattern_static_helper_unused(SYSTEMTIME *st) { st->wYear++; }

// Shifted in a by-value copy that is never used.
void CorrectPattern_by_value(SYSTEMTIME st) { st.wYear++; }

// The peer's "incorrect guard": the fix-up's leap test is '% 4' alone. The
// February fix-up is there, so this check is silent; the incomplete test is
// premortem-leap-year-formula's finding.
void IncorrectGuard_left_to_leap_year_formula(int yearsToAdd) {
  SYSTEMTIME st;
  FILETIME ft;
  GetSystemTime(&st);
  st.wYear += yearsToAdd;
  if (st.wMonth == 2 && st.wDay == 29) {
    bool leap = st.wYear % 4 == 0;
    if (!leap)
      st.wDay = 28;
  }
  SystemTimeToFileTime(&st, &ft);
}
