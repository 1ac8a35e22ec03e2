// NoCrash: code that does not compile must not crash the check.
// RUN: %check_tidy --expect-errors %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers

#include <time.h>

int undeclared_variable(void) {
  return gmtime(&missing)->tm_year;
}

int wrong_arguments(struct tm *tm) {
  tm->tm_year += 1;
  mktime(tm, 1, 2);
  return localtime()->tm_mon;
}

int implicit_declaration(time_t t) {
  struct tm *p = gmtime_unknown(&t);
  SystemTimeToFileTime(&t, &t);
  return p->tm_year + undefined_field(p)->tm_mday;
}

void broken_body(time_t t) {
  struct tm *p = localtime(&t)
  if (!p) return;
  p->tm_nosuchfield = 1;
}
