//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/ResultUse.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/ast/ReadsAfter.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"

using namespace clang;

namespace clang::tidy::premortem {

static ResultUse make(ResultUse::Kind What) {
  ResultUse Use;
  Use.What = What;
  return Use;
}

static bool isLocal(const VarDecl *Var) {
  return Var && Var->isLocalVarDeclOrParm() && !Var->getType()->isReferenceType();
}

/// The use of a value that is a statement's child (not an expression's).
static ResultUse classifyInStatement(const Stmt &Parent, const Expr &Child) {
  if (isa<ReturnStmt>(Parent) || isa<CoreturnStmt>(Parent))
    return make(ResultUse::Returned);
  const Expr *Cond = nullptr;
  if (const auto *If = dyn_cast<IfStmt>(&Parent))
    Cond = If->getCond();
  else if (const auto *While = dyn_cast<WhileStmt>(&Parent))
    Cond = While->getCond();
  else if (const auto *Do = dyn_cast<DoStmt>(&Parent))
    Cond = Do->getCond();
  else if (const auto *For = dyn_cast<ForStmt>(&Parent))
    Cond = For->getCond();
  else if (const auto *Switch = dyn_cast<SwitchStmt>(&Parent))
    Cond = Switch->getCond();
  else if (isa<CompoundStmt>(Parent) || isa<LabelStmt>(Parent) ||
           isa<SwitchCase>(Parent) || isa<AttributedStmt>(Parent))
    return make(ResultUse::Discarded);
  else
    return make(ResultUse::Used);
  return make(Cond == &Child ? ResultUse::Used : ResultUse::Discarded);
}

ResultUse classifyResultUse(const Expr &E, ASTContext &Context) {
  const Expr *Cur = &E;
  while (true) {
    DynTypedNodeList Parents = parentsOf(*Cur, Context);
    if (Parents.empty())
      return make(ResultUse::Used);
    if (const auto *Var = Parents[0].get<VarDecl>()) {
      if (!isLocal(Var))
        return make(ResultUse::Used);
      ResultUse Use = make(ResultUse::StoredLocal);
      Use.Var = Var;
      DynTypedNodeList DeclParents = parentsOf(*Var, Context);
      Use.Store = DeclParents.empty() ? nullptr : DeclParents[0].get<DeclStmt>();
      return Use;
    }
    const auto *Parent = Parents[0].get<Stmt>();
    if (!Parent)
      return make(ResultUse::Used);
    if (!isa<Expr>(Parent)) {
      // The value of a GNU statement expression is its last statement's.
      const auto *Block = dyn_cast<CompoundStmt>(Parent);
      DynTypedNodeList Outer = parentsOf(*Parent, Context);
      const auto *StmtE = Outer.empty() ? nullptr : Outer[0].get<StmtExpr>();
      if (Block && StmtE && Block->body_back() == Cur) {
        Cur = StmtE;
        continue;
      }
      return classifyInStatement(*Parent, *Cur);
    }

    if (isa<ParenExpr, ImplicitCastExpr, FullExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr>(Parent)) {
      Cur = cast<Expr>(Parent);
      continue;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent)) {
      if (Cast->getType()->isVoidType())
        return make(ResultUse::CastToVoid);
      Cur = Cast;
      continue;
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
      if (Binary->getOpcode() == BO_Comma) {
        if (Binary->getLHS() == Cur)
          return make(ResultUse::Discarded);
        Cur = Binary;
        continue;
      }
      if (Binary->getOpcode() == BO_Assign && Binary->getRHS() == Cur) {
        const auto *Ref = dyn_cast<DeclRefExpr>(Binary->getLHS()->IgnoreParens());
        const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
        if (!isLocal(Var))
          return make(ResultUse::Used);
        ResultUse Use = make(ResultUse::StoredLocal);
        Use.Var = Var;
        Use.Store = Binary;
        return Use;
      }
      return make(ResultUse::Used);
    }
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(Parent)) {
      if (Cond->getCond() == Cur)
        return make(ResultUse::Used);
      Cur = Cond;
      continue;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(Parent))
      return make(Member->isArrow() && Member->getBase() == Cur
                      ? ResultUse::Dereferenced
                      : ResultUse::Used);
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent))
      return make(Unary->getOpcode() == UO_Deref ? ResultUse::Dereferenced
                                                 : ResultUse::Used);
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent))
      return make(Subscript->getBase() == Cur ? ResultUse::Dereferenced
                                              : ResultUse::Used);
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      for (unsigned I = 0, N = Call->getNumArgs(); I < N; ++I)
        if (Call->getArg(I) == Cur) {
          ResultUse Use = make(ResultUse::Argument);
          Use.Consumer = Call;
          Use.ArgIndex = I;
          return Use;
        }
      return make(ResultUse::Used);
    }
    return make(ResultUse::Used);
  }
}

bool isUnevaluatedOperand(const Expr &E, ASTContext &Context) {
  DynTypedNode Node = DynTypedNode::create(E);
  while (true) {
    DynTypedNodeList Parents = parentsOf(Node, Context);
    if (Parents.empty())
      return false;
    Node = Parents[0];
    if (const auto *Loc = Node.get<TypeLoc>())
      return isa<DecltypeType, TypeOfExprType>(Loc->getTypePtr());
    const auto *S = Node.get<Stmt>();
    if (!S || !isa<Expr>(S))
      return false;
    if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr>(S))
      return true;
    if (const auto *Typeid = dyn_cast<CXXTypeidExpr>(S);
        Typeid && !Typeid->isPotentiallyEvaluated())
      return true;
  }
}

bool isIgnored(const ResultUse &Use, const CallExpr &Call, const FunctionCFG *Graph,
               ASTContext &Context) {
  if (Use.What == ResultUse::Discarded)
    return true;
  if (Use.What != ResultUse::StoredLocal || !Graph)
    return false;
  AccessPath Stored;
  Stored.Root = Use.Var;
  auto Reads = findReadsAfter(*Graph, Call, Stored, Context, Use.Store);
  return Reads && Reads->empty();
}

} // namespace clang::tidy::premortem
