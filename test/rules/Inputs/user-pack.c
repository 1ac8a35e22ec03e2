#include <time.h>

struct date { int year, month, day; };
int my_to_time(const struct date *d, long *out);

long renew(struct date d) {
  long t;
  d.year += 1;
  my_to_time(&d, &t);
  return t;
}

void normalize(struct tm *tm) {
  tm->tm_year += 1;
  mktime(tm);
}
