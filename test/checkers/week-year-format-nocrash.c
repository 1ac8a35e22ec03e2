// NoCrash: code that does not compile must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-week-year-format %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

size_t broken(char *buf, const struct tm *tm, undeclared_t x) {
  strftime(buf, 10, "%G-%m-%d", x);
  strftime(buf, 10);
  strftime(buf, 10, undeclared_format, tm);
  return strftime(buf, 10, "%", tm) + strftime(buf, 10, "%E", tm) + strftime(buf, 10, "%_", tm);
}
