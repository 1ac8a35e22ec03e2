// The hazard: a year shifted, the conversion's result ignored.
#include <time.h>

void renew(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
