// Dates printed with std::format and fmt::format with a shifted year, then
// parsed: the C++ form of the snprintf case in year-arithmetic-print.c.
// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <fmt/chrono.h>
#include <format>
#include <openssl/asn1.h>
#include <string>
#include <time.h>

// ---------------------------------------------------------------------------
// Positives: a shifted year and the old day reach a parser.
// ---------------------------------------------------------------------------

int not_after_std_format(ASN1_TIME *t, time_t now) {
  struct tm tm;
  gmtime_r(&now, &tm);
  std::string s = std::format("{:04}{:02}{:02}000000Z", tm.tm_year + 1900 + 1, tm.tm_mon + 1,
                              tm.tm_mday);
  // CHECK-MESSAGES: :[[@LINE-2]]:57: warning: year printed into 's' is incremented while the day is kept, without handling 29 February; 'ASN1_TIME_set_string' reads a date that does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'ASN1_TIME_set_string' parses the date here
  return ASN1_TIME_set_string(t, s.c_str());
}

int not_after_fmt_format(ASN1_TIME *t, const struct tm &now) {
  std::string s = fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}Z", now.tm_year + 1901,
                              now.tm_mon + 1, now.tm_mday, now.tm_hour, now.tm_min, now.tm_sec);
  // CHECK-MESSAGES: :[[@LINE-2]]:66: warning: year printed into 's' is incremented while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'ASN1_TIME_set_string' parses the date here
  return ASN1_TIME_set_string(t, s.c_str());
}

// The year shifted in a local first, the text assigned later.
bool parse_back_std_format(const struct tm &now, struct tm *out) {
  int year = now.tm_year + 1900;
  year -= 1;
  std::string text;
  text = std::format("{}-{:02}-{:02}", year, now.tm_mon + 1, now.tm_mday);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: year printed into 'text' is decremented while the day is kept{{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: 'strptime' parses the date here
  return !strptime(text.c_str(), "%Y-%m-%d", out);
}

// ---------------------------------------------------------------------------
// Negatives.
// ---------------------------------------------------------------------------

// Not shifted: years since 1900 made absolute.
int now_std_format(ASN1_TIME *t, const struct tm &tm) {
  std::string s = std::format("{:04}{:02}{:02}000000Z", tm.tm_year + 1900, tm.tm_mon + 1,
                              tm.tm_mday);
  return ASN1_TIME_set_string(t, s.c_str());
}

// The first of the month: exists in every year.
int first_of_month_fmt(ASN1_TIME *t, const struct tm &tm) {
  std::string s = fmt::format("{:04}{:02}01000000Z", tm.tm_year + 1901, tm.tm_mon + 1);
  return ASN1_TIME_set_string(t, s.c_str());
}

// Printed but never parsed: a log line.
void log_renewal(const struct tm &tm) {
  fmt::print("renewal on {}-{:02}-{:02}\n", tm.tm_year + 1901, tm.tm_mon + 1, tm.tm_mday);
  std::string line = std::format("{}-{:02}-{:02}", tm.tm_year + 1901, tm.tm_mon + 1, tm.tm_mday);
  (void)line;
}

// 29 February handled before printing.
int clamped_std_format(ASN1_TIME *t, const struct tm &tm) {
  int day = tm.tm_mday;
  if (tm.tm_mon == 1 && day == 29)
    day = 28;
  std::string s = std::format("{:04}{:02}{:02}000000Z", tm.tm_year + 1901, tm.tm_mon + 1, day);
  return ASN1_TIME_set_string(t, s.c_str());
}

// A user function named format is not a printer.
namespace report {
std::string format(const char *f, int y, int m, int d);
}
int not_a_printer(ASN1_TIME *t, const struct tm &tm) {
  std::string s = report::format("x", tm.tm_year + 1901, tm.tm_mon + 1, tm.tm_mday);
  return ASN1_TIME_set_string(t, s.c_str());
}
