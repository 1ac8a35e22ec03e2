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
