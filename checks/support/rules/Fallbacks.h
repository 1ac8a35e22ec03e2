//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The fallback declarations of the rule packs as header text: what a file
// gets for the APIs it uses when no header it found declares them, and the
// platform a file is written for. The driver's analysis without a build
// uses this; the names come from the packs only.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_RULES_FALLBACKS_H
#define PREMORTEM_CHECKS_SUPPORT_RULES_FALLBACKS_H

#include "checks/support/rules/RulePack.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang::tidy::premortem {

struct FallbackText {
  std::string Text;                // header text, dependencies first
  std::vector<std::string> Used;   // the entries' names, in that order
  std::vector<std::string> Unknown; // needed names no entry declares
};

/// The entries declaring the Needed names, and the entries their text uses
/// (transitively), as one header.
FallbackText fallbackHeader(const RulePack &Pack, const llvm::StringSet<> &Needed);

/// Every name a fallback entry declares (its name and `also`) mapped to the
/// entry's name.
llvm::StringMap<std::string> fallbackNames(const RulePack &Pack);

/// Entries that are not support types and whose name no other section of
/// Pack names: the packs, not the fallbacks, list the APIs.
std::vector<std::string> unnamedFallbacks(const RulePack &Pack);

/// The enabled platform called Name, or null.
const Platform *findPlatform(const RulePack &Pack, llvm::StringRef Name);

/// The enabled platform one of whose headers is Header (as written in the
/// include, compared case-sensitively and by its last component), or null.
const Platform *platformOfHeader(const RulePack &Pack, llvm::StringRef Header);

} // namespace clang::tidy::premortem

#endif
