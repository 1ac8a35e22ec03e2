//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/Civil.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

bool isLeapYear(int64_t Year) {
  return Year % 4 == 0 && (Year % 100 != 0 || Year % 400 == 0);
}

static unsigned daysInMonth(int64_t Year, unsigned Month) {
  static const unsigned Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return Month == 2 && isLeapYear(Year) ? 29 : Days[Month - 1];
}

// Howard Hinnant's days_from_civil and civil_from_days.
static int64_t floorDiv(int64_t A, int64_t B) { return A / B - ((A % B != 0) && ((A < 0) != (B < 0))); }

int64_t epochFromCivil(const CivilTime &T) {
  int64_t Y = T.Year - (T.Month <= 2);
  int64_t Era = floorDiv(Y, 400);
  int64_t YearOfEra = Y - Era * 400;
  int64_t MP = (T.Month + 9) % 12;
  int64_t DayOfYear = (153 * MP + 2) / 5 + T.Day - 1;
  int64_t DayOfEra = YearOfEra * 365 + YearOfEra / 4 - YearOfEra / 100 + DayOfYear;
  int64_t Days = Era * 146097 + DayOfEra - 719468;
  return Days * 86400 + T.Hour * 3600 + T.Minute * 60 + T.Second;
}

CivilTime civilFromEpoch(int64_t Seconds) {
  int64_t Days = floorDiv(Seconds, 86400), Rest = Seconds - Days * 86400;
  int64_t Z = Days + 719468, Era = floorDiv(Z, 146097);
  int64_t DayOfEra = Z - Era * 146097;
  int64_t YearOfEra = (DayOfEra - DayOfEra / 1460 + DayOfEra / 36524 - DayOfEra / 146096) / 365;
  int64_t DayOfYear = DayOfEra - (365 * YearOfEra + YearOfEra / 4 - YearOfEra / 100);
  int64_t MP = (5 * DayOfYear + 2) / 153;
  CivilTime T;
  T.Day = unsigned(DayOfYear - (153 * MP + 2) / 5 + 1);
  T.Month = unsigned(MP < 10 ? MP + 3 : MP - 9);
  T.Year = YearOfEra + Era * 400 + (T.Month <= 2);
  T.Hour = unsigned(Rest / 3600);
  T.Minute = unsigned(Rest / 60 % 60);
  T.Second = unsigned(Rest % 60);
  return T;
}

std::string formatUtc(int64_t Seconds) {
  CivilTime T = civilFromEpoch(Seconds);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", T.Year, T.Month, T.Day, T.Hour,
                     T.Minute, T.Second);
}

static bool takeNumber(llvm::StringRef &Text, size_t Digits, unsigned &Out) {
  if (Text.size() < Digits)
    return false;
  for (char C : Text.take_front(Digits))
    if (C < '0' || C > '9')
      return false;
  Text.take_front(Digits).getAsInteger(10, Out);
  Text = Text.drop_front(Digits);
  return true;
}

std::optional<CivilTime> parseCivil(llvm::StringRef Text, llvm::StringRef &Rest) {
  CivilTime T;
  unsigned Year;
  if (!takeNumber(Text, 4, Year) || !Text.consume_front("-") || !takeNumber(Text, 2, T.Month) ||
      !Text.consume_front("-") || !takeNumber(Text, 2, T.Day) ||
      !(Text.consume_front("T") || Text.consume_front(" ")) || !takeNumber(Text, 2, T.Hour) ||
      !Text.consume_front(":") || !takeNumber(Text, 2, T.Minute) || !Text.consume_front(":") ||
      !takeNumber(Text, 2, T.Second))
    return std::nullopt;
  T.Year = Year;
  if (T.Month < 1 || T.Month > 12 || T.Day < 1 || T.Day > daysInMonth(T.Year, T.Month) ||
      T.Hour > 23 || T.Minute > 59 || T.Second > 59)
    return std::nullopt;
  Rest = Text;
  return T;
}

} // namespace clang::tidy::premortem::driver
