//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Where compile commands come from (compile_commands.json or the arguments
// after --) and which translation units a command line selects.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_DATABASE_H
#define PREMORTEM_DRIVER_DATABASE_H

#include "driver/Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

struct TranslationUnit {
  std::string DbPath;    // as the database knows it (ClangTool's input)
  std::string Canonical; // canonicalPath(), for output and ordering
};

struct Inputs {
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  std::vector<TranslationUnit> Units; // sorted by Canonical, unique
  bool Inferred = false; // no database: every command is inferred
};

/// Loads the database (-p, else ./, build/, out/, cmake-build-*/, _build/;
/// or the arguments after --) and selects translation units: every one, or
/// those named by the paths (folders select every TU under them; a file the
/// database lacks gets a command inferred from its neighbours). Without any
/// database the named sources get commands inferred from the tree
/// (InferredCommands.h). Errors are one sentence, for "premortem: error: …".
llvm::Expected<Inputs> loadInputs(const Options &O);

/// With --staged or --changed-since: adds the changed sources that are not
/// units yet (new files the database lacks, or every changed source without
/// a database), which then get inferred commands.
void addChangedSources(Inputs &In, llvm::ArrayRef<std::string> ChangedFiles);

} // namespace clang::tidy::premortem::driver

#endif
