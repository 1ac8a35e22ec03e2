// RUN: %check_tidy %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers

#include <limits.h>
#include <openssl/x509.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

struct record {
  int32_t created;
  unsigned expires;
  int64_t updated;
};
void take_int(int when);
void srand(unsigned seed);

/* Narrowing a point in time into 32 bits. */
int now_as_int(void) {
  int now = time(NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'time(NULL)' is a point in time since 1970 narrowed to 32-bit 'int', which overflows in 2038 (keep it in time_t or a 64-bit integer, or check the range first) [premortem-time-truncation]
  return now;
}

void fields(struct record *r, time_t t, const struct timespec *ts) {
  r->created = t;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 't' is a point in time since 1970 narrowed to 32-bit 'int32_t' (aka 'int'), which overflows in 2038 {{.*}}
  r->expires = t + 86400;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 't + 86400' is a point in time since 1970 narrowed to 32-bit 'unsigned int', which overflows in 2106 {{.*}}
  r->updated = t;
  take_int(ts->tv_sec);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'ts->tv_sec' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
  take_int((int32_t)mktime(NULL));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'mktime(NULL)' is a point in time since 1970 cast to 32-bit 'int32_t' (aka 'int'), which overflows in 2038 {{.*}}
}

int returned(time_t t) {
  return t;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 't' is a point in time since 1970 narrowed {{.*}}
}

/* Spans, reductions, seeds: small by construction. */
int spans(time_t start, time_t timeout, const struct timespec *interval) {
  time_t now = time(NULL);
  time_t elapsed_time = now - start;
  int a = now - start;
  int b = elapsed_time;
  int c = now % 60;
  int d = now / 86400;
  int e = timeout;
  int f = interval->tv_sec;
  srand((unsigned)time(NULL));
  unsigned h = (unsigned)now ^ 0x5bd1e995u;
  return a + b + c + d + e + f + (int)h;
}

/* Range-checked conversions. */
int checked_return(time_t t) {
  if (t < 0 || t > INT_MAX)
    return -1;
  return (int)t;
}
int checked_ternary(time_t t) { return t > INT_MAX ? INT_MAX : (int)t; }
int clamped(time_t t) {
  if (t > INT_MAX)
    t = INT_MAX;
  return t;
}
int checked_on_one_path(time_t t, int strict) {
  if (strict && t > INT_MAX)
    return -1;
  return (int)t;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 't' is a point in time since 1970 cast to 32-bit 'int'{{.*}}
}
int checked_then_changed(time_t t) {
  if (t > INT_MAX)
    return -1;
  t += 3600;
  return (int)t;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 't' is a point in time since 1970 cast {{.*}}
}

/* 64-bit destinations are fine. */
int64_t wide(time_t t) {
  long l = t;
  long long ll = t;
  return l + ll;
}

/* Seconds-per-day arithmetic in int, widened afterwards. */
time_t expiry(time_t now, int days, int years) {
  time_t a = now + days * 86400;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'days * 86400' is computed in 32-bit 'int' and overflows once 'days' exceeds 24855, before it is widened to 'time_t' (aka 'long'); a span of years in seconds does not fit (cast 'days' to 'time_t' first) [premortem-time-truncation]
  time_t b = 60 * 60 * 24 * 365 * years;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '60 * 60 * 24 * 365 * years' is computed in 32-bit 'int' and overflows once 'years' exceeds 68, {{.*}}
  time_t c = now + (time_t)days * 86400;
  int d = days * 86400;
  time_t e = now + days * 60;
  /* A unit conversion of a short span (seconds to microseconds) is not a
     span of days: silent. */
  long f = days * 1000000u;
  return a + b + c + d + e + f;
}

/* long offsets of OpenSSL validity functions. */
void validity(ASN1_TIME *nb, ASN1_TIME *na, int days, time_t when) {
  X509_gmtime_adj(nb, 0);
  X509_gmtime_adj(na, (long)60 * 60 * 24 * days);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'X509_gmtime_adj' takes this offset in seconds as 'long', which has 32 bits on Windows and 32-bit targets; '(long)60 * 60 * 24 * days' overflows it for spans beyond 68 years (pass whole days as the day offset of X509_time_adj_ex or ASN1_TIME_adj) [premortem-time-truncation]
  X509_time_adj(na, when, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'X509_time_adj' takes this offset in seconds as 'long'{{.*}}
  X509_time_adj_ex(na, days, 0, NULL);
  ASN1_TIME_adj(na, when, days, 3600);
}

/* Macros: reported at the use in user code. */
#define NOW_32() ((int32_t)time(NULL))
int macro_use(void) { return NOW_32(); }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'time(NULL)' is a point in time since 1970 cast to 32-bit 'int32_t'{{.*}}

/* Seeds and 32-bit halves of a split value. */
unsigned seed_from_clock(const struct timespec *now) {
  unsigned randseed = 0;
  randseed += (unsigned)now->tv_nsec + (unsigned)now->tv_sec;
  return randseed;
}
void split(time_t t, uint32_t *hi, uint32_t *lo) {
  *hi = (uint32_t)(t >> 32);
  *lo = (uint32_t)t;
}
