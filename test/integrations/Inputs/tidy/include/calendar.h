// A project header: reported when HeaderFilterRegex matches it.
#include <time.h>

static inline void renew_in_header(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
