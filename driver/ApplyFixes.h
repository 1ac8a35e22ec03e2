//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// --fix: applies the fix-its of the reported findings to the source files,
// as clang-tidy --fix does (fixes attached to notes are not applied). A
// finding whose fix overlaps an earlier one is left out whole, never half
// applied.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_APPLYFIXES_H
#define PREMORTEM_DRIVER_APPLYFIXES_H

#include "driver/Findings.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace clang::tidy::premortem::driver {

struct FixSummary {
  unsigned Applied = 0; // findings whose fixes were applied
  unsigned Files = 0;   // files rewritten
  std::vector<const Finding *> Conflicting;
};

/// Rewrites each file atomically. Fails on the first file that cannot be
/// read or written; files already rewritten stay rewritten.
llvm::Expected<FixSummary> applyFixes(const std::vector<Finding> &Findings);

} // namespace clang::tidy::premortem::driver

#endif
