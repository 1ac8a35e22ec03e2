// Three checks would fire here; the root .clang-tidy turns the endpoint
// check off and tells the leap-year check that 1901-2099 is enough.
#include <time.h>

static const char *kStaging = "https://api.staging.contoso.com";

int is_leap(int year) { return year % 4 == 0; }
int days(int year) { return (year % 4 == 0 && year % 100 != 0) ? 366 : 365; }

void renew(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
