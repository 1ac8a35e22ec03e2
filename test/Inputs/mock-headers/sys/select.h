/* Mock <sys/select.h>. */
#ifndef MOCK_SYS_SELECT_H
#define MOCK_SYS_SELECT_H
#include <sys/time.h>
typedef struct { long bits[16]; } fd_set;
#ifdef __cplusplus
extern "C" {
#endif
int select(int, fd_set *, fd_set *, fd_set *, struct timeval *);
#ifdef __cplusplus
}
#endif
#endif
