//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Path spelling: one canonical absolute form for de-duplication, a short form
// for people (relative to the current folder), URIs for SARIF.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_PATHS_H
#define PREMORTEM_DRIVER_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::premortem::driver {

/// The process's current folder (symlinks resolved).
const std::string &currentDir();

/// Path made absolute against Base (or the current folder), without '.' and
/// '..', symlinks resolved when the file exists: the same file always gets
/// the same string, whichever TU or command line named it.
std::string canonicalPath(llvm::StringRef Path, llvm::StringRef Base = "");

/// Path relative to Root when it lies under it ('/'-separated), else none.
std::optional<std::string> relativeTo(llvm::StringRef Path, llvm::StringRef Root);

/// Path as shown to people: relative to the current folder when under it.
std::string displayPath(llvm::StringRef Path);

/// The top-level of the git work tree containing Path, or none.
std::optional<std::string> gitTopLevel(llvm::StringRef Path);

/// "file:///abs/dir/" for an absolute folder (percent-encoded, trailing '/').
std::string fileUriForDir(llvm::StringRef AbsDir);

/// "file:///abs/file" for an absolute file.
std::string fileUri(llvm::StringRef AbsPath);

/// A relative path as a URI reference (percent-encoded, '/'-separated).
std::string relativeUri(llvm::StringRef RelPath);

} // namespace clang::tidy::premortem::driver

#endif
