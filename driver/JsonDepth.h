//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// llvm::json::parse recurses once per nested array or object, so a file of
// 60,000 '[' overflows the stack. Files premortem parses as JSON are checked
// against a depth bound first; real SARIF and compilation databases nest
// fewer than 20 levels.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_JSONDEPTH_H
#define PREMORTEM_DRIVER_JSONDEPTH_H

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang::tidy::premortem::driver {

constexpr unsigned MaxJsonDepth = 512;

/// The byte offset of the first '[' or '{' nested deeper than MaxDepth
/// (outside strings), or nullopt.
std::optional<size_t> tooDeepJson(llvm::StringRef Text, unsigned MaxDepth = MaxJsonDepth);

} // namespace clang::tidy::premortem::driver

#endif
