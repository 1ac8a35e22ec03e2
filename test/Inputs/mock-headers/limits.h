/* Mock <limits.h>. */
#ifndef MOCK_LIMITS_H
#define MOCK_LIMITS_H
#define INT_MAX 2147483647
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX 4294967295U
#define INT32_MAX INT_MAX
#endif
