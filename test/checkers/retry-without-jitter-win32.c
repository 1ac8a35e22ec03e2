// Win32 retry loops: Sleep and SleepEx, SOCKET_ERROR and WinHTTP.
// RUN: %check_tidy %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers

#include <stdlib.h>
#include <windows.h>

int connect_win(SOCKET s, const struct sockaddr *addr, int len) {
  while (WSAConnect(s, addr, len, 0, 0, 0, 0) == SOCKET_ERROR)
    Sleep(5000);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 5 s with no jitter{{.*}}
  return 0;
}

BOOL send_request(HANDLE req) {
  DWORD wait = 250;
  for (int i = 0; i < 6; ++i) {
    if (WinHttpSendRequest(req, 0, 0, 0, 0, 0, 0))
      return TRUE;
    SleepEx(wait, FALSE);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry delay doubles but is not randomized{{.*}}
    wait = wait * 2;
  }
  return FALSE;
}

/* Silent: jitter from rand(). */
BOOL send_request_jittered(HANDLE req) {
  DWORD cap = 250;
  for (int i = 0; i < 6; ++i) {
    if (WinHttpSendRequest(req, 0, 0, 0, 0, 0, 0))
      return TRUE;
    Sleep((DWORD)rand() % cap);
    cap *= 2;
  }
  return FALSE;
}

/* Silent: a service loop that sleeps between polls of local state. */
extern volatile LONG g_stop;
void service_main(void) {
  while (!g_stop)
    Sleep(1000);
}
