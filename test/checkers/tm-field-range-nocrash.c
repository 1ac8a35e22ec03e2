// NoCrash: code that does not compile must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-tm-field-range %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

int broken(struct tm *tm, undeclared_t x) {
  tm->tm_year = undeclared + 1900;
  tm->tm_mon = x;
  return tm->tm_mon == undeclared_constant || tm->tm_nope == 12 || names[tm->tm_mon - 1];
}
