// Deliberate 32-bit timestamps (wire formats, packed words, masks) and spans
// built from points in time kept in plain 'long' locals: silent. Modeled on
// chrony (util.c, clientlog.c) and openssl (apps/s_time.c).
// RUN: %check_tidy %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers

#include <arpa/inet.h>
#include <stdint.h>
#include <time.h>

typedef struct { uint32_t hi, lo; } NTP_int64;
#define JAN_1970 0x83aa7e80UL

/* chrony UTI_TimespecToNtp64: NTP seconds are a 32-bit era field. */
void to_ntp64(const struct timespec *src, NTP_int64 *dest) {
  uint32_t hi, lo, sec, nsec;
  sec = (uint32_t)src->tv_sec;
  nsec = (uint32_t)src->tv_nsec;
  if (!nsec && !sec) {
    hi = lo = 0;
  } else {
    hi = htonl(sec + JAN_1970);
    lo = htonl(nsec);
  }
  dest->hi = hi;
  dest->lo = lo;
}

/* chrony get_ts_from_timespec: a compact timestamp packed with fractions. */
#define TS_FRAC 4
uint32_t compact_ts(struct timespec *ts) {
  uint32_t sec = ts->tv_sec, nsec = ts->tv_nsec;
  return sec << TS_FRAC | (nsec >> 15) >> (32 - TS_FRAC);
}

/* Passed straight to a byte-order function, or masked first. */
void header(uint32_t *out, time_t now) {
  out[0] = htonl(now);
  out[1] = htobe32(now + 60);
  out[2] = (uint32_t)(now & 0xffffffff);
  out[3] = (uint32_t)now & 0xffffffffu;
}

/* openssl apps/s_time.c: the end of a short benchmark window kept in a long;
   the seconds left are a span. */
#define SECONDS 30
int benchmark(int maxtime) {
  long finishtime = 0;
  int i;
  finishtime = (long)time(NULL) + maxtime;
  for (;;) {
    if (finishtime < (long)time(NULL))
      break;
  }
  i = (int)((long)time(NULL) - finishtime + maxtime);
  return i;
}

/* Still reported: a 32-bit copy that is stored, not packed; a signed local
   shifted (not a wire word); a long local holding the time narrowed. */
struct rec { int32_t when; };
void stored(struct rec *r, const struct timespec *ts) {
  uint32_t sec = ts->tv_sec;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'ts->tv_sec' is a point in time since 1970 narrowed to 32-bit 'uint32_t' (aka 'unsigned int'), which overflows in 2106 {{.*}}
  r->when = sec;
}
int shifted_signed(time_t t) {
  int s = t;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 't' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
  return s << 2;
}
int long_local(void) {
  long start = time(NULL);
  int stamp = start;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'start' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
  return stamp;
}
int long_local_span(void) {
  long start = time(NULL);
  long deadline = start + 30;
  return (int)(deadline - time(NULL));
}

/* Not points in time since 1970. busybox monotonic_sec: seconds of a
   monotonic clock are an uptime. */
unsigned monotonic_sec(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec;
}
void get_mono(struct timespec *ts);
unsigned monotonic_sec_helper(void) {
  struct timespec ts;
  get_mono(&ts);
  return ts.tv_sec;
}
int realtime_sec(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return ts.tv_sec;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'ts.tv_sec' is a point in time since 1970 narrowed to 32-bit 'int'{{.*}}
}

/* busybox mkfs_vfat: a volume serial number seeded by the clock. */
uint32_t volume_id;
void make_volume_id(void) { volume_id = time(NULL); }

/* util-linux parse-datetime: a loop counter bounded by 3 times a quarter. */
time_t probe_quarters(time_t start) {
  for (int quarter = 1; quarter <= 3; quarter++) {
    time_t probe = start + quarter * (90 * 24 * 60 * 60);
    if (probe > start)
      return probe;
  }
  for (int years = 0; years < 100; years++) {
    time_t probe = start + years * 365 * 86400;
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'years * 365 * 86400' is computed in 32-bit 'int'{{.*}}
    if (probe > start)
      return probe;
  }
  return start;
}

/* A broken-down field holds a part of a date. */
void to_fields(struct tm *tm, const struct timespec *seconds) { tm->tm_sec = seconds->tv_sec; }
