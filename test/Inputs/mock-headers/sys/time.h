/* Mock <sys/time.h>: gettimeofday. */
#ifndef MOCK_SYS_TIME_H
#define MOCK_SYS_TIME_H
#include <time.h>

struct timeval {
  time_t tv_sec;
  long tv_usec;
};
struct timezone;

#ifdef __cplusplus
extern "C" {
#endif
int gettimeofday(struct timeval *, struct timezone *);
#ifdef __cplusplus
}
#endif
#endif
