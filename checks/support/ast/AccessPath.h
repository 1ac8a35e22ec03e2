//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// An access path names the object an expression refers to: a variable and the
// fields selected from it. `st`, `&st`, `*pst` and `pst` (a pointer to it)
// all name the variable's object; `&info->end.wYear` is info, end, wYear.
// Dereferences are folded, so `p->f` and `(*p).f` give the same path.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_ACCESSPATH_H
#define PREMORTEM_CHECKS_SUPPORT_ACCESSPATH_H

#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace clang {
class Expr;
class FieldDecl;
class VarDecl;
} // namespace clang

namespace clang::tidy::premortem {

struct AccessPath {
  const clang::VarDecl *Root = nullptr;
  llvm::SmallVector<const clang::FieldDecl *, 4> Fields;

  /// True if this path equals Other or selects a part of it.
  bool isWithin(const AccessPath &Other) const;
  /// True if one path is within the other (they may touch the same bytes).
  bool overlaps(const AccessPath &Other) const;
  /// Source-like spelling: "st.wYear", "info->end", "*out".
  std::string spelling() const;
};

/// Which expressions may start a path.
enum class PathRoots {
  Variables,       // a variable only
  VariablesAndThis // also `this`, as a null Root: `Expiry.tm_year` in a method
                   // is the path Expiry, tm_year
};

/// The path of the object E designates or points to, after parentheses,
/// casts, `&` and `*`; nullopt for anything else (calls, arithmetic, ...).
std::optional<AccessPath> accessPathOf(const clang::Expr *E,
                                       PathRoots Roots = PathRoots::Variables);

/// E without parentheses, implicit casts and explicit non-void casts.
const clang::Expr *ignoreParenCasts(const clang::Expr *E);

} // namespace clang::tidy::premortem

#endif
