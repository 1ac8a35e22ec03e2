//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// `premortem clock [options] -- <test command>`: runs a project's own tests
// with the clock moved to the instants that break date code (docs/clock.md).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_CLOCK_H
#define PREMORTEM_DRIVER_CLOCK_CLOCK_H

#include "llvm/ADT/ArrayRef.h"

namespace clang::tidy::premortem::driver {

/// Exit codes of `premortem clock` (docs/clock.md).
enum ClockExit {
  ClockClean = 0,        // nothing fails only at an instant
  ClockFindings = 1,     // something fails or hangs only at an instant
  ClockUsage = 2,        // bad command line, unwritable output
  ClockNoBaseline = 3,   // the command cannot start, or hangs at the real time
  ClockNoFaketime = 4,   // libfaketime not found
};

/// Args are the arguments after "clock".
int runClock(llvm::ArrayRef<const char *> Args);

} // namespace clang::tidy::premortem::driver

#endif
