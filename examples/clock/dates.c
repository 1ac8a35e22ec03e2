#include "dates.h"
#include <stdio.h>

static int is_leap(int Year) {
  return Year % 4 == 0 && (Year % 100 != 0 || Year % 400 == 0);
}

int days_in_month(int Year, int Month) {
  static const int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return Month == 2 && is_leap(Year) ? 29 : Days[Month - 1];
}

void expiry_date(time_t Now, char *Out) {
  struct tm Today;
  gmtime_r(&Now, &Today);
  /* Bug: on 29 February "next year" has no such day. */
  snprintf(Out, 11, "%04d-%02d-%02d", Today.tm_year + 1900 + 1, Today.tm_mon + 1,
           Today.tm_mday);
}

int is_valid_date(const char *Text) {
  int Year, Month, Day;
  if (sscanf(Text, "%d-%d-%d", &Year, &Month, &Day) != 3)
    return 0;
  return Month >= 1 && Month <= 12 && Day >= 1 && Day <= days_in_month(Year, Month);
}

int year_of_day(int Days) {
  int Year = 1980;
  /* Bug (Zune, 31 December 2008): on day 366 of a leap year nothing
     changes and the loop never ends. */
  while (Days > 365) {
    if (is_leap(Year)) {
      if (Days > 366) {
        Days -= 366;
        Year += 1;
      }
    } else {
      Days -= 365;
      Year += 1;
    }
  }
  return Year;
}
