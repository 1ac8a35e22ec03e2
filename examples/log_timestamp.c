/* gmtime/localtime return NULL for times they cannot represent (a corrupt
   timestamp read from a file, a far-future expiry). Code that formats the
   result directly crashes on that input instead of logging an error. */
#include <stdio.h>
#include <string.h>
#include <time.h>

void print_record_time(long long stamp_from_file) {
  time_t t = (time_t)stamp_from_file;
  char buf[64];
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", localtime(&t));
  puts(buf);
}

int year_of(time_t t) {
  struct tm *tm = gmtime(&t);
  return tm->tm_year + 1900;
}

int main(int argc, char **argv) {
  (void)argv;
  print_record_time(argc > 1 ? 67768036191676800LL : 0);
  return year_of(0) == 1970 ? 0 : 1;
}
