//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Compile commands for sources that have none (no compilation database, or
// a file the database lacks and clang's interpolation cannot place): the
// language from the extension and the content, include folders from the
// source tree (folders holding the headers the sources include, `include/`
// folders), default standards, and the platform the file is written for.
// docs/driver.md "Analysis without a build".
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_INFERREDCOMMANDS_H
#define PREMORTEM_DRIVER_INFERREDCOMMANDS_H

#include "checks/support/rules/RulePack.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// The Heuristic of the commands this database makes; analyzeUnit() tells
/// an inferred command by a non-empty Heuristic.
inline constexpr llvm::StringLiteral InferredHeuristic = "inferred by premortem without a build";

/// True for the extensions analyzed as translation units (`.c`, `.cpp`,
/// Arduino `.ino`, ...).
bool isSourceFile(llvm::StringRef Path);

class InferredDatabase : public clang::tooling::CompilationDatabase {
public:
  /// Root: the top of the source tree, where include folders are searched.
  /// Platform: "" to detect it per file from the platforms of Pack, "host"
  /// for none, or a platform name of Pack (checked by the caller).
  InferredDatabase(std::string Root, std::string Platform,
                   std::shared_ptr<const RulePack> Pack);

  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(llvm::StringRef File) const override;

private:
  std::string Root;
  std::string ForcedPlatform;
  std::shared_ptr<const RulePack> Pack;
  /// Headers under Root by file name (`config.h` -> its paths).
  llvm::StringMap<std::vector<std::string>> Headers;
  std::vector<std::string> IncludeFolders; // `include/` folders under Root
};

} // namespace clang::tidy::premortem::driver

#endif
