/* The reconnection storm (2007): a patch rollout restarted millions of
   clients at once, and every one of them ran this kind of loop. They all
   failed together, slept the same 5 seconds and came back together; the
   backoff doubled in lockstep, so each wave hit the servers as one. The fix
   is a random delay: full jitter over a capped exponential backoff. */
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int try_connect(const char *host, const char *port) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, port, &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

/* Hazard: every client retries every 5 seconds. */
int login_fixed(const char *host) {
  int fd;
  while ((fd = try_connect(host, "5222")) < 0)
    sleep(5);
  return fd;
}

/* Hazard: exponential backoff without jitter; the waves stay synchronized. */
int login_exponential(const char *host) {
  unsigned delay = 1;
  for (;;) {
    int fd = try_connect(host, "5222");
    if (fd >= 0)
      return fd;
    sleep(delay);
    if (delay < 64)
      delay *= 2;
  }
}

/* Correct: full jitter, capped at 64 s. Silent. */
int login_jittered(const char *host) {
  unsigned ceiling = 1;
  for (;;) {
    int fd = try_connect(host, "5222");
    if (fd >= 0)
      return fd;
    usleep((useconds_t)(random() % (ceiling * 1000000u + 1)));
    if (ceiling < 64)
      ceiling *= 2;
  }
}

int main(int argc, char **argv) {
  const char *host = argc > 1 ? argv[1] : "localhost";
  int fd = argc > 2 ? login_fixed(host) : argc > 3 ? login_exponential(host) : login_jittered(host);
  return fd >= 0 ? 0 : 1;
}
