/* The correct versions of the hazards above: premortem stays silent here. */
#include <stdio.h>
#include <time.h>

static int is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* One year later, with 29 February clamped to 28 February, and the conversion
   result checked. */
int expiry_one_year_later(time_t now, time_t *out) {
  struct tm tm;
  if (!gmtime_r(&now, &tm))
    return -1;
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900))
    tm.tm_mday = 28;
  time_t t = mktime(&tm);
  if (t == (time_t)-1)
    return -1;
  *out = t;
  return 0;
}

int print_time(time_t t) {
  struct tm *tm = localtime(&t);
  if (tm == NULL) {
    fprintf(stderr, "time %lld out of range\n", (long long)t);
    return -1;
  }
  char buf[64];
  if (strftime(buf, sizeof buf, "%Y-%m-%d", tm) == 0)
    return -1;
  puts(buf);
  return 0;
}

int main(void) {
  time_t out;
  if (expiry_one_year_later(time(NULL), &out) != 0)
    return 1;
  return print_time(out) == 0 ? 0 : 1;
}
