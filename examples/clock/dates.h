/* Date helpers with two classic bugs that only show on some days. */
#ifndef CLOCK_EXAMPLE_DATES_H
#define CLOCK_EXAMPLE_DATES_H
#include <time.h>

/* The expiry date of a licence bought at Now: "the same day next year",
   written as YYYY-MM-DD into Out (11 bytes). */
void expiry_date(time_t Now, char *Out);

/* 1 when Text (YYYY-MM-DD) is a date that exists. */
int is_valid_date(const char *Text);

int days_in_month(int Year, int Month);

/* The year of day Days (1 = 1 January 1980), as the Zune 30 firmware
   computed it. */
int year_of_day(int Days);

#endif
