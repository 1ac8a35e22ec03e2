// Non-ASCII text before the finding: SARIF columns count code points.
#include <time.h>

void renew(struct tm tm) {
  tm.tm_year += 1; /* été → */ mktime(&tm);
}
