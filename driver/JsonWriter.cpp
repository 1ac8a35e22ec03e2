//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The JSON format (documented in docs/driver.md): a stable, simple shape for
// scripts that do not want SARIF. Paths as in text output; columns are
// 1-based bytes, end columns exclusive.
//===----------------------------------------------------------------------===//
#include "driver/Paths.h"
#include "driver/Writers.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::premortem::driver {

static void writeRange(llvm::json::OStream &J, const Span &S) {
  J.attribute("file", displayPath(S.File));
  J.attribute("line", S.Begin.Line);
  J.attribute("column", S.Begin.ByteColumn);
  J.attribute("endLine", S.End.Line);
  J.attribute("endColumn", S.End.ByteColumn);
}

static void writeFixes(llvm::json::OStream &J, const std::vector<Replacement> &Fixes) {
  J.attributeArray("fixes", [&] {
    for (const Replacement &Fix : Fixes)
      J.object([&] {
        writeRange(J, Fix.Where);
        J.attribute("text", Fix.Text);
      });
  });
}

void writeJson(const Report &R, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("version", 1);
    J.attributeArray("findings", [&] {
      for (const Finding &F : R.Result.Findings)
        J.object([&] {
          J.attribute("check", F.Check);
          J.attribute("level", levelName(F.Severity));
          writeRange(J, F.Where);
          J.attribute("message", F.Message);
          J.attributeArray("notes", [&] {
            for (const Note &N : F.Notes)
              J.object([&] {
                writeRange(J, N.Where);
                J.attribute("message", N.Message);
                writeFixes(J, N.Fixes);
              });
          });
          writeFixes(J, F.Fixes);
        });
    });
    J.attributeArray("failures", [&] {
      for (const Failure &F : R.Result.Failures)
        J.object([&] {
          J.attribute("file", displayPath(F.File));
          J.attribute("message", failureDetail(F));
        });
    });
    J.attributeArray("partial", [&] {
      for (const PartialAnalysis &P : R.Result.Partial)
        J.object([&] {
          J.attribute("file", displayPath(P.File));
          J.attribute("message", partialDetail(P));
        });
    });
  });
  OS << '\n';
}

} // namespace clang::tidy::premortem::driver
