//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/UncheckedTimeConversionCheck.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/ast/FieldWrites.h"
#include "checks/support/ast/NullChecks.h"
#include "checks/support/ast/ReadsAfter.h"
#include "checks/support/ast/ResultUse.h"
#include "checks/support/rules/Rules.h"
#include "checks/support/ast/ValueOrigin.h"
#include "checks/support/ast/VarAccess.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

/// One matched call and what is known about it.
struct UncheckedTimeConversionCheck::Site {
  const CallExpr *Call;
  const FunctionDecl *Callee;
  const TimeFunction *Rule;
  const FunctionDecl *Caller;   // null at namespace scope
  const FunctionCFG *Graph;     // null if the caller's body cannot be modelled
  ASTContext *Context;

  const Expr *arg(std::optional<unsigned> Index) const {
    return Index && *Index < Call->getNumArgs() ? Call->getArg(*Index) : nullptr;
  }
  SourceLocation loc(SourceLocation L) const {
    return Context->getSourceManager().getFileLoc(L);
  }
  bool returnsPointer() const { return Callee->getReturnType()->isPointerType(); }
};

namespace {

enum ReportKind { NullDirect, NullVariable, IgnoredInput, IgnoredOutput, IgnoredAny };

/// A function of the C library, a platform API or std:: (not a method or a
/// user function that happens to share a name).
bool isLibraryFunction(const FunctionDecl &F) {
  if (!F.getIdentifier() || isa<CXXMethodDecl>(F))
    return false;
  const DeclContext *DC = F.getDeclContext()->getRedeclContext();
  return DC->isTranslationUnit() || F.isInStdNamespace() || F.isExternC();
}

/// The rule's failure value must fit the declared return type; a function
/// named like a rule but with another signature is not the rule's function
/// (the C11 Annex K gmtime_s returns a pointer, MSVC's an errno_t).
bool returnTypeFits(const TimeFunction &Rule, QualType Return) {
  if (Rule.Failure == FailureValue::Null)
    return Return->isPointerType();
  return Return->isIntegralOrEnumerationType();
}

bool isNonNullParam(const FunctionDecl &F, unsigned Index) {
  if (Index >= F.getNumParams() || !F.getParamDecl(Index)->getType()->isPointerType())
    return false;
  if (F.getParamDecl(Index)->hasAttr<NonNullAttr>())
    return true;
  for (const auto *Attr : F.specific_attrs<NonNullAttr>())
    if (Attr->isNonNull(Index))
      return true;
  return false;
}

/// The trusted-sources entry of the library function Call calls, or null.
const TrustedSource *trustedSourceOf(const RulePack &Rules,
                                     const CallExpr *Call) {
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (!F || !isLibraryFunction(*F))
    return nullptr;
  return findTrustedSource(Rules, F->getName());
}

/// True if the write O stored the current time: a trusted source filled the
/// whole object, or it was set from a source's result (`t = time(NULL)`).
bool storesClockValue(const ValueOrigin &O, const RulePack &Rules) {
  if (!O.Whole)
    return false;
  if (O.What == ValueOrigin::CallOutput) {
    const TrustedSource *Source = trustedSourceOf(Rules, O.Call);
    return Source && llvm::is_contained(Source->Outputs, O.ArgIndex);
  }
  if ((O.What != ValueOrigin::Declared && O.What != ValueOrigin::Assigned) || !O.Value)
    return false;
  const auto *Call =
      dyn_cast<CallExpr>(ignoreParenCasts(O.Value->IgnoreImplicit()));
  const TrustedSource *Source = trustedSourceOf(Rules, Call);
  return Source && Source->Returns;
}

/// Orders candidate input writes: shifts before sets, then year, month, day.
unsigned rank(const RulePack &Rules, const FieldWrite &W, const AccessPath &Object) {
  unsigned Rank = W.What == FieldWrite::Shifted ? 0 : 4;
  if (W.Target.Fields.size() <= Object.Fields.size())
    return Rank + 3;
  switch (datePartOf(Rules, W.Target.Fields[Object.Fields.size()])) {
  case DatePart::Year:
    return Rank;
  case DatePart::Month:
    return Rank + 1;
  case DatePart::Day:
    return Rank + 2;
  case DatePart::YearDay:
  case DatePart::None:
    return Rank + 3;
  }
  return Rank + 3;
}

/// The failure value as the caller would write it: "(time_t)-1", "NULL".
std::string spellCalleeFailure(const TimeFunction &Rule, const FunctionDecl &Callee) {
  QualType Return = Callee.getReturnType();
  if (Rule.Failure != FailureValue::MinusOne)
    return spellFailure(Rule.Failure).str();
  if (const auto *Typedef = Return->getAs<TypedefType>())
    return "(" + Typedef->getDecl()->getName().str() + ")-1";
  return "-1";
}

const Stmt *earliest(ArrayRef<const Stmt *> Stmts, const SourceManager &SM) {
  const Stmt *Best = nullptr;
  for (const Stmt *S : Stmts)
    if (!Best || SM.isBeforeInTranslationUnit(S->getBeginLoc(), Best->getBeginLoc()))
      Best = S;
  return Best;
}

} // namespace

UncheckedTimeConversionCheck::UncheckedTimeConversionCheck(StringRef Name,
                                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)),
      FlagAllIgnoredResults(Options.get("FlagAllIgnoredResults", false)) {}

void UncheckedTimeConversionCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FlagAllIgnoredResults", FlagAllIgnoredResults);
}

void UncheckedTimeConversionCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<StringRef> Names;
  for (const TimeFunction &F : Rules->TimeFunctions)
    if (!F.Disabled)
      Names.push_back(F.Name);
  if (Names.empty())
    return;
  auto Conversion = functionDecl(hasAnyName(Names)).bind("callee");
  // Every call of a conversion in the time-functions pack; check() reads from
  // the use of the result whether its failure is handled.
  Finder->addMatcher(callExpr(callee(Conversion), unless(isExpansionInSystemHeader()))
                         .bind("call"),
                     this);
}

void UncheckedTimeConversionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
  if (Call->containsErrors() || !isLibraryFunction(*Callee) ||
      isUnevaluatedOperand(*Call, *Result.Context))
    return;
  const TimeFunction *Rule = findTimeFunction(*Rules, Callee->getName());
  if (!Rule || !returnTypeFits(*Rule, Callee->getReturnType()))
    return;
  const FunctionDecl *Caller = enclosingFunction(*Call, *Result.Context);
  Site S{Call, Callee, Rule, Caller, cfgOf(Caller, *Result.Context), Result.Context};

  ResultUse Use = classifyResultUse(*Call, *Result.Context);
  switch (Use.What) {
  case ResultUse::CastToVoid:
  case ResultUse::Returned:
  case ResultUse::Used:
    return;
  case ResultUse::Dereferenced:
    // Case 1: gmtime(&t)->tm_year, *localtime(&t).
    if (S.returnsPointer() && firstReport(S.loc(Call->getBeginLoc()), NullDirect))
      diag(S.loc(Call->getBeginLoc()),
           "%0 can return NULL when it cannot convert the time, and dereferencing "
           "its result crashes the program (check the result for NULL first)")
          << Callee;
    return;
  case ResultUse::Argument:
    // Case 2: strftime(buf, n, "%F", localtime(&t)), puts(ctime(&t)).
    if (S.returnsPointer() && crashesOnNull(*Use.Consumer, Use.ArgIndex) &&
        firstReport(S.loc(Call->getBeginLoc()), NullDirect))
      diag(S.loc(Call->getBeginLoc()),
           "%0 can return NULL when it cannot convert the time, and passing its "
           "result to %1 crashes the program (check the result for NULL first)")
          << Callee << Use.Consumer->getDirectCallee()->getDeclName();
    return;
  case ResultUse::StoredLocal:
  case ResultUse::Discarded:
    break;
  }
  if (isIgnored(Use, *Call, S.Graph, *Result.Context))
    // Case 3: the result is ignored (or stored and never looked at).
    checkIgnoredResult(S);
  else if (S.returnsPointer())
    // Case 4: p = gmtime(&t); ... p->tm_year on a path without a NULL check.
    checkPointerUses(S, Use);
}

void UncheckedTimeConversionCheck::checkPointerUses(const Site &S, const ResultUse &Use) {
  if (!S.Graph)
    return;
  auto IsCrashingUse = [&](const VarAccess &A) {
    return A.What == VarAccess::Dereference ||
           (A.What == VarAccess::CallArgument && !A.ByAddress &&
            crashesOnNull(*A.Call, A.ArgIndex));
  };
  auto Uses = findUncheckedUses(*S.Graph, *S.Call, Use.Store, *Use.Var,
                                             *S.Context, IsCrashingUse);
  if (!Uses || Uses->empty())
    return;
  const auto *Ref = cast<DeclRefExpr>(earliest(*Uses, S.Context->getSourceManager()));
  VarAccess Access = classifyAccess(*Ref, *S.Context);
  SourceLocation Loc = S.loc(Ref->getBeginLoc());
  if (!firstReport(Loc, NullVariable))
    return;
  if (Access.What == VarAccess::Dereference)
    diag(Loc, "'%0' may be NULL here: %1 returns NULL when it cannot convert the "
              "time, and dereferencing '%0' crashes the program (check '%0' for "
              "NULL on every path)")
        << Use.Var->getName() << S.Callee;
  else
    diag(Loc, "'%0' may be NULL here: %1 returns NULL when it cannot convert the "
              "time, and passing '%0' to %2 crashes the program (check '%0' for "
              "NULL on every path)")
        << Use.Var->getName() << S.Callee << Access.Call->getDirectCallee()->getDeclName();
  diag(S.loc(S.Call->getBeginLoc()), "'%0' is set from %1 here", DiagnosticIDs::Note)
      << Use.Var->getName() << S.Callee;
}

void UncheckedTimeConversionCheck::checkIgnoredResult(const Site &S) {
  std::optional<FieldWrite> Write = findInputChange(S);
  const Stmt *Read = findOutputRead(S);
  // The conversion of a value straight from the system clock does not fail:
  // the output it leaves is as good as set.
  if (Read && !Write && !FlagAllIgnoredResults && inputFromClock(S))
    Read = nullptr;
  if (!Write && !Read && !FlagAllIgnoredResults)
    return;
  SourceLocation Loc = S.loc(S.Call->getBeginLoc());
  if (!firstReport(Loc, Write ? IgnoredInput : Read ? IgnoredOutput : IgnoredAny))
    return;

  const TimeFunction &Rule = *S.Rule;
  std::string Failure = spellCalleeFailure(Rule, *S.Callee);
  std::string Output;
  if (std::optional<AccessPath> Path = accessPathOf(S.arg(Rule.Output)))
    Output = Path->spelling();
  std::string Consequence = Rule.Consequence;
  if (Consequence.empty())
    Consequence = Output.empty() ? "the failure goes unnoticed"
                                 : "leaves '" + Output + "' unset";

  if (Write && Rule.OnInvalidDate == InvalidDate::Normalizes) {
    bool Year = datePartOf(*Rules, Write->Target.Fields.back()) == DatePart::Year;
    diag(Loc, "result of %0 is ignored after '%1' was shifted; %0 does not fail on "
              "%select{29 February of a non-leap year, it silently moves the date "
              "to 1 March|a day past the end of the month, it silently moves the "
              "date into the next month}2 (clamp the day to the target month, "
              "then check the result)")
        << S.Callee << Write->Target.spelling() << (Year ? 0 : 1);
  } else if (Write) {
    diag(Loc, "result of %0 is ignored after '%1' was %select{set|shifted|built}2; "
              "it returns %3 %select{for an invalid date such as 29 February of a "
              "non-leap year|for an out-of-range value}4 and %5 (check the result)")
        << S.Callee << Write->Target.spelling() << static_cast<unsigned>(Write->What)
        << Failure << (Rule.OnInvalidDate == InvalidDate::Fails ? 0 : 1) << Consequence;
  } else if (Read) {
    diag(Loc, "result of %0 is ignored but '%1' is read afterwards; it returns %2 "
              "when the conversion fails and %3 (check the result before reading "
              "'%1')")
        << S.Callee << Output << Failure << Consequence;
  } else {
    diag(Loc, "result of %0 is ignored; it returns %1 when the conversion fails and "
              "%2 (check the result)")
        << S.Callee << Failure << Consequence;
  }
  if (Write)
    diag(S.loc(Write->Site->getBeginLoc()), "'%0' is %select{set|shifted|built}1 here",
         DiagnosticIDs::Note)
        << Write->Target.spelling() << static_cast<unsigned>(Write->What);
  if (Read)
    diag(S.loc(Read->getBeginLoc()), "'%0' is read here", DiagnosticIDs::Note) << Output;
}

std::optional<FieldWrite>
UncheckedTimeConversionCheck::findInputChange(const Site &S) const {
  const TimeFunction &Rule = *S.Rule;
  const Expr *Input = S.arg(Rule.Input);
  if (!Input || !S.Caller || !S.Caller->getBody() ||
      Rule.OnInvalidDate == InvalidDate::Accepts)
    return std::nullopt;
  std::optional<AccessPath> Object = accessPathOf(Input);
  QualType Type = Input->getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  const RecordDecl *Record = Type->getAsRecordDecl();
  if (!Object || !Record || !(Record = Record->getDefinition()))
    return std::nullopt;
  // Broken-down dates fail on their calendar fields; for other time records
  // (FILETIME, LARGE_INTEGER) any field may put them out of range.
  bool DateRecord = isDateRecord(*Rules, *Record);

  bool Normalizes = Rule.OnInvalidDate == InvalidDate::Normalizes;
  std::optional<FieldWrite> Best;
  for (const FieldWrite &W : findFieldWrites(*S.Caller->getBody(), *Object)) {
    bool Reaches = S.Graph ? S.Graph->canReach(W.Site, S.Call)
                           : S.Context->getSourceManager().isBeforeInTranslationUnit(
                                 W.Site->getBeginLoc(), S.Call->getBeginLoc());
    if (!Reaches)
      continue;
    const FieldDecl *Field = W.What == FieldWrite::Built
                                 ? nullptr
                                 : W.Target.Fields[Object->Fields.size()];
    DatePart Part = datePartOf(*Rules, Field);
    // A day the code sets itself (`tm_mday = 1` for the first of the next
    // month, `= 0` for the last of this one) is the normalizing idiom.
    if (Normalizes && W.What == FieldWrite::Set && Part == DatePart::Day)
      return std::nullopt;
    bool Relevant;
    if (Normalizes)
      // Normalizing is the point of mktime(&tm) after tm_mday += n; only a
      // shifted year or month can land on a day the month does not have.
      Relevant = W.What == FieldWrite::Shifted &&
                 (Part == DatePart::Year ||
                  Part == DatePart::Month);
    else
      Relevant = !DateRecord || !Field || Part != DatePart::None;
    if (Relevant && (!Best || rank(*Rules, W, *Object) < rank(*Rules, *Best, *Object)))
      Best = W;
  }
  return Best;
}

const Stmt *UncheckedTimeConversionCheck::findOutputRead(const Site &S) const {
  std::optional<AccessPath> Output = accessPathOf(S.arg(S.Rule->Output));
  // An output behind a pointer or reference goes back to the caller.
  if (!S.Graph || !Output || Output->Root->getType()->isPointerType() ||
      Output->Root->getType()->isReferenceType())
    return nullptr;
  // Another conversion writing the same output replaces the unset value.
  auto IsConversionOutput = [&](const CallExpr &Call, unsigned ArgIndex) {
    const FunctionDecl *F = Call.getDirectCallee();
    const TimeFunction *Rule =
        F && F->getIdentifier() ? findTimeFunction(*Rules, F->getName())
                                : nullptr;
    return Rule && Rule->Output == ArgIndex;
  };
  auto Reads = findReadsAfter(*S.Graph, *S.Call, *Output, *S.Context,
                                           /*Def=*/nullptr, IsConversionOutput);
  if (!Reads || Reads->empty())
    return nullptr;
  return earliest(*Reads, S.Context->getSourceManager());
}

bool UncheckedTimeConversionCheck::inputFromClock(const Site &S) const {
  std::optional<AccessPath> Input = accessPathOf(S.arg(S.Rule->Input));
  if (!S.Graph || !Input)
    return false;
  return fromClock(S, *S.Call, *Input, /*Depth=*/0);
}

bool UncheckedTimeConversionCheck::fromClock(const Site &S, const Stmt &At,
                                             const AccessPath &Object, unsigned Depth) const {
  auto Origins = findValueOrigins(*S.Graph, At, Object, *S.Context);
  return Origins && !Origins->empty() &&
         llvm::all_of(*Origins, [&](const ValueOrigin &O) {
           if (storesClockValue(O, *Rules))
             return true;
           // A copy of a clock value: `time_t t = tv.tv_sec;` after
           // `gettimeofday(&tv, NULL)` (leveldb's logger).
           if (Depth >= 2 || !O.Whole || !O.Value || !O.Site ||
               (O.What != ValueOrigin::Declared && O.What != ValueOrigin::Assigned))
             return false;
           std::optional<AccessPath> Copied =
               accessPathOf(ignoreParenCasts(O.Value->IgnoreImplicit()));
           return Copied && fromClock(S, *O.Site, *Copied, Depth + 1);
         });
}

bool UncheckedTimeConversionCheck::crashesOnNull(const CallExpr &Call,
                                                 unsigned ArgIndex) const {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F || isa<CXXOperatorCallExpr>(Call) || ArgIndex >= Call.getNumArgs())
    return false;
  if (isNonNullParam(*F, ArgIndex))
    return true;
  if (!isLibraryFunction(*F))
    return false;
  const auto *Consumer = findNullConsumer(*Rules, F->getName());
  if (!Consumer)
    return false;
  QualType ArgType = Call.getArg(ArgIndex)->IgnoreParenImpCasts()->getType();
  bool IsString = ArgType->isPointerType() && ArgType->getPointeeType()->isAnyCharacterType();
  return dereferencesArgument(*Consumer, ArgIndex, IsString);
}

bool UncheckedTimeConversionCheck::firstReport(SourceLocation Loc, unsigned Kind) {
  return Reported.insert({Loc.getRawEncoding(), Kind}).second;
}

void UncheckedTimeConversionCheck::onEndOfTranslationUnit() {
  Reported.clear();
}

} // namespace clang::tidy::premortem
