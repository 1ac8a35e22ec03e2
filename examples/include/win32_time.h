/* The few Win32 time declarations the examples use, so they compile on Linux
   exactly as they would against <windows.h>. */
#ifndef PREMORTEM_EXAMPLES_WIN32_TIME_H
#define PREMORTEM_EXAMPLES_WIN32_TIME_H
typedef int BOOL;
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef struct _SYSTEMTIME {
  WORD wYear, wMonth, wDayOfWeek, wDay, wHour, wMinute, wSecond, wMilliseconds;
} SYSTEMTIME;
typedef struct _FILETIME {
  DWORD dwLowDateTime, dwHighDateTime;
} FILETIME;
#ifdef __cplusplus
extern "C" {
#endif
void GetSystemTime(SYSTEMTIME *lpSystemTime);
BOOL SystemTimeToFileTime(const SYSTEMTIME *lpSystemTime, FILETIME *lpFileTime);
BOOL FileTimeToSystemTime(const FILETIME *lpFileTime, SYSTEMTIME *lpSystemTime);
#ifdef __cplusplus
}
#endif
#endif
