//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What a run produces, independent of clang's SourceManager: findings with
// byte offsets into canonical paths (as clang-tidy reports them), failed
// translation units, and configuration messages. Positions are resolved to
// lines and columns once, after the run, for all writers.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_FINDINGS_H
#define PREMORTEM_DRIVER_FINDINGS_H

#include "driver/LineIndex.h"
#include "driver/Options.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// A range of bytes in a file, and where it starts and ends once resolved
/// (End is exclusive).
struct Span {
  std::string File; // canonicalPath()
  unsigned Offset = 0;
  unsigned Length = 0;
  Position Begin, End;
};

struct Replacement {
  Span Where; // the bytes replaced (empty for an insertion)
  std::string Text;
};

struct Note {
  Span Where;
  std::string Message;
  std::vector<Replacement> Fixes;
};

struct Finding {
  std::string Check; // "premortem-…" (or "clang-tidy-nolint")
  Level Severity = Level::Warning;
  /// How clang-tidy prints the level ("warning", "error", "remark"): the
  /// text output matches clang-tidy's exactly.
  std::string TidyLevel;
  bool WarningAsError = false; // WarningsAsErrors in the configuration
  Span Where;
  std::string Message;
  std::vector<Note> Notes;
  std::vector<Replacement> Fixes;
  /// premortem/v1 fingerprint ("<hash>:<ordinal>"), set by
  /// assignFingerprints() once positions are resolved.
  std::string Fingerprint;
};

/// A translation unit that could not be analyzed (compiler errors, a file
/// missing at run time). Its findings, if any, are still reported.
struct Failure {
  std::string File;    // the translation unit, canonical
  std::string Message; // the first compiler error, or what went wrong
  std::optional<Span> Where; // where the first error is, when known
  bool Crashed = false; // clang or a check crashed (not a parse failure)
};

/// A translation unit analyzed with pieces missing (docs/driver.md "Partial
/// analysis"): headers not found, declarations premortem supplied instead.
/// Its findings are reported; it is not a failure.
struct PartialAnalysis {
  std::string File;                    // the translation unit, canonical
  std::vector<std::string> Missing;    // headers as included: <windows.h>, "config.h"
  std::vector<std::string> Fallbacks;  // rule-pack fallback declarations used
  std::vector<std::string> Opaque;     // unknown names declared opaque
  unsigned Errors = 0;                 // compiler errors left, recovered from
  bool Inferred = false;               // the compile command was inferred
};

/// A clang-tidy configuration diagnostic (bad option values, …).
struct ConfigMessage {
  Level Severity = Level::Warning;
  std::string Message;
};

struct RunResult {
  std::vector<Finding> Findings; // de-duplicated, sorted
  std::vector<Failure> Failures; // sorted by file
  std::vector<ConfigMessage> ConfigMessages; // unique, sorted
  std::vector<PartialAnalysis> Partial;      // sorted by file
  unsigned TranslationUnits = 0;
};

/// Sorts findings by (file, offset, check, message, rest), drops the same
/// finding seen from several TUs (headers), sorts failures and configuration
/// messages: the result does not depend on the order TUs finished in.
void normalize(RunResult &R);

/// Fills in every Span's Begin/End from the files' text.
void resolvePositions(RunResult &R, FileCache &Files);

} // namespace clang::tidy::premortem::driver

#endif
