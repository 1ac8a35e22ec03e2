//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Input files premortem reads itself (the compilation database, --baseline):
// only regular files of bounded size. A FIFO would block the run forever and
// /dev/zero would grow until memory runs out.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_READFILE_H
#define PREMORTEM_DRIVER_READFILE_H

#include "llvm/Support/Error.h"
#include <string>

namespace clang::tidy::premortem::driver {

/// The contents of Path, or an error "PATH: cannot read: …" / "PATH: not a
/// regular file" / "PATH: larger than N MB".
llvm::Expected<std::string> readRegularFile(llvm::StringRef Path, uint64_t MaxBytes);

} // namespace clang::tidy::premortem::driver

#endif
