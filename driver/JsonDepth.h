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

/// Calls Visit(Offset, Char) for every character of JSON text that is
/// outside a string and not white space (an opening quote is visited, the
/// string's contents and closing quote are not), until Visit returns false.
/// The one lexical scan behind the depth bound and the compilation
/// database's element positions.
template <typename VisitFn> void scanJsonStructure(llvm::StringRef Text, VisitFn Visit) {
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r')
      continue;
    if (C == '"')
      InString = true;
    if (!Visit(I, C))
      return;
  }
}

/// The byte offset of the first '[' or '{' nested deeper than MaxDepth
/// (outside strings), or nullopt.
std::optional<size_t> tooDeepJson(llvm::StringRef Text, unsigned MaxDepth = MaxJsonDepth);

} // namespace clang::tidy::premortem::driver

#endif
