//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Progress.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static bool inCI() {
  // CI is set by GitHub Actions, GitLab, Travis, CircleCI, Buildkite, ...
  auto V = llvm::sys::Process::GetEnv("CI");
  return V && !V->empty() && *V != "0" && *V != "false";
}

static std::string plural(unsigned N, const char *Word) {
  return fmt::format("{} {}{}", N, Word, N == 1 ? "" : "s");
}

Progress::Progress(unsigned Total, bool Forced, bool Quiet)
    : Total(Total), Terminal(llvm::sys::Process::StandardErrIsDisplayed()),
      Start(std::chrono::steady_clock::now()), LastDraw() {
  Enabled = !Quiet && (Forced || (Terminal && !inCI()));
}

double Progress::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
}

void Progress::update(unsigned Done, unsigned Findings) {
  if (!Enabled)
    return;
  auto Now = std::chrono::steady_clock::now();
  // A log file gets one line per unit; a terminal a redraw at most 10 times a second.
  if (Terminal && Done != Total && Now - LastDraw < std::chrono::milliseconds(100))
    return;
  LastDraw = Now;
  double Spent = elapsed();
  std::string Eta = Done ? fmt::format(", ETA {:.1f}s", Spent / Done * (Total - Done)) : "";
  llvm::errs() << fmt::format("{}[{}/{}] {}, {:.1f}s{}{}", Terminal ? "\r\033[K" : "",
                              Done, Total, plural(Findings, "finding"), Spent, Eta,
                              Terminal ? "" : "\n");
  llvm::errs().flush();
}

void Progress::finish(const std::vector<Finding> &Findings, unsigned Failures,
                      bool PerCheck) {
  if (!Enabled)
    return;
  llvm::errs() << fmt::format("{}premortem: {} in {:.1f}s: {}{}\n",
                              Terminal ? "\r\033[K" : "", plural(Total, "translation unit"),
                              elapsed(), plural(Findings.size(), "finding"),
                              Failures ? fmt::format(", {} failed", Failures) : "");
  if (!PerCheck || Findings.empty())
    return;
  llvm::StringMap<unsigned> Counts;
  for (const Finding &F : Findings)
    ++Counts[F.Check];
  std::vector<std::pair<std::string, unsigned>> Rows;
  size_t Width = 5;
  for (const auto &E : Counts) {
    Rows.emplace_back(E.getKey().str(), E.getValue());
    Width = std::max(Width, E.getKey().size());
  }
  // Most findings first; ties by name so the table is stable.
  std::sort(Rows.begin(), Rows.end(), [](const auto &A, const auto &B) {
    return A.second != B.second ? A.second > B.second : A.first < B.first;
  });
  llvm::errs() << fmt::format("  {:<{}}  findings\n", "check", Width);
  for (const auto &[Check, N] : Rows)
    llvm::errs() << fmt::format("  {:<{}}  {:>8}\n", Check, Width, N);
}

} // namespace clang::tidy::premortem::driver
