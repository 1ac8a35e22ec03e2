#pragma once
#include <stdint.h>
/* glibc spells htonl through __bswap_32 on little-endian targets. */
static inline uint32_t __bswap_32(uint32_t x) { return __builtin_bswap32(x); }
uint32_t htonl(uint32_t hostlong);
uint32_t ntohl(uint32_t netlong);
#define htobe32(x) __bswap_32(x)
