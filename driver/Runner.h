//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Runs the premortem checks over translation units in a worker pool. Each
// worker analyzes one TU at a time with its own ClangTidyContext, the way
// clang-tidy's runClangTidy() does for one file, so findings (NOLINT
// handling included) are those of `clang-tidy -load libPremortemTidy.so`.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_RUNNER_H
#define PREMORTEM_DRIVER_RUNNER_H

#include "driver/Database.h"
#include "driver/Findings.h"
#include "driver/TidyConfig.h"
#include <functional>

namespace clang::tidy::premortem::driver {

class ResultCache;

struct RunSettings {
  const clang::tooling::CompilationDatabase &Database;
  llvm::ArrayRef<TranslationUnit> Units;
  unsigned Jobs = 1;
  bool ParseOnly = false; // parse, run no check
  const TidySettings &Tidy;
  ResultCache *Cache = nullptr; // --cache: reuse and store unit results
};

/// Called after each TU (serialized): TUs done, findings so far.
using ProgressFn = std::function<void(unsigned Done, unsigned Findings)>;

/// Analyzes every unit; the result is normalize()d, so it does not depend on
/// Jobs or on which TU finished first.
RunResult runAnalysis(const RunSettings &Settings, const ProgressFn &Progress);

} // namespace clang::tidy::premortem::driver

#endif
