//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/AccessPath.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace clang::tidy::premortem {

bool AccessPath::isWithin(const AccessPath &Other) const {
  if (Root != Other.Root || Fields.size() < Other.Fields.size())
    return false;
  for (size_t I = 0; I < Other.Fields.size(); ++I)
    if (Fields[I] != Other.Fields[I])
      return false;
  return true;
}

bool AccessPath::overlaps(const AccessPath &Other) const {
  return isWithin(Other) || Other.isWithin(*this);
}

std::string AccessPath::spelling() const {
  if (!Root)
    return "";
  std::string Out = Root->getName().str();
  QualType Type = Root->getType();
  if (Fields.empty())
    return Type->isPointerType() ? "*" + Out : Out;
  for (const FieldDecl *F : Fields) {
    Out += Type->isPointerType() ? "->" : ".";
    Out += F->getName();
    Type = F->getType();
  }
  return Out;
}

const Expr *ignoreParenCasts(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
    if (!Cast || Cast->getType()->isVoidType())
      return E;
    E = Cast->getSubExpr();
  }
  return E;
}

std::optional<AccessPath> accessPathOf(const Expr *E, PathRoots Roots) {
  E = ignoreParenCasts(E);
  if (!E)
    return std::nullopt;
  if (isa<CXXThisExpr>(E) && Roots == PathRoots::VariablesAndThis)
    return AccessPath{};
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var)
      return std::nullopt;
    AccessPath Path;
    Path.Root = Var;
    return Path;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    std::optional<AccessPath> Base = accessPathOf(Member->getBase(), Roots);
    if (!Field || !Base)
      return std::nullopt;
    Base->Fields.push_back(Field);
    return Base;
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
    if (Unary->getOpcode() == UO_AddrOf || Unary->getOpcode() == UO_Deref)
      return accessPathOf(Unary->getSubExpr(), Roots);
    return std::nullopt;
  }
  // `&times[i]` names a part of `times`; element precision is not needed.
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return accessPathOf(Subscript->getBase(), Roots);
  return std::nullopt;
}

} // namespace clang::tidy::premortem
