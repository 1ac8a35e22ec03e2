// The same loop with random jitter: nothing to report.
#include <stdlib.h>
#include <sys/socket.h>
#include "net/platform.h"
#include "net/client.h"

int client_reconnect(struct client *c) {
  for (;;) {
    if (connect(c->fd, c->addr, c->addrlen) == 0)
      return 0;
    platform_sleep_ms(1000 + rand() % 4000);
  }
}
