/* The same hazard in POSIX code: the expiry is "today + 1 year" computed on the
   struct tm fields. mktime does not fail on 29 Feb 2013; it silently moves the
   date to 1 March, and its (time_t)-1 overflow result is never looked at. */
#include <stdio.h>
#include <time.h>

time_t certificate_expiry(time_t now) {
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += 1;
  time_t expiry = mktime(&tm);
  return expiry;
}

void renew(struct tm *when) {
  when->tm_year += 1;
  mktime(when); /* normalizes 29 Feb to 1 Mar; result ignored */
}

int main(void) {
  time_t now = time(NULL);
  struct tm next;
  gmtime_r(&now, &next);
  renew(&next);
  printf("expires %ld\n", (long)certificate_expiry(now));
  return 0;
}
