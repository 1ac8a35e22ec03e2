// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <ctime>
#include <windows.h>

namespace pki {

struct Validity {
  SYSTEMTIME NotBefore;
  SYSTEMTIME NotAfter;
};

// The 2012 incident: "valid for one year" from today.
bool makeValidity(Validity &V, FILETIME &NotAfter) {
  GetSystemTime(&V.NotBefore);
  V.NotAfter = V.NotBefore;
  V.NotAfter.wYear++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'V.NotAfter' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'V.NotAfter' is used here
  return SystemTimeToFileTime(&V.NotAfter, &NotAfter);
}

// A reference parameter, returned by value.
SYSTEMTIME nextYear(const SYSTEMTIME &Now) {
  SYSTEMTIME End = Now;
  End.wYear = Now.wYear + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'End' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'End' is used here
  return End;
}

// Passed by value to another function.
void store(SYSTEMTIME When);
void renew(SYSTEMTIME Now) {
  Now.wYear += 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'Now' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: 'Now' is used here
  store(Now);
}

// Handled with a clamp helper: silent.
static WORD daysInMonth(WORD Year, WORD Month) {
  static const WORD Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool Leap = (Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0;
  return Month == 2 && Leap ? 29 : Days[Month - 1];
}
SYSTEMTIME nextYearSafe(SYSTEMTIME Now) {
  Now.wYear++;
  WORD Last = daysInMonth(Now.wYear, Now.wMonth);
  if (Now.wDay > Last)
    Now.wDay = Last;
  return Now;
}

} // namespace pki

// Templates: the instantiation is analyzed, the finding reported once.
template <typename Date> Date addYear(Date D) {
  D.tm_year += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'D' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'D' is used here
  return D;
}
template std::tm addYear<std::tm>(std::tm);

template <typename Date> Date addYearSafe(Date D) {
  D.tm_year += 1;
  if (D.tm_mon == 1 && D.tm_mday == 29)
    D.tm_mday = 28;
  return D;
}
template std::tm addYearSafe<std::tm>(std::tm);

// A member function of a class holding a date.
class Subscription {
  std::tm Expiry;
public:
  std::time_t extend(int Years) {
    Expiry.tm_year += Years;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: year of 'Expiry' is shifted without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:12: note: 'Expiry' is used here
    return std::mktime(&Expiry);
  }
  std::time_t extendSafe() {
    Expiry.tm_year += 1;
    Expiry.tm_mday = 1;
    return std::mktime(&Expiry);
  }
};

// An element of a member array, through `this`.
class Schedule {
  std::tm dates[4];
public:
  std::time_t renew(int i) {
    this->dates[i].tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: year of 'dates' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:12: note: 'dates' is used here
    return std::mktime(&this->dates[i]);
  }
  std::time_t renewSafe(int i) {
    this->dates[i].tm_year++;
    if (this->dates[i].tm_mon == 1 && this->dates[i].tm_mday == 29)
      this->dates[i].tm_mday = 28;
    return std::mktime(&dates[i]);
  }
};

// Lambdas are functions of their own.
std::time_t viaLambda(std::tm T) {
  auto Bump = [](std::tm &X) {
    X.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: year of 'X' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:12: note: 'X' is used here
    return std::mktime(&X);
  };
  return Bump(T);
}

#define ADD_YEARS(st, n) ((st).wYear += (n))
BOOL macroShift(SYSTEMTIME St, FILETIME *Ft) {
  ADD_YEARS(St, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'St' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'St' is used here
  return SystemTimeToFileTime(&St, Ft);
}

// A Hebrew-calendar module: silent.
SYSTEMTIME hebrewNextYear(SYSTEMTIME St) {
  St.wYear += 1;
  return St;
}

struct NoCrash { int tm_year; };
void NoCrashFn(NoCrash N, std::tm *P) {
  N.tm_year++;
  P[0].tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'P' is incremented without handling 29 February{{.*}}
  (void)N;
}
  // CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'P' reaches the caller with the shifted year
template <typename T> void NoCrashDependent(T &X) { X.tm_year++; X.tm_year = X.tm_year + 1; }
