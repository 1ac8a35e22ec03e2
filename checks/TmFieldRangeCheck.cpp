//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/TmFieldRangeCheck.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/Constant.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/rules/RulePack.h"
#include "checks/support/ast/SourceText.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include <functional>

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

enum class Part { Year, Month, MonthDay, YearDay };

/// A broken-down date field and its base: the real value is the stored value
/// plus Offset (tm_year + 1900, tm_mon + 1; wYear and wMonth as they are).
struct DateField {
  Part What;
  int Offset;
  const Expr *E;
  StringRef Name;   // tm_year, wMonth, UCAL_MONTH
  bool StructTm;    // ISO C struct tm (the record printf callers mean)
};

/// The calendar fields whose base is known, as the calendar model reads the
/// `calendar` pack (year-base, month-base, year-day).
std::optional<DateField> dateField(const RulePack &Rules, const Expr *E) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    const CalendarType *T = calendarTypeOf(Rules, Field);
    if (!T || !Field->getIdentifier())
      return std::nullopt;
    auto Make = [&](Part P, int Offset) {
      return DateField{P, Offset, E, Field->getName(), T->Name == "tm"};
    };
    switch (datePartOf(Rules, Field)) {
    case DatePart::YearDay:
      return Make(Part::YearDay, 0);
    case DatePart::Year:
      return Make(Part::Year, static_cast<int>(yearOffset(*T)));
    case DatePart::Month:
      return Make(Part::Month, static_cast<int>(monthOffset(*T)));
    case DatePart::Day:
      // The day of a record that follows struct tm's conventions (0-based
      // month): the checks on tm_mday indexing.
      if (T->MonthBase == 0)
        return Make(Part::MonthDay, 0);
      return std::nullopt;
    case DatePart::None:
      return std::nullopt;
    }
  }
  // ICU: ucal_get(cal, UCAL_MONTH, &status), cal->get(UCAL_MONTH, status).
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F || !F->getIdentifier() || (F->getName() != "get" && F->getName() != "ucal_get"))
      return std::nullopt;
    for (const Expr *Arg : Call->arguments())
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
        if (isa<EnumConstantDecl>(Ref->getDecl()) && Ref->getDecl()->getIdentifier() &&
            Ref->getDecl()->getName() == "UCAL_MONTH")
          return DateField{Part::Month, 1, E, "UCAL_MONTH", false};
  }
  return std::nullopt;
}

/// A date field alone (plus 0), or a date field plus or minus a constant:
/// `tm.tm_mon + 1`, `st.wYear - 1900`, and with ConstantFirst `1 + tm.tm_mon`.
/// nullopt for anything else.
std::optional<std::pair<DateField, int64_t>>
fieldPlusConstant(const RulePack &Rules, const Expr *E, const ASTContext &Context,
                  bool ConstantFirst) {
  if (std::optional<DateField> F = dateField(Rules, E))
    return std::pair(*F, int64_t(0));
  const auto *Sum = dyn_cast<BinaryOperator>(E);
  if (!Sum || (Sum->getOpcode() != BO_Add && Sum->getOpcode() != BO_Sub))
    return std::nullopt;
  std::optional<llvm::APSInt> C = integerConstantOf(Sum->getRHS(), Context);
  std::optional<DateField> F = dateField(Rules, Sum->getLHS());
  if (!F && ConstantFirst && Sum->getOpcode() == BO_Add) {
    C = integerConstantOf(Sum->getLHS(), Context);
    F = dateField(Rules, Sum->getRHS());
  }
  if (!F || !C)
    return std::nullopt;
  return std::pair(*F, Sum->getOpcode() == BO_Add ? C->getExtValue() : -C->getExtValue());
}

std::string textOf(const Expr *E, const ASTContext &Context) {
  return sourceTextOf(E, Context);
}

bool inMacro(const Expr *E) {
  return E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID();
}

/// What the stored value of a field is, for messages.
StringRef baseText(const DateField &F) {
  if (F.What == Part::Year)
    return F.Offset == 1900 ? "counts years since 1900" : "holds the full year";
  return F.Offset == 1 ? "counts months from 0" : "counts months from 1";
}

/// A field of the same name written with `- 1900` (`tm.tm_year -= 1900`,
/// `tm.tm_year = y - 1900`): the code parks a full year in tm_year first.
bool isYearRebase(const RulePack &Rules, const Stmt *S) {
  const auto *Op = dyn_cast<BinaryOperator>(S);
  if (!Op || !Op->isAssignmentOp())
    return false;
  std::optional<DateField> F = dateField(Rules, Op->getLHS());
  if (!F || F->What != Part::Year || F->Offset != 1900)
    return false;
  auto IsLiteral1900 = [](const Expr *E) {
    const auto *L = dyn_cast<IntegerLiteral>(E->IgnoreParenImpCasts());
    return L && L->getValue() == 1900;
  };
  if (Op->getOpcode() == BO_SubAssign)
    return IsLiteral1900(Op->getRHS());
  const auto *Sub = dyn_cast<BinaryOperator>(Op->getRHS()->IgnoreParenImpCasts());
  return Op->getOpcode() == BO_Assign && Sub && Sub->getOpcode() == BO_Sub &&
         IsLiteral1900(Sub->getRHS());
}

/// True if a statement under S writes the field F names (same field name).
bool writesField(const RulePack &Rules, const Stmt *S, const DateField &F) {
  if (!S)
    return false;
  if (const auto *Op = dyn_cast<BinaryOperator>(S))
    if (Op->isAssignmentOp())
      if (std::optional<DateField> W = dateField(Rules, Op->getLHS()))
        if (W->Name == F.Name)
          return true;
  if (const auto *Op = dyn_cast<UnaryOperator>(S))
    if (Op->isIncrementDecrementOp())
      if (std::optional<DateField> W = dateField(Rules, Op->getSubExpr()))
        if (W->Name == F.Name)
          return true;
  for (const Stmt *Child : S->children())
    if (writesField(Rules, Child, F))
      return true;
  return false;
}

constexpr llvm::StringLiteral PrintFunctions[] = {
    "printf", "fprintf", "sprintf", "snprintf", "dprintf", "asprintf", "syslog",
    "wprintf", "fwprintf", "swprintf", "g_strdup_printf", "g_snprintf", "g_print"};

} // namespace

void TmFieldRangeCheck::registerMatchers(MatchFinder *Finder) {
  auto InUserCode = unless(isExpansionInSystemHeader());
  // Comparisons, assignments and additions on date fields (the function is
  // looked up in check(), only for a year compared with a calendar year).
  Finder->addMatcher(binaryOperator(anyOf(isComparisonOperator(), hasAnyOperatorName("=", "+")),
                                    InUserCode)
                         .bind("op"),
                     this);
  // Tables indexed by a date field.
  Finder->addMatcher(arraySubscriptExpr(InUserCode).bind("subscript"), this);
  // Date fields printed as numbers.
  std::vector<StringRef> Printers(std::begin(PrintFunctions), std::end(PrintFunctions));
  Finder->addMatcher(
      callExpr(InUserCode, callee(functionDecl(hasAnyName(Printers)))).bind("print"), this);
  // ICU calendars set with a month: ucal_set(cal, UCAL_MONTH, m),
  // ucal_setDate(cal, y, m, d, &s), cal->set(y, m, d), cal->set(UCAL_MONTH, m).
  Finder->addMatcher(
      callExpr(InUserCode, callee(functionDecl(hasAnyName("ucal_set", "ucal_setDate",
                                                          "ucal_setDateTime", "set"))))
          .bind("icu-set"),
      this);
}

void TmFieldRangeCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  if (const auto *Op = Result.Nodes.getNodeAs<BinaryOperator>("op")) {
    if (Op->containsErrors() || Op->isValueDependent())
      return;
    if (Op->isComparisonOp())
      checkComparison(*Op, Context);
    else if (Op->getOpcode() == BO_Assign)
      checkAssignment(*Op, Context);
    else if (Op->getOpcode() == BO_Add)
      checkAddition(*Op, Context);
  } else if (const auto *E = Result.Nodes.getNodeAs<ArraySubscriptExpr>("subscript")) {
    if (!E->containsErrors())
      checkSubscript(*E, Context);
  } else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("print")) {
    if (!Call->containsErrors())
      checkPrint(*Call, Context);
  } else if (const auto *Set = Result.Nodes.getNodeAs<CallExpr>("icu-set")) {
    if (!Set->containsErrors() && !Set->isValueDependent())
      checkIcuSet(*Set, Context);
  }
}

void TmFieldRangeCheck::checkComparison(const BinaryOperator &Op, ASTContext &Context) {
  BinaryOperatorKind Opc = Op.getOpcode();
  std::optional<DateField> F = dateField(*Rules, Op.getLHS());
  const Expr *Other = Op.getRHS();
  if (!F) {
    F = dateField(*Rules, Op.getRHS());
    Other = Op.getLHS();
    Opc = BinaryOperator::reverseComparisonOp(Opc);
  }
  if (!F)
    return;
  std::optional<llvm::APSInt> Value = integerConstantOf(Other, Context);
  if (!Value)
    return;
  int64_t V = Value->getExtValue();
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Op.getOperatorLoc());
  const Expr *Literal = Other->IgnoreParenImpCasts();
  bool Fixable = isa<IntegerLiteral>(Literal) && !inMacro(&Op);

  if (F->What == Part::Month && F->Offset == 1) {
    bool OneBased = (V == 12 && (Opc == BO_EQ || Opc == BO_NE || Opc == BO_GT || Opc == BO_LE)) ||
                    (V == 13 && (Opc == BO_LT || Opc == BO_GE));
    if (!OneBased)
      return;
    // The rollover idiom: `if (++tm.tm_mon == 12) { tm.tm_mon = 0; ... }`
    // compares a month the code has just pushed past December.
    if (V == 12 && Opc == BO_EQ) {
      const auto &Parents = parentsOf(Op, Context);
      if (!Parents.empty())
        if (const auto *If = Parents[0].get<IfStmt>())
          if (If->getCond()->IgnoreParenImpCasts() == &Op && writesField(*Rules, If->getThen(), *F))
            return;
    }
    if (!firstReport(Loc))
      return;
    auto D = diag(Loc, "'%0' %1 (January is 0, December 11), so comparing it with %2 "
                       "treats it as 1-based and the test is off by one month "
                       "(compare with %3)")
             << textOf(F->E, Context) << baseText(*F) << static_cast<int>(V)
             << static_cast<int>(V - 1);
    if (Fixable)
      D << FixItHint::CreateReplacement(Literal->getSourceRange(), std::to_string(V - 1));
    return;
  }
  // A calendar year as people write it; `tm_year >= 8100` (year 10000) is a
  // deliberate bound on the 1900-based value.
  if (F->What == Part::Year && F->Offset == 1900 && V >= 1600 && V <= 2199) {
    // A parser that parks the full year in tm_year and rebases it later.
    const FunctionDecl *Caller = enclosingFunction(Op, Context);
    const FunctionCFG *Graph = cfgOf(Caller, Context);
    if (Caller && Caller->getBody()) {
      bool Rebased = false;
      std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
        if (!S || Rebased)
          return;
        if (isYearRebase(*Rules, S) && (!Graph || Graph->canReach(&Op, S)))
          Rebased = true;
        for (const Stmt *Child : S->children())
          Walk(Child);
      };
      Walk(Caller->getBody());
      if (Rebased)
        return;
    }
    if (!firstReport(Loc))
      return;
    auto D = diag(Loc, "'%0' counts years since 1900, so comparing it with the "
                       "four-digit year %1 is off by 1900 years (compare '%0 + 1900')")
             << textOf(F->E, Context) << static_cast<int>(V);
    if (!inMacro(&Op))
      D << FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(F->E->getEndLoc(), 0, SM, Context.getLangOpts()),
          " + 1900");
  }
}

void TmFieldRangeCheck::checkAssignment(const BinaryOperator &Op, ASTContext &Context) {
  std::optional<DateField> A = dateField(*Rules, Op.getLHS());
  if (!A || (A->What != Part::Year && A->What != Part::Month))
    return;
  SourceLocation Loc = Context.getSourceManager().getFileLoc(Op.getOperatorLoc());
  const Expr *R = Op.getRHS()->IgnoreParenImpCasts();
  if (A->What == Part::Year && A->Offset == 1900) {
    std::optional<llvm::APSInt> Value = integerConstantOf(R, Context);
    if (Value && *Value >= 1600 && *Value <= 2199 && firstReport(Loc)) {
      diag(Loc, "'%0' is assigned the four-digit year %1, but it counts years since "
                "1900 and the date lands 1900 years late (assign %1 - 1900)")
          << textOf(A->E, Context) << static_cast<int>(Value->getExtValue());
      return;
    }
  }
  // A copy between fields of different bases: `tm.tm_year = st.wYear`.
  auto From = fieldPlusConstant(*Rules, R, Context, /*ConstantFirst=*/true);
  if (!From)
    return;
  auto [B, K] = *From;
  if (B.What != A->What || B.Offset == A->Offset)
    return;
  int64_t Required = B.Offset - A->Offset;
  if (K == Required || !firstReport(Loc))
    return;
  std::string Want = textOf(B.E, Context) + (Required > 0 ? " + " : " - ") +
                     std::to_string(Required > 0 ? Required : -Required);
  int64_t Off = K - Required;
  diag(Loc, "'%0' is set from '%1' with the wrong offset: '%2' %3 but '%4' %5, so "
            "the %select{year|month}6 is off by %7 (assign '%8')")
      << textOf(A->E, Context) << textOf(R, Context) << A->Name << baseText(*A)
      << B.Name << baseText(B) << (A->What == Part::Year ? 0 : 1)
      << static_cast<int>(Off < 0 ? -Off : Off) << Want;
}

void TmFieldRangeCheck::checkAddition(const BinaryOperator &Op, ASTContext &Context) {
  // `pr.tm_year + 1900` on a field that already holds the full year
  // (NSPR's PRExplodedTime, SYSTEMTIME).
  std::optional<DateField> F = dateField(*Rules, Op.getLHS());
  const Expr *Other = Op.getRHS();
  if (!F) {
    F = dateField(*Rules, Op.getRHS());
    Other = Op.getLHS();
  }
  if (!F || F->What != Part::Year || F->Offset != 0)
    return;
  const auto *Literal = dyn_cast<IntegerLiteral>(Other->IgnoreParenImpCasts());
  if (!Literal || Literal->getValue() != 1900)
    return;
  // A copy into a field of another base is judged as a copy.
  for (DynTypedNode Parent : parentsOf(Op, Context)) {
    const Stmt *P = Parent.get<Stmt>();
    while (P && (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P))) {
      const auto &Up = parentsOf(*P, Context);
      P = Up.empty() ? nullptr : Up[0].get<Stmt>();
    }
    if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(P))
      if (Assign->getOpcode() == BO_Assign && dateField(*Rules, Assign->getLHS()))
        return;
  }
  SourceLocation Loc = Context.getSourceManager().getFileLoc(Op.getOperatorLoc());
  if (firstReport(Loc))
    diag(Loc, "'%0' already holds the full year, so adding 1900 puts the date 1900 "
              "years late (use '%0' as it is)")
        << textOf(F->E, Context);
}

void TmFieldRangeCheck::checkSubscript(const ArraySubscriptExpr &E, ASTContext &Context) {
  const Expr *Index = E.getIdx()->IgnoreParenImpCasts();
  SourceLocation Loc = Context.getSourceManager().getFileLoc(Index->getBeginLoc());
  // months[tm.tm_mon - 1]
  if (const auto *Sub = dyn_cast<BinaryOperator>(Index)) {
    std::optional<DateField> F = dateField(*Rules, Sub->getLHS());
    std::optional<llvm::APSInt> C = integerConstantOf(Sub->getRHS(), Context);
    if (Sub->getOpcode() == BO_Sub && F && F->What == Part::Month && F->Offset == 1 &&
        C && *C == 1 && firstReport(Loc)) {
      auto D = diag(Loc, "'%0' %1, so '%2' indexes before the table in January and "
                         "reads the previous month's entry otherwise (index with '%0')")
               << textOf(F->E, Context) << baseText(*F) << textOf(Index, Context);
      if (!inMacro(Index))
        D << FixItHint::CreateRemoval(CharSourceRange::getTokenRange(
                 Lexer::getLocForEndOfToken(Sub->getLHS()->getEndLoc(), 0,
                                            Context.getSourceManager(), Context.getLangOpts()),
                 Sub->getRHS()->getEndLoc()));
    }
    return;
  }
  std::optional<DateField> F = dateField(*Rules, Index);
  if (!F || (F->What != Part::MonthDay && F->What != Part::YearDay))
    return;
  const auto *Array = dyn_cast<ConstantArrayType>(
      Context.getAsArrayType(E.getBase()->IgnoreParenImpCasts()->getType()));
  if (!Array)
    return;
  uint64_t Size = Array->getSize().getZExtValue();
  if (F->What == Part::MonthDay && Size == 31 && firstReport(Loc))
    diag(Loc, "'%0' runs from 1 to 31, so indexing a 31-entry table with it skips "
              "the first entry and reads past the end on day 31 (index with '%0 - 1')")
        << textOf(F->E, Context);
  if (F->What == Part::YearDay && Size == 365 && firstReport(Loc))
    diag(Loc, "'%0' runs from 0 to 365, so a 365-entry table is read past its end on "
              "31 December of a leap year (give the table 366 entries)")
        << textOf(F->E, Context);
}

void TmFieldRangeCheck::checkPrint(const CallExpr &Call, ASTContext &Context) {
  // Find the format argument: the first string literal.
  unsigned FormatIndex = 0;
  const StringLiteral *Format = nullptr;
  for (unsigned I = 0; I < Call.getNumArgs(); ++I)
    if ((Format = dyn_cast<StringLiteral>(Call.getArg(I)->IgnoreParenImpCasts()))) {
      FormatIndex = I;
      break;
    }
  // A debug dump that names the raw field prints it on purpose.
  if (!Format || !Format->isOrdinary() || Format->getString().contains("tm_"))
    return;
  for (unsigned I = FormatIndex + 1; I < Call.getNumArgs(); ++I) {
    std::optional<DateField> F = dateField(*Rules, Call.getArg(I));
    if (!F || !F->StructTm || (F->What != Part::Year && F->What != Part::Month))
      continue;
    SourceLocation Loc = Context.getSourceManager().getFileLoc(F->E->getBeginLoc());
    if (!firstReport(Loc))
      continue;
    bool Year = F->What == Part::Year;
    diag(Loc, "'%0' is printed as it is, but it %1, so the date reads %select{1900 "
              "years early (2024 prints as 124)|one month early (January prints as 0)}2 "
              "(print '%0 + %select{1900|1}2')")
        << textOf(F->E, Context) << baseText(*F) << (Year ? 0 : 1);
  }
}

/// The argument of an ICU setter that holds a month, if Call is one.
static const Expr *icuMonthArgument(const CallExpr &Call) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F || !F->getIdentifier())
    return nullptr;
  auto IsMonthField = [](const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && isa<EnumConstantDecl>(Ref->getDecl()) && Ref->getDecl()->getIdentifier() &&
           (Ref->getDecl()->getName() == "UCAL_MONTH" || Ref->getDecl()->getName() == "MONTH");
  };
  StringRef Name = F->getName();
  unsigned N = Call.getNumArgs();
  if (Name == "ucal_set")
    return N == 3 && IsMonthField(Call.getArg(1)) ? Call.getArg(2) : nullptr;
  if (Name == "ucal_setDate" || Name == "ucal_setDateTime")
    return N >= 4 ? Call.getArg(2) : nullptr;
  // icu::Calendar::set and its subclasses (GregorianCalendar).
  const auto *Method = dyn_cast<CXXMethodDecl>(F);
  if (!Method || !Method->getParent()->getName().ends_with("Calendar"))
    return nullptr;
  if (N == 2 && IsMonthField(Call.getArg(0)))
    return Call.getArg(1);
  if (N >= 3 && !IsMonthField(Call.getArg(0)))
    return Call.getArg(1);
  return nullptr;
}

void TmFieldRangeCheck::checkIcuSet(const CallExpr &Call, ASTContext &Context) {
  const Expr *Month = icuMonthArgument(Call);
  if (!Month)
    return;
  Month = Month->IgnoreParenImpCasts();
  SourceLocation Loc = Context.getSourceManager().getFileLoc(Month->getBeginLoc());
  auto Report = [&]() {
    if (firstReport(Loc))
      diag(Loc, "'%0' is a month counted from 1, but ICU counts months from 0 "
                "(UCAL_JANUARY is 0, UCAL_DECEMBER 11), so the calendar is set one "
                "month late and December rolls into the next year (pass the month "
                "minus 1, or 'tm_mon' as it is)")
          << textOf(Month, Context);
  };
  // cal->set(2024, 12, 25): December written as 12.
  if (std::optional<llvm::APSInt> V = integerConstantOf(Month, Context)) {
    if (*V == 12)
      Report();
    return;
  }
  // A date field plus a constant: tm.tm_mon + 1, st.wMonth.
  auto From = fieldPlusConstant(*Rules, Month, Context, /*ConstantFirst=*/false);
  if (!From)
    return;
  auto [B, K] = *From;
  // ICU stores the month minus 1: a field of base Offset needs Offset - 1.
  if (B.What == Part::Month && K != B.Offset - 1 && K > B.Offset - 1)
    Report();
}

} // namespace clang::tidy::premortem
