// RUN: %check_tidy %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// ---------------------------------------------------------------------------
// (b) NULL results of gmtime/localtime/ctime/asctime used without a check.
// ---------------------------------------------------------------------------

int direct_arrow(time_t t) {
  return gmtime(&t)->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}

struct tm direct_copy(time_t t) {
  struct tm copy = *localtime(&t);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'localtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  return copy;
}

void direct_consumers(time_t t, char *buf, size_t n) {
  strftime(buf, n, "%F", localtime(&t));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'localtime' can return NULL when it cannot convert the time, and passing its result to 'strftime' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  printf("now: %s", ctime(&t));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'ctime' can return NULL when it cannot convert the time, and passing its result to 'printf' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  n = strlen(asctime(gmtime(&t)));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'asctime' can return NULL when it cannot convert the time, and passing its result to 'strlen' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: 'gmtime' can return NULL when it cannot convert the time, and passing its result to 'asctime' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  strcpy(buf, ctime(&t));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ctime' can return NULL when it cannot convert the time, and passing its result to 'strcpy' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}

int variable_unchecked(time_t t) {
  struct tm *p = gmtime(&t);
  return p->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'p' may be NULL here: 'gmtime' returns NULL when it cannot convert the time, and dereferencing 'p' crashes the program (check 'p' for NULL on every path) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'p' is set from 'gmtime' here
}

// The check is skipped on one path.
int variable_partly_checked(time_t t, int strict) {
  struct tm *p = localtime(&t);
  if (strict && !p)
    return -1;
  return p->tm_mon;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'p' may be NULL here: 'localtime' returns NULL when it cannot convert the time, and dereferencing 'p' crashes the program (check 'p' for NULL on every path) [premortem-unchecked-time-conversion]
}

// The use comes before the check.
int variable_checked_too_late(time_t t) {
  struct tm *p = gmtime(&t);
  int year = p->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'p' may be NULL here: {{.*}}
  if (!p)
    return -1;
  return year;
}

// Only the NULL branch reaches the use.
void variable_wrong_branch(time_t t, char *out) {
  const char *s = ctime(&t);
  if (s == NULL)
    strcpy(out, s);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 's' may be NULL here: 'ctime' returns NULL when it cannot convert the time, and passing 's' to 'strcpy' crashes the program (check 's' for NULL on every path) [premortem-unchecked-time-conversion]
}

// ---------------------------------------------------------------------------
// (b) correct idioms: NULL-checked on every path.
// ---------------------------------------------------------------------------

int early_return(time_t t) {
  struct tm *p = gmtime(&t);
  if (!p)
    return -1;
  return p->tm_year;
}

int guarded_block(time_t t) {
  struct tm *p = gmtime(&t);
  if (p) {
    return p->tm_year;
  }
  return 0;
}

void assigned_then_compared(time_t t) {
  struct tm *p;
  p = gmtime(&t);
  if (p == NULL) {
    puts("out of range");
    return;
  }
  printf("%d\n", p->tm_mon);
}

int assigned_in_condition(time_t t) {
  struct tm *p;
  if ((p = localtime(&t)) == NULL)
    abort();
  return p->tm_mday;
}

int short_circuit(time_t t) {
  struct tm *p = gmtime(&t);
  if (p != NULL && p->tm_year > 100)
    return 1;
  if (!p || p->tm_mon == 1)
    return 0;
  return p ? p->tm_mday : -1;
}

int exits(time_t t) {
  struct tm *p = gmtime(&t);
  if (NULL == p) {
    perror("gmtime");
    exit(EXIT_FAILURE);
  }
  return p->tm_year;
}

int asserted(time_t t) {
  struct tm *p = localtime(&t);
  assert(p != NULL);
  return p->tm_hour;
}

int loop_until_valid(time_t *times, int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) {
    struct tm *p = gmtime(&times[i]);
    if (!p)
      continue;
    sum += p->tm_year;
  }
  return sum;
}

int goto_cleanup(time_t t) {
  int rc = -1;
  struct tm *p = gmtime(&t);
  if (p == 0)
    goto out;
  rc = p->tm_year;
out:
  return rc;
}

void reassigned_before_use(time_t t, struct tm *fallback) {
  struct tm *p = gmtime(&t);
  if (!p)
    p = fallback;
  printf("%d\n", p->tm_year);
}

// Returned or passed on: the caller decides.
struct tm *passed_on(time_t t) { return gmtime(&t); }
struct tm *passed_on_var(time_t t) {
  struct tm *p = localtime(&t);
  return p;
}
void keep(struct tm *p);
void passed_to_unknown(time_t t) { keep(gmtime(&t)); }
void printed_pointer(time_t t) { printf("%p\n", (void *)gmtime(&t)); }

// An opaque test of the pointer counts as a check.
int valid(const struct tm *p);
int opaque_check(time_t t) {
  struct tm *p = gmtime(&t);
  if (!valid(p))
    return -1;
  return p->tm_year;
}

// ---------------------------------------------------------------------------
// (a) ignored results after the input was built or shifted.
// ---------------------------------------------------------------------------

void mktime_year_shift(struct tm *tm) {
  tm->tm_year++;
  mktime(tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; 'mktime' does not fail on 29 February of a non-leap year, it silently moves the date to 1 March (clamp the day to the target month, then check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm->tm_year' is shifted here
}

time_t timegm_month_shift(time_t now) {
  struct tm next;
  gmtime_r(&now, &next);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'next' is read afterwards; it returns NULL when the conversion fails and leaves 'next' unset (check the result before reading 'next') [premortem-unchecked-time-conversion]
  next.tm_mon = next.tm_mon + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'next' is read here
  timegm(&next);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'timegm' is ignored after 'next.tm_mon' was shifted; 'timegm' does not fail on a day past the end of the month, it silently moves the date into the next month (clamp the day to the target month, then check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'next.tm_mon' is shifted here
  return 0;
}

// The Azure 2012 shape: a copy of today with the year shifted.
void year_from_other(const struct tm *now, struct tm *end) {
  end->tm_year = now->tm_year + 1;
  mktime(end);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'end->tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'end->tm_year' is shifted here
}

// Normalizing on purpose: days added, fields set, representation offsets.
void mktime_normalize_days(struct tm *tm) {
  tm->tm_mday += 7;
  mktime(tm);
}
void mktime_fields_set(int y, int m, int d) {
  struct tm tm = {0};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  tm.tm_isdst = -1;
  mktime(&tm);
}

void first_of_next_month(struct tm *tm) {
  tm->tm_mon += 1;
  tm->tm_mday = 1;
  mktime(tm);
}
void last_of_this_month(struct tm *tm) {
  tm->tm_mday = 0;
  tm->tm_mon++;
  mktime(tm);
}

// Explicitly 29 February, then a year later.
void built_leap_day(void) {
  struct tm tm = {.tm_year = 112, .tm_mon = 1, .tm_mday = 29};
  tm.tm_year++;
  mktime(&tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'tm.tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm.tm_year' is shifted here
}

// Shifted after the call, or in another branch: does not reach it.
void shift_after(struct tm *tm, int later) {
  if (later) {
    tm->tm_year += 1;
    return;
  }
  mktime(tm);
  tm->tm_year -= 1;
}

// Shifted inside a loop: reaches the next iteration's call.
void shift_in_loop(struct tm *tm, int n) {
  for (int i = 0; i < n; ++i) {
    mktime(tm);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; {{.*}}
    tm->tm_year += 1;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'tm->tm_year' is shifted here
  }
}

// ---------------------------------------------------------------------------
// Checked results: compared, tested, stored and tested, returned, voided.
// ---------------------------------------------------------------------------

int checked_compare(struct tm *tm) {
  tm->tm_year += 1;
  if (mktime(tm) == (time_t)-1)
    return -1;
  return 0;
}

time_t checked_return(struct tm *tm) {
  tm->tm_year += 1;
  return timegm(tm);
}

int checked_stored(struct tm *tm) {
  tm->tm_year += 1;
  time_t t = mktime(tm);
  if (t == -1)
    return -1;
  return 0;
}

time_t checked_stored_assign(struct tm *tm) {
  time_t t;
  tm->tm_year += 1;
  t = mktime(tm);
  return t;
}

void checked_void(struct tm *tm) {
  tm->tm_year += 1;
  (void)mktime(tm);
}

int checked_out_param(time_t t) {
  struct tm tm;
  if (localtime_r(&t, &tm) == NULL)
    return -1;
  return tm.tm_yday;
}

int checked_stored_pointer(time_t t) {
  struct tm tm;
  struct tm *ok = gmtime_r(&t, &tm);
  if (!ok)
    return -1;
  return tm.tm_year;
}

// Stored but never looked at: still ignored.
void stored_never_read(struct tm *tm) {
  tm->tm_year += 1;
  time_t unused = mktime(tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm->tm_year' is shifted here
}

// ---------------------------------------------------------------------------
// (c) out-parameters read after an ignored failure.
// ---------------------------------------------------------------------------

void out_param_read(time_t t, char *buf, size_t n) {
  struct tm tm;
  localtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'localtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  strftime(buf, n, "%F", &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: note: 'tm' is read here
}

int parse_and_read(const char *text) {
  struct tm tm;
  strptime(text, "%Y-%m-%d", &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'strptime' is ignored but 'tm' is read afterwards; it returns NULL when the conversion fails and leaves 'tm' unset (check the result before reading 'tm') [premortem-unchecked-time-conversion]
  return tm.tm_year;
}

// Output not read afterwards, overwritten first, or handed to the caller.
void out_param_unread(time_t t) {
  struct tm tm;
  gmtime_r(&t, &tm);
}
int out_param_overwritten(time_t t, const struct tm *fallback) {
  struct tm tm;
  gmtime_r(&t, &tm);
  tm = *fallback;
  return tm.tm_year;
}
void out_param_to_caller(time_t t, struct tm *out) { gmtime_r(&t, out); }
int out_param_reconverted(time_t t) {
  struct tm tm;
  localtime_r(&t, &tm);
  if (!gmtime_r(&t, &tm))
    return -1;
  return tm.tm_year;
}

// ---------------------------------------------------------------------------
// Macros: warn at the spelling in user code.
// ---------------------------------------------------------------------------

#define YEAR_OF(t) (gmtime(&(t))->tm_year + 1900)
#define NEXT_YEAR(tm) ((tm)->tm_year += 1, mktime(tm))
#define UNUSED(x) ((void)(x))
#define CHECKED(x) do { if (!(x)) abort(); } while (0)

int macro_body(time_t t) {
  return YEAR_OF(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gmtime' can return NULL {{.*}}
}

void macro_comma(struct tm *tm) {
  NEXT_YEAR(tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'tm->tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'tm->tm_year' is shifted here
}

#define SHOW(x) printf("%d\n", (x))

void macro_argument(time_t t) {
  SHOW(localtime(&t)->tm_mday);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'localtime' can return NULL {{.*}}
}

void macro_void_and_checked(struct tm *tm, time_t t) {
  tm->tm_year += 1;
  UNUSED(mktime(tm));
  CHECKED(localtime_r(&t, tm));
}
