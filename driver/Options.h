//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The premortem command line (docs/driver.md). Parsed by hand rather than with
// llvm::cl: the LLVM shared library registers hundreds of options of its own,
// and the CLI contract wants one-line errors and exit code 2.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_OPTIONS_H
#define PREMORTEM_DRIVER_OPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

enum class OutputFormat { Text, Sarif, Json, CodeClimate };

/// Severity of a finding; also the threshold of --fail-on.
enum class Level { Note, Warning, Error };

llvm::StringRef levelName(Level L);

struct Options {
  std::optional<std::string> BuildDir;              // -p
  std::vector<std::string> Paths;                   // files and folders
  std::optional<std::vector<std::string>> CompilerArgs; // after --
  std::optional<std::string> Checks; // --checks; default premortem-* and .clang-tidy
  unsigned Jobs = 0; // 0: all cores
  unsigned TimeoutSeconds = 600; // per translation unit; 0: none
  uint64_t MemoryLimitMB = 0;    // per translation unit; 0: none
  OutputFormat Format = OutputFormat::Text;
  std::string OutputFile; // empty: stdout
  std::vector<std::string> RulesFiles;
  std::string ConfigFile; // --config: the project pack instead of .premortem.yaml
  std::optional<std::string> TidyConfig;
  Level FailOn = Level::Warning;
  std::string Category;
  std::string SourceRoot;
  std::string Explain;
  std::string Baseline;     // --baseline SARIF
  std::string ChangedSince; // --changed-since REV
  bool Staged = false;      // --staged
  std::string Platform;     // --platform: "" detects it per file without a build
  bool Fix = false;         // --fix
  bool Quiet = false;       // --quiet: no progress, summary or fix-it count
  std::string ExportFixes;  // --export-fixes FILE (clang-tidy's YAML)
  std::vector<std::string> ExtraArgs;       // --extra-arg, appended
  std::vector<std::string> ExtraArgsBefore; // --extra-arg-before, prepended
  std::optional<std::string> HeaderFilter;        // --header-filter
  std::optional<std::string> ExcludeHeaderFilter; // --exclude-header-filter
  bool Progress = false;    // --progress: progress and summary even off a terminal
  unsigned ShardIndex = 1, ShardCount = 1; // --shard I/N (1-based)
  std::string CacheDir;     // --cache DIR (else PREMORTEM_CACHE; empty: no cache)
  std::optional<uint64_t> CacheMaxBytes; // --cache-size SIZE
  std::string DebugLineHashes; // hidden: print GitHub line hashes of a file
  bool ListChecks = false;
  bool ParseOnly = false;
  bool Version = false;
  bool Help = false;
  /// The command line for SARIF, without -j so output does not depend on it.
  std::string CommandLine;
};

/// Parses argv. Errors are one sentence without the "premortem: error: "
/// prefix.
llvm::Expected<Options> parseOptions(llvm::ArrayRef<const char *> Argv);

void printHelp(llvm::raw_ostream &OS);

} // namespace clang::tidy::premortem::driver

#endif
