//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/Compare.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static bool failing(TestStatus S) {
  return S == TestStatus::Failed || S == TestStatus::Unfinished;
}

static std::string describe(const TestResult &R, const Run &In) {
  if (R.Status == TestStatus::Unfinished)
    return In.Spawn.TimedOut ? "hung: still running when the run timed out"
                             : "started but never finished";
  return R.Detail.empty() ? "failed" : "failed (" + R.Detail + ")";
}

Comparison compareRuns(const Run &Baseline, llvm::ArrayRef<Run> Instants) {
  Comparison C;
  bool BaselinePassed = Baseline.Spawn.Started && !Baseline.Spawn.TimedOut &&
                        Baseline.Spawn.ExitCode == 0;
  for (const auto &[Name, R] : Baseline.Tests.Tests)
    if (failing(R.Status))
      C.AtBaseline.push_back({Name, describe(R, Baseline)});
  if (!BaselinePassed && C.AtBaseline.empty())
    C.AtBaseline.push_back({"", Baseline.Spawn.TimedOut
                                    ? "hung"
                                    : fmt::format("exit code {}", Baseline.Spawn.ExitCode)});

  for (const Run &R : Instants) {
    unsigned Same = 0;
    size_t Before = C.Findings.size();
    for (const auto &[Name, Result] : R.Tests.Tests) {
      if (!failing(Result.Status))
        continue;
      auto At = Baseline.Tests.Tests.find(Name);
      if (At != Baseline.Tests.Tests.end() && failing(At->second.Status)) {
        ++Same;
        continue;
      }
      std::string What = describe(Result, R);
      if (At == Baseline.Tests.Tests.end())
        What += "; not seen at the baseline";
      C.Findings.push_back({R.name(), Name, What, Result.File, Result.Line});
    }
    C.SameAsBaseline.push_back(Same);
    if (C.Findings.size() != Before)
      continue;
    // No test to blame: the command as a whole, when it did worse than at
    // the baseline.
    if (R.Spawn.TimedOut && !Baseline.Spawn.TimedOut)
      C.Findings.push_back({R.name(), "", "hung: killed at the timeout", "", 0});
    else if (!R.Spawn.TimedOut && R.Spawn.ExitCode != 0 && BaselinePassed && Same == 0)
      C.Findings.push_back(
          {R.name(), "", fmt::format("exit code {} (0 at the baseline)", R.Spawn.ExitCode), "",
           0});
  }
  return C;
}

} // namespace clang::tidy::premortem::driver
