/* Mock <stdint.h>. */
#ifndef MOCK_STDINT_H
#define MOCK_STDINT_H
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef int int32_t;
typedef unsigned int uint32_t;
#endif
