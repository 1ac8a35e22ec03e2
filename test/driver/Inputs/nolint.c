// NOLINT comments suppress findings in the driver exactly as in clang-tidy.
#include <time.h>

void plain(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}mktime{{.*}} [premortem-unchecked-time-conversion]
}

void same_line(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm); // NOLINT
}

void named_check(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm); // NOLINT(premortem-unchecked-time-conversion)
}

void glob(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm); // NOLINT(premortem-*)
}

void other_check(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm); // NOLINT(bugprone-unused-return-value)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}mktime{{.*}} [premortem-unchecked-time-conversion]
}

void next_line(struct tm tm) {
  tm.tm_year += 1;
  // NOLINTNEXTLINE(premortem-unchecked-time-conversion)
  mktime(&tm);
}

void next_line_too_far(struct tm tm) {
  tm.tm_year += 1;
  // NOLINTNEXTLINE

  mktime(&tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}mktime{{.*}} [premortem-unchecked-time-conversion]
}

// NOLINTBEGIN(premortem-*)
void block(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
}
// NOLINTEND(premortem-*)

void after_block(struct tm tm) {
  tm.tm_year += 1;
  mktime(&tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}mktime{{.*}} [premortem-unchecked-time-conversion]
}
