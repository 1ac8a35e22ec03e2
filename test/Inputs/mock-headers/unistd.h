/* Mock <unistd.h>: the sleeps. */
#ifndef MOCK_UNISTD_H
#define MOCK_UNISTD_H
typedef unsigned int useconds_t;
#ifdef __cplusplus
extern "C" {
#endif
unsigned int sleep(unsigned int);
int usleep(useconds_t);
int close(int);
#ifdef __cplusplus
}
#endif
#endif
