// RUN: %check_tidy %s premortem-year-arithmetic %t -- -nostdinc -isystem %inputs/mock-headers

#include <ctime>

// A helper taking the date by reference.
static void bumpYear(std::tm &T) { T.tm_year += 1; }
std::time_t renewByReference(std::tm T) {
  bumpYear(T);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'T' is incremented by 'bumpYear' without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: 'bumpYear' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'T' is used here
  return std::mktime(&T);
}

// A template helper: summarized per instantiation.
template <typename Date> void addYears(Date &D, int N) { D.tm_year += N; }
std::time_t renewTemplate(std::tm T) {
  addYears(T, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: year of 'T' is shifted by 'addYears<tm>' without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE-4]]:58: note: 'addYears<tm>' shifts the year here
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'T' is used here
  return std::mktime(&T);
}

// A helper that clamps: silent.
template <typename Date> void addYearsClamped(Date &D, int N) {
  D.tm_year += N;
  if (D.tm_mday > 28)
    D.tm_mday = 28;
}
std::time_t renewClamped(std::tm T) {
  addYearsClamped(T, 2);
  return std::mktime(&T);
}

// Recursion does not hang the summary.
void NoCrashRecursive(std::tm &T, int N) {
  if (N > 0) {
    T.tm_year++;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: year of 'T' is incremented without handling 29 February; the date does not exist in non-leap years (clamp the day or use a calendar-safe add) [premortem-year-arithmetic]
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'T' is used here
    NoCrashRecursive(T, N - 1);
  }
}
