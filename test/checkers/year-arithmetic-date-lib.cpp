// RUN: %check_tidy %s premortem-year-arithmetic %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <date/date.h>

date::sys_days store(date::sys_days d);

// Howard Hinnant's date library: the same hazard as std::chrono.
date::sys_days renewal(date::year_month_day today) {
  date::year_month_day next = today + date::years{1};
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: year_month_day 'next' is shifted by years without handling 29 February{{.*}}
  // CHECK-MESSAGES: :[[@LINE+4]]:16: note: 'next' is used here
  // CHECK-FIXES: date::year_month_day next = today + date::years{1};
  // CHECK-FIXES-NEXT: if (!next.ok())
  // CHECK-FIXES-NEXT:   next = next.year() / next.month() / date::last;
  return store(next);
}

// Checked and clamped: silent.
date::sys_days renewalSafe(date::year_month_day today) {
  date::year_month_day next = today + date::years{1};
  if (!next.ok())
    next = next.year() / next.month() / date::last;
  return store(next);
}
