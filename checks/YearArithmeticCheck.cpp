//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/YearArithmeticCheck.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/ast/AccessPath.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

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
  for (DynTypedNodeList Parents = parentsOf(*E, Context); !Parents.empty();
       Parents = parentsOf(Parents[0], Context)) {
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

/// The fix for `auto next = ymd + years{1};` or `due += months{12};`: after
/// the statement, `if (!next.ok()) next = next.year() / next.month() /
/// std::chrono::last;`. Only for a plain, non-const variable, a statement
/// directly in a block, outside macros and templates.
std::optional<FixItHint> clampFix(const CXXOperatorCallExpr *Op, const AccessPath &Object,
                                  const FunctionDecl *Caller, ASTContext &Context) {
  const VarDecl *Var = Object.Root;
  if (!Var || !Object.Fields.empty() || !Var->getIdentifier() ||
      Var->getType().getNonReferenceType().isConstQualified() ||
      Var->getType()->isPointerType() || Caller->isTemplateInstantiation() ||
      Caller->isDependentContext())
    return std::nullopt;
  const CXXRecordDecl *Record = Var->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return std::nullopt;
  std::string Qualified = Record->getQualifiedNameAsString();
  StringRef Namespace = StringRef(Qualified).starts_with("date::") ? "date" : "std::chrono";
  // The statement holding Op, directly inside a block.
  const Stmt *Statement = nullptr;
  DynTypedNodeList Parents = parentsOf(*Op, Context);
  const Stmt *Child = Op;
  for (unsigned Depth = 0; Depth < 12 && !Parents.empty(); ++Depth) {
    if (const auto *Block = Parents[0].get<CompoundStmt>()) {
      (void)Block;
      Statement = Child;
      break;
    }
    if (const auto *S = Parents[0].get<Stmt>()) {
      if (!isa<Expr, DeclStmt>(S))
        return std::nullopt; // inside an if, a loop, a return: not mechanical
      if (const auto *DS = dyn_cast<DeclStmt>(S); DS && !DS->isSingleDecl())
        return std::nullopt;
      Child = S;
    } else if (!Parents[0].get<VarDecl>()) {
      return std::nullopt;
    }
    Parents = parentsOf(Parents[0], Context);
  }
  if (!Statement)
    return std::nullopt;
  const SourceManager &SM = Context.getSourceManager();
  const LangOptions &LO = Context.getLangOpts();
  SourceLocation Begin = Statement->getBeginLoc(), End = Statement->getEndLoc();
  if (Begin.isMacroID() || End.isMacroID() || Op->getBeginLoc().isMacroID() ||
      Op->getEndLoc().isMacroID())
    return std::nullopt; // never inside macros
  SourceLocation Semi = isa<DeclStmt>(Statement)
                            ? End
                            : Lexer::findLocationAfterToken(End, tok::semi, SM, LO, false)
                                  .getLocWithOffset(-1);
  if (Semi.isInvalid())
    return std::nullopt;
  SourceLocation After = Lexer::getLocForEndOfToken(Semi, 0, SM, LO);
  if (After.isInvalid())
    return std::nullopt;
  std::string Indent(SM.getSpellingColumnNumber(Begin) - 1, ' ');
  std::string V = Var->getName().str();
  return FixItHint::CreateInsertion(
      After, ("\n" + Indent + "if (!" + V + ".ok())\n" + Indent + "  " + V + " = " + V +
              ".year() / " + V + ".month() / " + Namespace + "::last;")
                 .str());
}

// Performance: each matcher first narrows to what check() can use, and only
// then asks for the enclosing function (forCallable), because that question
// builds the parent map of the whole translation unit. Calls and
// constructions look their caller up in check(), after a cheap name filter.

/// The year fields the calendar pack names (`tm_year`, `wYear`, ...): a shift
/// is only ever a write to one of them.
std::vector<std::string> yearFieldNames(const RulePack &R) {
  std::vector<std::string> Names;
  for (const CalendarType &T : R.CalendarTypes)
    if (!T.Disabled && !T.Year.empty() && !llvm::is_contained(Names, T.Year))
      Names.push_back(T.Year);
  return Names;
}

/// `x + years{1}`, `ymd += months{n}`: what checkChrono looks at.
AST_MATCHER(CXXOperatorCallExpr, addsCalendarDuration) {
  return Node.getNumArgs() == 2 && !calendarDuration(Node.getArg(1)).empty();
}

/// The function (or lambda call operator) whose body holds S; null inside
/// a block, a default argument or outside any function.
const FunctionDecl *enclosingBody(const Stmt &S, ASTContext &Context) {
  const FunctionDecl *F = enclosingFunction(S, Context);
  return F && F->hasBody() ? F : nullptr;
}

} // namespace

YearArithmeticCheck::YearArithmeticCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Shifts(rulesFor(*Context, Name)) {}

void YearArithmeticCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<std::string> YearFields = yearFieldNames(Shifts.rules());
  if (!YearFields.empty()) {
    auto FieldWrite = ignoringParenImpCasts(
        memberExpr(member(fieldDecl(hasAnyName(std::vector<StringRef>(
                       YearFields.begin(), YearFields.end())))))
            .bind("field"));
    // `d.year++`, `--d.year`: check() keeps the fields the calendar pack names.
    Finder->addMatcher(unaryOperator(anyOf(hasOperatorName("++"), hasOperatorName("--")),
                                     hasUnaryOperand(FieldWrite),
                                     unless(isExpansionInSystemHeader()))
                           .bind("shift"),
                       this);
    // `d.year += n`, `d.year -= n`, `d.year = d.year + n`, `end.year = now->year + 1`.
    Finder->addMatcher(binaryOperator(hasAnyOperatorName("=", "+=", "-="), hasLHS(FieldWrite),
                                      unless(isExpansionInSystemHeader()))
                           .bind("shift"),
                       this);
  }
  // <chrono>/date: `ymd + years{1}`, `ymd += months{12}`, `tp + years{1}`.
  Finder->addMatcher(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("+", "-", "+=", "-="),
                                         addsCalendarDuration(),
                                         unless(isExpansionInSystemHeader()))
                         .bind("chrono"),
                     this);
  // Calls: `add_years(&d, 1)` (a helper of the translation unit that shifts
  // the year of a date passed by pointer or reference, see helperShift),
  // `g_date_new_dmy(d, m, y + 1)` (date-builders), `snprintf(...)` (printed
  // dates). Nearly every call matches, so check() filters before it looks
  // the caller up.
  Finder->addMatcher(callExpr(unless(isExpansionInSystemHeader())).bind("call"), this);
  // `QDate(d.year() + 1, d.month(), d.day())`: constructors of date-builders.
  Finder->addMatcher(cxxConstructExpr(unless(isExpansionInSystemHeader())).bind("build"),
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
  if (Pair.Escapes)
    diag(SM.getFileLoc(Use->getEndLoc()), "'%0' reaches the caller with the shifted year",
         DiagnosticIDs::Note)
        << Name;
  else
    diag(SM.getFileLoc(Use->getBeginLoc()), "'%0' is used here", DiagnosticIDs::Note)
        << Name;
}

void YearArithmeticCheck::reportRebuild(const RebuiltDate &Rebuilt,
                                        ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Rebuilt.YearArg->getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  static const char *const Verbs[] = {"shifted", "incremented", "decremented"};
  const char *Verb = Verbs[Rebuilt.Direction == 1 ? 1 : Rebuilt.Direction == -1 ? 2 : 0];
  diag(Loc, "year of the date built by '%0' is %1 while the day is kept, without handling "
            "29 February; the date does not exist in non-leap years (clamp the day or use "
            "a calendar-safe add)")
      << Rebuilt.BuilderName << Verb;
  diag(SM.getFileLoc(Rebuilt.DayArg->getBeginLoc()), "the day of the original date is "
                                                      "used here",
       DiagnosticIDs::Note);
}

void YearArithmeticCheck::reportPrint(const PrintedDate &Printed,
                                      ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Printed.YearArg->getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  static const char *const Verbs[] = {"shifted", "incremented", "decremented"};
  const char *Verb = Verbs[Printed.Direction == 1 ? 1 : Printed.Direction == -1 ? 2 : 0];
  diag(Loc, "year printed into '%0' is %1 while the day is kept, without handling 29 "
            "February; '%2' reads a date that does not exist in non-leap years (clamp the "
            "day or use a calendar-safe add)")
      << spellDate(Printed.Text) << Verb << Printed.ParserName;
  diag(SM.getFileLoc(Printed.Parse->getBeginLoc()), "'%0' parses the date here",
       DiagnosticIDs::Note)
      << Printed.ParserName;
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
  if (namesOtherCalendar(Shifts.rules(), Caller->getNameAsString()))
    return;
  // Case D: year_month_day plus years or months: 2012-02-29 + years{1} is
  // 2013-02-29, !ok(); sys_days of it is 1 March.
  std::optional<AccessPath> Object;
  const Stmt *Use = nullptr;
  if (Compound) {
    Object = datePathOf(Op->getArg(0));
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
      Object = datePathOf(Assign->getArg(0));
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
    const FunctionCFG *Graph = cfgOf(Caller, Context);
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
  else {
    auto D = diag(Loc, "year_month_day '%0' is shifted by %1 without handling 29 February; "
                       "the result is not a valid date in non-leap years (check '.ok()' and "
                       "clamp the day with '/last')")
             << Name << Unit;
    if (std::optional<FixItHint> Fix = clampFix(Op, *Object, Caller, Context))
      D << *Fix;
  }
  diag(SM.getFileLoc(Use->getBeginLoc()), Name.empty() ? "the result is used here"
                                                         : "'%0' is used here",
       DiagnosticIDs::Note)
      << Name;
}

void YearArithmeticCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  // Calls and constructions: the caller only once a filter passed.
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    checkCall(Call, Context);
    return;
  }
  if (const auto *Build = Result.Nodes.getNodeAs<CXXConstructExpr>("build")) {
    if (!Shifts.mayBuildOrPrint(Build))
      return;
    if (const FunctionDecl *Caller = enclosingBody(*Build, Context))
      if (std::optional<RebuiltDate> Rebuilt =
              Shifts.analyzeRebuild(Build, Caller, Context))
        reportRebuild(*Rebuilt, Context);
    return;
  }
  const auto *Op = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("chrono");
  const auto *Site = Result.Nodes.getNodeAs<Expr>("shift");
  const FunctionDecl *Caller =
      Op ? enclosingBody(*Op, Context) : Site ? enclosingBody(*Site, Context) : nullptr;
  if (!Caller)
    return;
  if (Op) {
    checkChrono(Op, Caller, Context);
    return;
  }
  // Case A: a shift written in this function.
  if (Site)
    if (std::optional<ShiftedUse> Pair =
            Shifts.analyzeShift(Site, Result.Nodes.getNodeAs<MemberExpr>("field"), Caller,
                                Context, /*AllUses=*/false, /*Escapes=*/true))
      report(*Pair, Context);
}

void YearArithmeticCheck::checkCall(const CallExpr *Call, ASTContext &Context) {
  if (Call->containsErrors())
    return;
  const FunctionDecl *Caller = nullptr;
  // Case B: a call of a helper of this translation unit that shifts the year
  // of a date passed by pointer or reference, and handles nothing.
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionDecl *Helper = Callee ? Callee->getDefinition() : nullptr;
  if (Helper && Helper->getBody()) {
    bool ShiftsYear = false;
    for (unsigned I = 0, E = std::min(Call->getNumArgs(), Helper->getNumParams());
         I < E && !ShiftsYear; ++I)
      ShiftsYear = Shifts.helperShift(Helper, I, Context);
    if (ShiftsYear && (Caller = enclosingBody(*Call, Context)))
      for (const ShiftedUse &Pair : Shifts.analyzeHelperCall(Call, Helper, Caller, Context))
        report(Pair, Context);
  }
  // Case E: a date rebuilt from parts with a shifted year; case F: printed
  // with a shifted year into a string that a date parser reads.
  if (!Shifts.mayBuildOrPrint(Call))
    return;
  if (!Caller && !(Caller = enclosingBody(*Call, Context)))
    return;
  if (std::optional<RebuiltDate> Rebuilt =
          Shifts.analyzeRebuild(Call, Caller, Context))
    reportRebuild(*Rebuilt, Context);
  else if (std::optional<PrintedDate> Printed =
               Shifts.analyzePrint(Call, Caller, Context))
    reportPrint(*Printed, Context);
}

void YearArithmeticCheck::onEndOfTranslationUnit() {
  Shifts.clear();
  Reported.clear();
}

} // namespace clang::tidy::premortem
