//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Output formats (docs/driver.md): text like a compiler's, a small JSON
// object, and SARIF 2.1.0 for code scanning. Writers only format: the
// findings arrive de-duplicated, sorted and with resolved positions.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_WRITERS_H
#define PREMORTEM_DRIVER_WRITERS_H

#include "checks/support/rules/CheckList.h"
#include "driver/Findings.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

namespace clang::tidy::premortem::driver {

struct Report {
  const RunResult &Result;
  llvm::ArrayRef<const CheckInfo *> Enabled;
  FileCache &Files;
  std::string SourceRoot;  // absolute; SARIF URIs are relative to it
  std::string CommandLine; // without -j
  std::optional<std::string> Timestamp; // from SOURCE_DATE_EPOCH
  std::string Category;
};

/// Sets every finding's premortem/v1 fingerprint (needs resolved
/// positions): what --baseline compares and SARIF writes.
void assignFingerprints(RunResult &R, FileCache &Files, llvm::StringRef SourceRoot);

void writeText(const Report &R, llvm::raw_ostream &OS);
void writeJson(const Report &R, llvm::raw_ostream &OS);
void writeSarif(const Report &R, llvm::raw_ostream &OS);
void writeCodeClimate(const Report &R, llvm::raw_ostream &OS);

/// "file: failed to parse: where: first error", as printed on stderr.
std::string failureLine(const Failure &F);

/// "failed to parse", or "failed to analyze" after a crash.
llvm::StringRef failureKind(const Failure &F);

/// "where: first error" (or what went wrong).
std::string failureDetail(const Failure &F);

/// "file: partial analysis: …" naming the missing headers and the
/// declarations premortem supplied (docs/driver.md "Partial analysis").
std::string partialLine(const PartialAnalysis &P);
/// The same without the file name, for SARIF notifications.
std::string partialDetail(const PartialAnalysis &P);

} // namespace clang::tidy::premortem::driver

#endif
