// Included by user1.c and user2.c: its finding is reported once.
#include <time.h>

static inline void shared_renew(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
