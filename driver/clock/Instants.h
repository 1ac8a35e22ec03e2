//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The instants `premortem clock` moves the clock to (docs/clock.md): the
// built-in groups, computed from a reference time, and the user's --at.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_INSTANTS_H
#define PREMORTEM_DRIVER_CLOCK_INSTANTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

struct Instant {
  std::string Name;  // unique, also a folder name: leap-day-start-utc
  std::string Group; // leap, day366, y2038, y2100, dst, at
  int64_t Epoch = 0; // seconds since 1970, UTC
  std::string Zone;  // TZ of the run; empty: the user's own
  std::string Why;   // the incident or the reason, one sentence
};

/// The built-in groups, in the order they run.
llvm::ArrayRef<llvm::StringRef> instantGroups();

/// The instants of Groups (names from instantGroups()) relative to Now.
/// Notes gets one line per instant that could not be made (a zone without
/// daylight saving time, the same instant twice).
std::vector<Instant> builtinInstants(int64_t Now, llvm::ArrayRef<std::string> Groups,
                                     std::vector<std::string> &Notes);

/// --at TEXT: `YYYY-MM-DDTHH:MM:SSZ` (UTC), without `Z` in the user's zone,
/// either followed by `@Zone` to run with TZ=Zone (a wall time in that zone
/// without `Z`).
llvm::Expected<Instant> parseAt(llvm::StringRef Text);

/// --now TEXT: `YYYY-MM-DDTHH:MM:SSZ` or `@SECONDS`.
llvm::Expected<int64_t> parseNow(llvm::StringRef Text);

} // namespace clang::tidy::premortem::driver

#endif
