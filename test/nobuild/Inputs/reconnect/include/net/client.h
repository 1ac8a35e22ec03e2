#ifndef NET_CLIENT_H
#define NET_CLIENT_H
#include <sys/socket.h>
struct client {
  int fd;
  const struct sockaddr *addr;
  socklen_t addrlen;
};
#endif
