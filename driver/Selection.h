//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What to analyze and what to report beyond the paths: the lines changed in
// git (--changed-since REV, --staged) and the findings of an earlier run
// (--baseline SARIF). docs/driver.md "Changed lines and baselines".
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_SELECTION_H
#define PREMORTEM_DRIVER_SELECTION_H

#include "driver/Database.h"
#include "driver/Findings.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include <utility>
#include <vector>

namespace clang::tidy::premortem::driver {

/// Lines added or modified, by canonical file path (deleted files are not
/// in it; a file renamed without edits is in it with no line).
struct ChangedLines {
  llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>> Files; // [first, last]
  bool contains(llvm::StringRef File, unsigned Line) const;
};

/// Runs git in the repository of the current folder: the working tree
/// (tracked and untracked files) against Rev, or with Staged the index
/// against HEAD. A repository without commits compares with the empty tree.
llvm::Expected<ChangedLines> gitChangedLines(llvm::StringRef Rev, bool Staged);

/// The units to analyze: the changed ones, and those that #include a changed
/// file that is not a unit itself (a header), by its file name.
std::vector<TranslationUnit> unitsToAnalyze(llvm::ArrayRef<TranslationUnit> Units,
                                            const ChangedLines &Changes);

/// The premortem/v1 fingerprints of every result of a SARIF file.
llvm::Expected<llvm::StringSet<>> loadBaseline(llvm::StringRef Path);

} // namespace clang::tidy::premortem::driver

#endif
