//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Is a pointer checked for NULL on every path before it is used? Branches
// that test the pointer (`if (!p) return;`, `p && p->x`, `p == NULL`,
// `(p = f()) != NULL`) end the paths on which it is known to be non-null.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_NULLCHECKS_H
#define PREMORTEM_CHECKS_SUPPORT_NULLCHECKS_H

#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/ast/VarAccess.h"

namespace clang::tidy::premortem {

/// What a branch condition says about Ptr.
enum class NullTest {
  None,           // does not mention Ptr
  NonNullOnTrue,  // `p`, `p != NULL`, `p && x`
  NonNullOnFalse, // `!p`, `p == NULL`, `!p || x`
  Unknown,        // mentions Ptr in a way not understood (`valid(p)`)
};

NullTest classifyNullTest(const clang::Expr &Cond, const clang::VarDecl &Ptr,
                          clang::ASTContext &Context);

/// The uses of Ptr, set by the statement Def (an assignment or declaration
/// evaluated just after From), that some path from From reaches with Ptr not
/// checked for NULL. A use counts when IsCrashingUse says so; reassigning Ptr
/// or taking its address ends a path, and so does any branch on Ptr that is
/// not understood. nullopt if From is not in the graph.
std::optional<llvm::SmallVector<const clang::Stmt *, 4>>
findUncheckedUses(const FunctionCFG &Graph, const clang::Stmt &From,
                  const clang::Stmt *Def, const clang::VarDecl &Ptr,
                  clang::ASTContext &Context,
                  llvm::function_ref<bool(const VarAccess &)> IsCrashingUse);

} // namespace clang::tidy::premortem

#endif
