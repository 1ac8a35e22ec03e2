// NoCrash: invalid code around year constants.
// RUN: %check_tidy --expect-errors %s premortem-days-per-year %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

time_t broken(time_t now) {
  return now + 31536000 * undeclared;
}
int year_of(long days) { int year = days / 365 + missing; return year; }
unknown_t also(unknown_t t) { return t + 365 * 86400; }
