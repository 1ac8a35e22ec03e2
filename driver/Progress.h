//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// A one-line progress display on stderr, only when stderr is a terminal and
// not in CI: logs and pipes stay quiet.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_PROGRESS_H
#define PREMORTEM_DRIVER_PROGRESS_H

#include <chrono>

namespace premortem::driver {

class Progress {
public:
  explicit Progress(unsigned Total);
  bool enabled() const { return Enabled; }
  void update(unsigned Done, unsigned Findings);
  /// Clears the line; prints a summary when enabled.
  void finish(unsigned Findings, unsigned Failures);

private:
  double elapsed() const;
  unsigned Total;
  bool Enabled;
  std::chrono::steady_clock::time_point Start;
  std::chrono::steady_clock::time_point LastDraw;
};

} // namespace premortem::driver

#endif
