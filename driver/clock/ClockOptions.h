//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The command line of `premortem clock [options] -- <test command>`
// (docs/clock.md), parsed by hand like the analyzer's.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_CLOCKOPTIONS_H
#define PREMORTEM_DRIVER_CLOCK_CLOCKOPTIONS_H

#include "driver/clock/Faketime.h"
#include "driver/clock/Instants.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

namespace clang::tidy::premortem::driver {

enum class ClockFormat { Text, Sarif, JUnit };

struct ClockOptions {
  std::vector<std::string> Groups; // --instants, default all
  std::vector<Instant> At;         // --at
  std::optional<int64_t> Now;      // --now; default the real time
  ClockMode Mode = ClockMode::Running;
  unsigned Jobs = 0;               // 0: all cores
  std::optional<double> Timeout;   // --timeout SECONDS
  std::string KeepOutput;          // --keep-output DIR
  ClockFormat Format = ClockFormat::Text;
  std::string OutputFile;
  std::string FaketimeLib;
  std::string SourceRoot;
  bool Help = false;
  bool List = false; // --list-instants: print them, run nothing
  std::vector<std::string> Command; // after --
  std::string CommandLine;          // for SARIF, without -j
};

/// Argv starts after "clock". Errors are one sentence without the prefix.
llvm::Expected<ClockOptions> parseClockOptions(llvm::ArrayRef<const char *> Argv);

void printClockHelp(llvm::raw_ostream &OS);

} // namespace clang::tidy::premortem::driver

#endif
