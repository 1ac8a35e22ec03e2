//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/NullChecks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"

using namespace clang;

namespace clang::tidy::premortem {

static bool mentions(const Stmt *S, const VarDecl &Var) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl() == &Var)
    return true;
  for (const Stmt *Child : S->children())
    if (mentions(Child, Var))
      return true;
  return false;
}

/// True if E is the pointer itself, or an assignment to it (`(p = f())`).
static bool isPointerValue(const Expr *E, const VarDecl &Ptr) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Assign = dyn_cast<BinaryOperator>(E);
      Assign && Assign->getOpcode() == BO_Assign)
    E = Assign->getLHS()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref && Ref->getDecl() == &Ptr;
}

static bool isNull(const Expr *E, ASTContext &Context) {
  return E->IgnoreParenImpCasts()->isNullPointerConstant(
             Context, Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
}

static NullTest invert(NullTest T) {
  if (T == NullTest::NonNullOnTrue)
    return NullTest::NonNullOnFalse;
  if (T == NullTest::NonNullOnFalse)
    return NullTest::NonNullOnTrue;
  return T;
}

NullTest classifyNullTest(const Expr &Cond, const VarDecl &Ptr, ASTContext &Context) {
  const Expr *E = Cond.IgnoreParenImpCasts();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
      Cast && !Cast->getType()->isVoidType())
    return classifyNullTest(*Cast->getSubExpr(), Ptr, Context);
  if (isPointerValue(E, Ptr))
    return NullTest::NonNullOnTrue;
  if (const auto *Not = dyn_cast<UnaryOperator>(E); Not && Not->getOpcode() == UO_LNot)
    return invert(classifyNullTest(*Not->getSubExpr(), Ptr, Context));
  // likely(p) / __builtin_expect(p != NULL, 1)
  if (const auto *Call = dyn_cast<CallExpr>(E);
      Call && Call->getBuiltinCallee() == Builtin::BI__builtin_expect &&
      Call->getNumArgs() == 2)
    return classifyNullTest(*Call->getArg(0), Ptr, Context);
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    const Expr *L = Binary->getLHS(), *R = Binary->getRHS();
    switch (Binary->getOpcode()) {
    case BO_EQ:
    case BO_NE: {
      bool Compared = (isPointerValue(L, Ptr) && isNull(R, Context)) ||
                      (isPointerValue(R, Ptr) && isNull(L, Context));
      if (Compared)
        return Binary->getOpcode() == BO_EQ ? NullTest::NonNullOnFalse
                                            : NullTest::NonNullOnTrue;
      break;
    }
    case BO_LAnd:
    case BO_LOr: {
      // `a && b` true means both are true; `a || b` false means both false.
      NullTest Want = Binary->getOpcode() == BO_LAnd ? NullTest::NonNullOnTrue
                                                     : NullTest::NonNullOnFalse;
      if (classifyNullTest(*L, Ptr, Context) == Want ||
          classifyNullTest(*R, Ptr, Context) == Want)
        return Want;
      break;
    }
    default:
      break;
    }
  }
  return mentions(E, Ptr) ? NullTest::Unknown : NullTest::None;
}

std::optional<llvm::SmallVector<const Stmt *, 4>>
findUncheckedUses(const FunctionCFG &Graph, const Stmt &From, const Stmt *Def,
                  const VarDecl &Ptr, ASTContext &Context,
                  llvm::function_ref<bool(const VarAccess &)> IsCrashingUse) {
  using Step = FunctionCFG::Step;
  auto Visit = [&](const Stmt *S) {
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    if (!Ref || Ref->getDecl() != &Ptr)
      return Step::Continue;
    VarAccess Access = classifyAccess(*Ref, Context);
    switch (Access.What) {
    case VarAccess::Overwrite:
      return Access.Site == Def ? Step::Continue : Step::StopPath;
    case VarAccess::Modify:
    case VarAccess::AddressTaken:
      return Step::StopPath;
    default:
      if (IsCrashingUse(Access))
        return Step::Found;
      return Access.ByAddress ? Step::StopPath : Step::Continue;
    }
  };
  auto OnBranch = [&](const Expr *Cond) {
    switch (classifyNullTest(*Cond, Ptr, Context)) {
    case NullTest::None:
      return FunctionCFG::Follow::Both;
    case NullTest::NonNullOnTrue:
      return FunctionCFG::Follow::FalseOnly;
    case NullTest::NonNullOnFalse:
      return FunctionCFG::Follow::TrueOnly;
    case NullTest::Unknown:
      return FunctionCFG::Follow::Neither;
    }
    return FunctionCFG::Follow::Both;
  };
  return Graph.searchFrom(&From, Visit, OnBranch);
}

} // namespace clang::tidy::premortem
