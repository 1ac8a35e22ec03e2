//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/JsonDepth.h"

namespace clang::tidy::premortem::driver {

std::optional<size_t> tooDeepJson(llvm::StringRef Text, unsigned MaxDepth) {
  unsigned Depth = 0;
  std::optional<size_t> TooDeep;
  scanJsonStructure(Text, [&](size_t I, char C) {
    if (C == '[' || C == '{') {
      if (++Depth > MaxDepth)
        TooDeep = I;
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
    return !TooDeep;
  });
  return TooDeep;
}

} // namespace clang::tidy::premortem::driver
