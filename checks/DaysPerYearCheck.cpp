//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/DaysPerYearCheck.h"
#include "checks/support/ast/Constant.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/calendar/LeapRule.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <algorithm>

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

/// A 365-day year in the tick units time values use, and the 366-day
/// length in the same unit (whose presence means the code handles leap years).
struct YearUnit {
  int64_t Value;
  int64_t LeapValue;
  const char *Unit;
};
constexpr YearUnit YearUnits[] = {
    {31536000LL, 31622400LL, "31536000 seconds"},
    {31536000000LL, 31622400000LL, "31536000000 milliseconds"},
    {31536000000000LL, 31622400000000LL, "31536000000000 microseconds"},
    {31536000000000000LL, 31622400000000000LL, "31536000000000000 nanoseconds"},
    {315360000000000LL, 316224000000000LL, "315360000000000 100-ns ticks"},
};

const YearUnit *unitOf(int64_t V) {
  for (const YearUnit &U : YearUnits)
    if (U.Value == V)
      return &U;
  return nullptr;
}

/// The value of a count: an integer constant or a floating literal (`365.0`).
std::optional<double> countOf(const Expr *E, const ASTContext &Context) {
  E = E->IgnoreParenImpCasts();
  if (std::optional<int64_t> V = constantOf(E, Context))
    return static_cast<double>(*V);
  if (const auto *Float = dyn_cast<FloatingLiteral>(E))
    return Float->getValueAsApproximateDouble();
  return std::nullopt;
}

const Stmt *parentOf(const Stmt *S, ASTContext &Context) {
  DynTypedNodeList Parents = parentsOf(*S, Context);
  return Parents.empty() ? nullptr : Parents[0].get<Stmt>();
}

const Stmt *parentSkippingParens(const Stmt *S, ASTContext &Context) {
  const Stmt *P = parentOf(S, Context);
  while (P && isa<ParenExpr, ImplicitCastExpr, CStyleCastExpr, CXXStaticCastExpr,
                  CXXFunctionalCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr>(P))
    P = parentOf(P, Context);
  return P;
}

bool nameSaysDays(StringRef Name) { return StringRef(Name.lower()).contains("day"); }

bool nameSaysTime(StringRef Name) {
  std::string L = Name.lower();
  for (StringRef Word : {"time", "expir", "date", "stamp", "now", "deadline", "until",
                         "notafter", "not_after", "valid", "when", "tick", "epoch", "tv_sec",
                         "quadpart", "mtime", "ctime", "atime"})
    if (StringRef(L).contains(Word))
      return true;
  return false;
}

/// True if the type is a point in time: time_t and friends, chrono
/// time_point, absl::Time, OLE DATE, FILETIME.
bool typeSaysTime(QualType T) {
  T = T.getNonReferenceType();
  for (QualType Cur = T;;) {
    if (const auto *TD = Cur->getAs<TypedefType>()) {
      StringRef Name = TD->getDecl()->getName();
      if (Name == "time_t" || Name == "__time_t" || Name == "__time64_t" ||
          Name == "time64_t" || Name == "PRTime" || Name == "DATE" || Name == "sys_days" ||
          Name == "sys_seconds" || Name == "GTimeSpan" || Name == "FILETIME")
        return true;
      Cur = TD->desugar();
      continue;
    }
    break;
  }
  if (const auto *Record = T->getAsRecordDecl(); Record && Record->getIdentifier()) {
    StringRef Name = Record->getName();
    return Name == "time_point" || Name == "Time" || Name == "_FILETIME" ||
           Name == "Timestamp" || Name == "DateTime" || Name == "QDateTime" ||
           Name == "COleDateTime" || Name == "CTime" || Name == "ptime" ||
           Name == "wxDateTime";
  }
  return false;
}

/// True if E is a point in time or a tick count of one: by type, by the
/// name it is read through, or as a sum with such a value.
bool isTimeValue(const Expr *E, int Depth = 0) {
  if (!E || Depth > 4)
    return false;
  E = E->IgnoreParenImpCasts();
  if (typeSaysTime(E->getType()))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl()->getIdentifier() && nameSaysTime(Ref->getDecl()->getName()) &&
           !nameSaysDays(Ref->getDecl()->getName());
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl()->getIdentifier() &&
           nameSaysTime(Member->getMemberDecl()->getName()) &&
           !nameSaysDays(Member->getMemberDecl()->getName());
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *F = Call->getDirectCallee(); F && F->getIdentifier())
      return nameSaysTime(F->getName());
  if (const auto *B = dyn_cast<BinaryOperator>(E); B && (B->isAdditiveOp()))
    return isTimeValue(B->getLHS(), Depth + 1) || isTimeValue(B->getRHS(), Depth + 1);
  return false;
}

/// True if E reads a variable named as days that holds 365: the value is a
/// count of days (`kRetentionDays * 86400`, `addDays(kRetentionDays)`), not
/// a year.
bool readsNamedDays(const Expr *E, const ASTContext &Context) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ASTContext &Context;
    bool Found = false;
    explicit Finder(const ASTContext &C) : Context(C) {}
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (!Var || !Var->getIdentifier() || !nameSaysDays(Var->getName()))
        return true;
      const Expr *Init = Var->getAnyInitializer();
      std::optional<int64_t> V = constantOf(Init, Context);
      Found |= V && *V == 365;
      return !Found;
    }
  } Find(Context);
  Find.TraverseStmt(const_cast<Expr *>(E));
  return Find.Found;
}

bool isDayField(const RulePack &Rules, const Expr *E) {
  return datePartRead(Rules, E) == DatePart::Day;
}

/// The seconds in one tick of a std::chrono::duration type, as N/D.
std::optional<std::pair<int64_t, int64_t>> chronoPeriod(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsRecordDecl());
  if (!Spec || Spec->getName() != "duration" || Spec->getTemplateArgs().size() < 2)
    return std::nullopt;
  const TemplateArgument &Ratio = Spec->getTemplateArgs()[1];
  if (Ratio.getKind() != TemplateArgument::Type)
    return std::nullopt;
  const auto *R = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Ratio.getAsType()->getAsRecordDecl());
  if (!R || R->getName() != "ratio" || R->getTemplateArgs().size() < 2 ||
      R->getTemplateArgs()[0].getKind() != TemplateArgument::Integral ||
      R->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return std::pair(R->getTemplateArgs()[0].getAsIntegral().getExtValue(),
                   R->getTemplateArgs()[1].getAsIntegral().getExtValue());
}

/// The variable whose initializer E is (through parentheses and casts).
const VarDecl *initializedVar(const Stmt *E, ASTContext &Context) {
  for (int I = 0; E && I < 6; ++I) {
    DynTypedNodeList Parents = parentsOf(*E, Context);
    if (Parents.empty())
      return nullptr;
    if (const auto *Var = Parents[0].get<VarDecl>())
      return Var;
    E = Parents[0].get<Stmt>();
    if (!E || !isa<ParenExpr, ImplicitCastExpr, CStyleCastExpr>(E))
      return nullptr;
  }
  return nullptr;
}

/// "days{365}" or "a 365-day duration" if E constructs a std::chrono
/// duration of 365 days.
std::optional<std::string> chronoYear(const Expr *E, const ASTContext &Context) {
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(E ? E->IgnoreImplicit() : nullptr);
  while (Construct && Construct->getNumArgs() == 1 &&
         isa<CXXConstructExpr>(Construct->getArg(0)->IgnoreImplicit()))
    Construct = cast<CXXConstructExpr>(Construct->getArg(0)->IgnoreImplicit());
  if (!Construct || Construct->getNumArgs() != 1)
    return std::nullopt;
  std::optional<std::pair<int64_t, int64_t>> Period = chronoPeriod(Construct->getType());
  std::optional<int64_t> V = constantOf(Construct->getArg(0), Context);
  if (!Period || !V || Period->second == 0 || *V * Period->first != 31536000LL * Period->second)
    return std::nullopt;
  return std::string(Period->first == 86400 ? "days{365}" : "a 365-day duration");
}

/// A constant whose value is a 365-day year in one of the tick units.
AST_MATCHER(Expr, isYearInTicks) {
  std::optional<int64_t> V = constantOf(&Node, Finder->getASTContext());
  return V && unitOf(*V);
}

AST_MATCHER(BinaryOperator, hasYearOfDaysOperand) {
  const ASTContext &Context = Finder->getASTContext();
  return countOf(Node.getLHS(), Context) == 365 || countOf(Node.getRHS(), Context) == 365;
}

AST_MATCHER(BinaryOperator, dividesBy365) {
  return countOf(Node.getRHS(), Finder->getASTContext()) == 365;
}

} // namespace

DaysPerYearCheck::DaysPerYearCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)) {}

void DaysPerYearCheck::registerMatchers(MatchFinder *Finder) {
  // Each matcher names its node kind and tests the value first, so the finder
  // offers it few nodes and check() sees only candidates; the function (and
  // whether it handles leap years) is looked up when a finding is about to
  // be reported.
  auto User = unless(isExpansionInSystemHeader());
  // Constants that may be a 365-day year in ticks: checked in check().
  Finder->addMatcher(integerLiteral(isYearInTicks(), User).bind("ticks"), this);
  Finder->addMatcher(binaryOperator(hasOperatorName("*"), isYearInTicks(), User).bind("ticks"),
                     this);
  Finder->addMatcher(declRefExpr(to(varDecl(hasInitializer(expr()))), User).bind("ticks"), this);
  // std::chrono durations: days{365}, hours{8760}.
  Finder->addMatcher(
      cxxConstructExpr(argumentCountIs(1), hasDeclaration(cxxConstructorDecl(ofClass(
                                               classTemplateSpecializationDecl(
                                                   hasName("::std::chrono::duration"))))),
                       User)
          .bind("chrono"),
      this);
  // Calls and constructors of the day-adders pack (QDate::addDays(365),
  // absl::Hours(24 * 365), Poco::Timespan(365, 0, 0, 0, 0)) and functions
  // named addDays: judged in checkDayAdder.
  Finder->addMatcher(callExpr(unless(argumentCountIs(0)), User).bind("dayadder"), this);
  Finder->addMatcher(cxxConstructExpr(unless(argumentCountIs(0)), User).bind("dayadder"), this);
  // 365 days added to a date field or an OLE DATE: tm_mday += 365, DATE + 365.0.
  Finder->addMatcher(binaryOperator(hasAnyOperatorName("+", "-", "+=", "-="),
                                    hasYearOfDaysOperand(), User)
                         .bind("sum"),
                     this);
  // year = days / 365.
  Finder->addMatcher(
      binaryOperator(hasAnyOperatorName("/", "/="), dividesBy365(), User).bind("divide"), this);
}

const FunctionDecl *DaysPerYearCheck::leapUnawareFunction(const Stmt *S, ASTContext &Context) {
  const FunctionDecl *F = enclosingFunction(*S, Context);
  return F && !F->isInvalidDecl() && !isLeapAware(F, Context) ? F : nullptr;
}

bool DaysPerYearCheck::isLeapAware(const FunctionDecl *F, ASTContext &Context) {
  if (!F)
    return false;
  auto [It, Inserted] = LeapAware.try_emplace(F, false);
  if (!Inserted)
    return It->second;
  // A 366 in any unit, a leap term, a leap helper, or the lengths of the
  // four-year, century and 400-year cycles.
  struct Finder : RecursiveASTVisitor<Finder> {
    ASTContext &Context;
    const RulePack *Rules;
    bool Found = false;
    Finder(ASTContext &C, const RulePack *R) : Context(C), Rules(R) {}
    bool VisitExpr(Expr *E) {
      if (std::optional<int64_t> V = constantOf(E, Context)) {
        for (const YearUnit &U : YearUnits)
          Found |= *V == U.LeapValue;
        Found |= *V == 366 || *V == 1461 || *V == 36524 || *V == 36525 || *V == 146097;
      }
      if (isa<BinaryOperator>(E) && leapTermOf(E, Context))
        Found = true;
      if (const auto *Call = dyn_cast<CallExpr>(E))
        if (const FunctionDecl *Callee = Call->getDirectCallee();
            Callee && Callee->getIdentifier() &&
            (StringRef(Callee->getName().lower()).contains("leap") ||
             isLibraryLeapPredicate(*Callee, Rules)))
          Found = true;
      if (const auto *Float = dyn_cast<FloatingLiteral>(E))
        Found |= Float->getValueAsApproximateDouble() == 366.0;
      return !Found;
    }
  } Find(Context, Rules.get());
  if (F->getBody())
    Find.TraverseStmt(F->getBody());
  LeapAware[F] = Find.Found;
  return Find.Found;
}

void DaysPerYearCheck::reportYear(const Expr *Year, StringRef Unit, ASTContext &Context) {
  if (!leapUnawareFunction(Year, Context))
    return;
  // Walk up through multiples (`n * YEAR`) and conversions to where the
  // value meets a time.
  const Expr *E = Year;
  const Stmt *P = parentSkippingParens(E, Context);
  while (const auto *B = dyn_cast_or_null<BinaryOperator>(P)) {
    if (B->getOpcode() != BO_Mul && B->getOpcode() != BO_Div)
      break;
    if (B->getOpcode() == BO_Div && B->getLHS()->IgnoreUnlessSpelledInSource() != E->IgnoreUnlessSpelledInSource())
      break;
    E = B;
    P = parentSkippingParens(E, Context);
  }
  if (!P)
    return;
  const Expr *Other = nullptr;
  bool Subtracted = false;
  if (const auto *B = dyn_cast<BinaryOperator>(P)) {
    if (B->getOpcode() == BO_Add || B->getOpcode() == BO_Sub) {
      Other = B->getLHS()->IgnoreUnlessSpelledInSource() == E->IgnoreUnlessSpelledInSource() ? B->getRHS()
                                                                             : B->getLHS();
      Subtracted = B->getOpcode() == BO_Sub;
    } else if ((B->getOpcode() == BO_AddAssign || B->getOpcode() == BO_SubAssign) &&
               B->getRHS()->IgnoreUnlessSpelledInSource() == E->IgnoreUnlessSpelledInSource()) {
      Other = B->getLHS();
      Subtracted = B->getOpcode() == BO_SubAssign;
    }
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P); Op && Op->getNumArgs() == 2) {
    OverloadedOperatorKind K = Op->getOperator();
    if (K == OO_Plus || K == OO_Minus || K == OO_PlusEqual || K == OO_MinusEqual) {
      Other = Op->getArg(0)->IgnoreUnlessSpelledInSource() == E->IgnoreUnlessSpelledInSource() ? Op->getArg(1)
                                                                               : Op->getArg(0);
      Subtracted = K == OO_Minus || K == OO_MinusEqual;
    }
  } else if (const auto *Call = dyn_cast<CallExpr>(P)) {
    // Passed as a time offset: X509_gmtime_adj(t, 31536000L).
    if (const FunctionDecl *F = Call->getDirectCallee(); F && F->getIdentifier() &&
                                                       nameSaysTime(F->getName()))
      Other = Call;
  }
  if (!Other || (Other != P && !isTimeValue(Other)))
    return;
  SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Year->getBeginLoc());
  if (SM.isInSystemHeader(Loc) || !Reported.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, "a year taken as 365 days (%0) is %1 a point in time: across 29 February the "
            "result is one day off the same date a year %2; shift the calendar year (and "
            "handle 29 February) or name the value as a count of days")
      << Unit << (Subtracted ? "subtracted from" : "added to")
      << (Subtracted ? "earlier" : "later");
}

void DaysPerYearCheck::checkYearExtraction(const BinaryOperator *Div, ASTContext &Context) {
  const Expr *Divisor = Div->getRHS()->IgnoreParenImpCasts();
  bool Is365 = false;
  if (std::optional<int64_t> V = constantOf(Divisor, Context))
    Is365 = *V == 365;
  else if (const auto *Float = dyn_cast<FloatingLiteral>(Divisor))
    Is365 = Float->getValueAsApproximateDouble() == 365.0;
  const FunctionDecl *F = Is365 ? leapUnawareFunction(Div, Context) : nullptr;
  if (!F)
    return;
  // The quotient must become a year: stored in or returned as one.
  StringRef Target;
  const Stmt *P = Div;
  if (Div->getOpcode() == BO_DivAssign) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Div->getLHS()->IgnoreParenImpCasts()))
      Target = Ref->getDecl()->getName();
  } else {
    P = parentSkippingParens(Div, Context);
    // `1970 + days / 365`
    const Stmt *Last = Div;
    while (const auto *B = dyn_cast_or_null<BinaryOperator>(P)) {
      if (!B->isAdditiveOp())
        break;
      Last = P;
      P = parentSkippingParens(P, Context);
    }
    if (!P)
      if (const VarDecl *Var = initializedVar(Last, Context))
        Target = Var->getName();
    if (const auto *B = dyn_cast_or_null<BinaryOperator>(P); B && B->isAssignmentOp()) {
      const Expr *L = B->getLHS()->IgnoreParenImpCasts();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(L))
        Target = Ref->getDecl()->getName();
      else if (const auto *Member = dyn_cast<MemberExpr>(L))
        Target = Member->getMemberDecl()->getName();
    } else if (isa_and_nonnull<ReturnStmt>(P) && F->getIdentifier()) {
      Target = F->getName();
    }
  }
  std::string L = Target.lower();
  if (!StringRef(L).contains("year") && L != "y" && L != "yr" && L != "yy")
    return;
  SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Div->getOperatorLoc());
  if (SM.isInSystemHeader(Loc) || !Reported.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, "year computed as days / 365 ignores leap days: the count gains a day every "
            "four years, so the last days of a year fall into the next one; count leap days "
            "(the 400-year cycle has 146097 days) or use a calendar conversion");
}

void DaysPerYearCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  if (const auto *Div = Result.Nodes.getNodeAs<BinaryOperator>("divide")) {
    checkYearExtraction(Div, Context);
    return;
  }

  if (const auto *E = Result.Nodes.getNodeAs<Expr>("ticks")) {
    if (E->isValueDependent() || E->containsErrors())
      return;
    std::optional<int64_t> V;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      // A constant or a variable holding a year: its uses are the year.
      const auto *Var = cast<VarDecl>(Ref->getDecl());
      bool Constant = Var->getType().isConstQualified() || Var->isConstexpr();
      bool Local = Var->hasLocalStorage() && !isa<ParmVarDecl>(Var);
      if (!Var->getIdentifier() || nameSaysDays(Var->getName()) || !(Constant || Local))
        return;
      if (std::optional<std::string> Chrono = chronoYear(Var->getInit(), Context)) {
        reportYear(E, *Chrono, Context);
        return;
      }
      V = constantOf(Var->getInit(), Context);
    } else {
      V = constantOf(E, Context);
      if (!V || !unitOf(*V))
        return;
      // Only the whole constant: `365*24*3600`, not its `365*24`.
      const Stmt *P = parentSkippingParens(E, Context);
      if (const auto *PE = dyn_cast_or_null<Expr>(P); PE && constantOf(PE, Context) &&
                                                     isa<BinaryOperator>(PE))
        return;
      if (isa_and_nonnull<DeclStmt>(P))
        return; // judged at the variable's uses
      // `kRetentionDays * 86400`: days converted to seconds, used as days.
      if (readsNamedDays(E, Context))
        return;
    }
    if (!V)
      return;
    if (const YearUnit *U = unitOf(*V))
      reportYear(E, U->Unit, Context);
    return;
  }
  if (const auto *Construct = Result.Nodes.getNodeAs<CXXConstructExpr>("chrono")) {
    // A copy of a duration variable is judged at the variable.
    if (Construct->getArg(0)->getType()->isRecordType())
      return;
    std::optional<std::string> Chrono = chronoYear(Construct, Context);
    if (!Chrono)
      return;
    const Expr *Whole = Construct;
    if (const auto *Cast = dyn_cast_or_null<CXXFunctionalCastExpr>(parentOf(Construct, Context)))
      Whole = Cast;
    DynTypedNodeList Parents = parentsOf(*Whole, Context);
    if (!Parents.empty() && Parents[0].get<VarDecl>())
      return; // judged at the variable's uses
    reportYear(Whole, *Chrono, Context);
    return;
  }
  if (const auto *E = Result.Nodes.getNodeAs<Expr>("dayadder")) {
    checkDayAdder(E, Context);
    return;
  }
  if (const auto *Sum = Result.Nodes.getNodeAs<BinaryOperator>("sum")) {
    const Expr *L = Sum->getLHS(), *R = Sum->getRHS();
    bool Subtracted = Sum->getOpcode() == BO_Sub || Sum->getOpcode() == BO_SubAssign;
    for (auto [Date, Days] : {std::pair(L, R), std::pair(R, L)}) {
      if ((Sum->isCompoundAssignmentOp() || Subtracted) && Date != L)
        break;
      if (countOf(Days, Context) != 365 || readsNamedDays(Days, Context))
        continue;
      if (isDayField(*Rules, Date))
        reportDate(Days, "a day of the month", Subtracted, Context);
      else if (typeSaysTime(Date->IgnoreParenImpCasts()->getType()) &&
               Date->getType()->isRealFloatingType())
        reportDate(Days, "an OLE DATE", Subtracted, Context);
    }
  }
}

void DaysPerYearCheck::reportDate(const Expr *At, StringRef What, bool Subtracted,
                                  ASTContext &Context) {
  if (!leapUnawareFunction(At, Context))
    return;
  SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(At->getBeginLoc());
  if (SM.isInSystemHeader(Loc) || !Reported.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, "a year taken as 365 days is %select{added to|subtracted from}0 %1: across 29 "
            "February the result is one day off the same date a year %select{later|earlier}0; "
            "shift the calendar year (and handle 29 February) or name the value as a count "
            "of days")
      << Subtracted << What;
}

void DaysPerYearCheck::checkDayAdder(const Expr *E, ASTContext &Context) {
  if (E->containsErrors() || E->isValueDependent())
    return;
  const NamedDecl *Callee = nullptr;
  llvm::ArrayRef<const Expr *> Args;
  bool Constructor = false;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    const CXXRecordDecl *Class = Construct->getConstructor()->getParent();
    if (!Class->getIdentifier() || Construct->getNumArgs() == 0)
      return;
    // Copies and conversions of a duration are judged where it is made.
    if (Construct->getNumArgs() == 1 && Construct->getArg(0)->getType()->isRecordType())
      return;
    Callee = Class;
    Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
    Constructor = true;
  } else {
    const auto *Call = cast<CallExpr>(E);
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F || !F->getIdentifier() || isa<CXXOperatorCallExpr>(Call))
      return;
    Callee = F;
    Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
  }
  // The pack entry (or addDays name) of each callee, looked up once per TU.
  auto [It, Inserted] = Adders.try_emplace(Callee);
  if (Inserted) {
    It->second.Entry =
        Rules ? findDayAdder(*Rules, Callee->getQualifiedNameAsString()) : nullptr;
    // Outside the pack, a function named addDays adds days to a date.
    std::string Flat = Callee->getName().lower();
    Flat.erase(std::remove(Flat.begin(), Flat.end(), '_'), Flat.end());
    It->second.NamedAddDays =
        !It->second.Entry && !Constructor && StringRef(Flat).ends_with("adddays");
  }
  const DayAdder *Adder = It->second.Entry;
  bool NamedAddDays = It->second.NamedAddDays;
  if (!Adder && !NamedAddDays)
    return;
  if (Adder && Adder->Args && Args.size() != Adder->Args)
    return;
  for (unsigned I = 0; I < Args.size(); ++I) {
    if (Adder && I != Adder->Count)
      continue;
    const Expr *Arg = Args[I];
    std::optional<double> V = countOf(Arg, Context);
    int64_t Seconds = Adder ? Adder->Seconds : 86400;
    if (!V || *V * Seconds != 31536000.0 || readsNamedDays(Arg, Context))
      continue;
    if (!Adder || Adder->What == DayAdder::Adds) {
      reportDate(Arg, "a date", /*Subtracted=*/false, Context);
      continue;
    }
    std::string Printed = Adder->Name + "(" + std::to_string(static_cast<int64_t>(*V)) +
                          (Args.size() > 1 ? ", ...)" : ")");
    reportYear(E, Printed, Context);
  }
}

} // namespace clang::tidy::premortem
