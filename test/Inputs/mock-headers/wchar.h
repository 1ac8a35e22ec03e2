/* Mock <wchar.h>. */
#ifndef MOCK_WCHAR_H
#define MOCK_WCHAR_H
#include <stddef.h>
struct tm;
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifdef __cplusplus
extern "C" {
#endif
size_t wcsftime(wchar_t *, size_t, const wchar_t *, const struct tm *);
#ifdef __cplusplus
}
#endif
#endif
