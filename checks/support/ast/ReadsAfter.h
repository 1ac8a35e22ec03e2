//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Is an object read after a point, before it is overwritten? Used for "the
// stored result is tested later" and "the unset out-parameter is used".
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_READSAFTER_H
#define PREMORTEM_CHECKS_SUPPORT_READSAFTER_H

#include "checks/support/ast/AccessPath.h"
#include "checks/support/ast/FunctionCFG.h"

namespace clang {
class CallExpr;
} // namespace clang

namespace clang::tidy::premortem {

/// The references that read (a part of) Object on paths leaving From. A path
/// ends where all of Object is assigned, except by Def (the assignment that
/// stores From's value), or where its address is passed to a call for which
/// OverwritesArgument(call, index) is true. Passing Object to a call counts
/// as a read. nullopt if From is not in the graph.
std::optional<llvm::SmallVector<const clang::Stmt *, 4>> findReadsAfter(
    const FunctionCFG &Graph, const clang::Stmt &From, const AccessPath &Object,
    clang::ASTContext &Context, const clang::Stmt *Def = nullptr,
    llvm::function_ref<bool(const clang::CallExpr &, unsigned)> OverwritesArgument =
        nullptr);

} // namespace clang::tidy::premortem

#endif
