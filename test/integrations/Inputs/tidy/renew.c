// The hazard in a source file and in a project header.
#include <time.h>
#include "calendar.h"

void renew(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
