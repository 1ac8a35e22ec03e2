//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// SARIF 2.1.0 for `premortem clock`: one result per test and instant where it
// fails or hangs only at that instant. Code scanning needs a location: the
// test's file when JUnit names it, else the project's build file.
//===----------------------------------------------------------------------===//
#include "driver/SarifLog.h"
#include "driver/Docs.h"
#include "driver/Paths.h"
#include "driver/clock/Civil.h"
#include "driver/clock/ClockReport.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::premortem::driver {

namespace {

struct ClockRule {
  llvm::StringLiteral Id, Name, Summary;
};

const ClockRule Rules[] = {
    {"premortem-clock-failure", "ClockFailure",
     "a test passes at the real time but fails with the clock moved to a risky instant"},
    {"premortem-clock-hang", "ClockHang",
     "a test run passes at the real time but hangs with the clock moved to a risky instant"},
};

bool isHang(const ClockFinding &F) { return llvm::StringRef(F.What).starts_with("hung"); }

class ClockSarifWriter {
public:
  ClockSarifWriter(const ClockReport &R, llvm::raw_ostream &OS) : R(R), J(OS, 2) {}

  void write() {
    writeSarifLog(J, [&] { run(); });
  }

private:
  void run() {
    J.attributeObject("tool", [&] {
      J.attributeObject("driver", [&] {
        writeToolIdentity(J);
        J.attributeArray("rules", [&] {
          for (const ClockRule &Rule : Rules)
            rule(Rule);
        });
      });
    });
    J.attributeObject("automationDetails", [&] { J.attribute("id", "premortem-clock/"); });
    J.attributeObject("originalUriBaseIds", [&] {
      J.attributeObject("%SRCROOT%", [&] { J.attribute("uri", fileUriForDir(R.SourceRoot)); });
    });
    J.attributeArray("invocations", [&] { J.object([&] { invocation(); }); });
    J.attributeArray("results", [&] {
      for (const ClockFinding &F : R.Result.Findings)
        result(F);
    });
  }

  void rule(const ClockRule &Rule) {
    J.object([&] {
      J.attribute("id", Rule.Id);
      J.attribute("name", Rule.Name);
      J.attributeObject("shortDescription", [&] { J.attribute("text", Rule.Summary); });
      J.attributeObject("fullDescription", [&] { J.attribute("text", Rule.Summary); });
      J.attributeObject("help", [&] {
        J.attribute("text", "See docs/clock.md: the instant, the reason it is risky and "
                            "the run's output name what to fix.");
      });
      J.attribute("helpUri", (informationUri() + "/blob/main/docs/clock.md").str());
      J.attributeObject("defaultConfiguration", [&] { J.attribute("level", "error"); });
      J.attributeObject("properties", [&] {
        J.attributeArray("tags", [&] {
          J.value("reliability");
          J.value("time");
        });
        J.attribute("precision", "very-high");
        J.attribute("problem.severity", "error");
      });
    });
  }

  void invocation() {
    J.attribute("executionSuccessful", true);
    J.attribute("commandLine", R.CommandLine);
    if (R.Timestamp) {
      J.attribute("startTimeUtc", *R.Timestamp);
      J.attribute("endTimeUtc", *R.Timestamp);
    }
    J.attributeArray("toolExecutionNotifications", [&] {
      for (const BaselineFailure &B : R.Result.AtBaseline)
        J.object([&] {
          J.attribute("level", "note");
          J.attributeObject("message", [&] {
            J.attribute("text", (B.Test.empty() ? std::string("the test command")
                                                : "test '" + B.Test + "'") +
                                    " fails at the real time too (" + B.What +
                                    "): not reported against any instant");
          });
        });
    });
  }

  std::string uriOf(const ClockFinding &F) {
    if (!F.File.empty()) {
      std::string Abs = canonicalPath(F.File, R.SourceRoot);
      if (std::optional<std::string> Rel = relativeTo(Abs, R.SourceRoot))
        return *Rel;
    }
    return R.FallbackUri;
  }

  void result(const ClockFinding &F) {
    bool Hang = isHang(F);
    std::string Uri = uriOf(F);
    J.object([&] {
      J.attribute("ruleId", Hang ? Rules[1].Id : Rules[0].Id);
      J.attribute("ruleIndex", Hang ? 1 : 0);
      J.attribute("level", "error");
      J.attributeObject("message", [&] { J.attribute("text", findingMessage(R, F)); });
      if (!Uri.empty())
        J.attributeArray("locations", [&] {
          J.object([&] {
            J.attributeObject("physicalLocation", [&] {
              J.attributeObject("artifactLocation", [&] {
                J.attribute("uri", relativeUri(Uri));
                J.attribute("uriBaseId", "%SRCROOT%");
              });
              J.attributeObject("region", [&] {
                J.attribute("startLine", F.Line ? F.Line : 1);
              });
            });
          });
        });
      // Stable across runs of the same failure, whatever the reference time.
      const Run *At = runNamed(R, F.Instant);
      std::string Key = F.Test + "\n" + F.Instant + "\n" +
                        (At ? At->At->Group : std::string()) + (Hang ? "\nhang" : "");
      std::array<uint8_t, 32> Hash = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Key));
      J.attributeObject("partialFingerprints", [&] {
        J.attribute("premortem/v1",
                    llvm::toHex(llvm::ArrayRef<uint8_t>(Hash).take_front(8), true) + ":1");
      });
      J.attributeObject("properties", [&] {
        J.attribute("test", F.Test);
        J.attribute("instant", F.Instant);
        if (At) {
          J.attribute("clock", formatUtc(At->At->Epoch));
          if (!At->At->Zone.empty())
            J.attribute("tz", At->At->Zone);
          J.attribute("why", At->At->Why);
        }
      });
    });
  }

  const ClockReport &R;
  llvm::json::OStream J;
};

} // namespace

void writeClockSarif(const ClockReport &R, llvm::raw_ostream &OS) {
  ClockSarifWriter(R, OS).write();
  OS << "\n";
}

} // namespace clang::tidy::premortem::driver
