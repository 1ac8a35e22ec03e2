//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The runs of `premortem clock` and what they mean: a test that fails (or a
// run that hangs) at an instant but passes at the real time is a finding; a
// test that fails at the real time too is a baseline failure, not the clock's.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_COMPARE_H
#define PREMORTEM_DRIVER_CLOCK_COMPARE_H

#include "driver/clock/Instants.h"
#include "driver/clock/Spawn.h"
#include "driver/clock/TestResults.h"
#include <optional>

namespace clang::tidy::premortem::driver {

struct Run {
  std::optional<Instant> At; // none: the baseline, at the real time
  std::string Folder;        // its output.txt and whatever the command wrote to {out}
  SpawnResult Spawn;
  TestResults Tests;

  std::string name() const { return At ? At->Name : "baseline"; }
};

/// One thing that goes wrong only at an instant.
struct ClockFinding {
  std::string Instant;
  std::string Test; // empty: the command as a whole (no test names known)
  std::string What; // "failed (***Failed)", "hung: killed after 5s", "exit code 1"
  std::string File; // from JUnit, when known
  unsigned Line = 0;
};

/// What failed at the real time.
struct BaselineFailure {
  std::string Test; // empty: the command
  std::string What;
};

struct Comparison {
  std::vector<ClockFinding> Findings;       // in run order, then by test
  std::vector<BaselineFailure> AtBaseline;  // by test
  /// Per run (same order as the runs): tests that failed there but also at
  /// the baseline.
  std::vector<unsigned> SameAsBaseline;
};

Comparison compareRuns(const Run &Baseline, llvm::ArrayRef<Run> Instants);

} // namespace clang::tidy::premortem::driver

#endif
