//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// --format codeclimate: the GitLab Code Quality report, a JSON array of
// Code Climate issues (description, check_name, fingerprint, severity,
// location.path relative to the repository, location.lines.begin). GitLab
// shows them in merge request widgets and diffs without any plugin.
//===----------------------------------------------------------------------===//
#include "driver/Paths.h"
#include "driver/Writers.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::premortem::driver {

static llvm::StringRef codeClimateSeverity(Level L) {
  switch (L) {
  case Level::Note:
    return "info";
  case Level::Warning:
    return "major";
  case Level::Error:
    return "critical";
  }
  return "major";
}

void writeCodeClimate(const Report &R, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.array([&] {
    for (const Finding &F : R.Result.Findings) {
      // GitLab matches paths against the repository: relative to the
      // source root (the git top level by default), as SARIF URIs are.
      std::optional<std::string> Rel = relativeTo(F.Where.File, R.SourceRoot);
      J.object([&] {
        J.attribute("type", "issue");
        J.attribute("check_name", F.Check);
        J.attribute("description", F.Message);
        J.attribute("categories", llvm::json::Array{"Bug Risk"});
        // premortem/v1: unique per finding and stable under unrelated
        // edits, which is what GitLab compares between pipelines.
        J.attribute("fingerprint", F.Fingerprint);
        J.attribute("severity", codeClimateSeverity(F.Severity));
        J.attributeObject("location", [&] {
          J.attribute("path", Rel ? *Rel : F.Where.File);
          J.attributeObject("lines", [&] { J.attribute("begin", F.Where.Begin.Line); });
        });
      });
    }
  });
  OS << "\n";
}

} // namespace clang::tidy::premortem::driver
