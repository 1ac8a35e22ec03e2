// A day of the month is a field the calendar pack lists, never a guess from
// the field's name: `rtc.day` is a day only once a user pack lists rtc_date.
// RUN: %check_tidy %s premortem-days-per-year %t -- -nostdinc -isystem %inputs/mock-headers
// RUN: %check_tidy --check-suffix PACK --config '{CheckOptions: {premortem.RulesFile: %S/../calendar/Inputs/rtc.yaml}}' %s premortem-days-per-year %t -- -nostdinc -isystem %inputs/mock-headers

struct rtc_date {
  int year, month, day;
};

void rtc_next_year(struct rtc_date *rtc) {
  rtc->day += 365;
  // CHECK-MESSAGES-PACK: :[[@LINE-1]]:15: warning: a year taken as 365 days is added to a day of the month{{.*}}
}

#define ADD_YEAR(d) ((d)->day += 365)
void rtc_macro(struct rtc_date *rtc) {
  ADD_YEAR(rtc);
  // CHECK-MESSAGES-PACK: :[[@LINE-1]]:3: warning: a year taken as 365 days is added to a day of the month{{.*}}
}
