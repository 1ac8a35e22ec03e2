//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Progress.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <fmt/format.h>

namespace premortem::driver {

static bool inCI() {
  // CI is set by GitHub Actions, GitLab, Travis, CircleCI, Buildkite, ...
  auto V = llvm::sys::Process::GetEnv("CI");
  return V && !V->empty() && *V != "0" && *V != "false";
}

Progress::Progress(unsigned Total)
    : Total(Total),
      Enabled(llvm::sys::Process::StandardErrIsDisplayed() && !inCI()),
      Start(std::chrono::steady_clock::now()), LastDraw() {}

double Progress::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
}

void Progress::update(unsigned Done, unsigned Findings) {
  if (!Enabled)
    return;
  auto Now = std::chrono::steady_clock::now();
  if (Done != Total && Now - LastDraw < std::chrono::milliseconds(100))
    return;
  LastDraw = Now;
  llvm::errs() << fmt::format("\r\033[K[{}/{}] {} finding{}, {:.1f}s", Done, Total,
                              Findings, Findings == 1 ? "" : "s", elapsed());
  llvm::errs().flush();
}

void Progress::finish(unsigned Findings, unsigned Failures) {
  if (!Enabled)
    return;
  llvm::errs() << fmt::format("\r\033[Kpremortem: {} translation unit{} in {:.1f}s: "
                              "{} finding{}{}\n",
                              Total, Total == 1 ? "" : "s", elapsed(), Findings,
                              Findings == 1 ? "" : "s",
                              Failures ? fmt::format(", {} failed", Failures) : "");
}

} // namespace premortem::driver
