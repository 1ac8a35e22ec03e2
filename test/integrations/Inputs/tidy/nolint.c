// The NOLINT comment family silences premortem checks; the last function
// is reported.
#include <time.h>

void same_line(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm); // NOLINT(premortem-unchecked-time-conversion): checked by caller
}

void next_line(struct tm tm) {
  tm.tm_year += 1;
  // NOLINTNEXTLINE(premortem-*)
  mktime(&tm);
}

// NOLINTBEGIN(premortem-unchecked-time-conversion)
void block(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
// NOLINTEND(premortem-unchecked-time-conversion)

void reported(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
