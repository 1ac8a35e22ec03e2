// RUN: %check_tidy %s premortem-year-arithmetic %t -- -std=c++20 -nostdinc -isystem %inputs/mock-headers

#include <chrono>

namespace chrono = std::chrono;
using chrono::year_month_day;

chrono::sys_days store(chrono::sys_days d);
void keep(const year_month_day &d);

// Converted without a check: 2013-02-29 becomes 1 March.
chrono::sys_days renewal(year_month_day today) {
  year_month_day next = today + chrono::years{1};
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: year_month_day 'next' is shifted by years without handling 29 February; the result is not a valid date in non-leap years (check '.ok()' and clamp the day with '/last') [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+4]]:27: note: 'next' is used here
  // CHECK-FIXES: year_month_day next = today + chrono::years{1};
  // CHECK-FIXES-NEXT: if (!next.ok())
  // CHECK-FIXES-NEXT:   next = next.year() / next.month() / std::chrono::last;
  return chrono::sys_days{next};
}

// Passed on right away.
void renewalDirect(year_month_day today) {
  keep(today + chrono::years{1});
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: year_month_day shifted by years without handling 29 February; the result is not a valid date in non-leap years (check '.ok()' and clamp the day with '/last') [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the result is used here
}

// Compound assignment, then stored.
void renewalCompound(year_month_day &due) {
  due += chrono::months{12};
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: year_month_day 'due' is shifted by months without handling 29 February; the result is not a valid date in non-leap years (check '.ok()' and clamp the day with '/last') [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: 'due' is used here
  // CHECK-FIXES: due += chrono::months{12};
  // CHECK-FIXES-NEXT: if (!due.ok())
  // CHECK-FIXES-NEXT:   due = due.year() / due.month() / std::chrono::last;
  keep(due);
}

// Returned.
year_month_day nextYear(year_month_day d) {
  auto r = d + chrono::years{1};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: year_month_day 'r' is shifted by years without handling 29 February; the result is not a valid date in non-leap years (check '.ok()' and clamp the day with '/last') [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'r' is used here
  return r;
}

// The safe idiom: .ok() then /last.
chrono::sys_days renewalSafe(year_month_day today) {
  auto next = today + chrono::years{1};
  if (!next.ok())
    next = next.year() / next.month() / chrono::last;
  return chrono::sys_days{next};
}

// Checked right away: silent.
bool valid(year_month_day today) { return (today + chrono::years{1}).ok(); }

// Only the year is read: silent.
int yearOnly(year_month_day today) {
  auto next = today + chrono::years{1};
  return static_cast<int>(next.year());
}

// Never used: silent.
void unused(year_month_day today) {
  auto next = today + chrono::years{1};
  (void)0;
}

// Durations of days are exact: silent.
chrono::sys_days plusDays(chrono::sys_days d) { return d + chrono::days{365}; }

// A time point plus chrono::years adds 365.2425 days.
chrono::system_clock::time_point expiry() {
  return chrono::system_clock::now() + chrono::years{1};
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: adding std::chrono::years to a time point adds an average length (365.2425 days a year), not a calendar year; the result is not the same date and time a year later (convert to year_month_day and add there, clamping 29 February) [premortem-year-arithmetic]
}

template <typename YMD> chrono::sys_days addYearT(YMD d) {
  YMD r = d + chrono::years{1};
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: year_month_day 'r' is shifted by years without handling 29 February; the result is not a valid date in non-leap years (check '.ok()' and clamp the day with '/last') [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:27: note: 'r' is used here
  return chrono::sys_days{r};
}
template chrono::sys_days addYearT<year_month_day>(year_month_day);

void NoCrashChrono(year_month_day d) { d -= chrono::years{0}; }

// No fix-it inside a macro or where the statement is not directly in a block.
#define BUMP_YEAR(d) d += chrono::years{1}
void viaMacro(year_month_day &d) {
  BUMP_YEAR(d);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year_month_day 'd' is shifted by years{{.*}}
  // CHECK-MESSAGES: :[[@LINE+3]]:3: note: 'd' is used here
  // CHECK-FIXES: BUMP_YEAR(d);
  // CHECK-FIXES-NEXT: //
  keep(d);
}
void inBranch(year_month_day &d, bool renew) {
  if (renew)
    d += chrono::years{1};
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: year_month_day 'd' is shifted by years{{.*}}
  // CHECK-MESSAGES: :[[@LINE+3]]:3: note: 'd' is used here
  // CHECK-FIXES: d += chrono::years{1};
  // CHECK-FIXES-NEXT: //
  keep(d);
}
