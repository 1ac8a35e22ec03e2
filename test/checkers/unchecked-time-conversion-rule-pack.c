// A user pack (premortem.RulesFile) adds and disables entries.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/unchecked-time-conversion/user-pack.yaml}}' %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers

#include <string.h>
#include <time.h>

struct date { int year, month, day; };
long date_to_stamp(const struct date *d, long *stamp);
void log_text(int level, const char *text);

// Added by the pack.
long renew(struct date d) {
  long stamp;
  d.year++;
  date_to_stamp(&d, &stamp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'date_to_stamp' is ignored after 'd.year' was shifted; it returns -1 for an invalid date such as 29 February of a non-leap year and stamps the record with a bogus date (check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'd.year' is shifted here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'stamp' is read here
  return stamp;
}

void consumers(time_t t) {
  log_text(1, ctime(&t));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ctime' can return NULL when it cannot convert the time, and passing its result to 'log_text' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
  log_text(1, "fixed");
  // strlen was disabled.
  (void)strlen(ctime(&t));
}

// localtime was disabled; gmtime stays.
int disabled(time_t t) {
  return localtime(&t)->tm_year + gmtime(&t)->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'gmtime' can return NULL {{.*}}
}
