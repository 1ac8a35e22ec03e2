/* Mock <stdio.h>. */
#ifndef MOCK_STDIO_H
#define MOCK_STDIO_H
#include <stddef.h>
typedef struct FILE FILE;
#ifdef __cplusplus
extern "C" {
#endif
extern FILE *stderr;
int printf(const char *, ...);
int fprintf(FILE *, const char *, ...);
int sprintf(char *, const char *, ...);
int snprintf(char *, size_t, const char *, ...);
int puts(const char *);
int fputs(const char *, FILE *);
void perror(const char *);
int sscanf(const char *, const char *, ...);
#ifdef __cplusplus
}
#endif
#endif
