//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/CertExpiryCheck.h"
#include "checks/support/ast/Compat.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/ast/AccessPath.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/ResultUse.h"
#include "checks/support/rules/Rules.h"
#include "checks/support/ast/ValueOrigin.h"
#include "checks/support/ast/VarAccess.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/APInt.h"
#include <functional>

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

/// One matched validity call and what is known about it.
struct CertExpiryCheck::Site {
  const CallExpr *Call;
  const FunctionDecl *Callee;
  const CertFunction *Rule;
  const FunctionDecl *Caller; // null at namespace scope
  const FunctionCFG *Graph;   // null if the caller's body cannot be modelled
  ASTContext *Context;

  /// Argument Index as written (a member call's object is not an argument).
  const Expr *arg(std::optional<unsigned> Index) const {
    return Index && *Index < Call->getNumArgs() ? Call->getArg(*Index) : nullptr;
  }
  SourceLocation loc(SourceLocation L) const {
    return Context->getSourceManager().getFileLoc(L);
  }
};

namespace {

enum ReportKind { Ignored, BadConstant, Overflow, WrongUnit, UtcTime, ImplicitYear, Shifted };

constexpr int64_t SecondsPerDay = 86400;
constexpr int64_t UsecPerSecond = 1000000;

/// A function of a C library (global or extern "C"), or a member of a class
/// a rule names.
bool isLibraryFunction(const FunctionDecl &F) {
  // Members include operators (Botan::X509_Time's operator= into opts.end).
  if (isa<CXXMethodDecl>(F))
    return F.getIdentifier() || F.isOverloadedOperator();
  if (!F.getIdentifier())
    return false;
  const DeclContext *DC = F.getDeclContext()->getRedeclContext();
  return DC->isTranslationUnit() || F.isExternC();
}

/// The rule for F: by qualified name (C++ members), then by plain name.
const CertFunction *ruleFor(const RulePack &Rules, const FunctionDecl &F) {
  if (isa<CXXMethodDecl>(F))
    return findCertFunction(Rules, F.getQualifiedNameAsString());
  return findCertFunction(Rules, F.getName());
}

/// The failure value as the caller would write it.
StringRef spellFailure(CertFailure F) {
  switch (F) {
  case CertFailure::Zero:
    return "0";
  case CertFailure::Null:
    return "NULL";
  case CertFailure::Negative:
    return "a negative error code";
  case CertFailure::NonZero:
    return "a nonzero error code";
  case CertFailure::None:
    return "";
  }
  return "";
}

/// E without parentheses, implicit casts and the conversion of a literal to
/// std::string (Botan takes `const std::string &`).
const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || Construct->getNumArgs() != 1 || isa<CXXTemporaryObjectExpr>(Construct))
      return E;
    E = Construct->getArg(0);
  }
  return E;
}

/// The field an output argument points into: `&info.NotAfter`,
/// `cert->afterDate`, `(char *)cert.afterDate + 2`, `&cert.afterDate[2]`.
const FieldDecl *designatedField(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *M = dyn_cast<MemberExpr>(E))
      return dyn_cast<FieldDecl>(M->getMemberDecl());
    if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr();
    else if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
      E = A->getBase();
    else if (const auto *B = dyn_cast<BinaryOperator>(E);
             B && B->isAdditiveOp() && B->getType()->isPointerType())
      E = B->getLHS()->getType()->isPointerType() ? B->getLHS() : B->getRHS();
    else
      return nullptr;
  }
  return nullptr;
}

bool isNullPointer(const Expr *E, ASTContext &Context) {
  return E && E->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull);
}

/// A call of the C library's time(): the current time in seconds.
bool isTimeCall(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(strip(E));
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  return F && F->getIdentifier() && F->getName() == "time" && isLibraryFunction(*F);
}

bool isLeapYear(unsigned Y) { return (Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0; }

/// Parses an ASN.1-style date string: YYMMDDhhmm[ss][Z] (UTCTime) or
/// YYYYMMDDhhmm[ss][.f][Z] (GeneralizedTime, mbedTLS's 14 digits). Returns
/// {year, valid} or nullopt if it is not such a string.
struct ParsedDate {
  unsigned Year, Month, Day;
  bool Exists;
};
std::optional<ParsedDate> parseDateString(StringRef S) {
  size_t Digits = 0;
  while (Digits < S.size() && isDigit(S[Digits]))
    ++Digits;
  StringRef Rest = S.drop_front(Digits);
  if (!(Rest.empty() || Rest == "Z" || Rest.starts_with("+") || Rest.starts_with("-") ||
        Rest.starts_with(".")))
    return std::nullopt;
  unsigned YearDigits;
  if (Digits == 10 || Digits == 12)
    YearDigits = 2;
  else if (Digits == 14)
    YearDigits = 4;
  else
    return std::nullopt;
  unsigned Year = 0, Month = 0, Day = 0;
  if (S.substr(0, YearDigits).getAsInteger(10, Year) ||
      S.substr(YearDigits, 2).getAsInteger(10, Month) ||
      S.substr(YearDigits + 2, 2).getAsInteger(10, Day))
    return std::nullopt;
  if (YearDigits == 2)
    Year += Year < 50 ? 2000 : 1900; // RFC 5280 UTCTime
  static const unsigned Length[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool Exists = Month >= 1 && Month <= 12 && Day >= 1 &&
                Day <= Length[Month - 1] + (Month == 2 && isLeapYear(Year) ? 1 : 0);
  return ParsedDate{Year, Month, Day, Exists};
}

/// The factors of a product: the constant ones multiplied together (128
/// bits, so nothing overflows here) and whether any factor is not constant.
struct Product {
  llvm::APInt Constant{128, 1};
  bool Variable = false;
};

void collectFactors(const Expr *E, ASTContext &Context, Product &P) {
  E = E->IgnoreParenImpCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->getOpcode() == BO_Mul) {
    collectFactors(BO->getLHS(), Context, P);
    collectFactors(BO->getRHS(), Context, P);
    return;
  }
  if (!E->isValueDependent())
    if (std::optional<llvm::APSInt> V = E->getIntegerConstantExpr(Context)) {
      P.Constant *= V->extOrTrunc(128);
      return;
    }
  P.Variable = true;
}

/// True if the constant part of a product counts whole days of seconds:
/// 86400 (a day), 31536000 (365 days), and their multiples, but not when it
/// also scales to milliseconds or microseconds.
bool isSecondsOfDays(const llvm::APInt &C) {
  return C.sge(SecondsPerDay) && C.srem(SecondsPerDay) == 0;
}

bool isMicroseconds(const llvm::APInt &C) { return C.srem(UsecPerSecond) == 0; }

/// Visits the expressions whose value makes up E: through parentheses,
/// casts, + - ?: and the comma's right side, and into the factors of a
/// product when IntoProducts; not into calls.
void visitValueParts(const Expr *E, bool IntoProducts,
                     llvm::function_ref<void(const Expr *)> Visit) {
  if (!E)
    return;
  E = E->IgnoreParens();
  Visit(E);
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return visitValueParts(Cast->getSubExpr(), IntoProducts, Visit);
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    switch (BO->getOpcode()) {
    case BO_Mul:
      if (!IntoProducts)
        return;
      [[fallthrough]];
    case BO_Add:
    case BO_Sub:
      visitValueParts(BO->getLHS(), IntoProducts, Visit);
      visitValueParts(BO->getRHS(), IntoProducts, Visit);
      return;
    case BO_Comma:
      visitValueParts(BO->getRHS(), IntoProducts, Visit);
      return;
    default:
      return;
    }
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    visitValueParts(CO->getTrueExpr(), IntoProducts, Visit);
    visitValueParts(CO->getFalseExpr(), IntoProducts, Visit);
  }
}

/// The values a local integer variable read at Call can hold, as the
/// expressions that set it (one level: `long secs = days * 86400;`).
llvm::SmallVector<const Expr *, 2> localValues(const Expr *E, const CallExpr &Call,
                                               const FunctionCFG *Graph,
                                               ASTContext &Context) {
  llvm::SmallVector<const Expr *, 2> Out;
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Graph || !Var || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) ||
      !Var->getType()->isIntegerType())
    return Out;
  AccessPath Path;
  Path.Root = Var;
  auto Origins = findValueOrigins(*Graph, Call, Path, Context);
  if (!Origins)
    return Out;
  for (const ValueOrigin &O : *Origins)
    if ((O.What == ValueOrigin::Declared || O.What == ValueOrigin::Assigned) && O.Value)
      Out.push_back(O.Value);
  return Out;
}

/// A year printed shifted into a date string, which the YearShift engine
/// does not see because nothing is written: `snprintf(buf, n, "%04d%02d%02d",
/// tm.tm_year + 1900 + 1, tm.tm_mon + 1, tm.tm_mday)`. Returns the year
/// argument when a variadic formatting call prints a calendar year field
/// plus constants that are not a representation offset (0 or 1900), next to
/// the day field of the same date.
const Expr *formattedShiftedYear(const RulePack &Rules, const CallExpr &Format,
                                 ASTContext &Context) {
  const FunctionDecl *F = Format.getDirectCallee();
  if (!F || !F->isVariadic())
    return nullptr;
  auto FieldOf = [](const Expr *E) -> const MemberExpr * {
    const auto *M = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
    return M && isa<FieldDecl>(M->getMemberDecl()) ? M : nullptr;
  };
  auto SameObject = [](const MemberExpr *A, const MemberExpr *B) {
    std::optional<AccessPath> PA = accessPathOf(A->getBase());
    std::optional<AccessPath> PB = accessPathOf(B->getBase());
    return PA && PB && PA->overlaps(*PB) && PB->overlaps(*PA);
  };
  for (const Expr *Arg : Format.arguments()) {
    // year + c1 + c2 ...: exactly one calendar-year field, the rest constants.
    const MemberExpr *Year = nullptr;
    int64_t Sum = 0;
    bool Other = false;
    std::function<void(const Expr *, int)> Walk = [&](const Expr *E, int Sign) {
      E = E->IgnoreParenImpCasts();
      if (const auto *BO = dyn_cast<BinaryOperator>(E);
          BO && (BO->getOpcode() == BO_Add || BO->getOpcode() == BO_Sub)) {
        Walk(BO->getLHS(), Sign);
        Walk(BO->getRHS(), BO->getOpcode() == BO_Add ? Sign : -Sign);
        return;
      }
      if (!E->isValueDependent())
        if (auto V = E->getIntegerConstantExpr(Context)) {
          Sum += Sign * V->getExtValue();
          return;
        }
      const MemberExpr *M = FieldOf(E);
      if (!Year && M && Sign > 0 &&
          datePartOf(Rules, cast<FieldDecl>(M->getMemberDecl())) == DatePart::Year) {
        Year = M;
        return;
      }
      Other = true;
    };
    Walk(Arg, 1);
    if (!Year || Other)
      continue;
    int64_t Shift = std::llabs(Sum) <= std::llabs(Sum - 1900) ? Sum : Sum - 1900;
    if (Shift == 0 || std::llabs(Shift) > 100)
      continue;
    for (const Expr *Day : Format.arguments())
      if (const MemberExpr *M = FieldOf(Day))
        if (datePartOf(Rules, cast<FieldDecl>(M->getMemberDecl())) == DatePart::Day &&
            SameObject(M, Year))
          return Arg;
  }
  return nullptr;
}

/// The year field inside `tm.tm_year + 1900 + 1`.
const Expr *ignoreYearOffsets(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  while (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
    const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
    E = isa<MemberExpr>(L) || isa<BinaryOperator>(L) ? L : R;
    if (isa<MemberExpr>(E))
      break;
  }
  return E;
}

/// Seconds from 1970 to 2050-01-01, the first date UTCTime cannot hold.
constexpr int64_t UtcTimeEnd = 2524608000;

} // namespace

CertExpiryCheck::CertExpiryCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)),
      FlagImplicitOneYear(Options.get("FlagImplicitOneYear", false)),
      NowYear(Options.get("NowYear", 2026U)), Shifts(Rules) {}

void CertExpiryCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FlagImplicitOneYear", FlagImplicitOneYear);
  Options.store(Opts, "NowYear", NowYear);
}

void CertExpiryCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<StringRef> Names;
  for (const CertFunction &F : Rules->CertFunctions)
    if (!F.Disabled && !F.Validates)
      Names.push_back(F.Name);
  if (Names.empty())
    return;
  auto ValidityCall = functionDecl(hasAnyName(Names)).bind("callee");
  // Every call that sets a certificate's validity; check() looks at its
  // result, its date and offset arguments, and the object it writes.
  Finder->addMatcher(callExpr(callee(ValidityCall), unless(isExpansionInSystemHeader()))
                         .bind("call"),
                     this);
}

void CertExpiryCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
  if (Call->containsErrors() || !isLibraryFunction(*Callee) ||
      isUnevaluatedOperand(*Call, *Result.Context))
    return;
  const CertFunction *Rule = ruleFor(*Rules, *Callee);
  if (!Rule || Rule->Validates)
    return;
  // SystemTimeToFileTime sets certificate validity only into CERT_INFO.NotAfter,
  // snprintf only into wolfSSL's Cert.afterDate.
  if (!Rule->IntoFields.empty()) {
    const FieldDecl *Out = Rule->Output && *Rule->Output < Call->getNumArgs()
                               ? designatedField(Call->getArg(*Rule->Output))
                               : nullptr;
    if (!Out || !Out->getIdentifier() ||
        !llvm::is_contained(Rule->IntoFields, Out->getName()))
      return;
  }
  const FunctionDecl *Caller = enclosingFunction(*Call, *Result.Context);
  Site S{Call,   Callee, Rule, Caller, cfgOf(Caller, *Result.Context),
         Result.Context};
  checkShiftedDate(S);
  checkConstantDates(S);
  checkArithmetic(S);
  checkUtcTime(S);
  checkImplicitYear(S);
  checkIgnoredResult(S);
}

/// Visits St and every statement inside it.
static void forEachStmt(const Stmt *St, llvm::function_ref<void(const Stmt &)> Fn) {
  if (!St)
    return;
  Fn(*St);
  for (const Stmt *Child : St->children())
    forEachStmt(Child, Fn);
}

/// Visits the calls inside St (a function body).
static void forEachCall(const Stmt *St, llvm::function_ref<void(const CallExpr &)> Fn) {
  if (!St)
    return;
  if (const auto *C = dyn_cast<CallExpr>(St))
    Fn(*C);
  for (const Stmt *Child : St->children())
    forEachCall(Child, Fn);
}

CertExpiryCheck::ShiftEvidence CertExpiryCheck::shiftedArgument(const Expr *Arg,
                                                                const CallExpr &Call,
                                                                bool Formats,
                                                                const Site &S) {
  ShiftEvidence E;
  if (!Arg)
    return E;
  ASTContext &Ctx = *S.Context;
  const SourceManager &SM = Ctx.getSourceManager();
  auto Inside = [&](const Stmt *Inner, const Stmt *Outer) {
    return Inner && Outer &&
           !SM.isBeforeInTranslationUnit(Inner->getBeginLoc(), Outer->getBeginLoc()) &&
           !SM.isBeforeInTranslationUnit(Outer->getEndLoc(), Inner->getEndLoc());
  };
  // The date argument itself: `&end`, `mktime(&tm)`, `PR_ImplodeTime(&t)`;
  // for a formatting call, the call itself printing the shifted fields.
  for (const ShiftedUse *Pair : Shifts.shiftsReaching(&Call, S.Caller, Ctx)) {
    for (const Stmt *Use : Pair->Uses) {
      if (Inside(Use, Arg)) {
        E.Found = Pair;
        if (isa<CallExpr>(Use))
          E.Via = Use;
      } else if ((Use == &Call || Inside(&Call, Use)) &&
                 (Formats || designatesDate(passedValue(Arg),
                                                         Pair->Shift.Object))) {
        E.Found = Pair;
      }
      if (E.Found)
        return E;
    }
  }
  // A year printed shifted by the call itself (no write for the engine to see).
  if (Formats && (E.PrintedYear = formattedShiftedYear(*Rules, Call, Ctx))) {
    if (handlesLeapDay(S.Caller))
      E.PrintedYear = nullptr;
    return E;
  }
  // Where a local date argument got its value; the fallbacks below read it.
  std::optional<llvm::SmallVector<ValueOrigin, 2>> Origins;
  if (S.Graph) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(Arg));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (Var && Var->hasLocalStorage()) {
      AccessPath Path;
      Path.Root = Var;
      Origins = findValueOrigins(*S.Graph, Call, Path, Ctx);
    }
  }
  // A local the shifted date was formatted or converted into:
  // `snprintf(buf, n, "%04d...", tm.tm_year + 1900, ...)`, `t = mktime(&tm)`.
  if (Origins)
    for (const ValueOrigin &O : *Origins) {
      const Stmt *Site = O.What == ValueOrigin::CallOutput ? O.Call
                         : O.Value                         ? O.Value
                                                           : O.Site;
      if (!Site || O.What == ValueOrigin::Entry)
        continue;
      for (const ShiftedUse *Pair : Shifts.shiftsReaching(Site, S.Caller, Ctx))
        for (const Stmt *Use : Pair->Uses)
          if (Inside(Use, Site) || Inside(Site, Use)) {
            E.Found = Pair;
            E.Via = Use;
            return E;
          }
    }
  // A year printed shifted into the date string:
  // `snprintf(buf, n, "%04d...", tm.tm_year + 1900 + 1, ...)`.
  if (Origins) {
    for (const ValueOrigin &O : *Origins)
      if (O.What == ValueOrigin::CallOutput && O.Call)
        if ((E.PrintedYear = formattedShiftedYear(*Rules, *O.Call, Ctx)))
          break;
    if (E.PrintedYear && handlesLeapDay(S.Caller))
      E.PrintedYear = nullptr;
    if (E.PrintedYear)
      return E;
  }
  // A helper of this file that formats the shifted date into the buffer it
  // is given (`make_end(buf, sizeof buf)`) or into the string it returns
  // (`ASN1_TIME_set_string(t, one_year_from_now())`).
  if (Origins)
    for (const ValueOrigin &O : *Origins)
      if (O.What == ValueOrigin::CallOutput && O.Call && !E)
        if (const FunctionDecl *F = O.Call->getDirectCallee();
            F && O.ArgIndex < F->getNumParams())
          E = helperFormatsShifted(F, F->getParamDecl(O.ArgIndex), S);
  if (!E)
    if (const auto *C = dyn_cast<CallExpr>(strip(Arg)))
      if (const FunctionDecl *F = C->getDirectCallee();
          F && F->getReturnType()->isPointerType())
        E = helperFormatsShifted(F, nullptr, S);
  if (E)
    return E;
  // A date rebuilt from a shifted year and the old day (rule pack
  // date-builders): `calendar_point(cp.year() + 1, cp.month(), cp.day(), ...)`
  // in the argument or in the value of a local it reads, two locals deep
  // (`calendar_point e(...); X509_Time end(e.to_std_timepoint());`).
  llvm::SmallVector<const Expr *, 4> Roots{Arg};
  std::function<void(const Stmt *, unsigned)> CollectLocals = [&](const Stmt *St,
                                                                  unsigned Depth) {
    if (!St || Roots.size() >= 8)
      return;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(St))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) && S.Graph) {
        AccessPath Path;
        Path.Root = Var;
        if (auto Found = findValueOrigins(*S.Graph, Call, Path, Ctx))
          for (const ValueOrigin &O : *Found)
            if (O.Value && Roots.size() < 8 && !llvm::is_contained(Roots, O.Value)) {
              Roots.push_back(O.Value);
              if (Depth < 1)
                CollectLocals(O.Value, Depth + 1);
            }
      }
    for (const Stmt *Child : St->children())
      CollectLocals(Child, Depth);
  };
  CollectLocals(Arg, 0);
  std::function<void(const Stmt *)> FindRebuild = [&](const Stmt *St) {
    if (!St || E.Rebuilt)
      return;
    if (isa<CXXConstructExpr>(St) || isa<CallExpr>(St))
      if (auto R = Shifts.analyzeRebuild(cast<Expr>(St), S.Caller, Ctx)) {
        E.Rebuilt = R;
        return;
      }
    for (const Stmt *Child : St->children())
      FindRebuild(Child);
  };
  for (const Expr *Root : Roots)
    FindRebuild(Root);
  return E;
}

CertExpiryCheck::ShiftEvidence CertExpiryCheck::helperFormatsShifted(const FunctionDecl *F,
                                                                    const ParmVarDecl *Out,
                                                                    const Site &S) {
  ShiftEvidence E;
  const FunctionDecl *Def = F->getDefinition();
  ASTContext &Ctx = *S.Context;
  if (!Def || !Def->hasBody() || Def == S.Caller || Def->isVariadic() ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return E;
  if (Out)
    Out = Def->getParamDecl(Out->getFunctionScopeIndex());
  // The variables the helper returns, when it returns the string.
  llvm::SmallPtrSet<const VarDecl *, 2> Returned;
  if (!Out)
    forEachStmt(Def->getBody(), [&](const Stmt &St) {
      if (const auto *R = dyn_cast<ReturnStmt>(&St))
        if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(R->getRetValue())))
          if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()))
            Returned.insert(V);
    });
  forEachCall(Def->getBody(), [&](const CallExpr &C) {
    const FunctionDecl *Fmt = C.getDirectCallee();
    if (E || !Fmt || !Fmt->getIdentifier() || C.getNumArgs() < 2 ||
        !(Fmt->isVariadic() || Fmt->getName() == "strftime"))
      return;
    const auto *Ref = dyn_cast<DeclRefExpr>(strip(C.getArg(0)));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || (Out ? Var != Out : !Returned.contains(Var)))
      return;
    if ((E.PrintedYear = formattedShiftedYear(*Rules, C, Ctx))) {
      if (handlesLeapDay(Def))
        E.PrintedYear = nullptr;
      return;
    }
    for (const ShiftedUse *Pair : Shifts.shiftsReaching(&C, Def, Ctx))
      if (llvm::is_contained(Pair->Uses, &C)) {
        E.Found = Pair;
        E.Via = &C;
        return;
      }
  });
  return E;
}

/// The local variable E names, if it is a local pointer (an ASN1_TIME *).
static const VarDecl *localPointer(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasLocalStorage() && Var->getType()->isPointerType() ? Var : nullptr;
}

static const VarDecl *argVar(const CallExpr &C, std::optional<unsigned> Index) {
  return Index && *Index < C.getNumArgs() ? localPointer(C.getArg(*Index)) : nullptr;
}

bool CertExpiryCheck::storedForLaterSink(const Site &S) {
  const VarDecl *Var = argVar(*S.Call, S.Rule->Object);
  if (!Var || !S.Caller || !S.Caller->getBody())
    return false;
  bool Found = false;
  forEachCall(S.Caller->getBody(), [&](const CallExpr &C) {
    if (Found || &C == S.Call)
      return;
    const CertFunction *R = nullptr;
    if (const FunctionDecl *F = C.getDirectCallee())
      R = ruleFor(*Rules, *F);
    else if (const auto *U = dyn_cast<UnresolvedLookupExpr>(C.getCallee()->IgnoreParenImpCasts()))
      // In a template, a call with a dependent argument is not resolved yet.
      R = findCertFunction(*Rules, U->getName().getAsString());
    if (!R || R->Object || R->Validates)
      return;
    for (unsigned I : R->Dates)
      if (argVar(C, I) == Var &&
          (S.Graph ? S.Graph->canReach(S.Call, &C)
                   : S.Context->getSourceManager().isBeforeInTranslationUnit(
                         S.Call->getBeginLoc(), C.getBeginLoc())))
        Found = true;
  });
  return Found;
}

void CertExpiryCheck::checkShiftedDate(const Site &S) {
  const CertFunction &Rule = *S.Rule;
  if (!S.Caller || !S.Caller->hasBody() || Rule.Dates.empty())
    return;
  // A local ASN1_TIME handed to X509_set1_notAfter later is reported there.
  if (storedForLaterSink(S))
    return;
  // Dates, plus every variadic argument from a date index on (snprintf).
  llvm::SmallVector<unsigned, 8> Indexes;
  for (unsigned I : Rule.Dates) {
    Indexes.push_back(I);
    if (S.Callee->isVariadic() && I >= S.Callee->getNumParams())
      for (unsigned J = I + 1; J < S.Call->getNumArgs(); ++J)
        Indexes.push_back(J);
  }
  bool Formats = S.Callee->isVariadic() || !Rule.IntoFields.empty();
  for (unsigned I : Indexes) {
    const Expr *Arg = S.arg(I);
    if (!Arg)
      continue;
    // Two steps: a local ASN1_TIME set from the shifted date before it is
    // passed here (`ASN1_TIME_set(t, timegm(&tm)); X509_set1_notAfter(x, t)`);
    // the setter says what happens on the leap day.
    ShiftEvidence E;
    const CallExpr *Setter = nullptr;
    const CertFunction *SetterRule = nullptr;
    const FunctionDecl *SetterCallee = nullptr;
    if (!Rule.Object)
      if (const VarDecl *Var = localPointer(Arg))
        forEachCall(S.Caller->getBody(), [&](const CallExpr &C) {
          const FunctionDecl *F = C.getDirectCallee();
          const CertFunction *R =
              F && F->getIdentifier() && !E ? ruleFor(*Rules, *F) : nullptr;
          if (!R || argVar(C, R->Object) != Var || !S.Graph ||
              !S.Graph->canReach(&C, S.Call))
            return;
          for (unsigned J : R->Dates)
            if (J < C.getNumArgs() && !E)
              if ((E = shiftedArgument(C.getArg(J), C, F->isVariadic(), S))) {
                Setter = &C;
                SetterRule = R;
                SetterCallee = F;
              }
        });
    if (!E)
      E = shiftedArgument(Arg, *S.Call, Formats, S);
    if (!E)
      continue;
    SourceLocation Loc = S.loc(compat::beginLoc(S.Call));
    if (!firstReport(Loc, Shifted))
      return;
    // What the library does with 29 February of the shifted year: the call
    // that reads the date (the setter of a two-step form).
    const CertFunction &Reader = SetterRule ? *SetterRule : Rule;
    const FunctionDecl *ReaderCallee = SetterCallee ? SetterCallee : S.Callee;
    unsigned Behaviour = 2;
    switch (Reader.OnInvalidDate) {
    case CertLeapDay::Fails:
      Behaviour = 0;
      break;
    case CertLeapDay::Accepts:
      Behaviour = Reader.Api == "wolfssl" ? 4 : 1;
      break;
    case CertLeapDay::Throws:
      Behaviour = 3;
      break;
    case CertLeapDay::Normalizes:
    case CertLeapDay::NotApplicable:
      Behaviour = 2;
      break;
    }
    // A date of a validity field (wolfSSL's Cert.afterDate) is written there.
    StringRef Field;
    if (!Rule.IntoFields.empty())
      if (const FieldDecl *FD = designatedField(S.arg(Rule.Output)))
        Field = FD->getName();
    std::string Date;
    const Stmt *ShiftSite = nullptr;
    if (E.Found) {
      Date = spellDate(E.Found->Shift.Object);
      ShiftSite = E.Found->Shift.Site;
    } else if (E.PrintedYear) {
      const auto *Year = dyn_cast<MemberExpr>(ignoreYearOffsets(E.PrintedYear));
      if (std::optional<AccessPath> P = Year ? accessPathOf(Year->getBase()) : std::nullopt)
        Date = spellDate(*P);
      else
        Date = "the date";
      ShiftSite = E.PrintedYear;
    } else {
      ShiftSite = E.Rebuilt->YearArg;
    }
    {
    auto Lead = diag(Loc, "validity date %select{passed to %1|written into '%7' by "
                          "%1|assigned to '%7'}0 "
                          "%select{comes from '%2', whose year was shifted|is a '%2' "
                          "built from a shifted year and the original day}6 without "
                          "handling 29 February; on a leap day %select{%5 rejects the "
                          "date that does not exist and returns %4|%5 accepts the date "
                          "that does not exist and writes an invalid certificate|the "
                          "conversion silently moves it to 1 March|%5 throws on the "
                          "date that does not exist|wolfSSL copies the date that does "
                          "not exist into the certificate}3 (clamp the day to 28 "
                          "February, or use a day-based validity)");
    Lead << (Field.empty() ? 0 : S.Callee->isOverloadedOperator() ? 2 : 1) << S.Callee
         << (E.Rebuilt ? E.Rebuilt->BuilderName : Date) << Behaviour
         << (Reader.Failure == CertFailure::None ? StringRef("failure")
                                                 : spellFailure(Reader.Failure))
         << ReaderCallee << (E.Rebuilt ? 1 : 0) << Field;
    }
    if (E.Rebuilt)
      diag(S.loc(ShiftSite->getBeginLoc()), "year of the '%0' is shifted here",
           DiagnosticIDs::Note)
          << E.Rebuilt->BuilderName;
    else
      diag(S.loc(ShiftSite->getBeginLoc()), "year of '%0' is shifted here",
           DiagnosticIDs::Note)
          << Date;
    if (E.Via)
      diag(S.loc(E.Via->getBeginLoc()), "the shifted date is converted or formatted here",
           DiagnosticIDs::Note);
    if (Setter)
      diag(S.loc(Setter->getBeginLoc()), "the shifted date is stored in '%0' here",
           DiagnosticIDs::Note)
          << localPointer(Arg)->getName();
    return;
  }
}

void CertExpiryCheck::checkIgnoredResult(const Site &S) {
  const CertFunction &Rule = *S.Rule;
  // An ignored SystemTimeToFileTime is premortem-unchecked-time-conversion's.
  if (!Rule.IntoFields.empty())
    return;
  if (Rule.Failure == CertFailure::None ||
      (Rule.Failure == CertFailure::Null) != S.Callee->getReturnType()->isPointerType())
    return;
  ResultUse Use = classifyResultUse(*S.Call, *S.Context);
  if (Use.What != ResultUse::Discarded && Use.What != ResultUse::StoredLocal)
    return;
  // Stored and read later, but overwritten first on some path: `rc =
  // X509_gmtime_adj(...); rc = X509_time_adj_ex(...); if (!rc) ...`.
  const Stmt *Overwrite = overwrittenUnread(Use, S);
  if (!Overwrite && !isIgnored(Use, *S.Call, S.Graph, *S.Context))
    return;
  // A fixed date that exists (a literal string, (time_t)-1 for "no
  // expiration", a NULL "now") cannot fail for calendar reasons.
  if (!Rule.Dates.empty() && !Rule.OffsetDays && !Rule.OffsetSeconds &&
      llvm::all_of(Rule.Dates, [&](unsigned I) {
        const Expr *A = strip(S.arg(I));
        if (!A)
          return false;
        if (const auto *Str = dyn_cast<StringLiteral>(A)) {
          auto Date = Str->isOrdinary() ? parseDateString(Str->getString()) : std::nullopt;
          return Date && Date->Exists;
        }
        return isNullPointer(A, *S.Context) ||
               (!A->isValueDependent() && A->getType()->isIntegerType() &&
                A->getIntegerConstantExpr(*S.Context));
      }))
    return;
  // ASN1_TIME_check(t) tested afterwards catches what this call left behind.
  if (validatedLater(S))
    return;
  SourceLocation Loc = S.loc(compat::beginLoc(S.Call));
  if (!firstReport(Loc, Ignored))
    return;
  std::string Consequence =
      Rule.Consequence.empty() ? "the failure goes unnoticed" : Rule.Consequence;
  {
    auto D = diag(Loc, "result of %0 is %select{ignored|stored in '%5' and overwritten "
                       "before it is read on some path}4; it returns %1 when it cannot "
                       "set the validity%select{, for example for 29 February of a "
                       "non-leap year,|}2 and %3 (check the result before the "
                       "certificate is signed or used)");
    D << S.Callee << spellFailure(Rule.Failure)
      << (Rule.OnInvalidDate == CertLeapDay::Fails ? 0 : 1) << Consequence
      << (Overwrite ? 1 : 0) << (Use.Var ? Use.Var->getName() : StringRef());
  }
  if (Overwrite)
    diag(S.loc(Overwrite->getBeginLoc()), "'%0' is overwritten here before it is read",
         DiagnosticIDs::Note)
        << Use.Var->getName();
}

const Stmt *CertExpiryCheck::overwrittenUnread(const ResultUse &Use, const Site &S) const {
  if (Use.What != ResultUse::StoredLocal || !Use.Var || !S.Graph)
    return nullptr;
  using Step = FunctionCFG::Step;
  auto Visit = [&](const Stmt *St) {
    const auto *Ref = dyn_cast<DeclRefExpr>(St);
    if (!Ref || Ref->getDecl() != Use.Var)
      return Step::Continue;
    VarAccess Access = classifyAccess(*Ref, *S.Context);
    if (Access.What == VarAccess::Unevaluated)
      return Step::Continue;
    if (Access.What == VarAccess::Overwrite && Access.Path.Fields.empty()) {
      // The store of this result itself (a loop coming round) is not a new value.
      if (Access.Site == Use.Store)
        return Step::Continue;
      // A status set by hand (`rc = 0; goto err;`) decides the outcome on
      // purpose; only a value from another call loses this result.
      const auto *Assign = dyn_cast_or_null<BinaryOperator>(Access.Site);
      const Expr *Value = Assign ? Assign->getRHS()->IgnoreParenImpCasts() : nullptr;
      if (!Value || Value->isValueDependent() ||
          Value->isIntegerConstantExpr(*S.Context) ||
          isNullPointer(Value, *S.Context))
        return Step::StopPath;
      return Step::Found;
    }
    return Step::StopPath; // read, or passed on: the result is looked at
  };
  auto Both = [](const Expr *) { return FunctionCFG::Follow::Both; };
  auto Found = S.Graph->searchFrom(S.Call, Visit, Both);
  if (!Found || Found->empty())
    return nullptr;
  const SourceManager &SM = S.Context->getSourceManager();
  const Stmt *First = Found->front();
  for (const Stmt *F : *Found)
    if (SM.isBeforeInTranslationUnit(F->getBeginLoc(), First->getBeginLoc()))
      First = F;
  // Report the assignment, not the reference on its left.
  VarAccess Access =
      classifyAccess(*cast<DeclRefExpr>(First), *S.Context);
  return Access.Site ? Access.Site : First;
}

bool CertExpiryCheck::validatedLater(const Site &S) const {
  std::optional<AccessPath> Object = accessPathOf(S.arg(S.Rule->Object));
  if (!Object || !S.Caller || !S.Caller->getBody())
    return false;
  bool Found = false;
  // Any validator call on the same object, after this call, whose result is
  // looked at.
  std::function<void(const Stmt *)> Walk = [&](const Stmt *St) {
    if (!St || Found)
      return;
    if (const auto *C = dyn_cast<CallExpr>(St)) {
      const FunctionDecl *F = C->getDirectCallee();
      const CertFunction *R = F && F->getIdentifier() ? ruleFor(*Rules, *F) : nullptr;
      if (R && R->Validates && *R->Validates < C->getNumArgs()) {
        std::optional<AccessPath> Checked = accessPathOf(C->getArg(*R->Validates));
        ResultUse Use = classifyResultUse(*C, *S.Context);
        bool After = S.Graph ? S.Graph->canReach(S.Call, C)
                             : S.Context->getSourceManager().isBeforeInTranslationUnit(
                                   S.Call->getBeginLoc(), C->getBeginLoc());
        if (Checked && Checked->overlaps(*Object) && After &&
            Use.What != ResultUse::Discarded && Use.What != ResultUse::CastToVoid)
          Found = true;
      }
    }
    for (const Stmt *Child : St->children())
      Walk(Child);
  };
  Walk(S.Caller->getBody());
  return Found;
}

void CertExpiryCheck::checkConstantDates(const Site &S) {
  for (unsigned I : S.Rule->Dates) {
    const auto *Str = dyn_cast_or_null<StringLiteral>(strip(S.arg(I)));
    if (!Str || !Str->isOrdinary())
      continue;
    auto Date = parseDateString(Str->getString());
    if (!Date || Date->Exists)
      continue;
    SourceLocation Loc = S.loc(Str->getBeginLoc());
    if (!firstReport(Loc, BadConstant))
      continue;
    diag(Loc, "date \"%0\" passed to %1 does not exist; %select{it returns "
              "failure|it is written as is and the certificate is invalid|it "
              "silently becomes a later date|it throws|it is not a valid time}2 "
              "(use a date that exists, such as the last day of the month)")
        << Str->getString() << S.Callee
        << static_cast<unsigned>(
               S.Rule->OnInvalidDate == CertLeapDay::Fails        ? 0
               : S.Rule->OnInvalidDate == CertLeapDay::Accepts    ? 1
               : S.Rule->OnInvalidDate == CertLeapDay::Normalizes ? 2
               : S.Rule->OnInvalidDate == CertLeapDay::Throws     ? 3
                                                                   : 4);
  }
}

void CertExpiryCheck::checkArithmetic(const Site &S) {
  ASTContext &Ctx = *S.Context;

  // Arguments holding seconds: offsets, and integer dates of seconds-based
  // APIs. PRTime dates are checked for their unit below.
  llvm::SmallVector<unsigned, 4> SecondArgs;
  if (S.Rule->OffsetSeconds)
    SecondArgs.push_back(*S.Rule->OffsetSeconds);
  for (unsigned I : S.Rule->Dates)
    if (const Expr *A = S.arg(I); A && A->getType()->isIntegerType())
      SecondArgs.push_back(I);

  for (unsigned I : SecondArgs) {
    const Expr *Arg = S.arg(I);
    if (!Arg || Arg->isValueDependent())
      continue;
    bool IsOffset = S.Rule->OffsetSeconds && I == *S.Rule->OffsetSeconds;
    const ParmVarDecl *Param =
        I < S.Callee->getNumParams() ? S.Callee->getParamDecl(I) : nullptr;
    bool LongParam = Param && Param->getType()->isSpecificBuiltinType(BuiltinType::Long);

    llvm::SmallVector<const Expr *, 3> Values{Arg};
    for (const Expr *V : localValues(Arg, *S.Call, S.Graph, Ctx))
      Values.push_back(V);
    bool Done = false;
    for (const Expr *Value : Values) {
      visitValueParts(Value, /*IntoProducts=*/true, [&](const Expr *Part) {
        const auto *Mul = dyn_cast<BinaryOperator>(Part);
        if (Done || !Mul || Mul->getOpcode() != BO_Mul || Mul->isValueDependent())
          return;
        QualType T = Mul->getType();
        if (!T->isIntegerType())
          return;
        Product P;
        collectFactors(Mul, Ctx, P);
        if (!P.Variable || !isSecondsOfDays(P.Constant))
          return;
        // Seconds in a PRTime are reported as the wrong unit below.
        if (S.Rule->Microseconds && !isMicroseconds(P.Constant))
          return;
        unsigned Bits = Ctx.getTypeSize(T);
        SourceLocation Loc = S.loc(Mul->getOperatorLoc());
        if (Bits <= 32) {
          // days * 86400 in int: wraps after 24855 days, about 68 years.
          if (firstReport(Loc, Overflow))
            diag(Loc, "validity in seconds is computed in %0 and overflows past "
                      "24855 days (68 years), giving %1 a negative or wrapped "
                      "validity (compute it in a 64-bit type, or pass a day count "
                      "where the API takes one)")
                << T << S.Callee;
          Done = true;
        } else if (IsOffset && LongParam && S.Rule->OffsetDays) {
          // The parameter is long: 32 bits on Windows (LLP64).
          if (firstReport(Loc, Overflow))
            diag(Loc, "validity in seconds is passed to %0 as a 'long' offset, "
                      "which is 32 bits on Windows and overflows past 24855 days "
                      "(68 years) (pass the days as the day offset of %0 instead)")
                << S.Callee;
          Done = true;
        } else if (IsOffset && LongParam) {
          if (firstReport(Loc, Overflow))
            diag(Loc, "validity in seconds is passed to %0 as a 'long' offset, "
                      "which is 32 bits on Windows and overflows past 24855 days "
                      "(68 years) (use X509_time_adj_ex with a day count)")
                << S.Callee;
          Done = true;
        }
      });
      if (Done)
        break;
    }
  }

  if (!S.Rule->Microseconds)
    return;
  // PRTime counts microseconds: a term in seconds (time(), days * 86400)
  // added to it moves the date by a millionth of what was meant.
  for (unsigned I : S.Rule->Dates) {
    const Expr *Arg = S.arg(I);
    if (!Arg || Arg->isValueDependent())
      continue;
    llvm::SmallVector<const Expr *, 3> Values{Arg};
    for (const Expr *V : localValues(Arg, *S.Call, S.Graph, Ctx))
      Values.push_back(V);
    const Expr *Seconds = nullptr;
    for (const Expr *Value : Values)
      visitValueParts(Value, /*IntoProducts=*/false, [&](const Expr *Part) {
        if (Seconds)
          return;
        if (isTimeCall(Part)) {
          Seconds = Part;
          return;
        }
        const auto *Mul = dyn_cast<BinaryOperator>(Part);
        if (!Mul || Mul->getOpcode() != BO_Mul || Mul->isValueDependent())
          return;
        Product P;
        collectFactors(Mul, Ctx, P);
        if (isSecondsOfDays(P.Constant) && !isMicroseconds(P.Constant))
          Seconds = Mul;
      });
    if (!Seconds)
      continue;
    SourceLocation Loc = S.loc(Seconds->getBeginLoc());
    if (firstReport(Loc, WrongUnit))
      diag(Loc, "this value counts seconds but %0 takes PRTime, which counts "
                "microseconds; the validity ends a million times too early "
                "(multiply by PR_USEC_PER_SEC)")
          << S.Callee;
  }
}

void CertExpiryCheck::checkUtcTime(const Site &S) {
  const CertFunction &Rule = *S.Rule;
  if (Rule.UtcTime == CertUtcTime::No)
    return;
  ASTContext &Ctx = *S.Context;
  // A note where the object was made a UTCTime, for the 'object' kind.
  const Expr *Created = nullptr;
  if (Rule.UtcTime == CertUtcTime::Object) {
    const Expr *Obj = strip(S.arg(Rule.Object));
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Obj);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!S.Graph || !Var || !Var->hasLocalStorage())
      return;
    AccessPath Path;
    Path.Root = Var;
    auto Origins = findValueOrigins(*S.Graph, *S.Call, Path, Ctx);
    if (!Origins || Origins->empty())
      return;
    for (const ValueOrigin &O : *Origins) {
      const auto *C = dyn_cast_or_null<CallExpr>(strip(O.Value));
      const FunctionDecl *F = C ? C->getDirectCallee() : nullptr;
      if (!F || !F->getIdentifier() || F->getName() != "ASN1_UTCTIME_new")
        return;
      Created = C;
    }
  }

  // The date the call produces, when it is visible: a constant time_t, or
  // now (time(NULL), a NULL in_tm) plus constant offsets.
  std::optional<int64_t> Base; // seconds since 1970; nullopt: now
  bool Known = true;
  for (unsigned I : Rule.Dates) {
    const Expr *A = strip(S.arg(I));
    if (!A)
      return;
    if (isTimeCall(A))
      continue;
    if (const auto *Str = dyn_cast<StringLiteral>(A)) {
      // ASN1_UTCTIME_set_string with a four-digit year of 2050 or later.
      auto Date = Str->isOrdinary() ? parseDateString(Str->getString()) : std::nullopt;
      if (!Date || Date->Year < 2050)
        return;
      Base = UtcTimeEnd;
      continue;
    }
    if (!A->isValueDependent() && A->getType()->isIntegerType())
      if (auto V = A->getIntegerConstantExpr(Ctx)) {
        if (V->getSignificantBits() > 41)
          return;
        Base = V->getExtValue();
        continue;
      }
    Known = false;
  }
  // Other pointer arguments (X509_time_adj's in_tm) must be NULL for "now".
  for (unsigned I = 0; I < S.Call->getNumArgs(); ++I) {
    const Expr *A = S.Call->getArg(I);
    if ((Rule.Object && I == *Rule.Object) || llvm::is_contained(Rule.Dates, I) ||
        !A->getType()->isPointerType())
      continue;
    if (!isNullPointer(A, Ctx))
      Known = false;
  }
  if (!Known)
    return;
  int64_t Offset = 0;
  for (auto [Index, Scale] : {std::pair{Rule.OffsetDays, SecondsPerDay},
                              std::pair{Rule.OffsetSeconds, int64_t{1}}}) {
    const Expr *A = S.arg(Index);
    if (!A)
      continue;
    if (A->isValueDependent())
      return;
    auto V = A->getIntegerConstantExpr(Ctx);
    // Beyond ±2^40 the offset is out of every time type's range anyway.
    if (!V || V->getSignificantBits() > 41)
      return;
    Offset += V->getExtValue() * Scale;
  }
  // "Now" is 1 January of NowYear, not the clock of the machine running the
  // analysis: the same code gets the same findings every day.
  int64_t Now = (static_cast<int64_t>(NowYear) - 1970) * 31556952;
  int64_t End = (Base ? *Base : Now) + Offset;
  if (End < UtcTimeEnd)
    return;
  SourceLocation Loc = S.loc(compat::beginLoc(S.Call));
  if (!firstReport(Loc, UtcTime))
    return;
  if (Created) {
    diag(Loc, "%0 keeps the UTCTime type of '%1', which cannot hold dates from "
              "2050 on, and this validity reaches 2050; it returns NULL (create "
              "the time with ASN1_TIME_new or set X509_getm_notAfter directly)")
        << S.Callee << cast<DeclRefExpr>(strip(S.arg(Rule.Object)))->getDecl()->getName();
    diag(S.loc(Created->getBeginLoc()), "created as a UTCTime here", DiagnosticIDs::Note);
  } else {
    diag(Loc, "%0 makes a UTCTime, which cannot hold dates from 2050 on, and this "
              "validity reaches 2050; it returns NULL (use the ASN1_TIME_ or "
              "GENERALIZEDTIME form)")
        << S.Callee;
  }
}

void CertExpiryCheck::checkImplicitYear(const Site &S) {
  if (!FlagImplicitOneYear || !S.Rule->ImplicitYear)
    return;
  const Expr *A = S.arg(S.Rule->ImplicitYear);
  if (!A || !isNullPointer(A, *S.Context))
    return;
  SourceLocation Loc = S.loc(A->getBeginLoc());
  if (firstReport(Loc, ImplicitYear))
    diag(Loc, "a NULL end time makes %0 add one calendar year to the start time "
              "itself; what it does on 29 February is undocumented (pass an end "
              "time built with a leap-safe add)")
        << S.Callee;
}

bool CertExpiryCheck::handlesLeapDay(const FunctionDecl *Caller) {
  return Caller && Shifts.model().containsLeapDayHandling(Caller->getBody(),
                                                          Caller->getASTContext());
}

bool CertExpiryCheck::firstReport(SourceLocation Loc, unsigned Kind) {
  return Reported.insert({Loc.getRawEncoding(), Kind}).second;
}

void CertExpiryCheck::onEndOfTranslationUnit() {
  Shifts.clear();
  Reported.clear();
}

} // namespace clang::tidy::premortem
