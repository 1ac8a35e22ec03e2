//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/YearArithmeticCheck.h"
#include "checks/support/AccessPath.h"
#include "checks/support/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;
using ::premortem::AccessPath;
using ::premortem::designatesDate;
using ::premortem::FunctionCFG;
using ::premortem::passedValue;
using ::premortem::ShiftedUse;
using ::premortem::spellDate;
using ::premortem::YearShift;

namespace clang::tidy::premortem {

namespace {

/// The record E's type names, after sugar and references, or null.
const CXXRecordDecl *recordOf(const Expr *E) {
  return E ? E->getType().getNonReferenceType()->getAsCXXRecordDecl() : nullptr;
}

/// True for std::chrono:: or date:: (Hinnant) records of that name.
bool isChronoRecord(const CXXRecordDecl *R, StringRef Name) {
  if (!R || !R->getIdentifier() || R->getName() != Name)
    return false;
  std::string Q = R->getQualifiedNameAsString();
  return StringRef(Q).starts_with("std::") || StringRef(Q).starts_with("date::");
}

/// "years" or "months" if E's type is spelled with that duration alias.
StringRef calendarDuration(const Expr *E) {
  for (const Expr *X : {E, E->IgnoreImplicit(), passedValue(E)}) {
    if (const auto *T = X->getType().getNonReferenceType()->getAs<TypedefType>()) {
      StringRef N = T->getDecl()->getName();
      if (N == "years" || N == "months")
        return N;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(X))
      if (const auto *T = Cast->getTypeAsWritten()->getAs<TypedefType>()) {
        StringRef N = T->getDecl()->getName();
        if (N == "years" || N == "months")
          return N;
      }
  }
  return "";
}

/// The expression E is part of, above implicit nodes and copies.
const Stmt *userOf(const Expr *E, ASTContext &Context, const Expr *&Child,
                   const VarDecl *&Var) {
  Child = E;
  Var = nullptr;
  for (DynTypedNodeList Parents = Context.getParents(*E); !Parents.empty();
       Parents = Context.getParents(Parents[0])) {
    if (const auto *P = Parents[0].get<Expr>()) {
      if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
              ExprWithCleanups, ParenExpr>(P) ||
          (isa<CXXConstructExpr>(P) &&
           cast<CXXConstructExpr>(P)->getConstructor()->isCopyOrMoveConstructor())) {
        Child = P;
        continue;
      }
      return P;
    }
    if (const auto *P = Parents[0].get<Stmt>())
      return P;
    Var = Parents[0].get<VarDecl>();
    return nullptr;
  }
  return nullptr;
}

} // namespace

YearArithmeticCheck::YearArithmeticCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Shifts(::premortem::rulesFor(*Context, Name)) {}

void YearArithmeticCheck::registerMatchers(MatchFinder *Finder) {
  auto FieldWrite = ignoringParenImpCasts(memberExpr().bind("field"));
  auto InFunction = forCallable(functionDecl(hasBody(stmt())).bind("caller"));
  // `d.year++`, `--d.year`: check() keeps the fields the calendar pack names.
  Finder->addMatcher(unaryOperator(anyOf(hasOperatorName("++"), hasOperatorName("--")),
                                   hasUnaryOperand(FieldWrite),
                                   unless(isExpansionInSystemHeader()), InFunction)
                         .bind("shift"),
                     this);
  // `add_years(&d, 1)`: a helper of the translation unit that shifts the
  // year of a date passed by pointer or reference (see helperShift).
  Finder->addMatcher(callExpr(callee(functionDecl(hasBody(stmt())).bind("helper")),
                              unless(isExpansionInSystemHeader()), InFunction)
                         .bind("call"),
                     this);
  // <chrono>/date: `ymd + years{1}`, `ymd += months{12}`, `tp + years{1}`.
  Finder->addMatcher(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("+", "-", "+=", "-="),
                                         unless(isExpansionInSystemHeader()), InFunction)
                         .bind("chrono"),
                     this);
  // `d.year += n`, `d.year -= n`, `d.year = d.year + n`, `end.year = now->year + 1`.
  Finder->addMatcher(binaryOperator(hasAnyOperatorName("=", "+=", "-="), hasLHS(FieldWrite),
                                    unless(isExpansionInSystemHeader()), InFunction)
                         .bind("shift"),
                     this);
}

void YearArithmeticCheck::report(const ShiftedUse &Pair, ASTContext &Context) {
  const YearShift &S = Pair.Shift;
  const Stmt *Use = Pair.Use;
  const YearShift *InHelper = Pair.InHelper;
  const FunctionDecl *Helper = Pair.Helper;
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(S.Site->getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  std::string Name = spellDate(S.Object);
  static const char *const Verbs[] = {"shifted", "incremented", "decremented"};
  const char *Verb = Verbs[S.Direction == 1 ? 1 : S.Direction == -1 ? 2 : 0];
  if (Helper)
    diag(Loc, "year of '%0' is %1 by %2 without handling 29 February; the date does "
              "not exist in non-leap years (clamp the day or use a calendar-safe add)")
        << Name << Verb << Helper;
  else
    diag(Loc, "year of '%0' is %1 without handling 29 February; the date does not exist "
              "in non-leap years (clamp the day or use a calendar-safe add)")
        << Name << Verb;
  if (InHelper)
    diag(SM.getFileLoc(InHelper->Site->getBeginLoc()), "%0 shifts the year here",
         DiagnosticIDs::Note)
        << Helper;
  diag(SM.getFileLoc(Use->getBeginLoc()), "'%0' is used here", DiagnosticIDs::Note)
      << Name;
}

void YearArithmeticCheck::checkChrono(const CXXOperatorCallExpr *Op,
                                      const FunctionDecl *Caller, ASTContext &Context) {
  if (Op->getNumArgs() != 2 || Op->containsErrors())
    return;
  StringRef Unit = calendarDuration(Op->getArg(1));
  if (Unit.empty())
    return;
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Op->getOperatorLoc());
  const CXXRecordDecl *Left = recordOf(Op->getArg(0));
  OverloadedOperatorKind Kind = Op->getOperator();
  bool Compound = Kind == OO_PlusEqual || Kind == OO_MinusEqual;
  // Case C: a time point plus years or months: 365.2425 days per year.
  if (isChronoRecord(Left, "time_point") && !Compound) {
    if (Reported.insert(Loc.getRawEncoding()).second)
      diag(Loc, "adding std::chrono::%0 to a time point adds an average length "
                "(365.2425 days a year), not a calendar %1; the result is not the "
                "same date and time %2 later (convert to year_month_day and add "
                "there, clamping 29 February)")
          << Unit << (Unit == "years" ? "year" : "month")
          << (Unit == "years" ? "a year" : "a month");
    return;
  }
  if (!isChronoRecord(Left, "year_month_day"))
    return;
  if (::premortem::namesOtherCalendar(Caller->getNameAsString()))
    return;
  // Case D: year_month_day plus years or months: 2012-02-29 + years{1} is
  // 2013-02-29, !ok(); sys_days of it is 1 March.
  std::optional<AccessPath> Object;
  const Stmt *Use = nullptr;
  if (Compound) {
    Object = ::premortem::datePathOf(Op->getArg(0));
  } else {
    const Expr *Child = nullptr;
    const VarDecl *Var = nullptr;
    const Stmt *User = userOf(Op, Context, Child, Var);
    if (Var) {
      Object = AccessPath{};
      Object->Root = Var;
    } else if (const auto *DS = dyn_cast_or_null<DeclStmt>(User)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit() &&
                                                 V->getInit()->IgnoreImplicit() ==
                                                     Child->IgnoreImplicit()) {
          Object = AccessPath{};
          Object->Root = V;
        }
      if (!Object)
        for (const Decl *D : DS->decls())
          if (const auto *V = dyn_cast<VarDecl>(D)) {
            Object = AccessPath{};
            Object->Root = V;
          }
    } else if (const auto *Assign = dyn_cast_or_null<CXXOperatorCallExpr>(User);
               Assign && Assign->getOperator() == OO_Equal && Assign->getNumArgs() == 2) {
      Object = ::premortem::datePathOf(Assign->getArg(0));
    } else if (const auto *Member = dyn_cast_or_null<MemberExpr>(User)) {
      // `(ymd + years{1}).ok()` is a check; `.year()` and friends read a part.
      (void)Member;
      return;
    } else if (User && (isa<CallExpr, CXXConstructExpr, ReturnStmt, InitListExpr>(User))) {
      Use = User; // converted, passed, returned or compared right away
    } else {
      return;
    }
  }
  if (!Use) {
    if (!Object)
      return;
    const FunctionCFG *Graph = Shifts.graphs().get(Caller, Context);
    if (!Graph || !Graph->contains(Op))
      return;
    const AccessPath &O = *Object;
    auto Visit = [&](const Stmt *St) -> FunctionCFG::Step {
      using Step = FunctionCFG::Step;
      if (const auto *Call = dyn_cast<CXXMemberCallExpr>(St)) {
        if (!designatesDate(Call->getImplicitObjectArgument(), O))
          return Step::Continue;
        const CXXMethodDecl *M = Call->getMethodDecl();
        if (M && M->getIdentifier() && M->getName() == "ok")
          return Step::StopPath;
        if (M && M->getIdentifier() &&
            (M->getName() == "year" || M->getName() == "month" || M->getName() == "day"))
          return Step::Continue;
        return Step::Found; // operator sys_days(), operator local_days()
      }
      if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(St)) {
        OverloadedOperatorKind K = Call->getOperator();
        if ((K == OO_Equal || K == OO_PlusEqual || K == OO_MinusEqual) &&
            Call->getNumArgs() > 0 && designatesDate(Call->getArg(0), O))
          return Step::StopPath;
      }
      if (const auto *Call = dyn_cast<CallExpr>(St)) {
        if (Shifts.isLeapHelper(Call->getDirectCallee()))
          return Step::StopPath;
        for (const Expr *Arg : Call->arguments())
          if (designatesDate(Arg, O))
            return Step::Found;
        return Step::Continue;
      }
      if (const auto *Ctor = dyn_cast<CXXConstructExpr>(St)) {
        for (const Expr *Arg : Ctor->arguments())
          if (designatesDate(Arg, O))
            return Step::Found;
        return Step::Continue;
      }
      if (const auto *Ret = dyn_cast<ReturnStmt>(St))
        return Ret->getRetValue() && designatesDate(Ret->getRetValue(), O) ? Step::Found
                                                                       : Step::Continue;
      return Step::Continue;
    };
    auto Found = Graph->searchFrom(
        Op, Visit, [](const Expr *) { return FunctionCFG::Follow::Both; });
    if (!Found || Found->empty())
      return;
    for (const Stmt *St : *Found)
      if (!Use || SM.isBeforeInTranslationUnit(St->getBeginLoc(), Use->getBeginLoc()))
        Use = St;
  }
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  std::string Name = Object ? spellDate(*Object) : "";
  if (Name.empty())
    diag(Loc, "year_month_day shifted by %0 without handling 29 February; the result is "
              "not a valid date in non-leap years (check '.ok()' and clamp the day with "
              "'/last')")
        << Unit;
  else
    diag(Loc, "year_month_day '%0' is shifted by %1 without handling 29 February; the "
              "result is not a valid date in non-leap years (check '.ok()' and clamp the "
              "day with '/last')")
        << Name << Unit;
  diag(SM.getFileLoc(Use->getBeginLoc()), Name.empty() ? "the result is used here"
                                                         : "'%0' is used here",
       DiagnosticIDs::Note)
      << Name;
}

void YearArithmeticCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Caller = Result.Nodes.getNodeAs<FunctionDecl>("caller");
  ASTContext &Context = *Result.Context;
  if (!Caller)
    return;
  if (const auto *Op = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("chrono")) {
    checkChrono(Op, Caller, Context);
    return;
  }
  // Case A: a shift written in this function.
  if (const auto *Site = Result.Nodes.getNodeAs<Expr>("shift")) {
    if (std::optional<ShiftedUse> Pair = Shifts.analyzeShift(
            Site, Result.Nodes.getNodeAs<MemberExpr>("field"), Caller, Context))
      report(*Pair, Context);
    return;
  }
  // Case B: a call of a helper of this translation unit that shifts the year
  // of a date passed by pointer or reference, and handles nothing.
  for (const ShiftedUse &Pair : Shifts.analyzeHelperCall(
           Result.Nodes.getNodeAs<CallExpr>("call"),
           Result.Nodes.getNodeAs<FunctionDecl>("helper"), Caller, Context))
    report(Pair, Context);
}

void YearArithmeticCheck::onEndOfTranslationUnit() {
  Shifts.clear();
  Reported.clear();
}

} // namespace clang::tidy::premortem
