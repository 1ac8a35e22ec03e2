// Idioms from real clients: a sleep function built on select() with a
// wake-up descriptor, a backoff computed from counters kept in a struct, a
// reconnect loop whose wait runs on every pass, cursor out-parameters, and
// failures that end the program.
// RUN: %check_tidy %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers

#include <stdlib.h>
#include <sys/select.h>
#include <unistd.h>
#include <hiredis.h>

struct client {
  int wake_fd;
  unsigned reconnects;
  unsigned reconnect_delay, reconnect_delay_max;
  int exponential;
};
int client_reconnect(struct client *c);
#define CLIENT_OK 0

/* select() on a wake-up descriptor: still a sleep, by its name. */
static int interruptible_sleep(struct client *c, long seconds) {
  struct timeval tv;
  fd_set fds;
  tv.tv_sec = seconds;
  tv.tv_usec = 0;
  return select(c->wake_fd + 1, &fds, NULL, NULL, &tv);
}

/* Linear or quadratic backoff from configuration and a counter: it grows, but
   every client grows it the same way. */
int loop_forever(struct client *c) {
  int rc;
  unsigned long delay;
  do {
    if (c->exponential)
      delay = c->reconnect_delay * (c->reconnects + 1) * (c->reconnects + 1);
    else
      delay = c->reconnect_delay * (c->reconnects + 1);
    if (delay > c->reconnect_delay_max)
      delay = c->reconnect_delay_max;
    else
      c->reconnects++;
    interruptible_sleep(c, (long)delay);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry delay grows but is not randomized{{.*}}
    rc = client_reconnect(c);
  } while (rc != CLIENT_OK);
  return rc;
}

/* The wait runs after every attempt; only a failure brings the loop back. */
redisContext *reconnect_cli(redisContext *c) {
  while (c->err) {
    redisFree(c);
    c = redisConnect("127.0.0.1", 6379);
    usleep(1000000);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 1 s with no jitter{{.*}}
  }
  return c;
}

/* Silent: a scan cursor is an out-parameter, not a status; the sleep paces
   the scan. */
int scan_next(unsigned long long *cursor);
int send_scan(unsigned long long *cursor) { return client_reconnect(0) + scan_next(cursor); }
void scan_all(unsigned interval_us) {
  unsigned long long it = 0;
  do {
    send_scan(&it);
    usleep(1000);
  } while (it != 0);
}

/* Silent: the failure of the operation ends the program, the sleep paces the
   successful passes. */
int fetch_slots(redisContext *c) {
  redisContext *n = redisConnect("cluster", 7000);
  return n != NULL && c != NULL;
}
void refresh(redisContext *c, volatile int *running) {
  while (*running) {
    sleep(1);
    if (!fetch_slots(c))
      exit(1);
  }
}

/* Silent: EAGAIN and EINTR are waits for a local resource (a full socket
   buffer, a signal), not retries against a server. */
#include <sys/socket.h>
extern int errno;
#define EAGAIN 11
#define EINTR 4
long send_all(int fd, const char *buf, size_t n) {
  long sent;
  while ((sent = send(fd, buf, n, 0)) < 0 && (errno == EAGAIN || errno == EINTR))
    usleep(1000);
  return sent;
}
