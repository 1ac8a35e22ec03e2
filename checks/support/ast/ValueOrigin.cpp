//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/ValueOrigin.h"
#include "checks/support/ast/VarAccess.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace clang::tidy::premortem {
namespace {

/// False if Call receives the argument as a pointer or reference to const,
/// or by value. A variadic argument (`sscanf`) or a call through a pointer
/// may write.
bool mayWriteThrough(const CallExpr &Call, unsigned ArgIndex) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F)
    return true;
  unsigned Param = ArgIndex;
  // A member operator receives its object as argument 0.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F);
      Method && isa<CXXOperatorCallExpr>(Call) && !Method->isStatic()) {
    if (Param == 0)
      return !Method->isConst();
    --Param;
  }
  if (Param >= F->getNumParams())
    return true;
  QualType Type = F->getParamDecl(Param)->getType();
  if (!Type->isPointerType() && !Type->isReferenceType())
    return false;
  return !Type->getPointeeType().isConstQualified();
}

/// The value an assignment stores.
const Expr *assignedValue(const Stmt &Site) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(&Site))
    return Binary->getRHS();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Site); Op && Op->getNumArgs() == 2)
    return Op->getArg(1);
  return nullptr;
}

ValueOrigin originOf(const VarAccess &Access, const AccessPath &Object) {
  ValueOrigin O;
  O.Site = Access.Site;
  O.Whole = Object.isWithin(Access.Path);
  bool Exact = O.Whole && Access.Path.isWithin(Object);
  switch (Access.What) {
  case VarAccess::Overwrite:
    O.What = ValueOrigin::Assigned;
    O.Value = Exact ? assignedValue(*Access.Site) : nullptr;
    break;
  case VarAccess::Modify:
    O.What = ValueOrigin::Modified;
    break;
  case VarAccess::CallArgument:
    O.What = ValueOrigin::CallOutput;
    O.Site = Access.Call;
    O.Call = Access.Call;
    O.ArgIndex = Access.ArgIndex;
    break;
  default:
    O.What = ValueOrigin::Escaped;
    break;
  }
  return O;
}

} // namespace

std::optional<llvm::SmallVector<ValueOrigin, 2>>
findValueOrigins(const FunctionCFG &Graph, const Stmt &At, const AccessPath &Object,
                 ASTContext &Context) {
  const VarDecl *Root = Object.Root;
  // Any code may write a global or a static local between two statements.
  if (!Root || !Root->isLocalVarDeclOrParm() || Root->isStaticLocal())
    return std::nullopt;
  llvm::SmallVector<ValueOrigin, 2> Origins;
  using Step = FunctionCFG::Step;
  auto Visit = [&](const Stmt *S) {
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (D == Root) {
          ValueOrigin O;
          O.What = ValueOrigin::Declared;
          O.Site = DS;
          O.Value = Object.Fields.empty() ? Root->getInit() : nullptr;
          Origins.push_back(O);
          return Step::StopPath;
        }
      return Step::Continue;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    if (!Ref || Ref->getDecl() != Root)
      return Step::Continue;
    VarAccess Access = classifyAccess(*Ref, Context, /*ThroughPointers=*/true);
    if (!Access.Path.overlaps(Object))
      return Step::Continue;
    switch (Access.What) {
    case VarAccess::Read:
    case VarAccess::Dereference:
    case VarAccess::Unevaluated:
      return Step::Continue;
    case VarAccess::CallArgument:
      if (Access.Call == &At || !Access.ByAddress ||
          !mayWriteThrough(*Access.Call, Access.ArgIndex))
        return Step::Continue;
      break;
    default:
      break;
    }
    Origins.push_back(originOf(Access, Object));
    return Step::StopPath;
  };
  auto Reached = Graph.searchBefore(&At, Visit);
  if (!Reached)
    return std::nullopt;
  // A null element is a path from the function's entry.
  if (llvm::is_contained(*Reached, nullptr))
    Origins.push_back(ValueOrigin());
  return Origins;
}

} // namespace clang::tidy::premortem
