// A user pack (premortem.RulesFile) adds trusted sources and disables one.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/unchecked-time-conversion/trusted-pack.yaml}}' %s premortem-unchecked-time-conversion %t -- -nostdinc -isystem %inputs/mock-headers
//
// trusted-sources entries are checked strictly, like every section.
// RUN: %expect_exit 2 %driver --rules %inputs/unchecked-time-conversion/trusted-unknown-key.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: trusted-unknown-key.yaml:5:5: error: unknown key 'api' in a trusted-sources entry (expected one of: name, output, returns, disabled)
// RUN: %expect_exit 2 %driver --rules %inputs/unchecked-time-conversion/trusted-wrong-type.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=TYPE
// TYPE: trusted-wrong-type.yaml:4:17: error: 'output' must be a non-negative integer
// RUN: %expect_exit 2 %driver --rules %inputs/unchecked-time-conversion/trusted-empty-output.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=EMPTY
// EMPTY: trusted-empty-output.yaml:4:13: error: 'output' must be a non-negative integer or a non-empty list of them
// RUN: %expect_exit 2 %driver --rules %inputs/unchecked-time-conversion/trusted-returns-type.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=RETURNS
// RETURNS: trusted-returns-type.yaml:3:38: error: 'returns' must be true or false
// RUN: %expect_exit 2 %driver --rules %inputs/unchecked-time-conversion/trusted-nothing.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=NOTHING
// NOTHING: trusted-nothing.yaml:3:5: error: trusted-sources entry 'project_now' needs 'output' or 'returns: true'
// RUN: %expect_exit 2 %driver --rules %inputs/unchecked-time-conversion/trusted-duplicate.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=DUP
// DUP: trusted-duplicate.yaml:4:5: error: duplicate trusted-sources entry 'project_now'

#include <time.h>
#include <windows.h>

void project_now(time_t *out);
time_t project_seconds(void);
void project_fill(time_t *out);

// Added by the pack.
int project_clock(void) {
  time_t t;
  struct tm tm;
  project_now(&t);
  gmtime_r(&t, &tm);
  return tm.tm_year;
}

int project_result(void) {
  time_t t = project_seconds();
  struct tm tm;
  localtime_r(&t, &tm);
  return tm.tm_mon;
}

// Not a source: a function of the project that the pack does not name.
int project_other(void) {
  time_t t;
  struct tm tm;
  project_fill(&t);
  gmtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  return tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

// time was disabled: its value is of unknown provenance again.
int time_disabled(void) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; it returns NULL when the conversion fails and leaves 'tm' unset (check the result before reading 'tm') [premortem-unchecked-time-conversion]
  return tm.tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tm' is read here
}

// The defaults the pack does not touch stay.
DWORD system_time_default(void) {
  SYSTEMTIME now;
  FILETIME ft;
  GetSystemTime(&now);
  SystemTimeToFileTime(&now, &ft);
  return ft.dwLowDateTime;
}
