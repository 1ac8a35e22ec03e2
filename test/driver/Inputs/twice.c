// Two identical findings in one file: premortem/v1 fingerprints get
// ordinals 1 and 2.
#include <time.h>

void first(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}

void second(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
