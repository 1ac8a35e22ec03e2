// Held-out shapes: 2038 truncations fixed in real projects (GOOD: silent,
// BAD: reported), and the correct idioms next to them.
// RUN: %check_tidy %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

struct session {
  int32_t created;  /* BAD when it holds a time_t */
  uint32_t expires; /* BAD: wraps in 2106 */
  int64_t touched;  /* GOOD */
  int ttl;          /* GOOD: a span */
};

/* BAD */
int bad_now(void) {
  int t = time(NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'time(NULL)' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
  return t;
}
void bad_fields(struct session *s, time_t now) {
  s->created = now;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'now' is a point in time since 1970 narrowed to 32-bit 'int32_t'{{.*}}
  s->expires = now + s->ttl;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'now + s->ttl' is a point in time since 1970 narrowed to 32-bit 'uint32_t' (aka 'unsigned int'), which overflows in 2106{{.*}}
}
int bad_timeval(void) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  int secs = tv.tv_sec;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'tv.tv_sec' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
  return secs;
}
int bad_millis(const struct timeval *tv) {
  return (int)(tv->tv_sec * 1000 + tv->tv_usec / 1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'tv->tv_sec * 1000 + tv->tv_usec / 1000' is a point in time since 1970 cast to 32-bit 'int'{{.*}}
}
void bad_print(void) {
  printf("%d\n", (int)time(NULL));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'time(NULL)' is a point in time since 1970 cast to 32-bit 'int'{{.*}}
}
void take_stamp(int32_t stamp);
void bad_argument(const struct timespec *ts) {
  take_stamp(ts->tv_sec);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'ts->tv_sec' is a point in time since 1970 narrowed to 32-bit 'int32_t'{{.*}}
}
time_t bad_years(time_t now, int years) {
  return now + years * 365 * 24 * 60 * 60;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'years * 365 * 24 * 60 * 60' is computed in 32-bit 'int' and overflows once 'years' exceeds 68{{.*}}
}

/* GOOD */
void good_fields(struct session *s, time_t now) {
  s->touched = now;
  s->ttl = (int)(s->touched + 3600 - now);
}
int good_elapsed(time_t start) {
  int elapsed = (int)(time(NULL) - start);
  time_t deadline = start + 30;
  int remaining = deadline - time(NULL);
  return elapsed + remaining;
}
int good_parts(time_t t, const struct timeval *tv) {
  int days = t / 86400;
  int hour = (t % 86400) / 3600;
  int ms = tv->tv_usec / 1000;
  return days + hour + ms;
}
int64_t good_wide(void) {
  int64_t t = time(NULL);
  long l = time(NULL);
  long long ll = time(NULL);
  return t + l + ll;
}
int good_checked(time_t t) {
  if (t < 0 || t > INT32_MAX)
    return -1;
  return (int)t;
}
void good_seed(void) { srand(time(NULL)); }
time_t good_years(time_t now, int years) { return now + (time_t)years * 365 * 24 * 60 * 60; }
