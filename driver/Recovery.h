//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Partial analysis (docs/driver.md): a missing header is skipped and
// recorded, the names the file then uses undeclared are collected from the
// compiler's diagnostics, and a second parse gets a header declaring them:
// the rule packs' fallback declarations for the APIs they know, opaque
// declarations for the rest. Findings in functions that use a supplied
// declaration say so.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_RECOVERY_H
#define PREMORTEM_DRIVER_RECOVERY_H

#include "checks/support/rules/RulePack.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Lex/PPCallbacks.h"
#include <map>
#include <set>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// The in-memory header holding the supplied declarations, force-included.
inline constexpr llvm::StringLiteral SuppliedHeaderPath =
    "/premortem-supplied/declarations.h";

/// How an undeclared name is used, which decides its opaque declaration.
enum class NameUse { Type, Record, Function, Value };

struct MissingPieces {
  std::vector<std::string> Headers;     // as included: <windows.h>, "config.h"
  std::map<std::string, NameUse> Names; // used but declared nowhere
};

/// Skips #includes that find no file, recording them in Pieces.
std::unique_ptr<PPCallbacks> missingHeaderRecorder(MissingPieces &Pieces);

/// If Info is a compiler diagnostic about an undeclared name (unknown type,
/// undeclared identifier or function, incomplete struct), records the name.
void recordUnresolved(const Diagnostic &Info, const LangOptions &LangOpts,
                      MissingPieces &Pieces);

struct SuppliedHeader {
  std::string Text;
  std::vector<std::string> Fallbacks; // pack entries used
  std::vector<std::string> Opaque;    // names declared opaque
};

/// The header declaring Names: pack fallbacks first, opaque declarations for
/// names no fallback declares.
SuppliedHeader supplyDeclarations(const RulePack &Pack,
                                  const std::map<std::string, NameUse> &Names,
                                  bool CPlusPlus);

/// A function that uses supplied declarations, and which.
struct SuppliedUse {
  std::string File; // canonical
  unsigned Begin = 0, End = 0;
  std::vector<std::string> Names;
};

/// Finds the function definitions that refer to a declaration of the
/// supplied header (Out), and every supplied name referred to (Used).
std::unique_ptr<ASTConsumer> suppliedUseFinder(std::string BuildDir,
                                               std::vector<SuppliedUse> &Out,
                                               std::set<std::string> &Used);

} // namespace clang::tidy::premortem::driver

#endif
