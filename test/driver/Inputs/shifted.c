// A year shifted, then converted with the result ignored: one finding.
#include <time.h>

void renew(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
