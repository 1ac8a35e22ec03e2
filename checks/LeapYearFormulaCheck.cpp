//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/LeapYearFormulaCheck.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/calendar/LeapRule.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include <functional>

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

std::string lower(StringRef S) { return S.lower(); }

/// The name the year expression is read through: a variable, a field or a
/// getter (`t.year()`), or the macro it is spelled with (`DOS_YEAR(dir)`).
StringRef yearName(const Expr *Year, const ASTContext &Context) {
  Year = Year->IgnoreParenImpCasts();
  if (SourceLocation Loc = Year->getBeginLoc(); Loc.isMacroID()) {
    StringRef Macro = Lexer::getImmediateMacroName(Loc, Context.getSourceManager(),
                                                   Context.getLangOpts());
    if (StringRef(lower(Macro)).contains("year"))
      return Macro;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Year))
    return Ref->getDecl()->getIdentifier() ? Ref->getDecl()->getName() : "";
  if (const auto *Member = dyn_cast<MemberExpr>(Year))
    return Member->getMemberDecl()->getIdentifier() ? Member->getMemberDecl()->getName() : "";
  if (const auto *Call = dyn_cast<CallExpr>(Year))
    if (const FunctionDecl *F = Call->getDirectCallee(); F && F->getIdentifier())
      return F->getName();
  return "";
}

/// True if Name says it holds a year; short names (`y`, `yr`) only count in
/// a function that is about leap years.
bool isYearName(StringRef Name, bool LeapContext) {
  std::string L = lower(Name);
  if (StringRef(L).contains("year"))
    return true;
  StringRef S(L);
  S = S.trim('_');
  return LeapContext && (S == "y" || S == "yr" || S == "yy" || S == "yyyy" || S == "yr4" ||
                         S.starts_with("yr") || S.ends_with("yr") || S == "iy" || S == "ny");
}

/// Facts about the function that make `y % 4` read as a leap test.
struct FunctionFacts {
  bool LeapContext = false; // its name or its values talk about leap years
  /// It counts century leap days (`y / 100` and `y / 400`), as day-number
  /// conversions do: a `% 4` test there is corrected by the count.
  bool CountsCenturies = false;
};

FunctionFacts factsOf(const FunctionDecl &F) {
  FunctionFacts Facts;
  if (F.getIdentifier()) {
    std::string L = lower(F.getName());
    Facts.LeapContext = StringRef(L).contains("leap") || StringRef(L).contains("year") ||
                        StringRef(L).contains("date") || StringRef(L).contains("day");
  }
  struct Finder : RecursiveASTVisitor<Finder> {
    bool &Found;
    explicit Finder(bool &F) : Found(F) {}
    bool VisitIntegerLiteral(IntegerLiteral *L) {
      uint64_t V = L->getValue().getLimitedValue();
      Found |= V == 366 || V == 365 || V == 29;
      return !Found;
    }
    bool VisitNamedDecl(NamedDecl *D) {
      if (D->getIdentifier())
        Found |= StringRef(lower(D->getName())).contains("leap");
      return !Found;
    }
  } Find(Facts.LeapContext);
  if (!Facts.LeapContext && F.getBody())
    Find.TraverseStmt(F.getBody());
  struct Divisions : RecursiveASTVisitor<Divisions> {
    const ASTContext &Context;
    bool By100 = false, By400 = false;
    explicit Divisions(const ASTContext &C) : Context(C) {}
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->getOpcode() != BO_Div || B->isValueDependent())
        return true;
      if (std::optional<llvm::APSInt> N = B->getRHS()->getIntegerConstantExpr(Context)) {
        By100 |= *N == 100;
        By400 |= *N == 400;
      }
      return true;
    }
  } Div(F.getASTContext());
  if (F.getBody())
    Div.TraverseStmt(F.getBody());
  Facts.CountsCenturies = Div.By100 && Div.By400;
  return Facts;
}

const Stmt *parentOf(const Stmt *S, ASTContext &Context) {
  DynTypedNodeList Parents = parentsOf(*S, Context);
  return Parents.empty() ? nullptr : Parents[0].get<Stmt>();
}

/// Walks up from a term to the largest expression that still depends only on
/// the year: `y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)`.
const Expr *maximalTest(const LeapTerm &Term, ASTContext &Context,
                        const RulePack *Rules) {
  const Expr *Test = Term.Op;
  while (const auto *P = dyn_cast_or_null<Expr>(parentOf(Test, Context))) {
    bool Walk = false;
    if (isa<ParenExpr, ImplicitCastExpr, CStyleCastExpr, CXXFunctionalCastExpr,
            CXXStaticCastExpr>(P))
      Walk = true;
    else if (const auto *U = dyn_cast<UnaryOperator>(P))
      Walk = U->getOpcode() == UO_LNot;
    else if (const auto *B = dyn_cast<BinaryOperator>(P))
      Walk = B->isComparisonOp() || B->isLogicalOp();
    else if (const auto *C = dyn_cast<ConditionalOperator>(P))
      // `c ? y % 400 == 0 : y % 4 == 0` is one test; `leap ? 366 : 365` uses one.
      Walk = C->getCond()->IgnoreParenImpCasts() != Test->IgnoreParenImpCasts();
    if (!Walk || !dependsOnlyOnYear(P, Term.Year, Context, Rules))
      break;
    Test = P;
  }
  return Test;
}

/// True if the test's value is used as a truth value.
bool isBooleanTest(const Expr *Test, ASTContext &Context) {
  const Expr *E = Test->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<BinaryOperator>(E); B && (B->isComparisonOp() || B->isLogicalOp()))
    return true;
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_LNot)
    return true;
  const Stmt *P = parentOf(Test, Context);
  while (P && isa<ParenExpr, ImplicitCastExpr>(P)) {
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P);
        Cast && Cast->getType()->isBooleanType())
      return true;
    P = parentOf(P, Context);
  }
  if (const auto *If = dyn_cast_or_null<IfStmt>(P))
    return If->getCond()->IgnoreParenImpCasts() == E;
  if (const auto *C = dyn_cast_or_null<ConditionalOperator>(P))
    return C->getCond()->IgnoreParenImpCasts() == E;
  return false;
}

/// Which polarity the code expects of the test, when it says so: a variable
/// named leap, or an if whose branch produces 366/29 (leap) or 365/28.
std::optional<LeapPolarity> expectedPolarity(const Expr *Test, ASTContext &Context) {
  const Stmt *P = parentOf(Test, Context);
  while (P && isa<ParenExpr, ImplicitCastExpr>(P))
    P = parentOf(P, Context);
  if (!P)
    return std::nullopt;
  auto ByName = [](StringRef Name) -> std::optional<LeapPolarity> {
    std::string L = lower(Name);
    if (!StringRef(L).contains("leap"))
      return std::nullopt;
    if (StringRef(L).contains("not") || StringRef(L).contains("non"))
      return LeapPolarity::Common;
    return LeapPolarity::Leap;
  };
  if (const auto *B = dyn_cast<BinaryOperator>(P); B && B->getOpcode() == BO_Assign)
    if (const auto *Ref = dyn_cast<DeclRefExpr>(B->getLHS()->IgnoreParenImpCasts()))
      return ByName(Ref->getDecl()->getName());
  if (const auto *Decls = dyn_cast<DeclStmt>(P))
    if (const auto *Var = dyn_cast<VarDecl>(Decls->getSingleDecl()); Var && Var->getIdentifier())
      return ByName(Var->getName());
  const Stmt *Then = nullptr;
  if (const auto *If = dyn_cast<IfStmt>(P); If && If->getCond()->IgnoreParenImpCasts() ==
                                                       Test->IgnoreParenImpCasts())
    Then = If->getThen();
  if (const auto *C = dyn_cast<ConditionalOperator>(P);
      C && C->getCond()->IgnoreParenImpCasts() == Test->IgnoreParenImpCasts())
    Then = C->getTrueExpr();
  if (!Then)
    return std::nullopt;
  // The first year or February length the branch produces.
  std::optional<LeapPolarity> Found;
  struct Finder : RecursiveASTVisitor<Finder> {
    std::optional<LeapPolarity> &Found;
    explicit Finder(std::optional<LeapPolarity> &F) : Found(F) {}
    bool VisitIntegerLiteral(IntegerLiteral *L) {
      uint64_t V = L->getValue().getLimitedValue();
      if (V == 366 || V == 29)
        Found = LeapPolarity::Leap;
      else if (V == 365 || V == 28)
        Found = LeapPolarity::Common;
      return !Found;
    }
  } Find(Found);
  Find.TraverseStmt(const_cast<Stmt *>(Then));
  return Found;
}

/// A test inside a chain of `&&` (or `||`) that also reads other values is
/// judged with its year-only siblings: `(mo > 1) && y % 4 == 0 && y != 2100`
/// is the mod-4 rule corrected for 2100, not `% 4` alone.
LeapClass withSiblingParts(const Expr *Test, LeapClass C, const Expr *Year, int64_t Base,
                           ASTContext &Context, const RulePack *Rules) {
  const Stmt *P = parentOf(Test, Context);
  while (P && isa<ParenExpr, ImplicitCastExpr>(P))
    P = parentOf(P, Context);
  const auto *Chain = dyn_cast_or_null<BinaryOperator>(P);
  if (!Chain || !Chain->isLogicalOp())
    return C;
  BinaryOperatorKind Op = Chain->getOpcode();
  // The top of the chain of the same operator.
  for (const Stmt *Up = parentOf(Chain, Context);;) {
    while (Up && isa<ParenExpr, ImplicitCastExpr>(Up))
      Up = parentOf(Up, Context);
    const auto *B = dyn_cast_or_null<BinaryOperator>(Up);
    if (!B || B->getOpcode() != Op)
      break;
    Chain = B;
    Up = parentOf(B, Context);
  }
  llvm::SmallVector<const Expr *, 8> Parts;
  std::function<void(const Expr *)> Flatten = [&](const Expr *E) {
    const auto *B = dyn_cast<BinaryOperator>(E->IgnoreParenImpCasts());
    if (B && B->getOpcode() == Op) {
      Flatten(B->getLHS());
      Flatten(B->getRHS());
      return;
    }
    if (dependsOnlyOnYear(E, Year, Context, Rules))
      Parts.push_back(E);
  };
  Flatten(Chain);
  if (Parts.size() < 2)
    return C;
  LeapClass Whole =
      classifyLeapParts(Parts, Op == BO_LAnd, Year, Base, Context, Rules);
  return Whole.Verdict == LeapVerdict::NotLeapTest ? C : Whole;
}

struct Group {
  const Expr *Year;
  llvm::SmallVector<LeapTerm, 4> Terms;
  bool Has(unsigned M) const {
    for (const LeapTerm &T : Terms)
      if (T.Modulus == M)
        return true;
    return false;
  }
};

} // namespace

LeapYearFormulaCheck::LeapYearFormulaCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Years1901To2099(Options.get("Years1901To2099", false)),
      Rules(rulesFor(*Context, Name)) {}

void LeapYearFormulaCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Years1901To2099", Years1901To2099);
}

namespace {
/// `y % 4` or `y & 3`, as leapTermOf reads it.
AST_MATCHER(BinaryOperator, isFourYearTerm) {
  std::optional<LeapTerm> T = leapTermOf(&Node, Finder->getASTContext());
  return T && T->Modulus == 4;
}
} // namespace

void LeapYearFormulaCheck::registerMatchers(MatchFinder *Finder) {
  // Whole functions, found from their `% 4` (or `& 3`) term, which every
  // finding needs: a nested or early-return leap test is judged as one.
  Finder->addMatcher(binaryOperator(hasAnyOperatorName("%", "&"), isFourYearTerm(),
                                    unless(isExpansionInSystemHeader()))
                         .bind("term"),
                     this);
}

void LeapYearFormulaCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const auto *Term = Result.Nodes.getNodeAs<BinaryOperator>("term");
  // (A term in a lambda belongs to the lambda, judged on its own.)
  const FunctionDecl *F = Term ? enclosingFunction(*Term, Context) : nullptr;
  if (!F || !Judged.insert(F).second || F->isInvalidDecl() || !F->getBody() ||
      F->isDependentContext())
    return;
  SourceManager &SM = Context.getSourceManager();
  if (F->getIdentifier() && namesOtherCalendar(*Rules, F->getName()))
    return;
  if (namesOtherCalendar(*Rules, SM.getFilename(SM.getSpellingLoc(F->getLocation()))))
    return;
  FunctionFacts Facts = factsOf(*F);

  // Terms grouped by the year they test.
  llvm::SmallVector<Group, 4> Groups;
  struct Collector : RecursiveASTVisitor<Collector> {
    llvm::SmallVector<Group, 4> &Groups;
    ASTContext &Context;
    Collector(llvm::SmallVector<Group, 4> &G, ASTContext &C) : Groups(G), Context(C) {}
    bool VisitBinaryOperator(BinaryOperator *B) {
      std::optional<LeapTerm> T = leapTermOf(B, Context);
      if (!T)
        return true;
      for (Group &G : Groups)
        if (sameYear(G.Year, T->Year, Context)) {
          G.Terms.push_back(*T);
          return true;
        }
      Groups.push_back({T->Year, {*T}});
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; } // judged on its own
  } Collect(Groups, Context);
  Collect.TraverseStmt(F->getBody());

  for (const Group &G : Groups) {
    if (!G.Has(4) || !isYearName(yearName(G.Year, Context), Facts.LeapContext))
      continue;
    bool TmYear = isTmYear(G.Year);
    bool Adds1900 = false;
    for (const LeapTerm &T : G.Terms)
      Adds1900 |= T.Offset == 1900;
    int64_t Base = TmYear || Adds1900 ? 1900 : 0;
    // Years since an epoch (`(yr + 1970) % 4`, `DOS_YEAR` as `x + 1980`):
    // every term adds the same base, so the tests are of the full year.
    if (!TmYear && llvm::all_of(G.Terms, [&](const LeapTerm &T) {
          return T.Offset == G.Terms.front().Offset;
        }) && G.Terms.front().Offset >= 1000)
      Base = G.Terms.front().Offset;

    // The maximal tests, each once.
    llvm::SmallVector<const Expr *, 4> Tests;
    for (const LeapTerm &T : G.Terms) {
      const Expr *Test = maximalTest(T, Context, Rules.get());
      if (!llvm::is_contained(Tests, Test))
        Tests.push_back(Test);
    }

    // A whole function of its year parameter: nested ifs, early returns.
    std::optional<LeapClass> Whole;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(G.Year->IgnoreParenImpCasts()))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl());
          Param && F->getNumParams() == 1 && F->getParamDecl(0) == Param) {
        LeapClass C = classifyLeapFunction(*F, 0, Context, Rules.get(), Base);
        if (C.Verdict != LeapVerdict::NotLeapTest)
          Whole = C;
      }

    const Expr *At = nullptr;
    LeapClass Class;
    bool Inverted = false;
    if (Whole) {
      Class = *Whole;
      At = Tests.front();
      std::string L = F->getIdentifier() ? lower(F->getName()) : "";
      if (StringRef(L).contains("leap") && !StringRef(L).contains("not") &&
          !StringRef(L).contains("non") && !StringRef(L).contains("day"))
        Inverted = Class.Polarity == LeapPolarity::Common;
      if (Class.FromLengths)
        Inverted = Class.Polarity == LeapPolarity::Common;
    } else {
      bool Has100 = G.Has(100) || G.Has(25), Has400 = G.Has(400) || G.Has(16);
      bool Nested = Has100 && Has400;
      // `% 4` in one if and `% 100` in another: judged together below.
      bool Partial100 = Has100 && !Has400;
      for (const Expr *Test : Tests) {
        if (!isBooleanTest(Test, Context))
          continue;
        LeapClass C = classifyLeapExpr(Test, G.Year, Base, Context, Rules.get());
        if (C.Verdict == LeapVerdict::NotLeapTest)
          continue;
        if (C.Verdict == LeapVerdict::Mod4Only || C.Verdict == LeapVerdict::Missing400)
          C = withSiblingParts(Test, C, G.Year, Base, Context, Rules.get());
        std::optional<LeapPolarity> Expected = expectedPolarity(Test, Context);
        if (C.Verdict != LeapVerdict::Other && Expected && *Expected != C.Polarity) {
          Class = C, At = Test, Inverted = true;
          break;
        }
        // Parts of a nested complete rule are judged together below.
        if (Nested && C.Verdict != LeapVerdict::TmYearNo1900)
          continue;
        if ((Partial100 || Facts.CountsCenturies) && C.Verdict == LeapVerdict::Mod4Only)
          continue;
        if (C.Verdict != LeapVerdict::Complete && C.Verdict != LeapVerdict::Other) {
          Class = C, At = Test;
          break;
        }
      }
      // `% 100` without `% 400` spread over nested ifs.
      if (!At && !Nested && (G.Has(100) || G.Has(25)))
        for (const LeapTerm &T : G.Terms)
          if (T.Modulus == 100 || T.Modulus == 25) {
            Class = {LeapVerdict::Missing400, LeapPolarity::Leap};
            At = maximalTest(T, Context, Rules.get());
            break;
          }
      // A nested complete rule on tm_year without 1900.
      if (!At && Nested && TmYear && !Adds1900)
        for (const LeapTerm &T : G.Terms)
          if (T.Modulus == 400 || T.Modulus == 16) {
            Class = {LeapVerdict::TmYearNo1900, LeapPolarity::Leap};
            At = maximalTest(T, Context, Rules.get());
            break;
          }
    }
    if (!At)
      continue;
    if (!Inverted && (Class.Verdict == LeapVerdict::Complete || Class.Verdict == LeapVerdict::Other ||
                      Class.Verdict == LeapVerdict::NotLeapTest))
      continue;
    if (!Inverted && Class.Verdict == LeapVerdict::Mod4Only && Years1901To2099)
      continue;
    SourceLocation Loc = SM.getFileLoc(At->getBeginLoc());
    if (SM.isInSystemHeader(Loc) || !Reported.insert(Loc.getRawEncoding()).second)
      continue;

    DiagnosticBuilder Diag = [&] {
      if (Inverted)
        return diag(Loc, "leap-year test is inverted: it is true for common years where a "
                         "leap year is expected, so every year gets the other year's "
                         "length; negate the test");
      switch (Class.Verdict) {
      case LeapVerdict::Mod4Only:
        return diag(Loc, "leap-year test is incomplete: '%% 4' alone takes 1900 and 2100 for "
                         "leap years, so 29 February 2100 is accepted and later dates are a "
                         "day off; use the Gregorian rule (divisible by 4, not by 100 unless "
                         "by 400)");
      case LeapVerdict::Missing400:
        return diag(Loc, "leap-year test lacks the '%% 400' clause: it takes 2000 and 2400 for "
                         "common years, so 29 February 2000 is rejected; use the Gregorian "
                         "rule (divisible by 4, not by 100 unless by 400)");
      default:
        return diag(Loc, "leap-year test applies '%% 100'/'%% 400' to 'tm_year', which counts "
                         "years since 1900: it takes 2000 for a common year; add 1900 to the "
                         "year first");
      }
    }();
    // Fix-it: one expression that is the whole test, outside macros.
    if (Inverted || Tests.size() != 1 || At != Tests.front())
      continue;
    if (Whole) {
      LeapClass Alone = classifyLeapExpr(At, G.Year, Base, Context, Rules.get());
      if (Alone.Verdict != Class.Verdict || Alone.Polarity != Class.Polarity)
        continue;
    }
    SourceRange Range = At->getSourceRange();
    if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
      continue;
    const Expr *Year = G.Year->IgnoreParenImpCasts();
    StringRef YearText = Lexer::getSourceText(
        CharSourceRange::getTokenRange(Year->getSourceRange()), SM, Context.getLangOpts());
    if (YearText.empty() || Year->getBeginLoc().isMacroID())
      continue;
    std::string Spelled = YearText.str();
    if (Base == 1900)
      Spelled = "(" + Spelled + " + 1900)";
    else if (isa<BinaryOperator, ConditionalOperator, UnaryOperator, CastExpr>(Year))
      Spelled = "(" + Spelled + ")";
    std::string Rule = spellLeapRule(Spelled, Class.Polarity);
    // An if condition or parentheses already delimit the test.
    const Stmt *P = parentOf(At, Context);
    if (isa_and_nonnull<IfStmt, WhileStmt, ParenExpr, ReturnStmt>(P))
      Rule = Rule.substr(1, Rule.size() - 2);
    Diag << FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Range), Rule);
  }
}

} // namespace clang::tidy::premortem
