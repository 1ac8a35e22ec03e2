//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/FixedYearTableCheck.h"
#include "checks/support/ast/Constant.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/calendar/LeapRule.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

constexpr int64_t MonthLengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int64_t DaysBeforeMonth[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

/// True if any dimension of the array type T has 365 entries; Element is
/// set to the innermost element type.
bool has365Dimension(QualType T, const ASTContext &Context, QualType &Element) {
  bool Found = false;
  while (const auto *Array = Context.getAsConstantArrayType(T)) {
    Found |= Array->getSize() == 365;
    T = Array->getElementType();
  }
  Element = T;
  return Found;
}

/// std::array<T, 365>.
bool isStdArray365(QualType T, QualType &Element) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || Spec->getName() != "array")
    return false;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() != 2 || Args[1].getKind() != TemplateArgument::Integral ||
      Args[1].getAsIntegral() != 365)
    return false;
  Element = Args[0].getAsType();
  return true;
}

/// The month table an initializer spells: month lengths with a 28-day
/// February ({31, 28, ...}, or 13 entries with a dummy first), or the days
/// before each month ({0, 31, 59, ...}, optionally ending in 365).
std::pair<int, unsigned> monthTableOf(const Expr *Init, const ASTContext &Context) {
  const auto *List = dyn_cast_or_null<InitListExpr>(Init ? Init->IgnoreImplicit() : nullptr);
  if (!List || (List->getNumInits() != 12 && List->getNumInits() != 13))
    return {0, 0};
  SmallVector<int64_t, 13> Values;
  for (const Expr *E : List->inits()) {
    std::optional<int64_t> V = constantOf(E, Context);
    if (!V)
      return {0, 0};
    Values.push_back(*V);
  }
  ArrayRef<int64_t> All(Values);
  if (All.take_back(12).equals(MonthLengths))
    return {1, Values.size() == 13 ? 2u : 1u};
  if (All.take_front(12).equals(DaysBeforeMonth) && (Values.size() == 12 || Values[12] == 365))
    return {2, 1};
  if (Values.size() == 13 && All.take_back(12).equals(DaysBeforeMonth))
    return {2, 2};
  return {0, 0};
}

std::string lowerNoUnderscore(StringRef Name) {
  std::string Out;
  for (char C : Name)
    if (C != '_')
      Out.push_back(toLowercase(C));
  return Out;
}

/// A day-of-year value: tm_yday, or a variable, field or call named so.
bool isDayOfYear(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Sub = dyn_cast<BinaryOperator>(E))
    if (Sub->getOpcode() == BO_Sub || Sub->getOpcode() == BO_Add)
      return isDayOfYear(Sub->getLHS());
  const NamedDecl *D = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E))
    D = Member->getMemberDecl();
  else if (const auto *Call = dyn_cast<CallExpr>(E))
    D = Call->getDirectCallee();
  if (!D || !D->getIdentifier())
    return false;
  std::string Name = lowerNoUnderscore(D->getName());
  return StringRef(Name).contains("yday") || StringRef(Name).contains("dayofyear") ||
         Name == "doy" || StringRef(Name).contains("julian");
}

/// A field of a class template instantiation stands for the field of the
/// template, so a table is judged once with the reads of every instance.
const ValueDecl *patternOf(const ValueDecl *D) {
  const auto *Field = dyn_cast_or_null<FieldDecl>(D);
  if (!Field || !Field->getIdentifier())
    return D;
  const auto *Record = dyn_cast<CXXRecordDecl>(Field->getParent());
  const CXXRecordDecl *Pattern = Record ? Record->getTemplateInstantiationPattern() : nullptr;
  if (!Pattern || Pattern == Record)
    return D;
  for (const NamedDecl *Found : Pattern->lookup(Field->getDeclName()))
    if (const auto *PatternField = dyn_cast<FieldDecl>(Found))
      return PatternField;
  return D;
}

const ValueDecl *tableOf(const Expr *Base) {
  Base = Base->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Base))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(Base))
    return patternOf(Member->getMemberDecl());
  return nullptr;
}

// Cheap filters tried first: only arrays and records can be tables, and only
// subscripts of a declared constant array can read one.
AST_MATCHER(ValueDecl, mayBeTable) {
  QualType T = Node.getType().getCanonicalType();
  return T->isConstantArrayType() || T->isRecordType();
}

AST_MATCHER(ArraySubscriptExpr, readsDeclaredArray) {
  const ValueDecl *Table = tableOf(Node.getBase());
  return Table && Finder->getASTContext().getAsConstantArrayType(Table->getType());
}

} // namespace

FixedYearTableCheck::FixedYearTableCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)) {}

/// Leap-year handling, as the shared recognizer (LeapRule) sees it: a leap
/// term (`y % 4`, `y % 400`, `(y & 3)`), a call of a library predicate or of
/// a function whose body is a leap test (complete or not: an incomplete one
/// is premortem-leap-year-formula's finding), a value named leap, or the
/// numbers 29 and 366 (a 29 February or a leap-year length handled).
bool FixedYearTableCheck::isLeapEvidence(const Stmt *S) {
  if (isa<BinaryOperator>(S) && leapTermOf(S, *Context))
    return true;
  if (const auto *Literal = dyn_cast<IntegerLiteral>(S))
    return Literal->getValue() == 29 || Literal->getValue() == 366;
  const NamedDecl *D = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    D = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(S))
    D = Member->getMemberDecl();
  if (D && D->getIdentifier() && StringRef(lowerNoUnderscore(D->getName())).contains("leap"))
    return true;
  const auto *Call = dyn_cast<CallExpr>(S);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (!F)
    return false;
  auto [It, Inserted] = LeapFunctions.try_emplace(F, false);
  if (!Inserted)
    return It->second;
  bool Leap = isLibraryLeapPredicate(*F, Rules.get());
  for (unsigned I = 0; !Leap && I < F->getNumParams(); ++I) {
    LeapVerdict V =
        classifyLeapFunction(*F, I, *Context, Rules.get()).Verdict;
    Leap = V != LeapVerdict::NotLeapTest && V != LeapVerdict::Other;
  }
  LeapFunctions[F] = Leap;
  return Leap;
}

void FixedYearTableCheck::registerMatchers(MatchFinder *Finder) {
  auto InUserCode = unless(isExpansionInSystemHeader());
  // Declared tables: arrays, std::array, fields.
  // Declarations in template instantiations are judged in the template.
  // (check() skips instantiations; the writes and the enclosing function of
  // a read are looked up at the end, only for reads of a month table.)
  Finder->addMatcher(varDecl(mayBeTable(), unless(isImplicit()), unless(parmVarDecl()),
                             InUserCode)
                         .bind("decl"),
                     this);
  Finder->addMatcher(fieldDecl(mayBeTable(), InUserCode).bind("decl"), this);
  // Reads and writes of table entries.
  Finder->addMatcher(arraySubscriptExpr(readsDeclaredArray(), InUserCode).bind("subscript"),
                     this);
  // Storage sized at run time: vector<T>(365), v.resize(365), new T[365].
  auto Sequence = cxxRecordDecl(hasAnyName("::std::vector", "::std::deque"));
  Finder->addMatcher(cxxConstructExpr(InUserCode, hasDeclaration(cxxConstructorDecl(ofClass(Sequence))),
                                      hasArgument(0, expr().bind("count")))
                         .bind("storage"),
                     this);
  Finder->addMatcher(cxxMemberCallExpr(InUserCode, callee(cxxMethodDecl(hasName("resize"), ofClass(Sequence))),
                                       hasArgument(0, expr().bind("count")))
                         .bind("storage"),
                     this);
  Finder->addMatcher(cxxNewExpr(InUserCode, isArray()).bind("new"), this);
}

void FixedYearTableCheck::addTable(const ValueDecl *D, ASTContext &Ctx) {
  QualType Element;
  Table T;
  T.Loc = Ctx.getSourceManager().getFileLoc(D->getLocation());
  if (has365Dimension(D->getType(), Ctx, Element) || isStdArray365(D->getType(), Element)) {
    T.Year365 = true;
    T.Characters = Element->isAnyCharacterType();
  }
  if (const auto *Var = dyn_cast<VarDecl>(D))
    if (const auto *Array = Ctx.getAsConstantArrayType(Var->getType()))
      if (Array->getElementType()->isIntegerType()) {
        auto [Kind, February] = monthTableOf(Var->getInit(), Ctx);
        T.Months = static_cast<MonthTable>(Kind);
        T.FebruaryIndex = February;
      }
  if (T.Year365 || T.Months != MonthTable::None)
    Tables[D] = T;
}

void FixedYearTableCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *D = Result.Nodes.getNodeAs<ValueDecl>("decl")) {
    if (!D->isInvalidDecl() && !inTemplateInstantiation(*D))
      addTable(D, *Context);
    return;
  }
  if (const auto *E = Result.Nodes.getNodeAs<ArraySubscriptExpr>("subscript")) {
    const ValueDecl *Table = tableOf(E->getBase());
    if (!Table || E->containsErrors())
      return;
    Reads[Table].push_back({E, nullptr});
    return;
  }
  const SourceManager &SM = Context->getSourceManager();
  auto ReportStorage = [&](const Expr *At) {
    SourceLocation Loc = SM.getFileLoc(At->getBeginLoc());
    if (firstReport(Loc))
      diag(Loc, "per-day storage with 365 entries is one short in leap years: the "
                "366th day (31 December) has no entry (use 366 entries)");
  };
  if (const auto *Storage = Result.Nodes.getNodeAs<Expr>("storage")) {
    const auto *Count = Result.Nodes.getNodeAs<Expr>("count");
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Storage)) {
      // vector<T>(n) and vector<T>(n, value), not vector<T>{365}.
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Construct->isListInitialization() || Ctor->getNumParams() == 0 ||
          !Ctor->getParamDecl(0)->getType()->isIntegerType())
        return;
    }
    QualType Element;
    if (const auto *Record = Storage->getType()->getAsCXXRecordDecl())
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
        if (Spec->getTemplateArgs().size() >= 1 &&
            Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
            Spec->getTemplateArgs()[0].getAsType()->isAnyCharacterType())
          return;
    if (constantOf(Count, *Context) == 365)
      ReportStorage(Storage);
    return;
  }
  if (const auto *New = Result.Nodes.getNodeAs<CXXNewExpr>("new")) {
    std::optional<const Expr *> Size = New->getArraySize();
    if (Size && *Size && !New->getAllocatedType()->isAnyCharacterType() &&
        constantOf(*Size, *Context) == 365)
      ReportStorage(New);
  }
}

bool FixedYearTableCheck::leapHandledOnPath(const Read &R) {
  if (!R.Caller || !R.Caller->getBody())
    return false;
  const FunctionCFG *Graph = cfgOf(R.Caller, *Context);
  bool Found = false;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || Found)
      return;
    if (isLeapEvidence(S) &&
        (!Graph || Graph->canReach(S, R.E) || Graph->canReach(R.E, S)))
      Found = true;
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(R.Caller->getBody());
  return Found;
}

/// A table the code writes into is adjusted at run time (mdays[1] = 29).
bool FixedYearTableCheck::isWritten(ArrayRef<Read> TableReads) {
  for (const Read &R : TableReads)
    for (DynTypedNode Parent : parentsOf(*R.E, *Context)) {
      if (const auto *Op = Parent.get<BinaryOperator>())
        if (Op->isAssignmentOp() && Op->getLHS()->IgnoreParens() == R.E)
          return true;
      if (const auto *Op = Parent.get<UnaryOperator>())
        if (Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf)
          return true;
    }
  return false;
}

void FixedYearTableCheck::onEndOfTranslationUnit() {
  for (auto &[Decl, T] : Tables) {
    auto ReadsIt = Reads.find(Decl);
    ArrayRef<Read> TableReads;
    if (ReadsIt != Reads.end())
      TableReads = ReadsIt->second;
    const SourceManager &SM = Context->getSourceManager();
    if (T.Year365) {
      const Read *ByDay = nullptr;
      for (const Read &R : TableReads)
        if (isDayOfYear(R.E->getIdx())) {
          ByDay = &R;
          break;
        }
      if (T.Characters && !ByDay)
        continue; // a string buffer
      if (!firstReport(T.Loc))
        continue;
      if (ByDay) {
        diag(T.Loc, "per-day table %0 has 365 entries but is indexed by the day of "
                    "the year, which reaches 365 on 31 December of a leap year and "
                    "reads past the end (give it 366 entries)")
            << Decl;
        diag(SM.getFileLoc(ByDay->E->getIdx()->getBeginLoc()),
             "indexed by the day of the year here", DiagnosticIDs::Note);
      } else {
        diag(T.Loc, "per-day table %0 has 365 entries, one short in leap years: the "
                    "366th day (31 December) has no entry (give it 366 entries)")
            << Decl;
      }
      continue;
    }
    if (T.Months == MonthTable::None || isWritten(TableReads))
      continue;
    llvm::DenseSet<const FunctionDecl *> ReportedIn;
    for (Read R : TableReads) {
      R.Caller = enclosingFunction(*R.E, *Context);
      std::optional<int64_t> Index = constantOf(R.E->getIdx(), *Context);
      // A constant index away from February (and, for days-before tables,
      // before March) never meets the leap day.
      if (Index && (T.Months == MonthTable::Lengths ? *Index != T.FebruaryIndex
                                                     : *Index <= T.FebruaryIndex))
        continue;
      if (ReportedIn.count(R.Caller) || leapHandledOnPath(R))
        continue;
      ReportedIn.insert(R.Caller);
      SourceLocation Loc = SM.getFileLoc(R.E->getBeginLoc());
      if (!firstReport(Loc))
        continue;
      if (T.Months == MonthTable::Lengths)
        diag(Loc, "%0 gives February 28 days and is read here with no leap-year "
                  "adjustment on the path; 29 February is rejected or skipped in leap "
                  "years (add a day to February when the year is a leap year)")
            << Decl;
      else
        diag(Loc, "%0 counts the days before each month for a 365-day year and is "
                  "read here with no leap-year adjustment on the path; every date "
                  "after February is one day off in leap years (add a day after "
                  "February when the year is a leap year)")
            << Decl;
      diag(T.Loc, "%0 is declared here", DiagnosticIDs::Note) << Decl;
    }
  }
  Tables.clear();
  Reads.clear();
  Reported.clear();
  LeapFunctions.clear();
}

} // namespace clang::tidy::premortem
