//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Compile commands written for GCC carry flags clang does not know
// (-fconcepts-diagnostics-depth=3, -fno-canonical-system-headers, ...).
// clang's driver rejects them with "unknown argument", which would fail the
// whole translation unit although the flags do not change what the checks
// see; they are dropped here and reported once per flag instead.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_COMPILERFLAGS_H
#define PREMORTEM_DRIVER_COMPILERFLAGS_H

#include "clang/Tooling/ArgumentsAdjusters.h"
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// Removes the arguments clang's driver would report as unknown (the same
/// option table and visibility clang uses: none in clang-cl mode, where
/// clang only warns). Each removed flag is appended to Dropped.
clang::tooling::ArgumentsAdjuster
dropUnknownFlagsAdjuster(std::vector<std::string> &Dropped);

} // namespace clang::tidy::premortem::driver

#endif
