//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/flow/YearShift.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/Constant.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/ast/ValueOrigin.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace clang::tidy::premortem {

namespace {

std::optional<AccessPath> pathOf(const Expr *E) {
  return accessPathOf(E, PathRoots::VariablesAndThis);
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
  E = ignoreParenCasts(E); // `st.wYear = (WORD)(st.wYear + 1)`
  if (const auto *B = dyn_cast<BinaryOperator>(E);
      B && (B->getOpcode() == BO_Add || B->getOpcode() == BO_Sub)) {
    return readYearSum(Rules, B->getLHS(), Sign, YearTerms, AllConstant, Constant,
                       Context) &&
           readYearSum(Rules, B->getRHS(), B->getOpcode() == BO_Sub ? -Sign : Sign,
                       YearTerms, AllConstant, Constant, Context);
  }
  if (datePartRead(Rules, E) == DatePart::Year) {
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
      if (datePartOf(Rules, dyn_cast<FieldDecl>(M->getMemberDecl())) == DatePart::Year)
        HasYear = true;
      return true;
    }
  } F(Rules, HasYear);
  F.TraverseStmt(const_cast<Expr *>(E));
  AllConstant = false;
  return !HasYear;
}

/// True if E reads a local variable (not a parameter or a global).
bool readsLocalVariable(const Expr *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()))
        Found |= V->isLocalVarDecl() && !isa<ParmVarDecl>(V);
      return !Found;
    }
  } F;
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// True if S compares the month of Object with February.
bool isMonthTest(const RulePack &Rules, const Stmt *S, const AccessPath &Object,
                 int64_t February, const ASTContext &Context) {
  const auto *B = dyn_cast<BinaryOperator>(S);
  if (!B || !B->isComparisonOp())
    return false;
  for (auto [Field, Value] : {std::pair(B->getLHS(), B->getRHS()),
                              std::pair(B->getRHS(), B->getLHS())}) {
    if (datePartRead(Rules, Field) != DatePart::Month)
      continue;
    std::optional<AccessPath> Path = pathOf(Field);
    std::optional<int64_t> N = constantOf(Value, Context);
    if (Path && Path->isWithin(Object) && N && *N == February)
      return true;
  }
  return false;
}

} // namespace

namespace {

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
               DatePart Wanted) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const RulePack &Rules;
    const AccessPath &Object;
    DatePart Wanted;
    bool Found = false;
    Finder(const RulePack &R, const AccessPath &O, DatePart W) : Rules(R), Object(O), Wanted(W) {}
    bool VisitMemberExpr(MemberExpr *M) {
      if (datePartOf(Rules, dyn_cast<FieldDecl>(M->getMemberDecl())) != Wanted)
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
DatePart writtenPart(const RulePack &Rules, const Expr *LHS, const AccessPath &Object) {
  std::optional<AccessPath> Path = pathOf(LHS);
  if (!Path || !Path->isWithin(Object) || Path->Fields.size() != Object.Fields.size() + 1)
    return DatePart::None;
  return datePartOf(Rules, Path->Fields.back());
}

} // namespace

std::optional<AccessPath> datePathOf(const Expr *E) { return pathOf(E); }
std::string spellDate(const AccessPath &Path) { return spell(Path); }
bool designatesDate(const Expr *E, const AccessPath &Object) {
  return designates(E, Object);
}

YearShiftAnalysis::YearShiftAnalysis(std::shared_ptr<const RulePack> Rules)
    : Rules(Rules), Model(std::move(Rules)) {}

bool YearShiftAnalysis::isLeapHelper(const FunctionDecl *F) { return Model.isLeapHelper(F); }

const Stmt *YearShiftAnalysis::findUnhandledUse(const YearShift &S, const FunctionCFG &Graph,
                                                ASTContext &Context, bool AllUses,
                                                llvm::SmallVectorImpl<const Stmt *> *Out,
                                                bool *ReachesExit) {
  const RulePack &R = *Rules;
  const AccessPath &Object = S.Object;
  unsigned February = S.Type->MonthBase + 1;
  auto Classify = [&](const Stmt *St) -> FunctionCFG::Step {
    using Step = FunctionCFG::Step;
    // 29 February handled: a leap test, a day fix-up or clamp, a test for
    // February (`mon == 1 && mday == 29`: the other months need nothing).
    if (Model.handlesLeapDay(St, Context) ||
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
        Year |= readsPart(R, Arg, Object, DatePart::Year);
        Day |= readsPart(R, Arg, Object, DatePart::Day);
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
        case DatePart::Day:
          if (B->getOpcode() != BO_Assign)
            return Step::Continue;
          if (Value)
            return *Value <= 28 ? Step::StopPath : Step::Continue;
          // A copy of another day keeps 29; anything computed is a clamp.
          if (pathOf(B->getRHS()))
            return Step::Continue;
          return Step::StopPath;
        case DatePart::Month:
          if (Value && *Value != February)
            return Step::StopPath;
          return Step::Continue;
        case DatePart::Year:
          return Step::StopPath; // set again, or shifted again (reported there)
        case DatePart::None:
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
      S.Site, Visit, [](const Expr *) { return FunctionCFG::Follow::Both; }, ReachesExit);
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

namespace {

/// True if E names a month: a calendar month field, a month accessor or a
/// variable named for one (`tm_mon`, `month`, `d.month()`).
bool mentionsMonth(const RulePack &Rules, const Stmt *E);

/// True if Site (an update of a year) sits in month roll-over code: under a
/// condition on a month, or in a block that also writes a month
/// (`if (mon > 11) { mon -= 12; year++; }`): the month is moved, so the
/// day-month pair is not the one of the original date.
bool inMonthRollover(const RulePack &Rules, const Stmt *Site, const FunctionDecl *Caller,
                     ASTContext &Context);

/// The walk behind inMonthRollover, with what counts as reading the month in
/// a condition and writing it in a statement of the innermost block.
bool inMonthRollover(const Stmt *Site, const FunctionDecl *Caller, ASTContext &Context,
                     llvm::function_ref<bool(const Expr *Cond)> ReadsMonth,
                     llvm::function_ref<bool(const Stmt *Child)> WritesMonth);

} // namespace

namespace {
/// True if the date Object, modified in Caller, is seen by Caller's callers
/// outside this translation unit: Caller is externally visible and Object
/// lives behind a pointer or reference parameter, in `this`, or in a global.
bool reachesCaller(const AccessPath &Object, const FunctionDecl *Caller) {
  // Templates are instantiated where they are called: those callers are
  // analyzed through the helper summary instead.
  if (!Caller->isExternallyVisible() || Caller->isMain() ||
      Caller->isTemplateInstantiation() || Caller->isDependentContext())
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Caller);
      Method && Method->getParent()->isDependentContext())
    return false;
  if (!Object.Root)
    return isa<CXXMethodDecl>(Caller) && !isa<CXXConstructorDecl>(Caller) &&
           !isa<CXXDestructorDecl>(Caller);
  if (const auto *Param = dyn_cast<ParmVarDecl>(Object.Root)) {
    QualType T = Param->getType();
    return T->isPointerType() || T->isReferenceType();
  }
  return Object.Root->hasGlobalStorage() && !Object.Root->isStaticLocal();
}
} // namespace

bool YearShiftAnalysis::handledBefore(const YearShift &S, const FunctionCFG &Graph,
                                      ASTContext &Context) {
  const RulePack &R = *Rules;
  const AccessPath &Object = S.Object;
  int64_t February = S.Type->MonthBase + 1;
  // Backwards from the shift: every path must meet a February fix-up, a day
  // clamp, or a month (day) set to a constant that is not February (over 28)
  // before it meets the date filled or copied from elsewhere, or the entry.
  auto Visit = [&](const Stmt *St) -> FunctionCFG::Step {
    using Step = FunctionCFG::Step;
    if (St == S.Site)
      return Step::Continue;
    if (isMonthTest(R, St, Object, February, Context) ||
        (isDayLimitTest(R, St, Context) &&
         readsPart(R, cast<Expr>(St), Object, DatePart::Day)))
      return Step::StopPath;
    if (const auto *B = dyn_cast<BinaryOperator>(St); B && B->isAssignmentOp()) {
      std::optional<int64_t> Value =
          B->getOpcode() == BO_Assign ? constantOf(B->getRHS(), Context) : std::nullopt;
      switch (writtenPart(R, B->getLHS(), Object)) {
      case DatePart::Day:
        if (Value)
          return *Value <= 28 ? Step::StopPath : Step::Found;
        if (B->getOpcode() != BO_Assign || pathOf(B->getRHS()))
          return Step::Continue; // another day copied: the month may still be set
        return Step::StopPath;   // a computed day: a clamp
      case DatePart::Month:
        return Value && *Value != February ? Step::StopPath : Step::Found;
      case DatePart::Year:
        return Step::Continue;
      case DatePart::None:
        break;
      }
      std::optional<AccessPath> Target = pathOf(B->getLHS());
      if (Target && Object.isWithin(*Target))
        return Step::Found; // the whole date copied in
      return Step::Continue;
    }
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls()) {
        const auto *Var = dyn_cast<VarDecl>(D);
        if (!Var || Var != Object.Root)
          continue;
        const auto *List = dyn_cast_or_null<InitListExpr>(
            Var->getInit() ? Var->getInit()->IgnoreImplicit() : nullptr);
        const RecordDecl *Record = Var->getType()->getAsRecordDecl();
        if (!Object.Fields.empty() || !List || !Record)
          return Var->getInit() ? Step::Found : Step::Continue;
        // `SYSTEMTIME st = {2020, 1, 0, 1}`, `struct tm t = {0}`.
        unsigned Index = 0;
        for (const FieldDecl *F : Record->fields()) {
          if (Index >= List->getNumInits())
            break;
          const Expr *Init = List->getInit(Index++);
          std::optional<int64_t> V = isa<ImplicitValueInitExpr>(Init)
                                         ? std::optional<int64_t>(0)
                                         : constantOf(Init, Context);
          DatePart P = datePartOf(R, F);
          if (V && ((P == DatePart::Day && *V <= 28) || (P == DatePart::Month && *V != February)))
            return Step::StopPath;
        }
        return Step::Found;
      }
      return Step::Continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(St)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
        if (!designates(Call->getArg(I), Object))
          continue;
        // Read through a pointer or reference to const: not filled here.
        if (Callee && I < Callee->getNumParams()) {
          QualType T = Callee->getParamDecl(I)->getType();
          if ((T->isPointerType() || T->isReferenceType()) &&
              T->getPointeeType().isConstQualified())
            continue;
          if (!T->isPointerType() && !T->isReferenceType())
            continue; // a copy
        }
        return Step::Found; // filled by a call: any date
      }
    }
    return Step::Continue;
  };
  std::optional<llvm::SmallVector<const Stmt *, 4>> Found = Graph.searchBefore(S.Site, Visit);
  return Found && Found->empty();
}

std::shared_ptr<YearShift>
YearShiftAnalysis::recognizeShift(const Expr *Site, const MemberExpr *Field,
                                    const FunctionDecl *Caller, ASTContext &Context) {
  const RulePack &R = *Rules;
  const auto *FD = dyn_cast<FieldDecl>(Field->getMemberDecl());
  if (datePartOf(R, FD) != DatePart::Year)
    return nullptr;

  YearShift S{Site, {}, calendarTypeOf(R, FD), std::nullopt, 0};
  std::optional<int> LocalDirection;
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
      bool Sum = readYearSum(R, B->getRHS(), 1, YearTerms, AllConstant, Constant, Context);
      if (Sum && YearTerms == 0 && readsLocalVariable(B->getRHS())) {
        // `WORD y = st.wYear; st.wYear = y + 1;`: the year read into a local.
        YearValue V = classifyYear(B->getRHS(), Site, Caller, Context);
        if (!V.IsYear || !V.Shifted)
          return nullptr;
        LocalDirection = V.Direction;
      } else if (!Sum || YearTerms != 1) {
        return nullptr;
      } else if (AllConstant) {
        S.Offset = Constant;
      }
    } else {
      // Case 3: `y += n`, `y -= n`.
      if (std::optional<int64_t> N = constantOf(B->getRHS(), Context))
        S.Offset = B->getOpcode() == BO_SubAssign ? -*N : *N;
      else if (isWholeCycles(B->getRHS(), B, Caller, Context))
        return nullptr;
    }
  }
  if (S.Offset && isRepresentationOffset(*S.Offset))
    return nullptr;
  S.Direction = LocalDirection ? *LocalDirection : !S.Offset ? 0 : *S.Offset > 0 ? 1 : -1;
  std::optional<AccessPath> Object = pathOf(Field->getBase());
  if (!Object)
    return nullptr;
  S.Object = *Object;

  // Non-Gregorian calendars: their own leap rules, not this check's.
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Site->getBeginLoc());
  if (namesOtherCalendar(*Rules, Caller->getNameAsString()) ||
      (Object->Root && namesOtherCalendar(*Rules, Object->Root->getName())) ||
      namesOtherCalendar(*Rules, FD->getParent()->getName()) ||
      namesOtherCalendar(*Rules, SM.getFilename(Loc)))
    return nullptr;

  // Month roll-over: `if (mon == 12) { mon = 1; year++; }` or a loop on the
  // month moves the date into January, where 29 February cannot arise.
  if (inMonthRollover(
          Site, Caller, Context,
          [&](const Expr *Cond) { return readsPart(R, Cond, *Object, DatePart::Month); },
          [&](const Stmt *Child) {
            const auto *B = dyn_cast<BinaryOperator>(Child);
            return B && B->isAssignmentOp() &&
                   writtenPart(R, B->getLHS(), *Object) == DatePart::Month;
          }))
    return nullptr;
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
  if (!mentionsYearField(Def))
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
      if (Check.model().handlesLeapDay(B, Context))
        Handles = true;
      if (B->getOpcode() == BO_Assign || B->getOpcode() == BO_AddAssign ||
          B->getOpcode() == BO_SubAssign)
        shift(B, B->getLHS());
      if (B->isAssignmentOp() && datePartRead(R, B->getLHS()) == DatePart::Day)
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
  const FunctionCFG *Graph = cfgOf(Def, Context);
  for (auto [Site, Field] : F.Shifts) {
    std::shared_ptr<YearShift> S = recognizeShift(Site, Field, Def, Context);
    // The parameter's date or a date inside it (`s->start.wYear++`).
    if (!S || S->Object.Root != Param)
      continue;
    // A use inside the helper is reported there.
    if (!Graph || !Graph->contains(Site) || findUnhandledUse(*S, *Graph, Context) ||
        handledBefore(*S, *Graph, Context))
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
                                                          bool AllUses, bool Escapes) {
  if (!Site || !Field || !Caller || Site->containsErrors())
    return std::nullopt;
  std::shared_ptr<YearShift> S = recognizeShift(Site, Field, Caller, Context);
  const FunctionCFG *Graph = S ? cfgOf(Caller, Context) : nullptr;
  if (!Graph || !Graph->contains(Site))
    return std::nullopt;
  ShiftedUse Result;
  Result.Shift = *S;
  bool ReachesExit = false;
  Result.Use = findUnhandledUse(*S, *Graph, Context, AllUses, &Result.Uses, &ReachesExit);
  // `void next_year(SYSTEMTIME *st) { st->wYear++; }`, exported: the caller,
  // in another translation unit, gets the date.
  if (!Result.Use && Escapes && ReachesExit && reachesCaller(S->Object, Caller)) {
    Result.Use = Caller->getBody();
    Result.Escapes = true;
  }
  if (!Result.Use || handledBefore(*S, *Graph, Context))
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
    // `s->start.wYear++` in the helper shifts `x.start` of `helper(&x)`.
    Object->Fields.append(Summary->Object.Fields.begin(), Summary->Object.Fields.end());
    const FunctionCFG *Graph = cfgOf(Caller, Context);
    if (!Graph || !Graph->contains(Call))
      break;
    ShiftedUse Result;
    Result.Shift = YearShift{Call, *Object, Summary->Type, Summary->Offset, Summary->Direction};
    Result.Helper = Helper;
    Result.InHelper = Summary;
    Result.Use = findUnhandledUse(Result.Shift, *Graph, Context, AllUses, &Result.Uses);
    if (Result.Use && !handledBefore(Result.Shift, *Graph, Context))
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
    DynTypedNodeList Parents = parentsOf(*Inner, Context);
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

// --- Dates rebuilt from parts ------------------------------------------------

namespace {

/// E without parentheses, casts, temporaries, one-argument constructions
/// (`year{y + 1}`, `int(y)`) and conversion operators (`int(ymd.year())`).
const Expr *unwrapValue(const Expr *E) {
  for (unsigned Guard = 0; E && Guard < 16; ++Guard) {
    E = ignoreParenCasts(E);
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E); C && C->getNumArgs() == 1)
      E = C->getArg(0);
    else if (const auto *L = dyn_cast<InitListExpr>(E); L && L->getNumInits() == 1)
      E = L->getInit(0);
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
             MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
      E = MC->getImplicitObjectArgument();
    else
      return E;
  }
  return E;
}

/// Lower case without underscores: `g_date_get_year` -> "gdategetyear".
std::string squash(StringRef Name) {
  std::string Out;
  for (char C : Name.lower())
    if (C != '_')
      Out += C;
  return Out;
}

/// Accessor, field and variable names that hold a calendar year or day.
bool namesYear(StringRef Name) {
  std::string N = squash(Name);
  StringRef S(N);
  if (S.contains("leap") || S.contains("years") || S.ends_with("ofyear") ||
      S.contains("day") || S.contains("week"))
    return false;
  return S.ends_with("year") || S == "yr" || S == "yy" || S == "yyyy";
}

bool namesDay(StringRef Name) {
  std::string N = squash(Name);
  for (StringRef Exact : {"day", "mday", "dd", "dayofmonth", "getday", "getmday",
                          "getdayofmonth", "gdategetday", "gdatetimegetdayofmonth",
                          "tmmday", "mday", "wday", "myday"})
    if (N == Exact)
      return N != "wday" || Name == "wDay"; // SYSTEMTIME wDay, not tm_wday
  return false;
}

bool namesMonth(StringRef Name) {
  std::string N = squash(Name);
  for (StringRef Exact : {"month", "mon", "mm", "getmonth", "gdategetmonth",
                          "gdatetimegetmonth", "tmmon", "wmonth", "mmonth"})
    if (N == Exact)
      return true;
  return false;
}

/// The name of what E reads directly: a field, an accessor call, a variable.
StringRef readName(const Expr *E) {
  if (const auto *M = dyn_cast<MemberExpr>(E))
    return M->getMemberDecl()->getIdentifier() ? M->getMemberDecl()->getName() : "";
  if (const auto *C = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *F = C->getDirectCallee(); F && F->getIdentifier())
      return F->getName();
  if (const auto *R = dyn_cast<DeclRefExpr>(E))
    return R->getDecl()->getIdentifier() ? R->getDecl()->getName() : "";
  return "";
}

/// True for a field of a calendar type (rule pack) that holds Wanted, or a
/// field of another record named for it.
bool fieldHolds(const RulePack &Rules, const MemberExpr *M, DatePart Wanted) {
  const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl());
  if (!F)
    return false;
  if (calendarTypeOf(Rules, F))
    return datePartOf(Rules, F) == Wanted;
  StringRef N = F->getIdentifier() ? F->getName() : "";
  return Wanted == DatePart::Year ? namesYear(N) : Wanted == DatePart::Day ? namesDay(N)
                                                                   : namesMonth(N);
}

/// True if E (unwrapped) reads Wanted directly: field, accessor, parameter.
bool readsDirectly(const RulePack &Rules, const Expr *E, DatePart Wanted) {
  E = unwrapValue(E);
  if (!E)
    return false;
  if (const auto *M = dyn_cast<MemberExpr>(E))
    return fieldHolds(Rules, M, Wanted);
  if (isa<CallExpr, DeclRefExpr>(E)) {
    StringRef N = readName(E);
    return Wanted == DatePart::Year ? namesYear(N) : Wanted == DatePart::Day ? namesDay(N)
                                                                     : namesMonth(N);
  }
  return false;
}

/// A comparison of any day with 28 or 29, or of any month with February.
bool isAnyFebruaryTest(const RulePack &Rules, const Stmt *S, const ASTContext &Context) {
  const auto *B = dyn_cast<BinaryOperator>(S);
  if (!B || !B->isComparisonOp())
    return false;
  for (auto [Side, Value] : {std::pair(B->getLHS(), B->getRHS()),
                             std::pair(B->getRHS(), B->getLHS())}) {
    std::optional<int64_t> N = constantOf(Value, Context);
    if (!N)
      continue;
    if ((*N == 28 || *N == 29) && readsDirectly(Rules, Side, DatePart::Day))
      return true;
    if ((*N == 1 || *N == 2) && readsDirectly(Rules, Side, DatePart::Month))
      return true;
  }
  return false;
}

bool mentionsMonth(const RulePack &Rules, const Stmt *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const RulePack &Rules;
    bool Found = false;
    explicit Finder(const RulePack &R) : Rules(R) {}
    bool VisitExpr(Expr *X) {
      if (isa<MemberExpr, DeclRefExpr, CallExpr>(X))
        Found |= readsDirectly(Rules, X, DatePart::Month);
      return !Found;
    }
  } F(Rules);
  F.TraverseStmt(const_cast<Stmt *>(E));
  return F.Found;
}

bool inMonthRollover(const Stmt *Site, const FunctionDecl *Caller, ASTContext &Context,
                     llvm::function_ref<bool(const Expr *Cond)> ReadsMonth,
                     llvm::function_ref<bool(const Stmt *Child)> WritesMonth) {
  bool InnermostBlockSeen = false;
  for (DynTypedNodeList Parents = parentsOf(*Site, Context); !Parents.empty();) {
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      break;
    const Expr *Cond = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(P))
      Cond = If->getCond();
    else if (const auto *While = dyn_cast<WhileStmt>(P))
      Cond = While->getCond();
    if (Cond && ReadsMonth(Cond))
      return true;
    if (const auto *Block = dyn_cast<CompoundStmt>(P);
        Block && !InnermostBlockSeen && Block != Caller->getBody()) {
      InnermostBlockSeen = true;
      for (const Stmt *Child : Block->body())
        if (Child != Site && WritesMonth(Child))
          return true;
    }
    Parents = parentsOf(*P, Context);
  }
  return false;
}

bool inMonthRollover(const RulePack &Rules, const Stmt *Site, const FunctionDecl *Caller,
                     ASTContext &Context) {
  return inMonthRollover(
      Site, Caller, Context, [&](const Expr *Cond) { return mentionsMonth(Rules, Cond); },
      [&](const Stmt *Child) {
        const Expr *Target = nullptr;
        if (const auto *B = dyn_cast<BinaryOperator>(Child); B && B->isAssignmentOp())
          Target = B->getLHS();
        else if (const auto *U = dyn_cast<UnaryOperator>(Child);
                 U && U->isIncrementDecrementOp())
          Target = U->getSubExpr();
        return Target && readsDirectly(Rules, Target, DatePart::Month);
      });
}

/// "years" if E's type is spelled with that duration alias (chrono, date).
bool isYearsDuration(const Expr *E) {
  for (const Expr *X : {E, E->IgnoreImplicit(), passedValue(E)}) {
    if (const auto *T = X->getType().getNonReferenceType()->getAs<TypedefType>())
      if (T->getDecl()->getName() == "years")
        return true;
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(X))
      if (const auto *T = Cast->getTypeAsWritten()->getAs<TypedefType>())
        if (T->getDecl()->getName() == "years")
          return true;
  }
  return false;
}

/// The terms of a sum, with their signs.
void sumTerms(const Expr *E, int Sign, llvm::SmallVectorImpl<std::pair<const Expr *, int>> &Out) {
  const Expr *U = unwrapValue(E);
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(U);
      B && (B->getOpcode() == BO_Add || B->getOpcode() == BO_Sub)) {
    sumTerms(B->getLHS(), Sign, Out);
    sumTerms(B->getRHS(), B->getOpcode() == BO_Sub ? -Sign : Sign, Out);
    return;
  }
  Out.push_back({E, Sign});
}

/// At, or the nearest expression around it that is an element of Graph
/// (a construction elided into a return is not one).
const Stmt *elementOf(const FunctionCFG &Graph, const Stmt *At, ASTContext &Context) {
  for (unsigned Depth = 0; At && Depth < 8; ++Depth) {
    if (Graph.contains(At))
      return At;
    DynTypedNodeList Parents = parentsOf(*At, Context);
    At = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
  }
  return nullptr;
}

/// The part of a constant offset that is not a change of representation:
/// 1901 -> 1, -1899 -> 1, 1 -> 1, 1900 -> 0.
int64_t realShift(int64_t C) {
  for (int64_t R : {0, 1900, 1980, 2000, 80, 100, 1970})
    for (int64_t Sign : {1, -1})
      if (C - Sign * R > -50 && C - Sign * R < 50)
        return isRepresentationOffset(C) ? 0 : C - Sign * R;
  return isRepresentationOffset(C) ? 0 : C;
}

} // namespace

std::optional<llvm::SmallVector<ValueOrigin, 2>>
YearShiftAnalysis::localOrigins(const DeclRefExpr *Ref, const VarDecl *Var, const Stmt *At,
                                const FunctionDecl *Caller, ASTContext &Context) {
  const FunctionCFG *Graph = cfgOf(Caller, Context);
  if (!Graph)
    return std::nullopt;
  const Stmt *Node = Graph->contains(Ref) ? Ref : elementOf(*Graph, At, Context);
  if (!Node)
    return std::nullopt;
  AccessPath Path;
  Path.Root = Var;
  return findValueOrigins(*Graph, *Node, Path, Context);
}

YearValue YearShiftAnalysis::classifyYear(const Expr *E, const Stmt *At,
                                          const FunctionDecl *Caller, ASTContext &Context,
                                          unsigned Depth) {
  YearValue V;
  E = unwrapValue(E);
  if (!E || Depth > 6 || E->isValueDependent())
    return V;
  const RulePack &R = *Rules;
  // A sum: one year term and other terms.
  if (const auto *B = dyn_cast<BinaryOperator>(E);
      B && (B->getOpcode() == BO_Add || B->getOpcode() == BO_Sub)) {
    llvm::SmallVector<std::pair<const Expr *, int>, 4> Terms;
    sumTerms(E, 1, Terms);
    std::optional<YearValue> Year;
    int64_t Constant = 0;
    bool Unknown = false;
    for (auto [Term, Sign] : Terms) {
      if (std::optional<int64_t> C = constantOf(Term, Context)) {
        Constant += Sign * *C;
        continue;
      }
      if (isWholeCycles(Term, At, Caller, Context))
        continue; // 400-year cycles keep 29 February
      YearValue T = classifyYear(Term, At, Caller, Context, Depth + 1);
      if (T.IsYear) {
        if (Year || Sign < 0)
          return V; // `y2 - y1`, `base - y`: a difference, not a date
        Year = T;
        continue;
      }
      Unknown = true;
    }
    if (!Year)
      return V;
    V = *Year;
    if (!V.Shifted) {
      int64_t Real = realShift(Constant);
      if (Unknown || Real != 0) {
        V.Shifted = true;
        V.Direction = Unknown ? 0 : Real > 0 ? 1 : -1;
      }
    }
    return V;
  }
  // chrono: `ymd.year() + years{1}`.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getNumArgs() == 2 &&
      (Op->getOperator() == OO_Plus || Op->getOperator() == OO_Minus)) {
    YearValue L = classifyYear(Op->getArg(0), At, Caller, Context, Depth + 1);
    if (L.IsYear && isYearsDuration(Op->getArg(1))) {
      L.Shifted = true;
      L.Direction = Op->getOperator() == OO_Plus ? 1 : -1;
    }
    return L;
  }
  if (isa<MemberExpr, CallExpr>(E)) {
    V.IsYear = readsDirectly(R, E, DatePart::Year);
    return V;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return V;
  if (isa<ParmVarDecl>(Var) || !Var->isLocalVarDecl()) {
    V.IsYear = Var->getIdentifier() && namesYear(Var->getName()) &&
               Var->getType()->isIntegerType();
    return V;
  }
  // A local variable: what the writes reaching At stored in it.
  std::optional<llvm::SmallVector<ValueOrigin, 2>> Origins =
      localOrigins(Ref, Var, At, Caller, Context);
  if (!Origins) {
    if (Var->getInit())
      return classifyYear(Var->getInit(), nullptr, Caller, Context, Depth + 1);
    return V;
  }
  for (const ValueOrigin &O : *Origins) {
    YearValue T;
    if ((O.What == ValueOrigin::Declared || O.What == ValueOrigin::Assigned) && O.Value) {
      T = classifyYear(O.Value, O.Site, Caller, Context, Depth + 1);
    } else if (O.What == ValueOrigin::Modified && O.Site) {
      // `y++`, `y += 1`: the value before, shifted.
      const Expr *Operand = nullptr;
      std::optional<int64_t> Offset;
      if (const auto *U = dyn_cast<UnaryOperator>(O.Site)) {
        Operand = U->getSubExpr();
        Offset = U->isIncrementOp() ? 1 : -1;
      } else if (const auto *CA = dyn_cast<CompoundAssignOperator>(O.Site)) {
        Operand = CA->getLHS();
        if (CA->getOpcode() == BO_AddAssign || CA->getOpcode() == BO_SubAssign) {
          if (std::optional<int64_t> C = constantOf(CA->getRHS(), Context))
            Offset = CA->getOpcode() == BO_SubAssign ? -*C : *C;
          else if (isWholeCycles(CA->getRHS(), CA, Caller, Context))
            Offset = 0;
        } else {
          continue; // `y *= 2`, `y %= 100`: not a date
        }
      }
      if (!Operand)
        continue;
      // The value before the update: the writes reaching the operand.
      T = classifyYear(Operand, Operand->IgnoreParenImpCasts(), Caller, Context, Depth + 1);
      if (T.IsYear && !T.Shifted && !inMonthRollover(R, O.Site, Caller, Context)) {
        int64_t Real = Offset ? realShift(*Offset) : 1;
        if (!Offset || Real != 0) {
          T.Shifted = true;
          T.Direction = !Offset ? 0 : Real > 0 ? 1 : -1;
        }
      }
    } else {
      continue;
    }
    V.IsYear |= T.IsYear;
    if (T.Shifted && !V.Shifted) {
      V.Shifted = true;
      V.Direction = T.Direction;
    }
  }
  return V;
}

bool YearShiftAnalysis::isOriginalDay(const Expr *E, const Stmt *At,
                                      const FunctionDecl *Caller, ASTContext &Context,
                                      unsigned Depth) {
  E = unwrapValue(E);
  if (!E || Depth > 6)
    return false;
  if (isa<MemberExpr, CallExpr>(E))
    return readsDirectly(*Rules, E, DatePart::Day);
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return false; // a constant or a computed day: a new day or a clamp
  if (isa<ParmVarDecl>(Var) || !Var->isLocalVarDecl())
    return Var->getIdentifier() && namesDay(Var->getName());
  std::optional<llvm::SmallVector<ValueOrigin, 2>> Origins =
      localOrigins(Ref, Var, At, Caller, Context);
  if (!Origins)
    return Var->getInit() && isOriginalDay(Var->getInit(), nullptr, Caller, Context, Depth + 1);
  for (const ValueOrigin &O : *Origins)
    if ((O.What == ValueOrigin::Declared || O.What == ValueOrigin::Assigned) && O.Value &&
        isOriginalDay(O.Value, O.Site, Caller, Context, Depth + 1))
      return true;
  return false;
}

bool YearShiftAnalysis::reachedUnhandled(const Stmt *At, const FunctionDecl *Caller,
                                         ASTContext &Context) {
  const FunctionCFG *Graph = cfgOf(Caller, Context);
  At = Graph ? elementOf(*Graph, At, Context) : nullptr;
  if (!At)
    return true;
  const RulePack &R = *Rules;
  auto Visit = [&](const Stmt *St) {
    if (St == At)
      return FunctionCFG::Step::Continue;
    if (Model.handlesLeapDay(St, Context) ||
        isAnyFebruaryTest(R, St, Context))
      return FunctionCFG::Step::StopPath;
    if (const auto *Call = dyn_cast<CallExpr>(St); Call && isLeapHelper(Call->getDirectCallee()))
      return FunctionCFG::Step::StopPath;
    return FunctionCFG::Step::Continue;
  };
  std::optional<llvm::SmallVector<const Stmt *, 4>> Found = Graph->searchBefore(At, Visit);
  return !Found || llvm::is_contained(*Found, nullptr);
}

std::optional<RebuiltDate> YearShiftAnalysis::analyzeRebuild(const Expr *Build,
                                                             const FunctionDecl *Caller,
                                                             ASTContext &Context) {
  if (!Build || !Caller || Build->containsErrors() || Build->isValueDependent())
    return std::nullopt;
  const RulePack &R = *Rules;
  const DateBuilder *Builder = nullptr;
  std::string Name;
  llvm::SmallVector<const Expr *, 6> Args;
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Build)) {
    const CXXConstructorDecl *D = Ctor->getConstructor();
    if (!D || D->isCopyOrMoveConstructor())
      return std::nullopt;
    // The type as written first (absl::CivilDay is an alias of a template).
    QualType T = Ctor->getType();
    if (const auto *TT = T->getAs<TypedefType>()) {
      Name = TT->getDecl()->getQualifiedNameAsString();
      Builder = findDateBuilder(R, Name);
    }
    if (!Builder) {
      Name = D->getParent()->getQualifiedNameAsString();
      Builder = findDateBuilder(R, Name);
    }
    Args.append(Ctor->arg_begin(), Ctor->arg_end());
  } else if (const auto *Call = dyn_cast<CallExpr>(Build)) {
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F)
      return std::nullopt;
    Name = F->getQualifiedNameAsString();
    Builder = findDateBuilder(R, Name);
    Args.append(Call->arg_begin(), Call->arg_end());
  }
  if (!Builder || std::max({Builder->Year, Builder->Month, Builder->Day}) >= Args.size())
    return std::nullopt;
  const SourceManager &SM = Context.getSourceManager();
  if (namesOtherCalendar(*Rules, Caller->getNameAsString()) ||
      namesOtherCalendar(*Rules, SM.getFilename(SM.getFileLoc(Build->getBeginLoc()))))
    return std::nullopt;
  const Expr *YearArg = Args[Builder->Year];
  const Expr *MonthArg = Args[Builder->Month];
  const Expr *DayArg = Args[Builder->Day];
  YearValue Year = classifyYear(YearArg, Build, Caller, Context);
  if (!Year.IsYear || !Year.Shifted)
    return std::nullopt;
  // A month other than February, or a day up to 28, exists every year.
  if (std::optional<int64_t> M = constantOf(unwrapValue(MonthArg), Context); M && *M != 2)
    return std::nullopt;
  if (!isOriginalDay(DayArg, Build, Caller, Context))
    return std::nullopt;
  if (!reachedUnhandled(Build, Caller, Context))
    return std::nullopt;
  // The result checked afterwards (`if (!next.isValid())`, `.ok()`).
  const VarDecl *Result = nullptr;
  DynTypedNodeList Parents = parentsOf(*Build, Context);
  for (unsigned I = 0; I < 4 && !Parents.empty() && !Result; ++I) {
    Result = Parents[0].get<VarDecl>();
    if (!Parents[0].get<Expr>() && !Result)
      break;
    if (!Result)
      Parents = parentsOf(Parents[0], Context);
  }
  if (Result) {
    struct Finder : RecursiveASTVisitor<Finder> {
      const VarDecl *Var;
      bool Found = false;
      explicit Finder(const VarDecl *V) : Var(V) {}
      bool VisitCXXMemberCallExpr(CXXMemberCallExpr *C) {
        const CXXMethodDecl *M = C->getMethodDecl();
        std::string N = M && M->getIdentifier() ? squash(M->getName()) : "";
        if (N == "isvalid" || N == "ok" || N == "valid" || N == "getstatus") {
          std::optional<AccessPath> P = accessPathOf(C->getImplicitObjectArgument());
          Found |= P && P->Root == Var;
        }
        return !Found;
      }
    } F(Result);
    F.TraverseStmt(Caller->getBody());
    if (F.Found)
      return std::nullopt;
  }
  RebuiltDate Out;
  Out.Build = Build;
  Out.YearArg = YearArg;
  Out.DayArg = DayArg;
  Out.Builder = Builder;
  Out.BuilderName = Builder->Name;
  Out.Direction = Year.Direction;
  return Out;
}

namespace {
/// printf- and format-style calls that write a string: the argument written
/// (-1: the result) and the first value argument.
struct Printer {
  StringRef Name;
  int Output;
  unsigned FirstValue;
};
const Printer Printers[] = {
    {"sprintf", 0, 2},        {"snprintf", 0, 3},      {"_snprintf", 0, 3},
    {"sprintf_s", 0, 3},      {"_snprintf_s", 0, 4},   {"swprintf", 0, 3},
    {"BIO_snprintf", 0, 3},   {"g_snprintf", 0, 3},    {"asprintf", 0, 2},
    {"g_strdup_printf", -1, 1}, {"format", -1, 1},     {"format_to", 0, 2},
    {"format_to_n", 0, 3},    {"StringCchPrintfA", 0, 3}, {"StringCchPrintfW", 0, 3},
    {"wsprintfA", 0, 2},      {"wsprintfW", 0, 2},
};
} // namespace

std::optional<PrintedDate> YearShiftAnalysis::analyzePrint(const CallExpr *Print,
                                                           const FunctionDecl *Caller,
                                                           ASTContext &Context) {
  if (!Print || !Caller || Print->containsErrors() || Print->isValueDependent())
    return std::nullopt;
  const FunctionDecl *Callee = Print->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return std::nullopt;
  const Printer *P = nullptr;
  for (const Printer &Candidate : Printers)
    if (Callee->getName() == Candidate.Name)
      P = &Candidate;
  if (!P || Print->getNumArgs() <= P->FirstValue)
    return std::nullopt;
  // `format` and `format_to` only from std:: and fmt::.
  if (Callee->getName().starts_with("format")) {
    std::string Q = Callee->getQualifiedNameAsString();
    if (!StringRef(Q).starts_with("std::") && !StringRef(Q).starts_with("fmt::"))
      return std::nullopt;
  }
  const SourceManager &SM = Context.getSourceManager();
  if (namesOtherCalendar(*Rules, Caller->getNameAsString()) ||
      namesOtherCalendar(*Rules, SM.getFilename(SM.getFileLoc(Print->getBeginLoc()))))
    return std::nullopt;
  const Expr *YearArg = nullptr;
  YearValue Year;
  bool Day = false;
  for (unsigned I = P->FirstValue; I < Print->getNumArgs(); ++I) {
    const Expr *Arg = Print->getArg(I);
    if (!YearArg) {
      YearValue V = classifyYear(Arg, Print, Caller, Context);
      if (V.IsYear && V.Shifted) {
        YearArg = Arg;
        Year = V;
        continue;
      }
    }
    Day |= isOriginalDay(Arg, Print, Caller, Context);
  }
  if (!YearArg || !Day || !reachedUnhandled(Print, Caller, Context))
    return std::nullopt;
  // The string written.
  std::optional<AccessPath> Text;
  if (P->Output >= 0) {
    Text = accessPathOf(Print->getArg(P->Output));
  } else {
    DynTypedNodeList Parents = parentsOf(*Print, Context);
    for (unsigned I = 0; I < 6 && !Parents.empty() && !Text; ++I) {
      if (const auto *V = Parents[0].get<VarDecl>()) {
        Text = AccessPath{};
        Text->Root = V;
      } else if (const auto *B = Parents[0].get<BinaryOperator>();
                 B && B->getOpcode() == BO_Assign) {
        Text = accessPathOf(B->getLHS());
        break;
      } else if (const auto *Op = Parents[0].get<CXXOperatorCallExpr>();
                 Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
        Text = accessPathOf(Op->getArg(0));
        break;
      } else if (!Parents[0].get<Expr>()) {
        break;
      }
      Parents = parentsOf(Parents[0], Context);
    }
  }
  if (!Text || !Text->Root)
    return std::nullopt;
  const FunctionCFG *Graph = cfgOf(Caller, Context);
  const Stmt *From = Graph ? elementOf(*Graph, Print, Context) : nullptr;
  if (!From)
    return std::nullopt;
  const RulePack &R = *Rules;
  const AccessPath &T = *Text;
  // `buf`, `&buf[0]`, `s.c_str()`, `s.data()`.
  auto Designates = [&](const Expr *E) {
    E = passedValue(E);
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(ignoreParenCasts(E)))
      E = M->getImplicitObjectArgument();
    std::optional<AccessPath> Path = accessPathOf(E);
    return Path && Path->overlaps(T);
  };
  const DateParser *Parser = nullptr;
  auto Visit = [&](const Stmt *St) {
    const auto *Call = dyn_cast<CallExpr>(St);
    if (!Call || Call == Print)
      return FunctionCFG::Step::Continue;
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F)
      return FunctionCFG::Step::Continue;
    if (const DateParser *DP = findDateParser(R, F->getQualifiedNameAsString()))
      for (unsigned In : DP->Inputs)
        if (In < Call->getNumArgs() && Designates(Call->getArg(In))) {
          Parser = DP;
          return FunctionCFG::Step::Found;
        }
    // Printed into again: the old text is gone.
    for (const Printer &Other : Printers)
      if (F->getIdentifier() && F->getName() == Other.Name && Other.Output >= 0 &&
          unsigned(Other.Output) < Call->getNumArgs() && Designates(Call->getArg(Other.Output)))
        return FunctionCFG::Step::StopPath;
    return FunctionCFG::Step::Continue;
  };
  auto Found = Graph->searchFrom(From, Visit,
                                 [](const Expr *) { return FunctionCFG::Follow::Both; });
  if (!Found || Found->empty() || !Parser)
    return std::nullopt;
  PrintedDate Out;
  Out.Print = Print;
  Out.YearArg = YearArg;
  Out.Parse = Found->front();
  Out.ParserName = Parser->Name;
  Out.Text = T;
  Out.Direction = Year.Direction;
  return Out;
}

bool YearShiftAnalysis::isWholeCycles(const Expr *E, const Stmt *At, const FunctionDecl *Caller,
                                      ASTContext &Context, unsigned Depth) {
  E = E ? ignoreParenCasts(E) : nullptr;
  if (!E || Depth > 4 || E->isValueDependent())
    return false;
  if (std::optional<int64_t> C = constantOf(E, Context))
    return *C != 0 && *C % 400 == 0;
  if (const auto *B = dyn_cast<BinaryOperator>(E)) {
    if (B->getOpcode() == BO_Mul)
      return isWholeCycles(B->getLHS(), At, Caller, Context, Depth + 1) ||
             isWholeCycles(B->getRHS(), At, Caller, Context, Depth + 1);
    if (B->getOpcode() == BO_Add || B->getOpcode() == BO_Sub)
      return isWholeCycles(B->getLHS(), At, Caller, Context, Depth + 1) &&
             isWholeCycles(B->getRHS(), At, Caller, Context, Depth + 1);
    return false;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->isLocalVarDecl() || isa<ParmVarDecl>(Var))
    return false;
  std::optional<llvm::SmallVector<ValueOrigin, 2>> Origins =
      localOrigins(Ref, Var, At, Caller, Context);
  if (!Origins || Origins->empty())
    return false;
  for (const ValueOrigin &O : *Origins)
    if (!((O.What == ValueOrigin::Declared || O.What == ValueOrigin::Assigned) && O.Value &&
          isWholeCycles(O.Value, O.Site, Caller, Context, Depth + 1)))
      return false;
  return true;
}

bool YearShiftAnalysis::mayBuildOrPrint(const Expr *E) {
  if (BuildOrPrintNames.empty()) {
    for (const DateBuilder &B : Rules->DateBuilders)
      if (!B.Disabled)
        BuildOrPrintNames.insert(StringRef(B.Name).rsplit("::").second.empty()
                                     ? StringRef(B.Name)
                                     : StringRef(B.Name).rsplit("::").second);
    for (const Printer &P : Printers)
      BuildOrPrintNames.insert(P.Name);
  }
  auto Named = [&](const NamedDecl *D) {
    return D && D->getIdentifier() && BuildOrPrintNames.contains(D->getName());
  };
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return Named(Call->getDirectCallee());
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E)) {
    if (const auto *TT = Ctor->getType()->getAs<TypedefType>(); TT && Named(TT->getDecl()))
      return true;
    return Ctor->getConstructor() && Named(Ctor->getConstructor()->getParent());
  }
  return false;
}

bool YearShiftAnalysis::mentionsYearField(const FunctionDecl *Def) {
  auto [It, Inserted] = YearMentions.try_emplace(Def, false);
  if (!Inserted)
    return It->second;
  struct Finder : RecursiveASTVisitor<Finder> {
    const RulePack &R;
    bool Found = false;
    explicit Finder(const RulePack &R) : R(R) {}
    bool VisitMemberExpr(MemberExpr *M) {
      Found = datePartOf(R, dyn_cast<FieldDecl>(M->getMemberDecl())) == DatePart::Year;
      return !Found;
    }
  } F(*Rules);
  F.TraverseStmt(Def->getBody());
  return YearMentions[Def] = F.Found;
}

void YearShiftAnalysis::clear() {
  YearMentions.clear();
  Model.clear();
  Summaries.clear();
  PerFunction.clear();
}

} // namespace clang::tidy::premortem
