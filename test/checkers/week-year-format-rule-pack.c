// A user pack (premortem.RulesFile) adds a project formatter and removes strftime.
// RUN: %check_tidy --check-suffix=DEFAULT %s premortem-week-year-format %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/time-values/user.yaml}}' %s premortem-week-year-format %t -- -nostdinc -isystem %inputs/mock-headers
//
// date-formatters entries are checked strictly, like every section.
// RUN: %expect_exit 2 %driver --rules %inputs/time-values/bad-format.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=FORMAT
// FORMAT: bad-format.yaml:4:13: error: 'format' must be an argument index, first-string or braces
// FORMAT-NOT: {{.}}

#include <stddef.h>
#include <time.h>

size_t log_time(char *buf, const char *fmt, const struct tm *tm);

void project_formatter(char *buf, const struct tm *tm) {
  log_time(buf, "%G-%m-%d", tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
  // CHECK-FIXES: log_time(buf, "%Y-%m-%d", tm);
}

/* Removed by the pack: silent. */
size_t removed(char *buf, size_t n, const struct tm *tm) {
  return strftime(buf, n, "%G-%m-%d", tm);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:28: warning: date format combines the ISO week-based year '%G' with '%m'; {{.*}}
}
