// NoCrash: odd but valid code: K&R declarations, calls through pointers,
// waits without arguments, recursion in delay helpers.
// RUN: %check_tidy %s premortem-retry-without-jitter %t -- -std=gnu17 -nostdinc -Wno-deprecated-non-prototype

typedef unsigned int socklen_t;
struct sockaddr;
int connect();                  /* K&R */
unsigned sleep();               /* K&R */
int (*connect_ptr)(int, const struct sockaddr *, socklen_t);

/* Recursion: the delay cannot be followed to its end, so it is not judged. */
static unsigned loop_delay(int n) { return n > 0 ? loop_delay(n - 1) : 1; }

void NoCrash(int fd, const struct sockaddr *a, socklen_t n) {
  while (connect(fd, a, n) < 0)
    sleep(loop_delay(3));
  while (connect_ptr(fd, a, n) < 0)
    sleep(1);
  while (connect(fd, a, n) < 0)
    sleep();
  while (connect(fd, a, n) < 0)
    sleep(({ int d = 2; d; }));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop {{.*}}with no jitter{{.*}}
}
