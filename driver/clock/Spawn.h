//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Runs one test command in its own process group with a timeout: when the
// time is up, or when the command ends, the whole group is killed, so a test
// that hangs on day 366 or leaves a helper process behind does not stall the
// run.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_CLOCK_SPAWN_H
#define PREMORTEM_DRIVER_CLOCK_SPAWN_H

#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

struct SpawnRequest {
  std::vector<std::string> Argv;
  std::vector<std::string> ExtraEnv; // NAME=VALUE, replacing inherited values
  std::string OutputFile;            // stdout and stderr, interleaved
  double TimeoutSeconds = 0;
};

struct SpawnResult {
  bool Started = false;
  std::string StartError; // when !Started
  bool TimedOut = false;
  int ExitCode = 0; // 128+N for signal N, as a shell reports it
  double Seconds = 0;
};

SpawnResult spawnAndWait(const SpawnRequest &R);


} // namespace clang::tidy::premortem::driver

#endif
