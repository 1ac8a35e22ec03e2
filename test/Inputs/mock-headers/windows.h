/* Mock <windows.h>: the Win32 and NT time types and conversions. */
#ifndef MOCK_WINDOWS_H
#define MOCK_WINDOWS_H
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef int BOOL;
typedef unsigned char BOOLEAN;
typedef long LONG;
typedef unsigned long ULONG;
typedef long long LONGLONG;
typedef short CSHORT;
typedef long NTSTATUS;
typedef double DATE;
typedef void *HANDLE;
#define TRUE 1
#define FALSE 0
#define WINAPI
#define NT_SUCCESS(s) (((NTSTATUS)(s)) >= 0)

typedef struct _SYSTEMTIME {
  WORD wYear, wMonth, wDayOfWeek, wDay, wHour, wMinute, wSecond, wMilliseconds;
} SYSTEMTIME, *PSYSTEMTIME, *LPSYSTEMTIME;

typedef struct _FILETIME {
  DWORD dwLowDateTime;
  DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

typedef union _LARGE_INTEGER {
  struct { DWORD LowPart; LONG HighPart; } u;
  LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef struct _TIME_FIELDS {
  CSHORT Year, Month, Day, Hour, Minute, Second, Milliseconds, Weekday;
} TIME_FIELDS, *PTIME_FIELDS;

typedef struct _TIME_ZONE_INFORMATION { LONG Bias; } TIME_ZONE_INFORMATION;

#ifdef __cplusplus
extern "C" {
#endif
void WINAPI GetSystemTime(LPSYSTEMTIME);
void WINAPI GetLocalTime(LPSYSTEMTIME);
void WINAPI GetSystemTimeAsFileTime(LPFILETIME);
void WINAPI GetSystemTimePreciseAsFileTime(LPFILETIME);
BOOL WINAPI GetFileTime(HANDLE, LPFILETIME, LPFILETIME, LPFILETIME);
NTSTATUS NtQuerySystemTime(PLARGE_INTEGER);
void KeQuerySystemTime(PLARGE_INTEGER);
void KeQuerySystemTimePrecise(PLARGE_INTEGER);
BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *, LPFILETIME);
BOOL WINAPI FileTimeToSystemTime(const FILETIME *, LPSYSTEMTIME);
BOOL WINAPI SystemTimeToTzSpecificLocalTime(const TIME_ZONE_INFORMATION *, const SYSTEMTIME *, LPSYSTEMTIME);
BOOL WINAPI TzSpecificLocalTimeToSystemTime(const TIME_ZONE_INFORMATION *, const SYSTEMTIME *, LPSYSTEMTIME);
BOOL WINAPI FileTimeToLocalFileTime(const FILETIME *, LPFILETIME);
BOOL WINAPI LocalFileTimeToFileTime(const FILETIME *, LPFILETIME);
BOOL WINAPI DosDateTimeToFileTime(WORD, WORD, LPFILETIME);
BOOL WINAPI FileTimeToDosDateTime(const FILETIME *, WORD *, WORD *);
int WINAPI VariantTimeToSystemTime(DATE, LPSYSTEMTIME);
int WINAPI SystemTimeToVariantTime(LPSYSTEMTIME, DATE *);
BOOLEAN RtlTimeFieldsToTime(PTIME_FIELDS, PLARGE_INTEGER);
BOOLEAN RtlTimeToSecondsSince1970(PLARGE_INTEGER, ULONG *);
NTSTATUS RtlLocalTimeToSystemTime(PLARGE_INTEGER, PLARGE_INTEGER);
#ifdef __cplusplus
}
#endif
#endif
/* Sleeps and sockets (premortem-retry-without-jitter tests). */
#ifndef MOCK_WINDOWS_H_RETRY
#define MOCK_WINDOWS_H_RETRY
typedef unsigned long long SOCKET;
#define INVALID_SOCKET ((SOCKET)~0ULL)
#define SOCKET_ERROR (-1)
struct sockaddr;
#ifdef __cplusplus
extern "C" {
#endif
void WINAPI Sleep(DWORD);
DWORD WINAPI SleepEx(DWORD, BOOL);
int WINAPI WSAConnect(SOCKET, const struct sockaddr *, int, void *, void *, void *, void *);
BOOL WINAPI WinHttpSendRequest(HANDLE, const unsigned short *, DWORD, void *, DWORD, DWORD, unsigned long long);
#ifdef __cplusplus
}
#endif
// ULARGE_INTEGER (FILETIME arithmetic, as in the leap-year queries' tests).
typedef unsigned long long ULONGLONG;
typedef union _ULARGE_INTEGER {
  struct { DWORD LowPart; DWORD HighPart; };
  struct { DWORD LowPart; DWORD HighPart; } u;
  ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;
#endif
