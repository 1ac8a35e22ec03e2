#include "dates.h"
int days_in_year(int year) {
  return ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 366 : 365;
}
