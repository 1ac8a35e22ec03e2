// NoCrash: code that does not compile must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers

#include <sys/socket.h>
#include <unistd.h>

void invalid(int fd, const struct sockaddr *a, socklen_t n) {
  while (connect(fd, a, n) < 0)
    undeclared_sleep(5);
  for (;;) {
    if (connect(fd, a, n, 1) == 0)
      break;
    sleep(1 +);
  }
  while (connect(fd, missing, n) < 0)
    sleep(delay_unknown);
}
