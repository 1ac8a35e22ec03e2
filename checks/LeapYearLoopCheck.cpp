//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/LeapYearLoopCheck.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/calendar/LeapRule.h"
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
  return E && sameYear(E, Counter, Context);
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

/// The least value the counter has inside the loop, from a condition such
/// as `days > 365` (366) or `365 <= days` (365).
std::optional<int64_t> lowerBound(const BinaryOperator *Compare, const Expr *Counter,
                                  const ASTContext &Context) {
  bool CounterLeft = isCounter(Compare->getLHS(), Counter, Context);
  const Expr *Other = CounterLeft ? Compare->getRHS() : Compare->getLHS();
  std::optional<llvm::APSInt> K =
      Other->isValueDependent() ? std::nullopt : Other->getIntegerConstantExpr(Context);
  if (!K)
    return std::nullopt;
  BinaryOperatorKind Op = Compare->getOpcode();
  if (!CounterLeft)
    Op = BinaryOperator::reverseComparisonOp(Op);
  if (Op == BO_GT)
    return K->getExtValue() + 1;
  if (Op == BO_GE)
    return K->getExtValue();
  return std::nullopt;
}

/// Which way a test of the counter against a constant goes when the counter
/// is at least Low (`days >= 366` inside `while (days > 365)` always holds).
FunctionCFG::Follow knownBranch(const Expr *Branch, const Expr *Counter,
                                             int64_t Low, const ASTContext &Context) {
  using Follow = FunctionCFG::Follow;
  const auto *B = dyn_cast<BinaryOperator>(Branch->IgnoreParenImpCasts());
  if (!B || !B->isComparisonOp())
    return Follow::Both;
  bool CounterLeft = isCounter(B->getLHS(), Counter, Context);
  if (!CounterLeft && !isCounter(B->getRHS(), Counter, Context))
    return Follow::Both;
  const Expr *Other = CounterLeft ? B->getRHS() : B->getLHS();
  std::optional<llvm::APSInt> K =
      Other->isValueDependent() ? std::nullopt : Other->getIntegerConstantExpr(Context);
  if (!K)
    return Follow::Both;
  int64_t V = K->getExtValue();
  BinaryOperatorKind Op = CounterLeft ? B->getOpcode() : BinaryOperator::reverseComparisonOp(B->getOpcode());
  switch (Op) {
  case BO_GT: return V < Low ? Follow::TrueOnly : Follow::Both;
  case BO_GE: return V <= Low ? Follow::TrueOnly : Follow::Both;
  case BO_LT: return V <= Low ? Follow::FalseOnly : Follow::Both;
  case BO_LE: return V < Low ? Follow::FalseOnly : Follow::Both;
  case BO_EQ: return V < Low ? Follow::FalseOnly : Follow::Both;
  case BO_NE: return V < Low ? Follow::TrueOnly : Follow::Both;
  default: return Follow::Both;
  }
}

/// The variables and fields the loop's decisions read: the conditions of
/// the loop and of the branches in its body. A path that changes one of
/// them (the year in `if (leap(year))`) may decide otherwise next time.
llvm::SmallVector<const Expr *, 8> decisionState(const Stmt *Loop) {
  llvm::SmallVector<const Expr *, 8> State;
  struct Reads : RecursiveASTVisitor<Reads> {
    llvm::SmallVector<const Expr *, 8> &State;
    explicit Reads(llvm::SmallVector<const Expr *, 8> &S) : State(S) {}
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (isa<VarDecl>(Ref->getDecl()))
        State.push_back(Ref);
      return true;
    }
    bool VisitMemberExpr(MemberExpr *Member) {
      if (isa<FieldDecl>(Member->getMemberDecl()))
        State.push_back(Member);
      return true;
    }
  } Collect(State);
  struct Conditions : RecursiveASTVisitor<Conditions> {
    Reads &Collect;
    explicit Conditions(Reads &R) : Collect(R) {}
    void add(Expr *Cond) {
      if (Cond)
        Collect.TraverseStmt(Cond);
    }
    bool VisitIfStmt(IfStmt *S) { add(S->getCond()); return true; }
    bool VisitWhileStmt(WhileStmt *S) { add(S->getCond()); return true; }
    bool VisitDoStmt(DoStmt *S) { add(S->getCond()); return true; }
    bool VisitForStmt(ForStmt *S) { add(S->getCond()); return true; }
    bool VisitSwitchStmt(SwitchStmt *S) { add(S->getCond()); return true; }
    bool VisitConditionalOperator(ConditionalOperator *C) { add(C->getCond()); return true; }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isLogicalOp())
        add(B->getLHS());
      return true;
    }
  } Find(Collect);
  Find.TraverseStmt(const_cast<Stmt *>(Loop));
  return State;
}

} // namespace

void LeapYearLoopCheck::registerMatchers(MatchFinder *Finder) {
  auto YearLength = ignoringParenImpCasts(integerLiteral(anyOf(equals(365), equals(366))));
  auto DayComparison = binaryOperator(isComparisonOperator(), hasEitherOperand(YearLength));
  auto Cond = hasCondition(anyOf(DayComparison, hasDescendant(DayComparison)));
  // One matcher per loop kind: the finder then offers them loops only, not
  // every statement. The function is looked up in check().
  auto User = unless(isExpansionInSystemHeader());
  Finder->addMatcher(whileStmt(Cond, User).bind("loop"), this);
  Finder->addMatcher(doStmt(Cond, User).bind("loop"), this);
  Finder->addMatcher(forStmt(Cond, User).bind("loop"), this);
}

void LeapYearLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Loop = Result.Nodes.getNodeAs<Stmt>("loop");
  ASTContext &Context = *Result.Context;
  const Decl *Function = Loop ? enclosingCallable(*Loop, Context) : nullptr;
  if (!Function)
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

  const FunctionCFG *Graph = cfgOf(Function, Context);
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
  std::optional<int64_t> Low = lowerBound(Compare, Counter, Context);
  llvm::SmallVector<const Expr *, 8> State = decisionState(Loop);
  auto ChangesState = [&](const Stmt *S) {
    if (changesCounter(S, Counter, LocalCounter, Context))
      return true;
    // Only writes count for the rest: a call that may touch a global would
    // hide the day-366 path of a loop that calls a leap helper.
    for (const Expr *X : State)
      if (changesCounter(S, X, /*LocalCounter=*/true, Context))
        return true;
    return false;
  };
  // Paths from the condition, into the body, back to the condition, with
  // no change of the counter (or of anything the loop decides on) on the
  // way. Tests of the counter that the loop condition settles (`days >= 366`
  // inside `while (days > 365)`) follow their only feasible branch.
  std::optional<llvm::SmallVector<const Stmt *, 4>> Stuck = Graph->searchFrom(
      Compare,
      [&](const Stmt *S) {
        if (S == Compare)
          return FunctionCFG::Step::Found;
        if (!InLoop(S) || ChangesState(S))
          return FunctionCFG::Step::StopPath;
        return FunctionCFG::Step::Continue;
      },
      [&](const Expr *Branch) {
        if (Branch->IgnoreParenImpCasts() == Compare)
          return FunctionCFG::Follow::TrueOnly;
        return Low ? knownBranch(Branch, Counter, *Low, Context)
                   : FunctionCFG::Follow::Both;
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
