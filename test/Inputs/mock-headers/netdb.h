/* Mock <netdb.h>: name resolution. */
#ifndef MOCK_NETDB_H
#define MOCK_NETDB_H
#include <sys/socket.h>
struct addrinfo { int ai_flags; struct sockaddr *ai_addr; socklen_t ai_addrlen; struct addrinfo *ai_next; };
#ifdef __cplusplus
extern "C" {
#endif
int getaddrinfo(const char *, const char *, const struct addrinfo *, struct addrinfo **);
void freeaddrinfo(struct addrinfo *);
#ifdef __cplusplus
}
#endif
#endif
