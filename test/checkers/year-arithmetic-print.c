// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <openssl/asn1.h>
#include <stdio.h>
#include <time.h>

// ---------------------------------------------------------------------------
// Positives: a date printed with a shifted year and the old day, then parsed.
// ---------------------------------------------------------------------------

// The 2012 incident, OpenSSL flavour: "valid for one year" as a string.
int set_not_after(ASN1_TIME *not_after, time_t now) {
  struct tm tm;
  char buf[32];
  gmtime_r(&now, &tm);
  snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900 + 1,
           tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  // CHECK-MESSAGES: :[[@LINE-2]]:58: warning: year printed into 'buf' is incremented while the day is kept, without handling 29 February; 'ASN1_TIME_set_string' reads a date that does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'ASN1_TIME_set_string' parses the date here
  return ASN1_TIME_set_string(not_after, buf);
}

// A shifted int year, printed, parsed back with strptime.
int next_year_tm(const struct tm *now, struct tm *out) {
  char text[16];
  int year = now->tm_year + 1900;
  year += 1;
  sprintf(text, "%d-%02d-%02d", year, now->tm_mon + 1, now->tm_mday);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: year printed into 'text' is incremented{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: 'strptime' parses the date here
  return !strptime(text, "%Y-%m-%d", out);
}

// ---------------------------------------------------------------------------
// Negatives.
// ---------------------------------------------------------------------------

// Printed but never parsed (a report line).
void report(const struct tm *tm) {
  char line[64];
  snprintf(line, sizeof line, "renewal %04d-%02d-%02d", tm->tm_year + 1901, tm->tm_mon + 1,
           tm->tm_mday);
  puts(line);
}

// Not shifted: representation only.
int set_now(ASN1_TIME *t, const struct tm *tm) {
  char buf[32];
  snprintf(buf, sizeof buf, "%04d%02d%02d000000Z", tm->tm_year + 1900, tm->tm_mon + 1,
           tm->tm_mday);
  return ASN1_TIME_set_string(t, buf);
}

// The day is fixed to the first of the month.
int first_of_next_year(ASN1_TIME *t, const struct tm *tm) {
  char buf[32];
  snprintf(buf, sizeof buf, "%04d%02d01000000Z", tm->tm_year + 1901, tm->tm_mon + 1);
  return ASN1_TIME_set_string(t, buf);
}

// 29 February handled before printing.
static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int handled(ASN1_TIME *t, const struct tm *tm) {
  char buf[32];
  int year = tm->tm_year + 1900 + 1;
  int day = tm->tm_mday;
  if (tm->tm_mon == 1 && day == 29 && !leap(year))
    day = 28;
  snprintf(buf, sizeof buf, "%04d%02d%02d000000Z", year, tm->tm_mon + 1, day);
  return ASN1_TIME_set_string(t, buf);
}

// The buffer is printed again before it is parsed.
int overwritten(ASN1_TIME *t, const struct tm *tm) {
  char buf[32];
  snprintf(buf, sizeof buf, "%04d%02d%02d", tm->tm_year + 1901, tm->tm_mon + 1, tm->tm_mday);
  puts(buf);
  snprintf(buf, sizeof buf, "%04d%02d%02d", tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday);
  return ASN1_TIME_set_string(t, buf);
}
