// POSIX retry loops in C: fixed and growing delays are reported, jittered
// ones and loops that are not retries are not.
// RUN: %check_tidy %s premortem-retry-without-jitter %t -- -nostdinc -isystem %inputs/mock-headers

#include <netdb.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <curl/curl.h>
#include <hiredis.h>

#define RETRY_SECONDS 5

/* The incident: every client reconnects on the same fixed schedule. */
int connect_forever(int fd, const struct sockaddr *addr, socklen_t len) {
  while (connect(fd, addr, len) < 0)
    sleep(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 5 s with no jitter; clients that failed together (a mass restart, an outage) retry in lockstep (randomize the delay: full jitter over a capped exponential backoff) [premortem-retry-without-jitter]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'connect' fails here and the loop tries again
  return fd;
}

/* A for loop with a bound, the delay in a macro, success leaves with break. */
int connect_bounded(int fd, const struct sockaddr *addr, socklen_t len) {
  for (int attempt = 0; attempt < 10; ++attempt) {
    if (connect(fd, addr, len) == 0)
      return 0;
    sleep(RETRY_SECONDS);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 5 s with no jitter{{.*}}
  }
  return -1;
}

/* Exponential backoff, no jitter: the delay doubles in place. */
int fetch_with_backoff(CURL *h) {
  unsigned delay_ms = 100;
  CURLcode rc;
  for (int attempt = 0; attempt < 8; ++attempt) {
    rc = curl_easy_perform(h);
    if (rc == CURLE_OK)
      break;
    usleep(delay_ms * 1000);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry delay doubles but is not randomized; clients that failed together (a mass restart, an outage) stay synchronized and retry in waves (use full jitter: a random delay between 0 and the capped backoff) [premortem-retry-without-jitter]
    delay_ms *= 2;
  }
  return rc;
}

/* Shift by the attempt counter, capped: still no jitter. */
int resolve_with_backoff(const char *host, struct addrinfo **out) {
  int attempt = 0;
  while (getaddrinfo(host, "443", 0, out) != 0) {
    unsigned d = 1u << attempt;
    if (d > 64)
      d = 64;
    sleep(d);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry delay doubles but is not randomized{{.*}}
    ++attempt;
  }
  return 0;
}

/* A flag set on success ends the loop; nanosleep with a fixed timespec. */
void redis_reconnect(redisContext **ctx) {
  int connected = 0;
  struct timespec ts;
  ts.tv_sec = 2;
  ts.tv_nsec = 0;
  while (!connected) {
    *ctx = redisConnect("cache", 6379);
    if (*ctx != NULL && !(*ctx)->err)
      connected = 1;
    else
      nanosleep(&ts, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: retry loop waits a fixed delay with no jitter{{.*}}
  }
}

/* The delay comes from a helper of this file: data flow follows it. */
static unsigned retry_delay(int attempt) { return attempt < 3 ? 1 : 10; }
static unsigned jittered_delay(int attempt) {
  unsigned cap = 1u << (attempt < 6 ? attempt : 6);
  return (unsigned)(rand() % (cap + 1));
}

int send_with_helper(int fd, const char *buf, size_t n) {
  for (int i = 0; i < 5; ++i) {
    if (send(fd, buf, n, 0) >= 0)
      return 0;
    sleep(retry_delay(i));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop waits a fixed delay with no jitter{{.*}}
  }
  return -1;
}

/* A project function that connects is an operation too; select used as a
   sleep. */
static int open_session(const char *host) {
  struct addrinfo *ai;
  if (getaddrinfo(host, "80", 0, &ai) != 0)
    return -1;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ? fd : -1;
}

int session_loop(const char *host) {
  int fd;
  while ((fd = open_session(host)) < 0) {
    struct timeval tv = {3, 0};
    select(0, NULL, NULL, NULL, &tv);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop waits a fixed delay with no jitter{{.*}}
  }
  return fd;
}

/* poll with no descriptors is a sleep. */
int poll_sleep_retry(int fd, const struct sockaddr *addr, socklen_t len) {
  for (;;) {
    if (connect(fd, addr, len) == 0)
      return fd;
    poll(NULL, 0, 250);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop retries every 250 ms with no jitter{{.*}}
  }
}

/* A reconnect loop around a session: connect failures wait, sessions run. */
void reconnect_around_session(int fd, const struct sockaddr *addr, socklen_t len,
                              volatile int *stop) {
  while (!*stop) {
    if (connect(fd, addr, len) < 0) {
      sleep(10);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: retry loop retries every 10 s with no jitter{{.*}}
      continue;
    }
    char buf[64];
    while (recv(fd, buf, sizeof buf, 0) > 0) {
    }
  }
}

/* A wrapper that sleeps for its parameter: silent inside, reported at a
   retry loop that passes a constant. */
static void pause_seconds(unsigned s) { sleep(s); }

int connect_with_wrapper(int fd, const struct sockaddr *addr, socklen_t len) {
  while (connect(fd, addr, len) != 0)
    pause_seconds(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: retry loop waits a fixed delay with no jitter{{.*}}
  return fd;
}

/* ---- silent ---- */

/* Full jitter: the delay is drawn from a random source. */
int connect_full_jitter(int fd, const struct sockaddr *addr, socklen_t len) {
  unsigned cap_ms = 30000, base_ms = 100;
  for (int attempt = 0;; ++attempt) {
    if (connect(fd, addr, len) == 0)
      return fd;
    unsigned ceiling = base_ms << (attempt < 8 ? attempt : 8);
    if (ceiling > cap_ms)
      ceiling = cap_ms;
    usleep(arc4random_uniform(ceiling + 1) * 1000);
  }
}

/* Equal jitter through a variable and arithmetic. */
int connect_equal_jitter(int fd, const struct sockaddr *addr, socklen_t len) {
  unsigned v = 1000;
  while (connect(fd, addr, len) < 0) {
    unsigned half = v / 2;
    unsigned wait = half + (unsigned)(drand48() * half);
    usleep(wait * 1000);
    if (v < 64000)
      v *= 2;
  }
  return fd;
}

/* Decorrelated jitter in a helper of this file. */
int send_jittered_helper(int fd, const char *buf, size_t n) {
  for (int i = 0; i < 5; ++i) {
    if (send(fd, buf, n, 0) >= 0)
      return 0;
    sleep(jittered_delay(i));
  }
  return -1;
}

/* The duration is a parameter: the caller decides. */
int connect_every(int fd, const struct sockaddr *addr, socklen_t len, unsigned secs) {
  while (connect(fd, addr, len) < 0)
    sleep(secs);
  return fd;
}

/* ...and a caller that is not a retry loop passes a constant: silent. */
int start(int fd, const struct sockaddr *addr, socklen_t len) {
  return connect_every(fd, addr, len, 5);
}

/* Polling local state: no operation that can fail. */
extern volatile int ready;
void wait_ready(void) {
  while (!ready)
    usleep(1000);
}

/* A heartbeat: the send succeeds and the loop goes on; a failure leaves. */
void heartbeat(int fd, volatile int *running) {
  while (*running) {
    if (send(fd, "ping", 4, 0) < 0)
      break;
    sleep(30);
  }
}

/* A receive loop that backs off on errors but does not leave on success is
   a worker loop, not a retry. */
void worker(int fd, volatile int *running) {
  char buf[512];
  while (*running) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n < 0) {
      sleep(1);
      continue;
    }
    buf[0] = 0;
  }
}

/* A failed connect gives up; the sleep paces successful polls. */
int poll_remote(int fd, const struct sockaddr *addr, socklen_t len) {
  for (;;) {
    if (connect(fd, addr, len) < 0)
      return -1;
    close(fd);
    sleep(60);
  }
}

/* Delay from a function defined elsewhere: may be jittered, not reported. */
unsigned next_backoff_ms(void *state);
int connect_opaque(int fd, const struct sockaddr *addr, socklen_t len, void *b) {
  while (connect(fd, addr, len) < 0)
    usleep(next_backoff_ms(b) * 1000);
  return fd;
}
