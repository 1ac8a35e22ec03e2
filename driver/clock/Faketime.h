//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// libfaketime, the LD_PRELOAD library that moves the clock of a process tree
// (Debian package libfaketime), found at run time: premortem does not link it.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_FAKETIME_H
#define PREMORTEM_DRIVER_CLOCK_FAKETIME_H

#include "llvm/Support/Error.h"
#include <cstdint>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// Explicit (--faketime-lib) when not empty, else PREMORTEM_FAKETIME, else
/// the multi-threaded library in the usual folders.
llvm::Expected<std::string> findFaketime(llvm::StringRef Explicit);

enum class ClockMode { Running, Frozen };

/// The environment entries that put a child's clock at Epoch: LD_PRELOAD
/// (appended to an inherited one), FAKETIME and its settings. For a running
/// clock the offset is taken from the real time now, so call it just before
/// the child starts.
std::vector<std::string> faketimeEnvironment(const std::string &Library, int64_t Epoch,
                                             ClockMode Mode);

} // namespace clang::tidy::premortem::driver

#endif
