/* Mock <hiredis.h>: connect and command. */
#ifndef MOCK_HIREDIS_H
#define MOCK_HIREDIS_H
typedef struct redisContext { int err; char errstr[128]; } redisContext;
#define REDIS_OK 0
#define REDIS_ERR -1
#ifdef __cplusplus
extern "C" {
#endif
redisContext *redisConnect(const char *, int);
int redisReconnect(redisContext *);
void redisFree(redisContext *);
#ifdef __cplusplus
}
#endif
#endif
