//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// JUnit XML for CI dashboards: one test case per run (the baseline and each
// instant); an instant fails when some test fails or hangs only there. What
// fails at the real time too is told in the baseline's case, not blamed on
// any instant.
//===----------------------------------------------------------------------===//
#include "driver/clock/Civil.h"
#include "driver/clock/ClockReport.h"
#include "llvm/ADT/STLExtras.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static std::string escapeXml(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '&': Out += "&amp;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&apos;"; break;
    default:
      // XML 1.0 forbids most control characters even escaped.
      if (static_cast<unsigned char>(C) < 0x20 && C != '\n' && C != '\t' && C != '\r')
        Out += '?';
      else
        Out += C;
    }
  }
  return Out;
}

void writeClockJUnit(const ClockReport &R, llvm::raw_ostream &OS) {
  size_t Failed = llvm::count_if(R.Runs, [&](const Run &Run) {
    return llvm::any_of(R.Result.Findings,
                        [&](const ClockFinding &F) { return F.Instant == Run.name(); });
  });
  double Total = R.Baseline.Spawn.Seconds;
  for (const Run &Run : R.Runs)
    Total += Run.Spawn.Seconds;
  OS << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  OS << fmt::format("<testsuites name=\"premortem clock\" tests=\"{}\" failures=\"{}\" "
                    "time=\"{:.3f}\">\n",
                    R.Runs.size() + 1, Failed, Total);
  OS << fmt::format("  <testsuite name=\"premortem clock\" tests=\"{}\" failures=\"{}\" "
                    "errors=\"0\" skipped=\"0\" time=\"{:.3f}\">\n",
                    R.Runs.size() + 1, Failed, Total);
  OS << fmt::format("    <testcase classname=\"premortem.clock\" name=\"baseline\" "
                    "time=\"{:.3f}\">\n",
                    R.Baseline.Spawn.Seconds);
  if (!R.Result.AtBaseline.empty()) {
    OS << "      <system-out>failing at the real time too (not reported against any "
          "instant):\n";
    for (const BaselineFailure &B : R.Result.AtBaseline)
      OS << escapeXml(fmt::format("{}: {}\n", B.Test.empty() ? "(test command)" : B.Test,
                                  B.What));
    OS << "</system-out>\n";
  }
  OS << "    </testcase>\n";
  for (const Run &Run : R.Runs) {
    OS << fmt::format("    <testcase classname=\"premortem.clock\" name=\"{}\" "
                      "time=\"{:.3f}\">\n",
                      escapeXml(Run.name()), Run.Spawn.Seconds);
    std::vector<const ClockFinding *> Here;
    for (const ClockFinding &F : R.Result.Findings)
      if (F.Instant == Run.name())
        Here.push_back(&F);
    if (!Here.empty()) {
      OS << fmt::format("      <failure type=\"{}\" message=\"{}\">", "clock",
                        escapeXml(fmt::format("{} failing only at {}", Here.size(),
                                              formatUtc(Run.At->Epoch))));
      for (const ClockFinding *F : Here)
        OS << escapeXml(findingMessage(R, *F)) << "\n";
      OS << "</failure>\n";
    }
    OS << "      <system-out>" << escapeXml(Run.At->Why) << "</system-out>\n";
    OS << "    </testcase>\n";
  }
  OS << "  </testsuite>\n</testsuites>\n";
}

} // namespace clang::tidy::premortem::driver
