//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The table: one line per run, then the tests that fail only at an instant
// (grouped by test) and those that fail at the real time too.
//===----------------------------------------------------------------------===//
#include "driver/clock/Civil.h"
#include "driver/clock/ClockReport.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <fmt/format.h>
#include <map>
#include <set>

namespace clang::tidy::premortem::driver {

const Run *runNamed(const ClockReport &R, llvm::StringRef Name) {
  for (const Run &Each : R.Runs)
    if (Each.name() == Name)
      return &Each;
  return nullptr;
}

std::string findingMessage(const ClockReport &R, const ClockFinding &F) {
  const Run *At = runNamed(R, F.Instant);
  std::string When = At ? formatUtc(At->At->Epoch) : F.Instant;
  if (At && !At->At->Zone.empty())
    When += " with TZ=" + At->At->Zone;
  std::string Subject = F.Test.empty() ? "the test command" : "test '" + F.Test + "'";
  return fmt::format("{} passes at the real time but not at {} ({}): {}", Subject, When,
                     F.Instant, F.What);
}

static std::string outcome(const Run &Run, size_t Findings, unsigned Same) {
  if (!Run.Spawn.Started)
    return "could not start: " + Run.Spawn.StartError;
  if (Findings && Run.Spawn.TimedOut)
    return "HUNG";
  if (Findings)
    return fmt::format("FAILED: {} only here", Findings);
  if (Run.Spawn.TimedOut)
    return "timed out, as the baseline";
  if (Same)
    return fmt::format("{} failing as at the baseline", Same);
  return Run.Spawn.ExitCode == 0 ? "passed" : "failed, as the baseline";
}

static std::string exitText(const Run &Run) {
  return Run.Spawn.TimedOut || !Run.Spawn.Started ? "-" : std::to_string(Run.Spawn.ExitCode);
}

void writeClockText(const ClockReport &R, llvm::raw_ostream &OS) {
  OS << fmt::format("premortem clock: {} instants from {}, clock {}, timeout {:.0f}s\n",
                    R.Runs.size(), formatUtc(R.Reference),
                    R.Mode == ClockMode::Frozen ? "frozen" : "running", R.Timeout);
  size_t NameWidth = 8;
  for (const Run &Run : R.Runs)
    NameWidth = std::max(NameWidth, Run.name().size());
  auto Row = [&](llvm::StringRef Name, llvm::StringRef When, llvm::StringRef Zone,
                 llvm::StringRef Exit, llvm::StringRef Time, llvm::StringRef Result) {
    OS << fmt::format("{:<{}}  {:<20}  {:<16}  {:>4}  {:>7}  {}\n", Name.str(), NameWidth,
                      When.str(), Zone.str(), Exit.str(), Time.str(), Result.str());
  };
  Row("run", "clock at (UTC)", "TZ", "exit", "time", "result");
  auto Seconds = [](const Run &Run) { return fmt::format("{:.1f}s", Run.Spawn.Seconds); };
  Row("baseline", "real time", "", exitText(R.Baseline), Seconds(R.Baseline),
      R.Result.AtBaseline.empty() ? "passed"
                                  : fmt::format("{} failing", R.Result.AtBaseline.size()));
  for (size_t I = 0; I < R.Runs.size(); ++I) {
    const Run &Run = R.Runs[I];
    size_t Findings = llvm::count_if(R.Result.Findings, [&](const ClockFinding &F) {
      return F.Instant == Run.name();
    });
    Row(Run.name(), formatUtc(Run.At->Epoch), Run.At->Zone, exitText(Run), Seconds(Run),
        outcome(Run, Findings, R.Result.SameAsBaseline[I]));
  }

  // Grouped by test: one line per test and what happened, with its instants.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> ByTest;
  for (const ClockFinding &F : R.Result.Findings)
    ByTest[{F.Test, F.What}].push_back(F.Instant);
  std::set<std::string> Tests, Instants;
  for (const ClockFinding &F : R.Result.Findings) {
    Tests.insert(F.Test);
    Instants.insert(F.Instant);
  }
  if (!ByTest.empty()) {
    OS << fmt::format("\nfailing only at an instant ({} test{} at {} instant{}):\n",
                      Tests.size(), Tests.size() == 1 ? "" : "s", Instants.size(),
                      Instants.size() == 1 ? "" : "s");
    for (const auto &[Key, Instants] : ByTest)
      OS << fmt::format("  {}: {} at {}\n", Key.first.empty() ? "(test command)" : Key.first,
                        Key.second, llvm::join(Instants, ", "));
  } else {
    OS << "\nno test fails only at an instant\n";
  }
  if (!R.Result.AtBaseline.empty()) {
    OS << "\nfailing at the real time too (not the clock's doing):\n";
    for (const BaselineFailure &B : R.Result.AtBaseline)
      OS << fmt::format("  {}: {}\n", B.Test.empty() ? "(test command)" : B.Test, B.What);
  }
  if (!R.KeptIn.empty())
    OS << "\noutput of each run: " << R.KeptIn << "/<run>/output.txt\n";
}

} // namespace clang::tidy::premortem::driver
