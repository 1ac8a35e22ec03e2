//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/YearShift.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace premortem {

namespace {

/// The calendar entry of the record that declares Field, or null.
const CalendarType *calendarTypeOf(const RulePack &Rules, const FieldDecl *Field) {
  if (!Field)
    return nullptr;
  const RecordDecl *Record = Field->getParent();
  if (Record->getIdentifier())
    if (const CalendarType *T = findCalendarType(Rules, Record->getName()))
      return T;
  if (const TypedefNameDecl *Typedef = Record->getTypedefNameForAnonDecl())
    return findCalendarType(Rules, Typedef->getName());
  return nullptr;
}

/// accessPathOf, plus members of `this` (a null Root): `Expiry.tm_year`
/// inside a method is the path Expiry, tm_year.
std::optional<AccessPath> pathOf(const Expr *E) {
  E = ignoreParenCasts(E);
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
  const auto *Member = dyn_cast_or_null<MemberExpr>(ignoreParenCasts(E));
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

} // namespace

/// Names of non-Gregorian calendars: their year arithmetic follows other rules.
bool namesOtherCalendar(StringRef Name) {
  std::string L = Name.lower();
  for (StringRef Word : {"hijri", "persian", "jalali", "hebrew", "lunar", "chinese",
                         "islamic", "shamsi"})
    if (StringRef(L).contains(Word))
      return true;
  return false;
}

namespace {

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

} // namespace

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

namespace {

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

} // namespace

std::optional<AccessPath> datePathOf(const Expr *E) { return pathOf(E); }
std::string spellDate(const AccessPath &Path) { return spell(Path); }
bool designatesDate(const Expr *E, const AccessPath &Object) {
  return designates(E, Object);
}

YearShiftAnalysis::YearShiftAnalysis(std::shared_ptr<const RulePack> Rules)
    : Rules(std::move(Rules)) {}

bool YearShiftAnalysis::isLeapHelper(const FunctionDecl *F) {
  if (!F)
    return false;
  auto [It, Inserted] = LeapHelpers.try_emplace(F->getCanonicalDecl(), false);
  if (!Inserted)
    return It->second;
  bool Helper = false;
  if (F->getIdentifier() &&
      (findDateGuard(*Rules, F->getName()) || namesDateGuard(F->getName())))
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

const Stmt *YearShiftAnalysis::findUnhandledUse(const YearShift &S, const FunctionCFG &Graph,
                                                ASTContext &Context, bool AllUses,
                                                llvm::SmallVectorImpl<const Stmt *> *Out) {
  const RulePack &R = *Rules;
  const AccessPath &Object = S.Object;
  unsigned February = S.Type->MonthBase + 1;
  auto Classify = [&](const Stmt *St) -> FunctionCFG::Step {
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
        if (const auto *Rule = findTimeFunction(R, Callee->getName());
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
  // With AllUses a use is recorded and the path goes on.
  llvm::SmallVector<const Stmt *, 4> Later;
  auto Visit = [&](const Stmt *St) -> FunctionCFG::Step {
    FunctionCFG::Step Result = Classify(St);
    if (AllUses && Result == FunctionCFG::Step::Found) {
      Later.push_back(St);
      return FunctionCFG::Step::Continue;
    }
    return Result;
  };
  auto Found = Graph.searchFrom(
      S.Site, Visit, [](const Expr *) { return FunctionCFG::Follow::Both; });
  if (!Found)
    return nullptr;
  Found->append(Later.begin(), Later.end());
  if (Out)
    Out->append(Found->begin(), Found->end());
  if (Found->empty())
    return nullptr;
  const SourceManager &SM = Context.getSourceManager();
  const Stmt *Best = nullptr;
  for (const Stmt *St : *Found)
    if (!Best || SM.isBeforeInTranslationUnit(St->getBeginLoc(), Best->getBeginLoc()))
      Best = St;
  return Best;
}

std::shared_ptr<YearShift>
YearShiftAnalysis::recognizeShift(const Expr *Site, const MemberExpr *Field,
                                    const FunctionDecl *Caller, ASTContext &Context) {
  const RulePack &R = *Rules;
  const auto *FD = dyn_cast<FieldDecl>(Field->getMemberDecl());
  if (partOf(R, FD) != Part::Year)
    return nullptr;

  YearShift S{Site, {}, calendarTypeOf(R, FD), std::nullopt, 0};
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
  return std::make_shared<YearShift>(S);
}

const YearShift *
YearShiftAnalysis::helperShift(const FunctionDecl *Helper, unsigned Index,
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
  // Any 29-February handling in the helper: trust it.
  const RulePack &R = *Rules;
  struct Finder : RecursiveASTVisitor<Finder> {
    YearShiftAnalysis &Check;
    ASTContext &Context;
    const RulePack &R;
    llvm::SmallVector<std::pair<const Expr *, const MemberExpr *>, 2> Shifts;
    bool Handles = false;
    Finder(YearShiftAnalysis &C, ASTContext &Ctx, const RulePack &R)
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
  if (F.Handles)
    return nullptr;
  const FunctionCFG *Graph = Graphs.get(Def, Context);
  for (auto [Site, Field] : F.Shifts) {
    std::shared_ptr<YearShift> S = recognizeShift(Site, Field, Def, Context);
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
std::optional<ShiftedUse> YearShiftAnalysis::analyzeShift(const Expr *Site,
                                                          const MemberExpr *Field,
                                                          const FunctionDecl *Caller,
                                                          ASTContext &Context,
                                                          bool AllUses) {
  if (!Site || !Field || !Caller || Site->containsErrors())
    return std::nullopt;
  std::shared_ptr<YearShift> S = recognizeShift(Site, Field, Caller, Context);
  const FunctionCFG *Graph = S ? Graphs.get(Caller, Context) : nullptr;
  if (!Graph || !Graph->contains(Site))
    return std::nullopt;
  ShiftedUse Result;
  Result.Shift = *S;
  Result.Use = findUnhandledUse(*S, *Graph, Context, AllUses, &Result.Uses);
  if (!Result.Use)
    return std::nullopt;
  return Result;
}

llvm::SmallVector<ShiftedUse, 1>
YearShiftAnalysis::analyzeHelperCall(const CallExpr *Call, const FunctionDecl *Helper,
                                     const FunctionDecl *Caller, ASTContext &Context,
                                     bool AllUses) {
  llvm::SmallVector<ShiftedUse, 1> Out;
  if (!Call || !Helper || !Caller || Call->containsErrors() || Helper == Caller)
    return Out;
  for (unsigned I = 0, E = std::min(Call->getNumArgs(), Helper->getNumParams()); I < E; ++I) {
    const YearShift *Summary = helperShift(Helper, I, Context);
    if (!Summary)
      continue;
    std::optional<AccessPath> Object = pathOf(passedValue(Call->getArg(I)));
    if (!Object)
      continue;
    const FunctionCFG *Graph = Graphs.get(Caller, Context);
    if (!Graph || !Graph->contains(Call))
      break;
    ShiftedUse Result;
    Result.Shift = YearShift{Call, *Object, Summary->Type, Summary->Offset, Summary->Direction};
    Result.Helper = Helper;
    Result.InHelper = Summary;
    Result.Use = findUnhandledUse(Result.Shift, *Graph, Context, AllUses, &Result.Uses);
    if (Result.Use)
      Out.push_back(std::move(Result));
  }
  return Out;
}

const std::vector<ShiftedUse> &
YearShiftAnalysis::analyzeFunction(const FunctionDecl *Function, ASTContext &Context) {
  static const std::vector<ShiftedUse> None;
  if (!Function || !Function->getBody())
    return None;
  if (auto It = PerFunction.find(Function); It != PerFunction.end())
    return It->second;
  std::vector<ShiftedUse> &Out = PerFunction[Function];
  const SourceManager &SM = Context.getSourceManager();
  // The sites premortem-year-arithmetic matches: year writes and calls of
  // functions with a body, outside system headers.
  struct Finder : RecursiveASTVisitor<Finder> {
    const SourceManager &SM;
    llvm::SmallVector<std::pair<const Expr *, const MemberExpr *>, 4> Writes;
    llvm::SmallVector<const CallExpr *, 4> Calls;
    explicit Finder(const SourceManager &SM) : SM(SM) {}
    bool user(const Stmt *S) const { return !SM.isInSystemHeader(SM.getExpansionLoc(S->getBeginLoc())); }
    void write(const Expr *Site, const Expr *Target) {
      if (const auto *M = dyn_cast<MemberExpr>(Target->IgnoreParenImpCasts()); M && user(Site))
        Writes.push_back({Site, M});
    }
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->isIncrementDecrementOp())
        write(U, U->getSubExpr());
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->getOpcode() == BO_Assign || B->getOpcode() == BO_AddAssign ||
          B->getOpcode() == BO_SubAssign)
        write(B, B->getLHS());
      return true;
    }
    bool VisitCallExpr(CallExpr *C) {
      if (user(C))
        Calls.push_back(C);
      return true;
    }
  } F(SM);
  F.TraverseStmt(Function->getBody());
  for (auto [Site, Field] : F.Writes)
    if (std::optional<ShiftedUse> Pair = analyzeShift(Site, Field, Function, Context, true))
      Out.push_back(std::move(*Pair));
  for (const CallExpr *Call : F.Calls) {
    const FunctionDecl *Helper = Call->getDirectCallee();
    const FunctionDecl *Def = Helper ? Helper->getDefinition() : nullptr;
    if (!Def || !Def->getBody())
      continue;
    for (ShiftedUse &Pair : analyzeHelperCall(Call, Def, Function, Context, true))
      Out.push_back(std::move(Pair));
  }
  return Out;
}

namespace {
/// True if Inner is Outer or a sub-expression of it.
bool isWithinStmt(const Stmt *Inner, const Stmt *Outer, ASTContext &Context) {
  for (unsigned Depth = 0; Inner && Depth < 32; ++Depth) {
    if (Inner == Outer)
      return true;
    DynTypedNodeList Parents = Context.getParents(*Inner);
    Inner = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
  }
  return false;
}
} // namespace

std::vector<const ShiftedUse *> YearShiftAnalysis::shiftsReaching(const Stmt *At,
                                                                  const FunctionDecl *Function,
                                                                  ASTContext &Context) {
  std::vector<const ShiftedUse *> Out;
  if (!At)
    return Out;
  for (const ShiftedUse &Pair : analyzeFunction(Function, Context))
    for (const Stmt *Use : Pair.Uses)
      if (isWithinStmt(Use, At, Context) || isWithinStmt(At, Use, Context)) {
        Out.push_back(&Pair);
        break;
      }
  return Out;
}

void YearShiftAnalysis::clear() {
  Graphs.clear();
  LeapHelpers.clear();
  Summaries.clear();
  PerFunction.clear();
}

} // namespace premortem
