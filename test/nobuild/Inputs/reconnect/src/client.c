// A broker client's reconnect loop; the sleep wrapper comes from the
// project's platform layer, whose header is generated per target (absent).
#include <sys/socket.h>
#include "net/platform.h"
#include "net/client.h"

int client_reconnect(struct client *c) {
  for (;;) {
    if (connect(c->fd, c->addr, c->addrlen) == 0)
      return 0;
    platform_sleep_ms(5000);
  }
}
