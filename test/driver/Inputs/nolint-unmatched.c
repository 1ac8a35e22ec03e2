// A NOLINTBEGIN without its NOLINTEND is clang-tidy's own error.
#include <time.h>

// NOLINTBEGIN(premortem-*)
void unmatched(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
