/* Mock <sys/socket.h>: the socket calls a client retries. */
#ifndef MOCK_SYS_SOCKET_H
#define MOCK_SYS_SOCKET_H
#include <stddef.h>
typedef unsigned int socklen_t;
typedef long ssize_t;
struct sockaddr { unsigned short sa_family; char sa_data[14]; };
#define AF_INET 2
#define SOCK_STREAM 1
#ifdef __cplusplus
extern "C" {
#endif
int socket(int, int, int);
int connect(int, const struct sockaddr *, socklen_t);
ssize_t send(int, const void *, size_t, int);
ssize_t recv(int, void *, size_t, int);
#ifdef __cplusplus
}
#endif
#endif
