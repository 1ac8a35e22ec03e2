//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/LeapYearLoopCheck.h"
#include "checks/support/LeapRule.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

/// The day counter a loop condition compares with 365 or 366, and that
/// comparison: `days > 365`, `366 <= days`. Conjuncts of `&&` count too.
const BinaryOperator *dayComparison(const Expr *Cond, const Expr *&Counter,
                                    const ASTContext &Context) {
  Cond = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  const auto *B = dyn_cast_or_null<BinaryOperator>(Cond);
  if (!B)
    return nullptr;
  if (B->getOpcode() == BO_LAnd) {
    if (const BinaryOperator *L = dayComparison(B->getLHS(), Counter, Context))
      return L;
    return dayComparison(B->getRHS(), Counter, Context);
  }
  if (!B->isRelationalOp())
    return nullptr;
  for (auto [Value, Other] : {std::pair(B->getRHS(), B->getLHS()), std::pair(B->getLHS(), B->getRHS())}) {
    std::optional<llvm::APSInt> N =
        Value->isValueDependent() ? std::nullopt : Value->getIntegerConstantExpr(Context);
    if (!N || (N->getExtValue() != 365 && N->getExtValue() != 366))
      continue;
    const Expr *C = Other->IgnoreParenImpCasts();
    if (isa<DeclRefExpr, MemberExpr>(C)) {
      Counter = C;
      return B;
    }
  }
  return nullptr;
}

bool isCounter(const Expr *E, const Expr *Counter, const ASTContext &Context) {
  return E && ::premortem::sameYear(E, Counter, Context);
}

/// True if S changes the counter or may change it: an assignment or
/// increment of it, its address taken, or (for a field or global) any call.
bool changesCounter(const Stmt *S, const Expr *Counter, bool LocalCounter,
                    const ASTContext &Context) {
  if (const auto *B = dyn_cast<BinaryOperator>(S))
    return B->isAssignmentOp() && isCounter(B->getLHS(), Counter, Context);
  if (const auto *U = dyn_cast<UnaryOperator>(S))
    return (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf) &&
           isCounter(U->getSubExpr(), Counter, Context);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S))
    return Op->isAssignmentOp() && Op->getNumArgs() > 0 && isCounter(Op->getArg(0), Counter, Context);
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (!LocalCounter)
      return true;
    // A reference parameter may change the counter.
    const FunctionDecl *F = Call->getDirectCallee();
    for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
      if (!isCounter(Call->getArg(I), Counter, Context))
        continue;
      if (!F || I >= F->getNumParams() ||
          (F->getParamDecl(I)->getType()->isReferenceType() &&
           !F->getParamDecl(I)->getType().getNonReferenceType().isConstQualified()))
        return true;
    }
  }
  return false;
}

/// True if the loop body takes a year length from the counter
/// (`days -= 365`, `days -= leap ? 366 : 365`).
bool consumesYears(const Stmt *Body, const Expr *Counter, const ASTContext &Context) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const Expr *Counter;
    const ASTContext &Context;
    bool Found = false;
    Finder(const Expr *C, const ASTContext &Ctx) : Counter(C), Context(Ctx) {}
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (!B->isAssignmentOp() || !isCounter(B->getLHS(), Counter, Context))
        return true;
      struct Lit : RecursiveASTVisitor<Lit> {
        bool Found = false;
        bool VisitIntegerLiteral(IntegerLiteral *L) {
          uint64_t V = L->getValue().getLimitedValue();
          Found |= V == 365 || V == 366;
          return !Found;
        }
      } L;
      L.TraverseStmt(B->getRHS());
      Found |= L.Found;
      return !Found;
    }
  } F(Counter, Context);
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

} // namespace

void LeapYearLoopCheck::registerMatchers(MatchFinder *Finder) {
  auto YearLength = ignoringParenImpCasts(integerLiteral(anyOf(equals(365), equals(366))));
  auto DayComparison = binaryOperator(isComparisonOperator(), hasEitherOperand(YearLength));
  auto Cond = hasCondition(anyOf(DayComparison, hasDescendant(DayComparison)));
  Finder->addMatcher(stmt(anyOf(whileStmt(Cond), doStmt(Cond), forStmt(Cond)),
                          unless(isExpansionInSystemHeader()),
                          forCallable(decl().bind("function")))
                         .bind("loop"),
                     this);
}

void LeapYearLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Loop = Result.Nodes.getNodeAs<Stmt>("loop");
  const auto *Function = Result.Nodes.getNodeAs<Decl>("function");
  ASTContext &Context = *Result.Context;
  if (!Loop || !Function)
    return;
  const Expr *LoopCond = nullptr;
  const Stmt *Body = nullptr;
  if (const auto *W = dyn_cast<WhileStmt>(Loop))
    LoopCond = W->getCond(), Body = W->getBody();
  else if (const auto *D = dyn_cast<DoStmt>(Loop))
    LoopCond = D->getCond(), Body = D->getBody();
  else if (const auto *F = dyn_cast<ForStmt>(Loop))
    LoopCond = F->getCond(), Body = F->getBody();
  if (!LoopCond || !Body || LoopCond->containsErrors())
    return;
  const Expr *Counter = nullptr;
  const BinaryOperator *Compare = dayComparison(LoopCond, Counter, Context);
  if (!Compare)
    return;
  // A day counter: named so, or reduced by a year length in the body.
  StringRef Name;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Counter))
    Name = Ref->getDecl()->getIdentifier() ? Ref->getDecl()->getName() : "";
  else if (const auto *Member = dyn_cast<MemberExpr>(Counter))
    Name = Member->getMemberDecl()->getIdentifier() ? Member->getMemberDecl()->getName() : "";
  if (!StringRef(Name.lower()).contains("day") && !consumesYears(Loop, Counter, Context))
    return;
  bool LocalCounter = false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Counter))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      LocalCounter = Var->hasLocalStorage() && !Var->getType()->isReferenceType();

  const ::premortem::FunctionCFG *Graph = Graphs.get(Function, Context);
  if (!Graph || !Graph->contains(Compare))
    return;
  SourceManager &SM = Context.getSourceManager();
  SourceRange LoopRange(SM.getExpansionLoc(Loop->getBeginLoc()),
                        SM.getExpansionRange(Loop->getEndLoc()).getEnd());
  auto InLoop = [&](const Stmt *S) {
    SourceLocation L = SM.getExpansionLoc(S->getBeginLoc());
    return !SM.isBeforeInTranslationUnit(L, LoopRange.getBegin()) &&
           !SM.isBeforeInTranslationUnit(LoopRange.getEnd(), L);
  };
  // Paths from the condition, into the body, back to the condition, with
  // no change of the counter on the way.
  std::optional<llvm::SmallVector<const Stmt *, 4>> Stuck = Graph->searchFrom(
      Compare,
      [&](const Stmt *S) {
        if (S == Compare)
          return ::premortem::FunctionCFG::Step::Found;
        if (!InLoop(S) || changesCounter(S, Counter, LocalCounter, Context))
          return ::premortem::FunctionCFG::Step::StopPath;
        return ::premortem::FunctionCFG::Step::Continue;
      },
      [&](const Expr *Branch) {
        return Branch->IgnoreParenImpCasts() == Compare
                   ? ::premortem::FunctionCFG::Follow::TrueOnly
                   : ::premortem::FunctionCFG::Follow::Both;
      });
  if (!Stuck || Stuck->empty())
    return;
  SourceLocation Loc = SM.getFileLoc(Compare->getBeginLoc());
  if (SM.isInSystemHeader(Loc) || !Reported.insert(Loc.getRawEncoding()).second)
    return;
  std::string Spelled = Name.empty() ? std::string("the day count") : "'" + Name.str() + "'";
  diag(Loc, "loop may never end: a path through its body neither reduces %0 nor leaves the "
            "loop, so a count stuck at day 366 of a leap year spins forever (the 2008 "
            "music-player freeze); reduce the count or break on every path")
      << Spelled;
}

} // namespace clang::tidy::premortem
