//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/Constant.h"
#include "checks/support/calendar/LeapRule.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::premortem {

const CalendarType *calendarTypeOf(const RulePack &Rules, const RecordDecl &Record) {
  if (Record.getIdentifier())
    if (const CalendarType *T = findCalendarType(Rules, Record.getName()))
      return T;
  if (const TypedefNameDecl *Typedef = Record.getTypedefNameForAnonDecl())
    return findCalendarType(Rules, Typedef->getName());
  return nullptr;
}

const CalendarType *calendarTypeOf(const RulePack &Rules, const FieldDecl *Field) {
  return Field ? calendarTypeOf(Rules, *Field->getParent()) : nullptr;
}

DatePart datePartOf(const RulePack &Rules, const FieldDecl *Field) {
  const CalendarType *T = calendarTypeOf(Rules, Field);
  if (!T || !Field->getIdentifier())
    return DatePart::None;
  StringRef Name = Field->getName();
  if (Name == T->Year)
    return DatePart::Year;
  if (Name == T->Month)
    return DatePart::Month;
  if (Name == T->Day)
    return DatePart::Day;
  // The day of the year: struct tm and NSPR's PRExplodedTime, the records
  // that have one.
  if (Name == "tm_yday" && (T->Name == "tm" || T->Name == "PRExplodedTime"))
    return DatePart::YearDay;
  return DatePart::None;
}

DatePart datePartRead(const RulePack &Rules, const Expr *E) {
  if (!E)
    return DatePart::None;
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenCasts());
  return Member ? datePartOf(Rules, dyn_cast<FieldDecl>(Member->getMemberDecl()))
                : DatePart::None;
}

bool isDateRecord(const RulePack &Rules, const RecordDecl &Record) {
  return calendarTypeOf(Rules, Record) != nullptr;
}

/// Name lower-cased without underscores: `Is_Leap_Year` and `isleapyear`
/// contain the same words.
static std::string squashed(StringRef Name) {
  std::string Out;
  for (char C : Name.lower())
    if (C != '_')
      Out += C;
  return Out;
}

/// True if Name contains one of Words (squashed).
static bool containsWord(llvm::ArrayRef<StringRef> Words, StringRef Name) {
  if (Name.empty())
    return false;
  std::string S = squashed(Name);
  return llvm::any_of(Words, [&](StringRef W) { return StringRef(S).contains(W); });
}

// The two word lists below are the only copies in the code base.
// TODO(rule packs): move them to `other-calendars` and `date-guard-words`
// sections of rules/calendar.yaml.

/// Words of non-Gregorian calendars (the proleptic Julian one included).
static constexpr StringRef OtherCalendarWords[] = {
    "hijri",  "persian", "jalali",  "hebrew", "lunar",   "chinese",
    "islamic", "shamsi", "coptic", "ethiopic", "julian"};

/// Words of function names that tell a leap test, a day clamp or a date
/// validation (squashed: `Is_Leap_Year` contains "leap").
static constexpr StringRef DateGuardWords[] = {
    "leap",      "daysinmonth", "monthdays",    "monthlength", "dayspermonth", "lastday",
    "clamp",     "isvalid",     "validdate",    "validatedate", "datevalid",   "checkdate"};

bool namesOtherCalendar(const RulePack &, StringRef Name) {
  return containsWord(OtherCalendarWords, Name);
}

bool isLeapTestTerm(const Stmt *S, const ASTContext &Context) {
  std::optional<LeapTerm> T = leapTermOf(S, Context);
  return T && (T->Modulus == 4 || T->Modulus == 16 || T->Modulus == 400);
}

/// True if E is a day: a day field, `x.day()`, or a variable.
static bool isDayValue(const RulePack &Rules, const Expr *E) {
  E = E->IgnoreParenCasts();
  if (datePartRead(Rules, E) == DatePart::Day)
    return true;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *M = Call->getMethodDecl();
        M && M->getIdentifier() && M->getName() == "day")
      return true;
  return isa<DeclRefExpr>(E) && !isa<EnumConstantDecl>(cast<DeclRefExpr>(E)->getDecl());
}

bool isDayLimitTest(const RulePack &Rules, const Stmt *S, const ASTContext &Context) {
  const auto *B = dyn_cast_or_null<BinaryOperator>(S);
  if (!B || !B->isComparisonOp())
    return false;
  for (auto [Day, Value] : {std::pair(B->getLHS(), B->getRHS()),
                            std::pair(B->getRHS(), B->getLHS())}) {
    std::optional<int64_t> N = constantOf(Value, Context);
    if (N && (*N == 28 || *N == 29) && isDayValue(Rules, Day))
      return true;
  }
  return false;
}

bool CalendarModel::isLeapHelper(const FunctionDecl *F) {
  if (!F)
    return false;
  auto [It, Inserted] = LeapHelpers.try_emplace(F->getCanonicalDecl(), false);
  if (!Inserted)
    return It->second;
  bool Helper = false;
  if (F->getIdentifier() && (findDateGuard(*Rules, F->getName()) ||
                             containsWord(DateGuardWords, F->getName())))
    Helper = true;
  else if (const FunctionDecl *Def = F->getDefinition(); Def && Def->getBody()) {
    // A body with a leap test, or a wrapper of a helper (the entry inserted
    // above stops recursion).
    struct Finder : RecursiveASTVisitor<Finder> {
      CalendarModel &Model;
      const ASTContext &Context;
      bool Found = false;
      Finder(CalendarModel &M, const ASTContext &C) : Model(M), Context(C) {}
      bool VisitBinaryOperator(BinaryOperator *B) {
        Found |= isLeapTestTerm(B, Context);
        return !Found;
      }
      bool VisitCallExpr(CallExpr *C) {
        Found |= Model.isLeapHelper(C->getDirectCallee());
        return !Found;
      }
    } Walk(*this, F->getASTContext());
    Walk.TraverseStmt(Def->getBody());
    Helper = Walk.Found;
  }
  LeapHelpers[F->getCanonicalDecl()] = Helper;
  return Helper;
}

bool CalendarModel::isLeapTest(const Stmt *S, const ASTContext &Context) {
  if (isLeapTestTerm(S, Context))
    return true;
  const auto *Call = dyn_cast_or_null<CallExpr>(S);
  return Call && isLeapHelper(Call->getDirectCallee());
}

bool CalendarModel::handlesLeapDay(const Stmt *S, const ASTContext &Context) {
  return isLeapTest(S, Context) || isDayLimitTest(*Rules, S, Context);
}

bool CalendarModel::containsLeapDayHandling(const Stmt *Body, const ASTContext &Context) {
  if (!Body)
    return false;
  if (handlesLeapDay(Body, Context))
    return true;
  for (const Stmt *Child : Body->children())
    if (containsLeapDayHandling(Child, Context))
      return true;
  return false;
}

} // namespace clang::tidy::premortem
