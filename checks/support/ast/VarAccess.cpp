//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/VarAccess.h"
#include "checks/support/ast/Enclosing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace clang::tidy::premortem {

static const Stmt *parentStmt(const Stmt &S, ASTContext &Context) {
  DynTypedNodeList Parents = parentsOf(S, Context);
  return Parents.empty() ? nullptr : Parents[0].get<Stmt>();
}

/// True for wrappers that pass a value or an object through unchanged.
static bool isTransparent(const Stmt &Parent) {
  if (isa<ParenExpr>(Parent))
    return true;
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(&Parent))
    return Cast->getCastKind() != CK_LValueToRValue;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(&Parent))
    return !Cast->getType()->isVoidType();
  return false;
}

const CallExpr *callTakingArgument(const Expr &E, ASTContext &Context,
                                   unsigned &ArgIndex) {
  const Expr *Cur = &E;
  while (const Stmt *Parent = parentStmt(*Cur, Context)) {
    if (isTransparent(*Parent)) {
      Cur = cast<Expr>(Parent);
      continue;
    }
    const auto *Call = dyn_cast<CallExpr>(Parent);
    if (!Call)
      return nullptr;
    for (unsigned I = 0, N = Call->getNumArgs(); I < N; ++I)
      if (Call->getArg(I) == Cur) {
        ArgIndex = I;
        return Call;
      }
    return nullptr;
  }
  return nullptr;
}

/// The expression that dereferences the pointer value Value (`Value->f`,
/// `*Value`, `Value[i]`, through parentheses and casts), or null.
static const Expr *dereferenceOf(const Expr &Value, ASTContext &Context) {
  const Expr *Cur = &Value;
  while (const Stmt *Parent = parentStmt(*Cur, Context)) {
    if (isTransparent(*Parent)) {
      Cur = cast<Expr>(Parent);
      continue;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(Parent);
        Member && Member->isArrow() && Member->getBase() == Cur)
      return Member;
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent);
        Unary && Unary->getOpcode() == UO_Deref)
      return Unary;
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent);
        Subscript && Subscript->getBase() == Cur)
      return Subscript;
    return nullptr;
  }
  return nullptr;
}

/// Finishes the classification once the reference has become an rvalue.
static VarAccess classifyValueUse(VarAccess Access, const Expr &Value,
                                  ASTContext &Context, bool ThroughPointers) {
  const Expr *Cur = &Value;
  while (const Stmt *Parent = parentStmt(*Cur, Context)) {
    if (isTransparent(*Parent)) {
      Cur = cast<Expr>(Parent);
      continue;
    }
    if (!Cur->getType()->isAnyPointerType() && !Cur->getType()->isArrayType())
      break;
    if (const auto *Member = dyn_cast<MemberExpr>(Parent);
        Member && Member->isArrow() && Member->getBase() == Cur)
      Access.What = VarAccess::Dereference;
    else if (const auto *Unary = dyn_cast<UnaryOperator>(Parent);
             Unary && Unary->getOpcode() == UO_Deref)
      Access.What = VarAccess::Dereference;
    else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent);
             Subscript && Subscript->getBase() == Cur)
      Access.What = VarAccess::Dereference;
    else if (const CallExpr *Call =
                 callTakingArgument(*Cur, Context, Access.ArgIndex)) {
      Access.What = VarAccess::CallArgument;
      Access.Call = Call;
      // The pointer is the address of the object the path names.
      Access.ByAddress = ThroughPointers;
    }
    break;
  }
  Access.Site = Cur;
  return Access;
}

VarAccess classifyAccess(const DeclRefExpr &Ref, ASTContext &Context,
                         bool ThroughPointers) {
  VarAccess Access;
  Access.Path.Root = dyn_cast<VarDecl>(Ref.getDecl());
  const Expr *Cur = &Ref;
  while (const Stmt *Parent = parentStmt(*Cur, Context)) {
    if (isTransparent(*Parent)) {
      Cur = cast<Expr>(Parent);
      continue;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(Parent);
        Member && !Member->isArrow() && Member->getBase() == Cur) {
      if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
        Access.Path.Fields.push_back(Field);
      Cur = Member;
      continue;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Parent)) {
      const Expr *Deref = ThroughPointers ? dereferenceOf(*Cast, Context) : nullptr;
      if (!Deref)
        return classifyValueUse(Access, *Cast, Context, ThroughPointers);
      if (const auto *Member = dyn_cast<MemberExpr>(Deref))
        if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
          Access.Path.Fields.push_back(Field);
      Cur = Deref;
      continue;
    }
    // An element of an array is a part of it, as in accessPathOf.
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent);
        ThroughPointers && Subscript && Subscript->getBase() == Cur) {
      Cur = Subscript;
      continue;
    }
    Access.Site = Cur;
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent)) {
      if (Unary->isIncrementDecrementOp()) {
        Access.What = VarAccess::Modify;
        Access.Site = Unary;
        return Access;
      }
      if (Unary->getOpcode() == UO_AddrOf) {
        Access.Site = Unary;
        Access.ByAddress = true;
        Access.Call = callTakingArgument(*Unary, Context, Access.ArgIndex);
        Access.What = Access.Call ? VarAccess::CallArgument : VarAccess::AddressTaken;
        return Access;
      }
      return Access;
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(Parent);
        Binary && Binary->getLHS() == Cur) {
      if (Binary->getOpcode() == BO_Assign)
        Access.What = VarAccess::Overwrite;
      else if (Binary->isCompoundAssignmentOp())
        Access.What = VarAccess::Modify;
      else
        return Access;
      Access.Site = Binary;
      return Access;
    }
    if (isa<UnaryExprOrTypeTraitExpr>(Parent)) {
      Access.What = VarAccess::Unevaluated;
      return Access;
    }
    // C++ class assignment is a call of operator=.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
        Op->getArg(0) == Cur) {
      Access.What = VarAccess::Overwrite;
      Access.Site = Op;
      return Access;
    }
    // A C++ reference parameter receives the object itself.
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      for (unsigned I = 0, N = Call->getNumArgs(); I < N; ++I)
        if (Call->getArg(I) == Cur) {
          Access.What = VarAccess::CallArgument;
          Access.Call = Call;
          Access.ArgIndex = I;
          Access.ByAddress = true;
        }
      return Access;
    }
    return Access;
  }
  Access.Site = Cur;
  return Access;
}

} // namespace clang::tidy::premortem
