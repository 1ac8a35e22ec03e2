//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Runs the premortem checks over translation units, each in a worker process
// of its own (as run-clang-tidy runs one clang-tidy per file): a crash, a
// stack overflow, a hang past --timeout or running out of --memory-limit in
// one TU loses that TU alone, which is reported as failed while the others'
// findings are kept. A worker analyzes its TU with its own ClangTidyContext,
// the way clang-tidy's runClangTidy() does for one file, so findings (NOLINT
// handling included) are those of `clang-tidy -load libPremortemTidy.so`,
// and hands the result back in the UnitResult encoding.
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
  unsigned TimeoutSeconds = 0; // per TU; 0: none
  uint64_t MemoryLimitMB = 0;  // per TU; 0: none
  ResultCache *Cache = nullptr; // --cache: reuse and store unit results
};

/// Called after each TU: TUs done, findings so far.
using ProgressFn = std::function<void(unsigned Done, unsigned Findings)>;

/// Analyzes every unit; the result is normalize()d, so it does not depend on
/// Jobs or on which TU finished first.
RunResult runAnalysis(const RunSettings &Settings, const ProgressFn &Progress);

} // namespace clang::tidy::premortem::driver

#endif
