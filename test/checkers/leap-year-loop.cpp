// RUN: %check_tidy %s premortem-leap-year-loop %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

namespace rtc {

bool isLeap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// A template: one report, not one per instantiation.
template <typename Days> int yearOf(Days days) {
  int year = 1980;
  while (days > 365) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: loop may never end: a path through its body neither reduces 'days' nor leaves the loop, so a count stuck at day 366 of a leap year spins forever (the 2008 music-player freeze); reduce the count or break on every path [premortem-leap-year-loop]
    if (isLeap(year)) {
      if (days > 366) {
        days -= 366;
        ++year;
      }
    } else {
      days -= 365;
      ++year;
    }
  }
  return year;
}
int a = yearOf(1000);
int b = yearOf(1000L);

// A member counter: calls may change it, so only direct paths count.
class Clock {
  int DaysLeft = 0;
  int Year = 1980;
  void tick();

public:
  int fixedYear() {
    while (DaysLeft > 365) {
      if (isLeap(Year) && DaysLeft == 366)
        return Year;
      DaysLeft -= isLeap(Year) ? 366 : 365;
      ++Year;
    }
    return Year;
  }
  int stuckYear() {
    while (DaysLeft > 365) {
      // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: loop may never end: a path through its body neither reduces 'DaysLeft'
      if (Year % 4 == 0) {
        if (DaysLeft > 366) {
          DaysLeft -= 366;
          ++Year;
        }
      } else {
        DaysLeft -= 365;
        ++Year;
      }
    }
    return Year;
  }
};

} // namespace rtc
