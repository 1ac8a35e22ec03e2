/* The year computed from the day count agrees with the C library's. */
#include "dates.h"
#include <stdio.h>

int main(void) {
  time_t Now = time(NULL);
  struct tm Today;
  gmtime_r(&Now, &Today);
  /* Days since 1980-01-01, counting that day as 1. */
  int Days = (int)((Now - 315532800) / 86400) + 1;
  int Year = year_of_day(Days);
  printf("day %d is in %d\n", Days, Year);
  if (Year != Today.tm_year + 1900) {
    printf("FAIL: expected %d\n", Today.tm_year + 1900);
    return 1;
  }
  return 0;
}
