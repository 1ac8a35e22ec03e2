/* Fixed dates, no clock: passes at every instant. */
#include "dates.h"
#include <stdio.h>

int main(void) {
  if (days_in_month(2024, 2) != 29 || days_in_month(2100, 2) != 28 ||
      days_in_month(2000, 2) != 29 || days_in_month(2023, 12) != 31) {
    printf("FAIL: month lengths\n");
    return 1;
  }
  return 0;
}
