//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/calendar/LeapRule.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/FoldingSet.h"

using namespace clang;

namespace clang::tidy::premortem {

namespace {

/// Sample years that tell the usual wrong rules apart from the right one:
/// centuries (leap or not), ordinary leap and common years.
constexpr int64_t SampleYears[] = {1600, 1700, 1800, 1900, 1996, 1997, 1998, 1999, 2000,
                                   2001, 2002, 2003, 2004, 2024, 2100, 2200, 2300, 2400};
constexpr unsigned NumSamples = sizeof(SampleYears) / sizeof(SampleYears[0]);
constexpr uint32_t AllSamples = (1u << NumSamples) - 1;

using Table = uint32_t;

template <typename Rule> Table tableOf(Rule R) {
  Table T = 0;
  for (unsigned I = 0; I < NumSamples; ++I)
    if (R(SampleYears[I]))
      T |= 1u << I;
  return T;
}

bool gregorian(int64_t Y) { return Y % 4 == 0 && (Y % 100 != 0 || Y % 400 == 0); }

/// Evaluates integer expressions and simple function bodies with one year
/// unknown given a value. Anything else fails (nullopt).
class Evaluator {
public:
  Evaluator(const ASTContext &Context, const RulePack *Rules) : Context(Context), Rules(Rules) {}

  const Expr *Year = nullptr; // substituted structurally, if set
  int64_t YearValue = 0;
  llvm::DenseMap<const VarDecl *, int64_t> Env;

  std::optional<int64_t> expr(const Expr *E);
  /// Runs a body; Ret is set on `return`.
  bool stmt(const Stmt *S, std::optional<int64_t> &Ret);
  std::optional<int64_t> call(const FunctionDecl &F, llvm::ArrayRef<int64_t> Args);

private:
  const ASTContext &Context;
  const RulePack *Rules;
  unsigned Depth = 0;
  unsigned Steps = 0;
};

std::optional<int64_t> Evaluator::expr(const Expr *E) {
  if (!E || ++Steps > 20000)
    return std::nullopt;
  E = E->IgnoreParens();
  if (Year && sameYear(E, Year, Context))
    return YearValue;
  if (E->isValueDependent() || E->containsErrors())
    return std::nullopt;
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    std::optional<int64_t> V = expr(Cast->getSubExpr());
    if (V && Cast->getType()->isBooleanType())
      return *V != 0;
    return V;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl())) {
      auto It = Env.find(Var);
      if (It != Env.end())
        return It->second;
    }
  }
  if (E->getType()->isIntegralOrEnumerationType() || E->getType()->isBooleanType())
    if (std::optional<llvm::APSInt> C = E->getIntegerConstantExpr(Context))
      return C->getExtValue();
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    if (U->isIncrementDecrementOp()) {
      const auto *Ref = dyn_cast<DeclRefExpr>(U->getSubExpr()->IgnoreParens());
      const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (!Var || !Env.count(Var))
        return std::nullopt;
      int64_t Old = Env[Var];
      Env[Var] = Old + (U->isIncrementOp() ? 1 : -1);
      return U->isPrefix() ? Env[Var] : Old;
    }
    std::optional<int64_t> V = expr(U->getSubExpr());
    if (!V)
      return std::nullopt;
    switch (U->getOpcode()) {
    case UO_LNot: return *V == 0;
    case UO_Minus: return -*V;
    case UO_Plus: return *V;
    case UO_Not: return ~*V;
    default: return std::nullopt;
    }
  }
  if (const auto *B = dyn_cast<BinaryOperator>(E)) {
    if (B->isAssignmentOp()) {
      const auto *Ref = dyn_cast<DeclRefExpr>(B->getLHS()->IgnoreParens());
      const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (!Var || !Var->hasLocalStorage())
        return std::nullopt;
      std::optional<int64_t> R = expr(B->getRHS());
      if (!R)
        return std::nullopt;
      if (B->getOpcode() == BO_Assign) {
        Env[Var] = *R;
        return *R;
      }
      auto It = Env.find(Var);
      if (It == Env.end())
        return std::nullopt;
      switch (B->getOpcode()) {
      case BO_AddAssign: It->second += *R; break;
      case BO_SubAssign: It->second -= *R; break;
      case BO_MulAssign: It->second *= *R; break;
      case BO_RemAssign: if (!*R) return std::nullopt; It->second %= *R; break;
      case BO_DivAssign: if (!*R) return std::nullopt; It->second /= *R; break;
      default: return std::nullopt;
      }
      return It->second;
    }
    std::optional<int64_t> L = expr(B->getLHS());
    if (!L)
      return std::nullopt;
    if (B->getOpcode() == BO_LAnd && !*L)
      return 0;
    if (B->getOpcode() == BO_LOr && *L)
      return 1;
    std::optional<int64_t> R = expr(B->getRHS());
    if (!R)
      return std::nullopt;
    switch (B->getOpcode()) {
    case BO_LAnd: case BO_LOr: return *R != 0;
    case BO_Add: return *L + *R;
    case BO_Sub: return *L - *R;
    case BO_Mul: return *L * *R;
    case BO_Div: if (!*R) return std::nullopt; return *L / *R;
    case BO_Rem: if (!*R) return std::nullopt; return *L % *R;
    case BO_And: return *L & *R;
    case BO_Or: return *L | *R;
    case BO_Xor: return *L ^ *R;
    case BO_Shl: if (*R < 0 || *R > 62) return std::nullopt; return *L << *R;
    case BO_Shr: if (*R < 0 || *R > 62) return std::nullopt; return *L >> *R;
    case BO_EQ: return *L == *R;
    case BO_NE: return *L != *R;
    case BO_LT: return *L < *R;
    case BO_GT: return *L > *R;
    case BO_LE: return *L <= *R;
    case BO_GE: return *L >= *R;
    case BO_Comma: return *R;
    default: return std::nullopt;
    }
  }
  if (const auto *C = dyn_cast<ConditionalOperator>(E)) {
    std::optional<int64_t> Cond = expr(C->getCond());
    if (!Cond)
      return std::nullopt;
    return expr(*Cond ? C->getTrueExpr() : C->getFalseExpr());
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F || isa<CXXMemberCallExpr>(Call))
      return std::nullopt;
    llvm::SmallVector<int64_t, 4> Args;
    for (const Expr *A : Call->arguments()) {
      std::optional<int64_t> V = expr(A);
      if (!V)
        return std::nullopt;
      Args.push_back(*V);
    }
    if (Args.size() == 1 && isLibraryLeapPredicate(*F, Rules))
      return gregorian(Args[0]);
    return call(*F, Args);
  }
  return std::nullopt;
}

bool Evaluator::stmt(const Stmt *S, std::optional<int64_t> &Ret) {
  if (!S || ++Steps > 20000)
    return false;
  if (const auto *Compound = dyn_cast<CompoundStmt>(S)) {
    for (const Stmt *Child : Compound->body()) {
      if (!stmt(Child, Ret))
        return false;
      if (Ret)
        return true;
    }
    return true;
  }
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    Ret = expr(Return->getRetValue());
    return Ret.has_value();
  }
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    if (If->getInit() || If->getConditionVariable() || If->isConsteval())
      return false;
    std::optional<int64_t> Cond = expr(If->getCond());
    if (!Cond)
      return false;
    if (*Cond)
      return stmt(If->getThen(), Ret);
    return !If->getElse() || stmt(If->getElse(), Ret);
  }
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : Decls->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || !Var->getInit())
        return false;
      std::optional<int64_t> V = expr(Var->getInit());
      if (!V)
        return false;
      Env[Var] = *V;
    }
    return true;
  }
  if (isa<NullStmt>(S))
    return true;
  if (const auto *E = dyn_cast<Expr>(S))
    return expr(E).has_value();
  return false;
}

std::optional<int64_t> Evaluator::call(const FunctionDecl &F, llvm::ArrayRef<int64_t> Args) {
  const FunctionDecl *Def = F.getDefinition();
  if (!Def || !Def->getBody() || Depth >= 4 || Args.size() != Def->getNumParams())
    return std::nullopt;
  // The callee sees only its parameters.
  auto SavedEnv = std::move(Env);
  const Expr *SavedYear = Year;
  Env.clear();
  Year = nullptr;
  for (unsigned I = 0; I < Args.size(); ++I)
    Env[Def->getParamDecl(I)] = Args[I];
  ++Depth;
  std::optional<int64_t> Ret;
  bool Ok = stmt(Def->getBody(), Ret);
  --Depth;
  Env = std::move(SavedEnv);
  Year = SavedYear;
  return Ok ? Ret : std::nullopt;
}

/// The leap outcome of a result: 366/365 and 29/28 are year and February
/// lengths; anything else is a truth value.
std::optional<bool> asLeap(int64_t V, bool Lengths) {
  if (!Lengths)
    return V != 0;
  if (V == 366 || V == 29)
    return true;
  if (V == 365 || V == 28)
    return false;
  return std::nullopt;
}

LeapClass classifyTable(Table T) {
  struct Ref {
    LeapVerdict Verdict;
    Table Leap;
  };
  const Ref Refs[] = {
      {LeapVerdict::Complete, tableOf(gregorian)},
      {LeapVerdict::Mod4Only, tableOf([](int64_t Y) { return Y % 4 == 0; })},
      {LeapVerdict::Missing400, tableOf([](int64_t Y) { return Y % 4 == 0 && Y % 100 != 0; })},
      {LeapVerdict::TmYearNo1900, tableOf([](int64_t Y) { return gregorian(Y - 1900); })},
  };
  for (const Ref &R : Refs) {
    if (T == R.Leap)
      return {R.Verdict, LeapPolarity::Leap};
    if (T == (~R.Leap & AllSamples))
      return {R.Verdict, LeapPolarity::Common};
  }
  // Constant tables are not tests; anything else is some other rule.
  if (T == 0 || T == AllSamples)
    return {};
  return {LeapVerdict::Other, LeapPolarity::Leap};
}

/// Evaluates Run for every sample year and classifies the results.
template <typename Run> LeapClass classifyRuns(Run R, bool Lengths) {
  Table T = 0;
  for (unsigned I = 0; I < NumSamples; ++I) {
    std::optional<int64_t> V = R(SampleYears[I]);
    if (!V)
      return {};
    std::optional<bool> Leap = asLeap(*V, Lengths);
    if (!Leap)
      return {};
    if (*Leap)
      T |= 1u << I;
  }
  return classifyTable(T);
}

} // namespace

std::optional<LeapTerm> leapTermOf(const Stmt *S, const ASTContext &Context) {
  const auto *B = dyn_cast_or_null<BinaryOperator>(S);
  if (!B || (B->getOpcode() != BO_Rem && B->getOpcode() != BO_And) ||
      B->isValueDependent() || B->containsErrors())
    return std::nullopt;
  std::optional<llvm::APSInt> N = B->getRHS()->getIntegerConstantExpr(Context);
  if (!N)
    return std::nullopt;
  int64_t M = N->getExtValue();
  LeapTerm T;
  T.Op = B;
  if (B->getOpcode() == BO_Rem && (M == 4 || M == 100 || M == 400 || M == 16 || M == 25))
    T.Modulus = M;
  else if (B->getOpcode() == BO_And && (M == 3 || M == 15))
    T.Modulus = M + 1;
  else
    return std::nullopt;
  // The year without added constants: `(tm_year + 1900) % 400`.
  const Expr *Y = B->getLHS()->IgnoreParenImpCasts();
  while (const auto *Sum = dyn_cast<BinaryOperator>(Y)) {
    if (Sum->getOpcode() != BO_Add && Sum->getOpcode() != BO_Sub)
      break;
    if (std::optional<llvm::APSInt> C = Sum->getRHS()->getIntegerConstantExpr(Context)) {
      T.Offset += Sum->getOpcode() == BO_Add ? C->getExtValue() : -C->getExtValue();
      Y = Sum->getLHS()->IgnoreParenImpCasts();
    } else if (std::optional<llvm::APSInt> C2 =
                   Sum->getLHS()->getIntegerConstantExpr(Context);
               C2 && Sum->getOpcode() == BO_Add) {
      T.Offset += C2->getExtValue();
      Y = Sum->getRHS()->IgnoreParenImpCasts();
    } else {
      break;
    }
  }
  if (Y->getIntegerConstantExpr(Context))
    return std::nullopt;
  T.Year = Y;
  return T;
}

bool sameYear(const Expr *A, const Expr *B, const ASTContext &Context) {
  if (!A || !B)
    return false;
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (A == B)
    return true;
  if (A->getStmtClass() != B->getStmtClass())
    return false;
  llvm::FoldingSetNodeID IA, IB;
  A->Profile(IA, Context, /*Canonical=*/true);
  B->Profile(IB, Context, /*Canonical=*/true);
  return IA == IB;
}

bool isTmYear(const Expr *Year) {
  const auto *Member = dyn_cast_or_null<MemberExpr>(Year ? Year->IgnoreParenImpCasts() : nullptr);
  if (!Member)
    return false;
  const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
  return Field && Field->getIdentifier() && Field->getName() == "tm_year" &&
         Field->getParent()->getIdentifier() && Field->getParent()->getName() == "tm";
}

LeapClass classifyLeapExpr(const Expr *E, const Expr *Year, int64_t Base,
                           const ASTContext &Context, const RulePack *Rules) {
  Evaluator Eval(Context, Rules);
  Eval.Year = Year;
  return classifyRuns(
      [&](int64_t Y) {
        Eval.YearValue = Y - Base;
        Eval.Env.clear();
        return Eval.expr(E);
      },
      /*Lengths=*/false);
}

LeapClass classifyLeapParts(llvm::ArrayRef<const Expr *> Parts, bool And, const Expr *Year,
                            int64_t Base, const ASTContext &Context, const RulePack *Rules) {
  Evaluator Eval(Context, Rules);
  Eval.Year = Year;
  return classifyRuns(
      [&](int64_t Y) -> std::optional<int64_t> {
        Eval.YearValue = Y - Base;
        bool Result = And;
        for (const Expr *Part : Parts) {
          Eval.Env.clear();
          std::optional<int64_t> V = Eval.expr(Part);
          if (!V)
            return std::nullopt;
          Result = And ? (Result && *V != 0) : (Result || *V != 0);
        }
        return Result;
      },
      /*Lengths=*/false);
}

bool dependsOnlyOnYear(const Expr *E, const Expr *Year, const ASTContext &Context,
                       const RulePack *Rules) {
  Evaluator Eval(Context, Rules);
  Eval.Year = Year;
  for (int64_t Y : SampleYears) {
    Eval.YearValue = Y;
    Eval.Env.clear();
    if (!Eval.expr(E))
      return false;
  }
  return true;
}

LeapClass classifyLeapFunction(const FunctionDecl &F, unsigned Param,
                               const ASTContext &Context, const RulePack *Rules,
                               int64_t Base) {
  const FunctionDecl *Def = F.getDefinition();
  if (!Def || !Def->getBody() || Param >= Def->getNumParams() || Def->isDependentContext())
    return {};
  QualType Result = Def->getReturnType();
  if (!Result->isIntegralOrEnumerationType())
    return {};
  bool Lengths = !Result->isBooleanType();
  for (bool UseLengths : {false, true}) {
    if (UseLengths && !Lengths)
      break;
    Evaluator Eval(Context, Rules);
    LeapClass C = classifyRuns(
        [&](int64_t Y) -> std::optional<int64_t> {
          Eval.Env.clear();
          for (unsigned I = 0; I < Def->getNumParams(); ++I)
            if (I != Param)
              return std::nullopt;
          Eval.Env[Def->getParamDecl(Param)] = Y - Base;
          std::optional<int64_t> Ret;
          if (!Eval.stmt(Def->getBody(), Ret))
            return std::nullopt;
          return Ret;
        },
        UseLengths);
    C.FromLengths = UseLengths;
    if (C.Verdict != LeapVerdict::NotLeapTest && C.Verdict != LeapVerdict::Other)
      return C;
  }
  return {};
}

bool isLibraryLeapPredicate(const FunctionDecl &F, const RulePack *Rules) {
  if (!F.getIdentifier())
    return false;
  StringRef Name = F.getName();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&F)) {
    const CXXRecordDecl *Class = Method->getParent();
    StringRef ClassName = Class->getIdentifier() ? Class->getName() : "";
    if (Name == "is_leap" && ClassName == "year")
      return true; // std::chrono::year, date::year
    if (Name == "isLeapYear" &&
        (ClassName == "QDate" || ClassName == "GregorianCalendar" || ClassName == "DateTime"))
      return true;
    if (Name == "is_leap_year" && ClassName == "gregorian_calendar_base")
      return true;
    if (Name == "is_leap_year" && ClassName.contains("gregorian_calendar"))
      return true;
  }
  if (Rules)
    if (const DateGuard *G = findDateGuard(*Rules, Name); G && G->What == DateGuard::LeapTest)
      return !F.getDefinition() || F.isInStdNamespace() ||
             F.getASTContext().getSourceManager().isInSystemHeader(F.getLocation());
  return false;
}

std::string spellLeapRule(llvm::StringRef Year, LeapPolarity Polarity) {
  std::string Y = Year.str();
  if (Polarity == LeapPolarity::Leap)
    return "(" + Y + " % 4 == 0 && (" + Y + " % 100 != 0 || " + Y + " % 400 == 0))";
  return "(" + Y + " % 4 != 0 || (" + Y + " % 100 == 0 && " + Y + " % 400 != 0))";
}

} // namespace clang::tidy::premortem
