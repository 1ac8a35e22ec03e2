//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Local time in a named zone (or the user's own), through the C library and
// the system time zone database. These functions set TZ in this process while
// they run, so they are only called while instants are planned, before any
// thread starts.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_ZONES_H
#define PREMORTEM_DRIVER_CLOCK_ZONES_H

#include "driver/clock/Civil.h"
#include <optional>
#include <string>

namespace clang::tidy::premortem::driver {

/// Zone "" is the user's own zone (TZ as inherited, else /etc/localtime).
/// Its display name: TZ, or the /etc/localtime link target, or "local".
std::string localZoneName();

/// Whether the system time zone database knows Zone (e.g. Europe/London).
bool zoneExists(llvm::StringRef Zone);

/// The instant at which the wall clock in Zone shows T; for a wall time that
/// repeats (clocks set back) the first, for one that is skipped the C
/// library's choice. Zone "" is the user's zone.
int64_t epochFromLocal(const CivilTime &T, llvm::StringRef Zone);

/// UTC offset in seconds of Zone at Seconds.
long utcOffsetAt(int64_t Seconds, llvm::StringRef Zone);

/// The first instant after From, within Horizon seconds, at which the UTC
/// offset of Zone increases (Forward: clocks go forward) or decreases.
std::optional<int64_t> nextOffsetChange(int64_t From, int64_t Horizon, llvm::StringRef Zone,
                                        bool Forward);

} // namespace clang::tidy::premortem::driver

#endif
