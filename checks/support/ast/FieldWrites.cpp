//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/FieldWrites.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace clang::tidy::premortem {
namespace {

/// True if E is `<same field> ± n`: the old value shifted. The same field of
/// another object counts (`end.tm_year = now->tm_year + 1`); a different
/// field is a representation change (`tm_year = year - 1900`).
bool isShiftOf(const Expr *E, const AccessPath &Target) {
  const auto *Add = dyn_cast<BinaryOperator>(ignoreParenCasts(E));
  if (!Add || (Add->getOpcode() != BO_Add && Add->getOpcode() != BO_Sub))
    return false;
  for (const Expr *Side : {Add->getLHS(), Add->getRHS()}) {
    std::optional<AccessPath> Path = accessPathOf(Side);
    if (!Path)
      continue;
    if (Path->Root == Target.Root && Path->Fields == Target.Fields)
      return true;
    if (!Path->Fields.empty() && !Target.Fields.empty() &&
        Path->Fields.back()->getName() == Target.Fields.back()->getName())
      return true;
  }
  return false;
}

bool isZeroInitializer(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<ImplicitValueInitExpr>(E))
    return true;
  if (const auto *List = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : List->inits())
      if (Init && !isZeroInitializer(Init))
        return false;
    return true;
  }
  if (const auto *Int = dyn_cast<IntegerLiteral>(E))
    return Int->getValue().isZero();
  return false;
}

class WriteFinder : public RecursiveASTVisitor<WriteFinder> {
public:
  WriteFinder(const AccessPath &Object) : Object(Object) {}
  llvm::SmallVector<FieldWrite, 4> Writes;

  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp())
      record(U->getSubExpr(), FieldWrite::Shifted, U);
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    switch (B->getOpcode()) {
    case BO_AddAssign:
    case BO_SubAssign:
      record(B->getLHS(), FieldWrite::Shifted, B);
      break;
    case BO_Assign:
      if (std::optional<AccessPath> Target = accessPathOf(B->getLHS()))
        record(*Target, isShiftOf(B->getRHS(), *Target) ? FieldWrite::Shifted
                                                         : FieldWrite::Set,
               B);
      break;
    default:
      if (B->isCompoundAssignmentOp())
        record(B->getLHS(), FieldWrite::Set, B);
      break;
    }
    return true;
  }

  // `sscanf(s, "%hu", &st.wYear)` sets the field.
  bool VisitCallExpr(CallExpr *Call) {
    for (const Expr *Arg : Call->arguments())
      if (const auto *Addr = dyn_cast<UnaryOperator>(ignoreParenCasts(Arg));
          Addr && Addr->getOpcode() == UO_AddrOf)
        record(Addr->getSubExpr(), FieldWrite::Set, Call);
    return true;
  }

  bool VisitDeclStmt(DeclStmt *DS) {
    for (const Decl *D : DS->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D);
          Var && Var == Object.Root && Object.Fields.empty() && Var->getInit() &&
          isa<InitListExpr>(Var->getInit()->IgnoreImplicit()) &&
          !isZeroInitializer(Var->getInit())) {
        FieldWrite W;
        W.What = FieldWrite::Built;
        W.Target = Object;
        W.Site = Var->getInit();
        Writes.push_back(W);
      }
    return true;
  }

private:
  void record(const Expr *LHS, FieldWrite::Kind What, const Stmt *Site) {
    if (std::optional<AccessPath> Target = accessPathOf(LHS))
      record(*Target, What, Site);
  }
  void record(const AccessPath &Target, FieldWrite::Kind What, const Stmt *Site) {
    // Only parts of the object: a whole-object assignment is a copy.
    if (!Target.isWithin(Object) || Target.Fields.size() == Object.Fields.size())
      return;
    FieldWrite W;
    W.What = What;
    W.Target = Target;
    W.Site = Site;
    Writes.push_back(W);
  }

  const AccessPath &Object;
};

} // namespace

llvm::SmallVector<FieldWrite, 4> findFieldWrites(const Stmt &Body,
                                                 const AccessPath &Object) {
  WriteFinder Finder(Object);
  Finder.TraverseStmt(const_cast<Stmt *>(&Body));
  return std::move(Finder.Writes);
}

} // namespace clang::tidy::premortem
