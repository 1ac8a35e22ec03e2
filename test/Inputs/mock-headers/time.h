/* Mock <time.h>: ISO C, POSIX and the MSVC CRT time functions. */
#ifndef MOCK_TIME_H
#define MOCK_TIME_H
#include <stddef.h>

typedef long time_t;
typedef long __time32_t;
typedef long long __time64_t;
typedef int errno_t;

struct tm {
  int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
};

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};
typedef int clockid_t;
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define TIME_UTC 1

#ifdef __cplusplus
extern "C" {
#endif
time_t time(time_t *);
int clock_gettime(clockid_t, struct timespec *);
int timespec_get(struct timespec *, int);
time_t mktime(struct tm *);
time_t timegm(struct tm *);
struct tm *gmtime(const time_t *);
struct tm *localtime(const time_t *);
struct tm *gmtime_r(const time_t *, struct tm *);
struct tm *localtime_r(const time_t *, struct tm *);
char *ctime(const time_t *);
char *asctime(const struct tm *);
char *ctime_r(const time_t *, char *);
char *asctime_r(const struct tm *, char *);
char *strptime(const char *, const char *, struct tm *);
size_t strftime(char *, size_t, const char *, const struct tm *);

/* Microsoft C runtime */
time_t _mkgmtime(struct tm *);
__time32_t _mkgmtime32(struct tm *);
__time64_t _mkgmtime64(struct tm *);
__time32_t _mktime32(struct tm *);
__time64_t _mktime64(struct tm *);
errno_t gmtime_s(struct tm *, const time_t *);
errno_t localtime_s(struct tm *, const time_t *);
errno_t _gmtime32_s(struct tm *, const __time32_t *);
errno_t _gmtime64_s(struct tm *, const __time64_t *);
errno_t _localtime32_s(struct tm *, const __time32_t *);
errno_t _localtime64_s(struct tm *, const __time64_t *);
errno_t ctime_s(char *, size_t, const time_t *);
errno_t asctime_s(char *, size_t, const struct tm *);
struct tm *_gmtime32(const __time32_t *);
struct tm *_gmtime64(const __time64_t *);
struct tm *_localtime32(const __time32_t *);
struct tm *_localtime64(const __time64_t *);
char *_ctime32(const __time32_t *);
char *_ctime64(const __time64_t *);
#ifdef __cplusplus
}
#endif
#endif
/* nanosleep (premortem-retry-without-jitter tests). */
#ifndef MOCK_TIME_H_NANOSLEEP
#define MOCK_TIME_H_NANOSLEEP
#ifdef __cplusplus
extern "C" {
#endif
int nanosleep(const struct timespec *, struct timespec *);
#ifdef __cplusplus
}
#endif
#endif
