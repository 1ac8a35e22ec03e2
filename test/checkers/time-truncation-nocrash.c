// NoCrash: code that does not compile must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-time-truncation %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

int broken(time_t t, undeclared_t u) {
  int a = time(NULL) + undeclared;
  int b = t * unknown * 86400;
  return (int)t + a + b + (int)u;
}
