//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// compile_commands.json is checked before LLVM's loader sees it: that loader
// reads the file as a YAML stream, so a truncated file loses its last entries
// silently and junk after the closing ']' is accepted. Here the text must be
// one JSON array of well-formed entries, and the first problem is reported
// with its line and column.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_COMPILATIONDATABASECHECK_H
#define PREMORTEM_DRIVER_COMPILATIONDATABASECHECK_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::premortem::driver {

/// "LINE:COL: invalid compilation database: what is wrong" for the first
/// problem in Text, or nullopt.
std::optional<std::string> checkCompilationDatabase(llvm::StringRef Text);

} // namespace clang::tidy::premortem::driver

#endif
