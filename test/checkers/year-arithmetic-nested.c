// Year shifts of dates nested in other structs: written in place and made by
// out-parameter helpers of the translation unit.
// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>
#include <windows.h>

struct validity {
  SYSTEMTIME start;
  SYSTEMTIME end;
};

struct job {
  int id;
  struct tm when;
};

struct period {
  struct {
    struct tm at;
  } x;
};

// ---------------------------------------------------------------------------
// Helpers that shift a nested date of the struct they are given.
// ---------------------------------------------------------------------------

static void extend_validity(struct validity *v) { v->end.wYear++; }
static void reschedule(struct job *d) { d->when.tm_year += 1; }
static void postpone(struct period *p) { p->x.at.tm_year++; }
static void extend_safe(struct validity *v) {
  v->end.wYear++;
  if (v->end.wMonth == 2 && v->end.wDay == 29)
    v->end.wDay = 28;
}
static void extend_to_new_year(struct validity *v) {
  v->end.wYear++;
  v->end.wMonth = 1;
  v->end.wDay = 1;
}

// ---------------------------------------------------------------------------
// Positives.
// ---------------------------------------------------------------------------

BOOL renew(struct validity *v, FILETIME *ft) {
  extend_validity(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'v->end' is incremented by 'extend_validity' without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-21]]:51: note: 'extend_validity' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'v->end' is used here
  return SystemTimeToFileTime(&v->end, ft);
}

BOOL renew_local(FILETIME *ft) {
  struct validity v;
  GetSystemTime(&v.start);
  v.end = v.start;
  extend_validity(&v);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'v.end' is incremented by 'extend_validity'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-32]]:51: note: 'extend_validity' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'v.end' is used here
  return SystemTimeToFileTime(&v.end, ft);
}

time_t run_next_year(struct job *j) {
  reschedule(j);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'j->when' is incremented by 'reschedule'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-39]]:41: note: 'reschedule' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'j->when' is used here
  return mktime(&j->when);
}

time_t postpone_period(struct period p) {
  postpone(&p);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'p.x.at' is incremented by 'postpone'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-46]]:42: note: 'postpone' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'p.x.at' is used here
  return mktime(&p.x.at);
}

// Written in place, through two levels of fields.
time_t in_place(struct job *d) {
  d->when.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'd->when' is incremented without handling 29 February{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'd->when' is used here
  return mktime(&d->when);
}

BOOL in_place_systemtime(struct validity s, FILETIME *ft) {
  s.start.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 's.start' is incremented without handling 29 February{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 's.start' is used here
  return SystemTimeToFileTime(&s.start, ft);
}

// ---------------------------------------------------------------------------
// Negatives.
// ---------------------------------------------------------------------------

// The helper shifts the end; only the start is used.
BOOL uses_other_field(struct validity *v, FILETIME *ft) {
  extend_validity(v);
  return SystemTimeToFileTime(&v->start, ft);
}

BOOL renew_safe(struct validity *v, FILETIME *ft) {
  extend_safe(v);
  return SystemTimeToFileTime(&v->end, ft);
}

BOOL renew_new_year(struct validity *v, FILETIME *ft) {
  extend_to_new_year(v);
  return SystemTimeToFileTime(&v->end, ft);
}

time_t run_fixed(struct job *j) {
  reschedule(j);
  if (j->when.tm_mon == 1 && j->when.tm_mday == 29)
    j->when.tm_mday = 28;
  return mktime(&j->when);
}

time_t in_place_fixed(struct job *d) {
  d->when.tm_year += 1;
  d->when.tm_mday = 1;
  return mktime(&d->when);
}
