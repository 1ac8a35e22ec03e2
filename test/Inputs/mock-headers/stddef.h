/* Mock <stddef.h> for premortem tests: no system headers are used. */
#ifndef MOCK_STDDEF_H
#define MOCK_STDDEF_H
typedef __SIZE_TYPE__ size_t;
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif
