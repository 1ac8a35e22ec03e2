//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// A one-line progress display on stderr (done/total, findings, elapsed, ETA)
// and a closing summary, only when stderr is a terminal and not in CI, unless
// forced with --progress: logs and pipes stay quiet by default.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_PROGRESS_H
#define PREMORTEM_DRIVER_PROGRESS_H

#include "driver/Findings.h"
#include <chrono>
#include <vector>

namespace clang::tidy::premortem::driver {

class Progress {
public:
  /// Quiet (--quiet) wins over Forced (--progress).
  Progress(unsigned Total, bool Forced, bool Quiet);
  bool enabled() const { return Enabled; }
  void update(unsigned Done, unsigned Findings);
  /// Clears the line; prints the totals and, with PerCheck, a table of
  /// findings per check.
  void finish(const std::vector<Finding> &Findings, unsigned Failures, bool PerCheck);

private:
  double elapsed() const;
  unsigned Total;
  bool Enabled;
  bool Terminal;
  std::chrono::steady_clock::time_point Start;
  std::chrono::steady_clock::time_point LastDraw;
};

} // namespace clang::tidy::premortem::driver

#endif
