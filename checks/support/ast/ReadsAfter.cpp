//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/ReadsAfter.h"
#include "checks/support/ast/VarAccess.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace clang::tidy::premortem {

std::optional<llvm::SmallVector<const Stmt *, 4>>
findReadsAfter(const FunctionCFG &Graph, const Stmt &From, const AccessPath &Object,
               ASTContext &Context, const Stmt *Def,
               llvm::function_ref<bool(const CallExpr &, unsigned)> OverwritesArgument) {
  using Step = FunctionCFG::Step;
  auto Visit = [&](const Stmt *S) {
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    if (!Ref || Ref->getDecl() != Object.Root)
      return Step::Continue;
    VarAccess Access = classifyAccess(*Ref, Context);
    if (Access.What == VarAccess::Unevaluated || !Access.Path.overlaps(Object))
      return Step::Continue;
    bool Covers = Object.isWithin(Access.Path);
    if (Access.What == VarAccess::Overwrite) {
      // Setting one field of the object is neither a read nor the end.
      if (!Covers || Access.Site == Def)
        return Step::Continue;
      return Step::StopPath;
    }
    if (Access.What == VarAccess::CallArgument && Access.ByAddress && Covers &&
        OverwritesArgument && OverwritesArgument(*Access.Call, Access.ArgIndex))
      return Step::StopPath;
    return Step::Found;
  };
  auto Both = [](const Expr *) { return FunctionCFG::Follow::Both; };
  return Graph.searchFrom(&From, Visit, Both);
}

} // namespace clang::tidy::premortem
