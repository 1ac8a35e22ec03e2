/* Mock <stdlib.h>. */
#ifndef MOCK_STDLIB_H
#define MOCK_STDLIB_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
__attribute__((noreturn)) void abort(void);
__attribute__((noreturn)) void exit(int);
#ifdef __cplusplus
}
#endif
#define EXIT_FAILURE 1
#ifdef __cplusplus
extern "C"
#endif
char *getenv(const char *);
#endif
/* Random sources (premortem-retry-without-jitter tests). */
#ifndef MOCK_STDLIB_RANDOM
#define MOCK_STDLIB_RANDOM
#ifdef __cplusplus
extern "C" {
#endif
int rand(void);
void srand(unsigned);
long random(void);
double drand48(void);
unsigned arc4random(void);
unsigned arc4random_uniform(unsigned);
#ifdef __cplusplus
}
#endif
#define RAND_MAX 2147483647
#endif
