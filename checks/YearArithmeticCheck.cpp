//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/YearArithmeticCheck.h"
#include "checks/support/AccessPath.h"
#include "checks/support/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;
using ::premortem::AccessPath;
using ::premortem::accessPathOf;
using ::premortem::CalendarType;
using ::premortem::FunctionCFG;
using ::premortem::RulePack;

namespace clang::tidy::premortem {

/// One year shift: `Object`'s year field written at `Site`.
struct YearArithmeticCheck::Shift {
  const Expr *Site;              // the ++/--/+=/-=/= expression
  AccessPath Object;             // the date whose year is shifted
  const CalendarType *Type;      // its calendar entry
  std::optional<int64_t> Offset; // the shift when it is a constant
  int Direction;                 // +1 incremented, -1 decremented, 0 unknown
};

namespace {

/// The calendar entry of the record that declares Field, or null.
const CalendarType *calendarTypeOf(const RulePack &Rules, const FieldDecl *Field) {
  if (!Field)
    return nullptr;
  const RecordDecl *Record = Field->getParent();
  if (Record->getIdentifier())
    if (const CalendarType *T = ::premortem::findCalendarType(Rules, Record->getName()))
      return T;
  if (const TypedefNameDecl *Typedef = Record->getTypedefNameForAnonDecl())
    return ::premortem::findCalendarType(Rules, Typedef->getName());
  return nullptr;
}

/// accessPathOf, plus members of `this` (a null Root): `Expiry.tm_year`
/// inside a method is the path Expiry, tm_year.
std::optional<AccessPath> pathOf(const Expr *E) {
  E = ::premortem::ignoreParenCasts(E);
  if (!E)
    return std::nullopt;
  if (isa<CXXThisExpr>(E))
    return AccessPath{};
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    std::optional<AccessPath> Base = pathOf(Member->getBase());
    if (!Field || !Base)
      return std::nullopt;
    Base->Fields.push_back(Field);
    return Base;
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E);
      Unary && (Unary->getOpcode() == UO_AddrOf || Unary->getOpcode() == UO_Deref))
    return pathOf(Unary->getSubExpr());
  return accessPathOf(E);
}

/// How the diagnostic names the date: "end", "info->end", "Expiry".
std::string spell(const AccessPath &Path) {
  if (Path.Root) {
    std::string Name = Path.spelling();
    return StringRef(Name).starts_with("*") ? Name.substr(1) : Name;
  }
  std::string Out;
  for (const FieldDecl *F : Path.Fields)
    Out += (Out.empty() ? "" : ".") + F->getName().str();
  return Out;
}

enum class Part { None, Year, Month, Day };

Part partOf(const RulePack &Rules, const FieldDecl *Field) {
  const CalendarType *T = calendarTypeOf(Rules, Field);
  if (!T || !Field->getIdentifier())
    return Part::None;
  StringRef Name = Field->getName();
  if (Name == T->Year)
    return Part::Year;
  if (Name == T->Month)
    return Part::Month;
  if (Name == T->Day)
    return Part::Day;
  return Part::None;
}

/// The calendar part E reads directly (`tm.tm_mday`, `p->wYear`).
Part partRead(const RulePack &Rules, const Expr *E) {
  const auto *Member = dyn_cast_or_null<MemberExpr>(::premortem::ignoreParenCasts(E));
  if (!Member)
    return Part::None;
  return partOf(Rules, dyn_cast<FieldDecl>(Member->getMemberDecl()));
}

std::optional<int64_t> constantOf(const Expr *E, const ASTContext &Context) {
  if (!E || E->isValueDependent())
    return std::nullopt;
  if (std::optional<llvm::APSInt> V = E->getIntegerConstantExpr(Context))
    return V->getExtValue();
  return std::nullopt;
}

/// Offsets that change the representation of a year, not the year: years
/// since 1900 or 1980 (MS-DOS), two-digit years, and multiples of 400 (which
/// keep the leap-year pattern).
bool isRepresentationOffset(int64_t N) {
  N = N < 0 ? -N : N;
  return N == 0 || N == 1900 || N == 1980 || N == 2000 || N == 80 || N == 100 ||
         N == 1970 || N % 400 == 0;
}

/// Reads `y = (c + y) - 1`, `y = n + y`, `end.year = now->year + 1`: the sum
/// of exactly one year read and other terms. Sets Constant to the sum of the
/// other terms when they are all constants.
bool readYearSum(const RulePack &Rules, const Expr *E, int Sign, unsigned &YearTerms,
                 bool &AllConstant, int64_t &Constant, const ASTContext &Context) {
  E = E->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<BinaryOperator>(E);
      B && (B->getOpcode() == BO_Add || B->getOpcode() == BO_Sub)) {
    return readYearSum(Rules, B->getLHS(), Sign, YearTerms, AllConstant, Constant,
                       Context) &&
           readYearSum(Rules, B->getRHS(), B->getOpcode() == BO_Sub ? -Sign : Sign,
                       YearTerms, AllConstant, Constant, Context);
  }
  if (partRead(Rules, E) == Part::Year) {
    if (Sign < 0)
      return false; // `n - y` mirrors the year, it does not shift it
    ++YearTerms;
    return true;
  }
  if (std::optional<int64_t> C = constantOf(E, Context)) {
    Constant += Sign * *C;
    return true;
  }
  // Another expression: it must not involve a year (`y * 2`, `y % 100`).
  bool HasYear = false;
  struct Finder : RecursiveASTVisitor<Finder> {
    const RulePack &Rules;
    bool &HasYear;
    Finder(const RulePack &R, bool &H) : Rules(R), HasYear(H) {}
    bool VisitMemberExpr(MemberExpr *M) {
      if (partOf(Rules, dyn_cast<FieldDecl>(M->getMemberDecl())) == Part::Year)
        HasYear = true;
      return true;
    }
  } F(Rules, HasYear);
  F.TraverseStmt(const_cast<Expr *>(E));
  AllConstant = false;
  return !HasYear;
}

/// True if E is a leap-year test term: `y % 4`, `y % 400`, `y & 3`.
bool isLeapTerm(const Stmt *S, const ASTContext &Context) {
  const auto *B = dyn_cast<BinaryOperator>(S);
  if (!B)
    return false;
  std::optional<int64_t> N = constantOf(B->getRHS(), Context);
  if (!N)
    return false;
  if (B->getOpcode() == BO_Rem || B->getOpcode() == BO_RemAssign)
    return *N == 4 || *N == 400;
  if (B->getOpcode() == BO_And)
    return *N == 3;
  return false;
}

/// True if S is a comparison of a day field with 28 or 29: the 29-February
/// fix-up `tm_mon == 1 && tm_mday == 29` or the clamp `day > 28 ? 28 : day`.
bool isDayLimitTest(const RulePack &Rules, const Stmt *S, const ASTContext &Context) {
  const auto *B = dyn_cast<BinaryOperator>(S);
  if (!B || !(B->isComparisonOp()))
    return false;
  for (auto [Field, Value] : {std::pair(B->getLHS(), B->getRHS()),
                              std::pair(B->getRHS(), B->getLHS())}) {
    if (partRead(Rules, Field) != Part::Day)
      continue;
    std::optional<int64_t> N = constantOf(Value, Context);
    if (N && (*N == 28 || *N == 29))
      return true;
  }
  return false;
}

/// True if S compares the month of Object with February.
bool isMonthTest(const RulePack &Rules, const Stmt *S, const AccessPath &Object,
                 int64_t February, const ASTContext &Context) {
  const auto *B = dyn_cast<BinaryOperator>(S);
  if (!B || !B->isComparisonOp())
    return false;
  for (auto [Field, Value] : {std::pair(B->getLHS(), B->getRHS()),
                              std::pair(B->getRHS(), B->getLHS())}) {
    if (partRead(Rules, Field) != Part::Month)
      continue;
    std::optional<AccessPath> Path = pathOf(Field);
    std::optional<int64_t> N = constantOf(Value, Context);
    if (Path && Path->isWithin(Object) && N && *N == February)
      return true;
  }
  return false;
}

/// Names of non-Gregorian calendars: their year arithmetic follows other rules.
bool namesOtherCalendar(StringRef Name) {
  std::string L = Name.lower();
  for (StringRef Word : {"hijri", "persian", "jalali", "hebrew", "lunar", "chinese",
                         "islamic", "shamsi"})
    if (StringRef(L).contains(Word))
      return true;
  return false;
}

/// Function names that tell a leap test, a day clamp or a date validation.
bool namesDateGuard(StringRef Name) {
  std::string L;
  for (char C : Name.lower())
    if (C != '_')
      L += C;
  for (StringRef Word : {"leap", "daysinmonth", "monthdays", "monthlength",
                         "dayspermonth", "lastday", "clamp", "isvalid",
                         "validdate", "validatedate", "datevalid", "checkdate"})
    if (StringRef(L).contains(Word))
      return true;
  return false;
}

/// The expression passed, without the copy a C++ by-value argument makes.
const Expr *passedValue(const Expr *E) {
  E = E->IgnoreImplicit();
  while (true) {
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit();
    else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temp->getSubExpr()->IgnoreImplicit();
    else
      return E;
  }
}

/// True if E designates Object or an object containing it (`&tm`, `tm`, `p`).
bool designates(const Expr *E, const AccessPath &Object) {
  std::optional<AccessPath> Path = pathOf(passedValue(E));
  return Path && Object.isWithin(*Path);
}

/// True if E reads the given part of Object somewhere inside it.
bool readsPart(const RulePack &Rules, const Expr *E, const AccessPath &Object,
               Part Wanted) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const RulePack &Rules;
    const AccessPath &Object;
    Part Wanted;
    bool Found = false;
    Finder(const RulePack &R, const AccessPath &O, Part W) : Rules(R), Object(O), Wanted(W) {}
    bool VisitMemberExpr(MemberExpr *M) {
      if (partOf(Rules, dyn_cast<FieldDecl>(M->getMemberDecl())) != Wanted)
        return true;
      std::optional<AccessPath> Path = pathOf(M);
      if (Path && Path->isWithin(Object))
        Found = true;
      return !Found;
    }
  } F(Rules, Object, Wanted);
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// The part of Object that LHS writes, if it writes one of its fields.
Part writtenPart(const RulePack &Rules, const Expr *LHS, const AccessPath &Object) {
  std::optional<AccessPath> Path = pathOf(LHS);
  if (!Path || !Path->isWithin(Object) || Path->Fields.size() != Object.Fields.size() + 1)
    return Part::None;
  return partOf(Rules, Path->Fields.back());
}

bool containsLeapTerm(const Stmt *Body, const ASTContext &Context) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ASTContext &Context;
    bool Found = false;
    Finder(const ASTContext &C) : Context(C) {}
    bool VisitBinaryOperator(BinaryOperator *B) {
      Found |= isLeapTerm(B, Context);
      return !Found;
    }
  } F(Context);
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

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

// Performance: each matcher first narrows to what check() can use, and only
// then asks for the enclosing function (forCallable), because that question
// builds the parent map of the whole translation unit.

/// The year fields the calendar pack names (`tm_year`, `wYear`, ...): a shift
/// is only ever a write to one of them.
std::vector<StringRef> yearFieldNames(const RulePack &R) {
  std::vector<StringRef> Names;
  for (const CalendarType &T : R.CalendarTypes)
    if (!T.Disabled && !T.Year.empty() && !llvm::is_contained(Names, StringRef(T.Year)))
      Names.push_back(T.Year);
  return Names;
}

/// `x + years{1}`, `ymd += months{n}`: what checkChrono looks at.
AST_MATCHER(CXXOperatorCallExpr, addsCalendarDuration) {
  return Node.getNumArgs() == 2 && !calendarDuration(Node.getArg(1)).empty();
}

/// The function (or lambda call operator) whose body holds S, as forCallable
/// finds it; null inside a block or outside any function.
const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context) {
  for (DynTypedNodeList Parents = Context.getParents(S); !Parents.empty();) {
    DynTypedNode P = Parents[0];
    if (const auto *F = P.get<FunctionDecl>())
      return F;
    if (const auto *L = P.get<LambdaExpr>())
      return L->getCallOperator();
    if (P.get<BlockDecl>())
      return nullptr;
    Parents = Context.getParents(P);
  }
  return nullptr;
}

} // namespace

YearArithmeticCheck::YearArithmeticCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(::premortem::rulesFor(*Context, Name)) {}

void YearArithmeticCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<StringRef> YearFields = yearFieldNames(*Rules);
  auto FieldWrite = ignoringParenImpCasts(
      memberExpr(member(fieldDecl(hasAnyName(YearFields)))).bind("field"));
  auto InFunction = forCallable(functionDecl(hasBody(stmt())).bind("caller"));
  // `d.year++`, `--d.year`: check() keeps the fields the calendar pack names.
  if (!YearFields.empty()) {
    Finder->addMatcher(unaryOperator(anyOf(hasOperatorName("++"), hasOperatorName("--")),
                                     hasUnaryOperand(FieldWrite),
                                     unless(isExpansionInSystemHeader()), InFunction)
                           .bind("shift"),
                       this);
    // `add_years(&d, 1)`: a helper of the translation unit that shifts the
    // year of a date passed by pointer or reference (see helperShift). Nearly
    // every call matches, so the caller is looked up in check(), only for a
    // helper that shifts a year.
    Finder->addMatcher(callExpr(callee(functionDecl(hasBody(stmt())).bind("helper")),
                                unless(isExpansionInSystemHeader()))
                           .bind("call"),
                       this);
  }
  // <chrono>/date: `ymd + years{1}`, `ymd += months{12}`, `tp + years{1}`.
  Finder->addMatcher(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("+", "-", "+=", "-="),
                                         addsCalendarDuration(),
                                         unless(isExpansionInSystemHeader()), InFunction)
                         .bind("chrono"),
                     this);
  // `d.year += n`, `d.year -= n`, `d.year = d.year + n`, `end.year = now->year + 1`.
  if (!YearFields.empty())
    Finder->addMatcher(binaryOperator(hasAnyOperatorName("=", "+=", "-="), hasLHS(FieldWrite),
                                      unless(isExpansionInSystemHeader()), InFunction)
                           .bind("shift"),
                       this);
}

bool YearArithmeticCheck::isLeapHelper(const FunctionDecl *F) {
  if (!F)
    return false;
  auto [It, Inserted] = LeapHelpers.try_emplace(F->getCanonicalDecl(), false);
  if (!Inserted)
    return It->second;
  bool Helper = false;
  if (F->getIdentifier() &&
      (::premortem::findDateGuard(*Rules, F->getName()) || namesDateGuard(F->getName())))
    Helper = true;
  else if (const FunctionDecl *Def = F->getDefinition(); Def && Def->getBody()) {
    Helper = containsLeapTerm(Def->getBody(), F->getASTContext());
    // A wrapper of a helper is a helper (the entry above stops recursion).
    if (!Helper) {
      llvm::SmallVector<const FunctionDecl *, 4> Callees;
      struct Finder : RecursiveASTVisitor<Finder> {
        llvm::SmallVector<const FunctionDecl *, 4> &Out;
        Finder(llvm::SmallVector<const FunctionDecl *, 4> &O) : Out(O) {}
        bool VisitCallExpr(CallExpr *C) {
          if (const FunctionDecl *D = C->getDirectCallee())
            Out.push_back(D);
          return true;
        }
      } CallFinder(Callees);
      CallFinder.TraverseStmt(Def->getBody());
      for (const FunctionDecl *D : Callees)
        if (isLeapHelper(D)) {
          Helper = true;
          break;
        }
    }
  }
  LeapHelpers[F->getCanonicalDecl()] = Helper;
  return Helper;
}

const Stmt *YearArithmeticCheck::findUnhandledUse(const Shift &S, const FunctionCFG &Graph,
                                                  ASTContext &Context) {
  const RulePack &R = *Rules;
  const AccessPath &Object = S.Object;
  unsigned February = S.Type->MonthBase + 1;
  auto Visit = [&](const Stmt *St) -> FunctionCFG::Step {
    using Step = FunctionCFG::Step;
    // 29 February handled: a leap test, a day fix-up or clamp, a test for
    // February (`mon == 1 && mday == 29`: the other months need nothing).
    if (isLeapTerm(St, Context) || isDayLimitTest(R, St, Context) ||
        isMonthTest(R, St, Object, February, Context))
      return Step::StopPath;
    if (const auto *Call = dyn_cast<CallExpr>(St)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (isLeapHelper(Callee))
        return Step::StopPath;
      // A conversion that fills the date overwrites the shifted year.
      if (Callee && Callee->getIdentifier())
        if (const auto *Rule = ::premortem::findTimeFunction(R, Callee->getName());
            Rule && Rule->Output && *Rule->Output < Call->getNumArgs() &&
            designates(Call->getArg(*Rule->Output), Object))
          return Step::StopPath;
      bool Year = false, Day = false;
      for (const Expr *Arg : Call->arguments()) {
        if (designates(Arg, Object))
          return Step::Found; // the date is converted, copied or compared
        Year |= readsPart(R, Arg, Object, Part::Year);
        Day |= readsPart(R, Arg, Object, Part::Day);
      }
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        if (designates(Member->getImplicitObjectArgument(), Object))
          return Step::Found;
      // The date formatted field by field.
      if (Year && Day)
        return Step::Found;
      return Step::Continue;
    }
    if (const auto *B = dyn_cast<BinaryOperator>(St)) {
      if (B->isAssignmentOp()) {
        std::optional<int64_t> Value =
            B->getOpcode() == BO_Assign ? constantOf(B->getRHS(), Context) : std::nullopt;
        switch (writtenPart(R, B->getLHS(), Object)) {
        case Part::Day:
          if (B->getOpcode() != BO_Assign)
            return Step::Continue;
          if (Value)
            return *Value <= 28 ? Step::StopPath : Step::Continue;
          // A copy of another day keeps 29; anything computed is a clamp.
          if (pathOf(B->getRHS()))
            return Step::Continue;
          return Step::StopPath;
        case Part::Month:
          if (Value && *Value != February)
            return Step::StopPath;
          return Step::Continue;
        case Part::Year:
          return Step::StopPath; // set again, or shifted again (reported there)
        case Part::None:
          break;
        }
        if (B->getOpcode() == BO_Assign) {
          std::optional<AccessPath> Target = pathOf(B->getLHS());
          if (Target && Object.isWithin(*Target))
            return Step::StopPath; // the whole date is overwritten
          if (B->getRHS()->getType()->isRecordType() && designates(B->getRHS(), Object))
            return Step::Found; // copied into another date
        }
      }
      return Step::Continue;
    }
    if (const auto *Ret = dyn_cast<ReturnStmt>(St)) {
      if (const Expr *V = Ret->getRetValue(); V && designates(V, Object))
        return Step::Found;
      return Step::Continue;
    }
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D);
            Var && Var->getInit() && Var->getType()->isRecordType() &&
            designates(Var->getInit(), Object))
          return Step::Found;
      return Step::Continue;
    }
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(St)) {
      // `Date copy(d);`, a by-value argument (seen again at the call).
      if (Ctor->getNumArgs() == 1 && Ctor->getConstructor()->isCopyOrMoveConstructor() &&
          designates(Ctor->getArg(0), Object))
        return Step::Found;
    }
    return Step::Continue;
  };
  auto Found = Graph.searchFrom(
      S.Site, Visit, [](const Expr *) { return FunctionCFG::Follow::Both; });
  if (!Found || Found->empty())
    return nullptr;
  const SourceManager &SM = Context.getSourceManager();
  const Stmt *Best = nullptr;
  for (const Stmt *St : *Found)
    if (!Best || SM.isBeforeInTranslationUnit(St->getBeginLoc(), Best->getBeginLoc()))
      Best = St;
  return Best;
}

std::shared_ptr<YearArithmeticCheck::Shift>
YearArithmeticCheck::recognizeShift(const Expr *Site, const MemberExpr *Field,
                                    const FunctionDecl *Caller, ASTContext &Context) {
  const RulePack &R = *Rules;
  const auto *FD = dyn_cast<FieldDecl>(Field->getMemberDecl());
  if (partOf(R, FD) != Part::Year)
    return nullptr;

  Shift S{Site, {}, calendarTypeOf(R, FD), std::nullopt, 0};
  // Case 1: `++`/`--`.
  if (const auto *U = dyn_cast<UnaryOperator>(Site)) {
    S.Offset = U->isIncrementOp() ? 1 : -1;
  } else {
    const auto *B = cast<BinaryOperator>(Site);
    if (B->getOpcode() == BO_Assign) {
      // Case 2: `y = y + n`, `end.y = now->y + 1`, `y = (c + y) - 1`.
      unsigned YearTerms = 0;
      bool AllConstant = true;
      int64_t Constant = 0;
      if (!readYearSum(R, B->getRHS(), 1, YearTerms, AllConstant, Constant, Context) ||
          YearTerms != 1)
        return nullptr;
      if (AllConstant)
        S.Offset = Constant;
    } else {
      // Case 3: `y += n`, `y -= n`.
      if (std::optional<int64_t> N = constantOf(B->getRHS(), Context))
        S.Offset = B->getOpcode() == BO_SubAssign ? -*N : *N;
    }
  }
  if (S.Offset && isRepresentationOffset(*S.Offset))
    return nullptr;
  S.Direction = !S.Offset ? 0 : *S.Offset > 0 ? 1 : -1;
  std::optional<AccessPath> Object = pathOf(Field->getBase());
  if (!Object)
    return nullptr;
  S.Object = *Object;

  // Non-Gregorian calendars: their own leap rules, not this check's.
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Site->getBeginLoc());
  if (namesOtherCalendar(Caller->getNameAsString()) ||
      (Object->Root && namesOtherCalendar(Object->Root->getName())) ||
      namesOtherCalendar(FD->getParent()->getName()) ||
      namesOtherCalendar(SM.getFilename(Loc)))
    return nullptr;

  // Month roll-over: `if (mon == 12) { mon = 1; year++; }` or a loop on the
  // month moves the date into January, where 29 February cannot arise.
  bool InnermostBlockSeen = false;
  for (DynTypedNodeList Parents = Context.getParents(*Site); !Parents.empty();) {
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      break;
    const Expr *Cond = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(P))
      Cond = If->getCond();
    else if (const auto *While = dyn_cast<WhileStmt>(P))
      Cond = While->getCond();
    if (Cond && readsPart(R, Cond, *Object, Part::Month))
      return nullptr;
    if (const auto *Block = dyn_cast<CompoundStmt>(P);
        Block && !InnermostBlockSeen && Block != Caller->getBody()) {
      InnermostBlockSeen = true;
      for (const Stmt *Child : Block->body())
        if (const auto *B = dyn_cast<BinaryOperator>(Child);
            B && B->isAssignmentOp() && writtenPart(R, B->getLHS(), *Object) == Part::Month)
          return nullptr;
    }
    Parents = Context.getParents(*P);
  }
  return std::make_shared<Shift>(S);
}

bool YearArithmeticCheck::writesYearField(const FunctionDecl *Def) {
  auto [It, Inserted] = YearWriters.try_emplace(Def, false);
  if (!Inserted)
    return It->second;
  // Any mention of a year field of the calendar pack; helperShift decides the rest.
  struct Finder : RecursiveASTVisitor<Finder> {
    const RulePack &R;
    bool Found = false;
    explicit Finder(const RulePack &R) : R(R) {}
    bool VisitMemberExpr(MemberExpr *M) {
      Found = partOf(R, dyn_cast<FieldDecl>(M->getMemberDecl())) == Part::Year;
      return !Found;
    }
  } F(*Rules);
  F.TraverseStmt(Def->getBody());
  return YearWriters[Def] = F.Found;
}

const YearArithmeticCheck::Shift *
YearArithmeticCheck::helperShift(const FunctionDecl *Helper, unsigned Index,
                                 ASTContext &Context) {
  const FunctionDecl *Def = Helper ? Helper->getDefinition() : nullptr;
  if (!Def || !Def->getBody() || Index >= Def->getNumParams())
    return nullptr;
  auto Key = std::make_pair(Def, Index);
  if (auto It = Summaries.find(Key); It != Summaries.end())
    return It->second.get();
  Summaries[Key] = nullptr; // recursion stops here
  const ParmVarDecl *Param = Def->getParamDecl(Index);
  QualType T = Param->getType();
  if (!T->isPointerType() && !T->isReferenceType())
    return nullptr;
  if (!writesYearField(Def))
    return nullptr;
  // Any 29-February handling in the helper: trust it.
  const RulePack &R = *Rules;
  struct Finder : RecursiveASTVisitor<Finder> {
    YearArithmeticCheck &Check;
    ASTContext &Context;
    const RulePack &R;
    llvm::SmallVector<std::pair<const Expr *, const MemberExpr *>, 2> Shifts;
    bool Handles = false;
    Finder(YearArithmeticCheck &C, ASTContext &Ctx, const RulePack &R)
        : Check(C), Context(Ctx), R(R) {}
    void shift(const Expr *Site, const Expr *Target) {
      if (const auto *M = dyn_cast<MemberExpr>(Target->IgnoreParenImpCasts()))
        Shifts.push_back({Site, M});
    }
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->isIncrementDecrementOp())
        shift(U, U->getSubExpr());
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (isLeapTerm(B, Context) || isDayLimitTest(R, B, Context))
        Handles = true;
      if (B->getOpcode() == BO_Assign || B->getOpcode() == BO_AddAssign ||
          B->getOpcode() == BO_SubAssign)
        shift(B, B->getLHS());
      if (B->isAssignmentOp() && partRead(R, B->getLHS()) == Part::Day)
        Handles = true;
      return true;
    }
    bool VisitCallExpr(CallExpr *C) {
      if (Check.isLeapHelper(C->getDirectCallee()))
        Handles = true;
      return true;
    }
  } F(*this, Context, R);
  F.TraverseStmt(Def->getBody());
  if (F.Handles || F.Shifts.empty())
    return nullptr;
  const FunctionCFG *Graph = Graphs.get(Def, Context);
  for (auto [Site, Field] : F.Shifts) {
    std::shared_ptr<Shift> S = recognizeShift(Site, Field, Def, Context);
    if (!S || S->Object.Root != Param || !S->Object.Fields.empty())
      continue;
    // A use inside the helper is reported there.
    if (!Graph || !Graph->contains(Site) || findUnhandledUse(*S, *Graph, Context))
      continue;
    Summaries[Key] = S;
    return S.get();
  }
  return nullptr;
}

void YearArithmeticCheck::report(const Shift &S, const Stmt *Use,
                                 const Shift *InHelper, const FunctionDecl *Helper,
                                 ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(S.Site->getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  std::string Name = spell(S.Object);
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
  if (namesOtherCalendar(Caller->getNameAsString()))
    return;
  // Case D: year_month_day plus years or months: 2012-02-29 + years{1} is
  // 2013-02-29, !ok(); sys_days of it is 1 March.
  std::optional<AccessPath> Object;
  const Stmt *Use = nullptr;
  if (Compound) {
    Object = pathOf(Op->getArg(0));
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
      Object = pathOf(Assign->getArg(0));
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
    const FunctionCFG *Graph = Graphs.get(Caller, Context);
    if (!Graph || !Graph->contains(Op))
      return;
    const AccessPath &O = *Object;
    auto Visit = [&](const Stmt *St) -> FunctionCFG::Step {
      using Step = FunctionCFG::Step;
      if (const auto *Call = dyn_cast<CXXMemberCallExpr>(St)) {
        if (!designates(Call->getImplicitObjectArgument(), O))
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
            Call->getNumArgs() > 0 && designates(Call->getArg(0), O))
          return Step::StopPath;
      }
      if (const auto *Call = dyn_cast<CallExpr>(St)) {
        if (isLeapHelper(Call->getDirectCallee()))
          return Step::StopPath;
        for (const Expr *Arg : Call->arguments())
          if (designates(Arg, O))
            return Step::Found;
        return Step::Continue;
      }
      if (const auto *Ctor = dyn_cast<CXXConstructExpr>(St)) {
        for (const Expr *Arg : Ctor->arguments())
          if (designates(Arg, O))
            return Step::Found;
        return Step::Continue;
      }
      if (const auto *Ret = dyn_cast<ReturnStmt>(St))
        return Ret->getRetValue() && designates(Ret->getRetValue(), O) ? Step::Found
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
  std::string Name = Object ? spell(*Object) : "";
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
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    checkHelperCall(Call, Result.Nodes.getNodeAs<FunctionDecl>("helper"), Context);
    return;
  }
  if (!Caller)
    return;
  if (const auto *Op = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("chrono")) {
    checkChrono(Op, Caller, Context);
    return;
  }
  // Case A: a shift written in this function.
  if (const auto *Site = Result.Nodes.getNodeAs<Expr>("shift")) {
    const auto *Field = Result.Nodes.getNodeAs<MemberExpr>("field");
    if (!Field || Site->containsErrors())
      return;
    std::shared_ptr<Shift> S = recognizeShift(Site, Field, Caller, Context);
    const FunctionCFG *Graph = S ? Graphs.get(Caller, Context) : nullptr;
    if (!Graph || !Graph->contains(Site))
      return;
    if (const Stmt *Use = findUnhandledUse(*S, *Graph, Context))
      report(*S, Use, nullptr, nullptr, Context);
    return;
  }
}

// Case B: a call of a helper of this translation unit that shifts the year
// of a date passed by pointer or reference, and handles nothing.
void YearArithmeticCheck::checkHelperCall(const CallExpr *Call, const FunctionDecl *Helper,
                                          ASTContext &Context) {
  if (!Helper || Call->containsErrors())
    return;
  const FunctionDecl *Caller = nullptr;
  for (unsigned I = 0, E = std::min(Call->getNumArgs(), Helper->getNumParams()); I < E; ++I) {
    const Shift *Summary = helperShift(Helper, I, Context);
    if (!Summary)
      continue;
    std::optional<AccessPath> Object = pathOf(passedValue(Call->getArg(I)));
    if (!Object)
      continue;
    if (!Caller)
      Caller = enclosingFunction(*Call, Context);
    if (!Caller || !Caller->hasBody() || Helper == Caller)
      return;
    const FunctionCFG *Graph = Graphs.get(Caller, Context);
    if (!Graph || !Graph->contains(Call))
      return;
    Shift S{Call, *Object, Summary->Type, Summary->Offset, Summary->Direction};
    if (const Stmt *Use = findUnhandledUse(S, *Graph, Context))
      report(S, Use, Summary, Helper, Context);
  }
}

void YearArithmeticCheck::onEndOfTranslationUnit() {
  Graphs.clear();
  LeapHelpers.clear();
  YearWriters.clear();
  Summaries.clear();
  Reported.clear();
}

} // namespace clang::tidy::premortem
