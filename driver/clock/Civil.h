//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Civil (proleptic Gregorian, UTC) dates and seconds since 1970, without the C
// library: gmtime and timegm stop at 32-bit limits on some systems, and the
// clock instants reach 2100. Local time goes through the C library (Zones.h).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_CIVIL_H
#define PREMORTEM_DRIVER_CLOCK_CIVIL_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace clang::tidy::premortem::driver {

struct CivilTime {
  int64_t Year = 1970;
  unsigned Month = 1, Day = 1, Hour = 0, Minute = 0, Second = 0;
};

bool isLeapYear(int64_t Year);
int64_t epochFromCivil(const CivilTime &T);
CivilTime civilFromEpoch(int64_t Seconds);

/// 2028-02-29T00:00:00Z
std::string formatUtc(int64_t Seconds);

/// "YYYY-MM-DDTHH:MM:SS" (also with a space for the T) and the rest of the
/// text after it; nullopt when the date or time is malformed or out of range
/// (29 February of a common year included).
std::optional<CivilTime> parseCivil(llvm::StringRef Text, llvm::StringRef &Rest);

} // namespace clang::tidy::premortem::driver

#endif
