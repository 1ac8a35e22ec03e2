// FlagBusyReconnect: reconnect loops with no delay at all.
// RUN: %check_tidy --check-suffix BUSY --config '{CheckOptions: {premortem-retry-without-jitter.FlagBusyReconnect: true}}' %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

int busy(int fd, const struct sockaddr *addr, socklen_t len) {
  while (connect(fd, addr, len) < 0) {
    // CHECK-MESSAGES-BUSY: :[[@LINE-1]]:10: warning: reconnect loop calls 'connect' again at once after a failure, with no delay; when the server is down every client hammers it in a tight loop (wait a randomized, capped backoff between attempts) [premortem-retry-without-jitter]
  }
  return fd;
}

int busy_for(int fd, const struct sockaddr *addr, socklen_t len) {
  for (;;) {
    if (connect(fd, addr, len) == 0)
      break;
    // CHECK-MESSAGES-BUSY: :[[@LINE-2]]:9: warning: reconnect loop calls 'connect' again at once{{.*}}
  }
  return fd;
}

/* Silent even with the option: a bounded number of attempts. */
int bounded(int fd, const struct sockaddr *addr, socklen_t len) {
  for (int i = 0; i < 3; ++i)
    if (connect(fd, addr, len) == 0)
      return fd;
  return -1;
}

/* Silent: poll on a descriptor paces the loop. */
int paced(int fd, const struct sockaddr *addr, socklen_t len, struct pollfd *p) {
  while (connect(fd, addr, len) < 0)
    poll(p, 1, 1000);
  return fd;
}

/* Silent: a failure gives up. */
int once(int fd, const struct sockaddr *addr, socklen_t len) {
  while (1) {
    if (connect(fd, addr, len) < 0)
      return -1;
    close(fd);
  }
}
