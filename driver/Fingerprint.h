//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// SARIF partialFingerprints. GitHub matches alerts across runs with
// primaryLocationLineHash only, and keeps a producer's value even when it
// differs from its own, so ours must equal what github/codeql-action's
// src/fingerprints.ts computes, bit for bit.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_FINGERPRINT_H
#define PREMORTEM_DRIVER_FINGERPRINT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// primaryLocationLineHash of every line of a file's bytes: element L-1 is
/// the value ("<hex>:<n>") for line L. Lines are counted like
/// fingerprints.ts does (CR, LF and CRLF end a line), which can give one
/// more line than the text has when it ends with a newline.
std::vector<std::string> lineHashes(llvm::StringRef FileBytes);

/// The premortem/v1 fingerprint without its ordinal: a hash of the rule,
/// the file URI, the finding's source line without any whitespace, and the
/// message. Line moves and whitespace changes do not change it; editing the
/// code of the line does.
std::string stableFingerprint(llvm::StringRef RuleId, llvm::StringRef Uri,
                              llvm::StringRef LineText, llvm::StringRef Message);

} // namespace clang::tidy::premortem::driver

#endif
