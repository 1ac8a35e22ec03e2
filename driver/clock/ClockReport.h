//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What the writers of `premortem clock` get: the runs, the comparison with
// the baseline and how the runs were made. Table, SARIF and JUnit.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_CLOCKREPORT_H
#define PREMORTEM_DRIVER_CLOCK_CLOCKREPORT_H

#include "driver/clock/Compare.h"
#include "driver/clock/Faketime.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::premortem::driver {

struct ClockReport {
  const Run &Baseline;
  llvm::ArrayRef<Run> Runs; // one per instant, in instant order
  const Comparison &Result;
  int64_t Reference;        // --now or the real time at the start
  ClockMode Mode;
  double Timeout;
  std::string KeptIn;       // --keep-output, empty when not kept
  std::string CommandLine;  // SARIF invocation, without -j
  std::string SourceRoot;   // absolute
  std::string FallbackUri;  // SARIF location of findings without a JUnit file
  std::optional<std::string> Timestamp; // SOURCE_DATE_EPOCH
};

/// The run of an instant by name.
const Run *runNamed(const ClockReport &R, llvm::StringRef Name);

/// "test 'x' passes at the real time but not at 2028-02-29T00:00:00Z
/// (leap-day-start-utc): failed (Failed)": the finding in one sentence.
std::string findingMessage(const ClockReport &R, const ClockFinding &F);

void writeClockText(const ClockReport &R, llvm::raw_ostream &OS);
void writeClockSarif(const ClockReport &R, llvm::raw_ostream &OS);
void writeClockJUnit(const ClockReport &R, llvm::raw_ostream &OS);

} // namespace clang::tidy::premortem::driver

#endif
