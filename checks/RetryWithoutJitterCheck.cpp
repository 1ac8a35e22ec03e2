//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/RetryWithoutJitterCheck.h"
#include "checks/support/ast/AccessPath.h"
#include "checks/support/rules/Rules.h"
#include "checks/support/ast/ValueOrigin.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "clang/Lex/Lexer.h"
#include <functional>

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

/// What the delay of a wait is computed from.
struct RetryWithoutJitterCheck::Delay {
  bool Random = false;  // a random source: jittered, silent
  bool Unknown = false; // an opaque call or write: cannot tell, silent
  bool Param = false;   // the caller decides: silent here
  bool Grows = false;   // updated from itself or shifted by a counter
  bool Doubles = false; // ... by a factor of two
  llvm::SmallVector<unsigned, 2> Params;
  bool reportable() const { return !Random && !Unknown && !Param; }
};

/// Where an expression is evaluated: a function, and the call that binds its
/// parameters (null at the top).
struct RetryWithoutJitterCheck::Scope {
  const FunctionDecl *F;
  const FunctionCFG *G;
  const CallExpr *Call = nullptr;
  const Scope *Caller = nullptr;
};

/// A call that waits, and the expression giving its delay.
struct RetryWithoutJitterCheck::Wait {
  const CallExpr *Call;        // the call in the analyzed function
  const Expr *Duration;        // null if the wait has no duration argument
  const FunctionDecl *DurationIn; // the function Duration belongs to
  const CallExpr *Binding;     // the call binding DurationIn's parameters
  RetryWait::Unit Unit;
  bool Timer;
};

namespace {

/// The name components of D from the outside in, without inline or
/// anonymous namespaces and template arguments: {"std", "this_thread",
/// "sleep_for"}.
llvm::SmallVector<std::string, 4> nameComponents(const NamedDecl &D) {
  llvm::SmallVector<std::string, 4> Out;
  if (D.getIdentifier())
    Out.push_back(D.getName().str());
  else
    Out.push_back(D.getNameAsString());
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Out.push_back(NS->getName().str());
    } else if (const auto *R = dyn_cast<RecordDecl>(DC)) {
      if (R->getIdentifier())
        Out.push_back(R->getName().str());
    }
  }
  std::reverse(Out.begin(), Out.end());
  return Out;
}

/// True if Pattern (`a::b`) names the last components of Components.
bool endsWith(llvm::ArrayRef<std::string> Components, StringRef Pattern) {
  llvm::SmallVector<StringRef, 4> Parts;
  Pattern.consume_front("::");
  Pattern.split(Parts, "::");
  if (Parts.size() > Components.size())
    return false;
  for (size_t I = 0; I < Parts.size(); ++I)
    if (Components[Components.size() - Parts.size() + I] != Parts[I])
      return false;
  return true;
}

bool isNullOrZero(const Expr *E, ASTContext &Context) {
  E = E->IgnoreParenImpCasts();
  if (E->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull))
    return true;
  Expr::EvalResult R;
  return !E->isValueDependent() && E->EvaluateAsInt(R, Context) && R.Val.getInt() == 0;
}

bool isConstant(const Expr *E, ASTContext &Context) {
  if (!E || E->isValueDependent())
    return false;
  Expr::EvalResult R;
  return E->IgnoreParenImpCasts()->EvaluateAsRValue(R, Context);
}

/// Children of S that run as part of S (not nested function bodies).
template <typename Fn> void forEachNested(const Stmt *S, Fn Visit) {
  if (!S)
    return;
  for (const Stmt *Child : S->children()) {
    if (!Child || isa<LambdaExpr>(Child) || isa<BlockExpr>(Child))
      continue;
    Visit(Child);
    forEachNested(Child, Visit);
  }
}

/// A `substring: true` operation entry: Lower (a lowercase callee name)
/// contains Word, and is not a state query or a disconnect.
bool substringOperation(StringRef Lower, StringRef Word) {
  if (!Lower.contains(Word.lower()))
    return false;
  for (StringRef Query : {"is_", "has_", "get_", "should_", "can_", "set_"})
    if (Lower.starts_with(Query))
      return false;
  // isConnected, hasConnection, getConnection: camelCase queries.
  for (StringRef Query : {"is", "has", "get", "should", "can", "set"})
    if (Lower.starts_with(Query) && Lower.size() > Query.size() && Lower[Query.size()] == 'c')
      return false;
  return !Lower.contains("disconnect") && !Lower.contains("connected") &&
         !Lower.contains("connection_count") && !Lower.contains("on_connect");
}

/// True if the name of a callee (its qualified Components; Lower, the last
/// one in lowercase) is what operation entry R names.
bool namesOperation(const RetryOperation &R, llvm::ArrayRef<std::string> Components,
                    StringRef Lower) {
  return R.Substring ? substringOperation(Lower, R.Name) : endsWith(Components, R.Name);
}

/// True if Cond tests errno (or WSAGetLastError) for a transient condition.
bool mentionsTransientErrno(const Expr &Cond, ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  CharSourceRange Range = CharSourceRange::getTokenRange(
      SM.getExpansionRange(Cond.getSourceRange()).getAsRange());
  StringRef Text = Lexer::getSourceText(Range, SM, Context.getLangOpts());
  for (StringRef Name : {"EAGAIN", "EWOULDBLOCK", "EINTR", "EINPROGRESS", "EALREADY",
                         "WSAEWOULDBLOCK", "WSAEINPROGRESS", "WSAEINTR"})
    if (Text.contains(Name))
      return true;
  return false;
}

bool isLoop(const Stmt *S) {
  return isa<WhileStmt, DoStmt, ForStmt, CXXForRangeStmt>(S);
}

const Expr *loopCondition(const Stmt &Loop) {
  if (const auto *W = dyn_cast<WhileStmt>(&Loop))
    return W->getCond();
  if (const auto *D = dyn_cast<DoStmt>(&Loop))
    return D->getCond();
  if (const auto *F = dyn_cast<ForStmt>(&Loop))
    return F->getCond();
  return nullptr;
}

bool within(const Stmt *Inner, const Stmt *Outer, const SourceManager &SM) {
  SourceRange I = Inner->getSourceRange(), O = Outer->getSourceRange();
  if (I.isInvalid() || O.isInvalid())
    return false;
  SourceLocation IB = SM.getFileLoc(I.getBegin()), OB = SM.getFileLoc(O.getBegin());
  SourceLocation IE = SM.getFileLoc(I.getEnd()), OE = SM.getFileLoc(O.getEnd());
  return !SM.isBeforeInTranslationUnit(IB, OB) && !SM.isBeforeInTranslationUnit(OE, IE);
}

/// Like forEachNested, S included.
template <typename Fn> void forEachInside(const Stmt *S, Fn Visit) {
  if (!S)
    return;
  Visit(S);
  forEachNested(S, Visit);
}

bool contains(const Stmt *Outer, const Stmt *Inner) {
  if (Outer == Inner)
    return true;
  bool Found = false;
  forEachNested(Outer, [&](const Stmt *S) { Found |= S == Inner; });
  return Found;
}

/// Which way a test of an operation's result goes when the operation failed.
enum class Polarity { Unknown, FailWhenTrue, FailWhenFalse };

Polarity flip(Polarity P) {
  if (P == Polarity::FailWhenTrue)
    return Polarity::FailWhenFalse;
  if (P == Polarity::FailWhenFalse)
    return Polarity::FailWhenTrue;
  return P;
}

bool nameSaysSuccess(StringRef Name) {
  std::string L = Name.lower();
  StringRef S(L);
  return S.contains("success") || S == "ok" || S.ends_with("_ok") || S.starts_with("ok_") ||
         S.starts_with("is_ok") || S.contains("connected") || S.contains("done") ||
         S.contains("good") || S.contains("ready");
}

/// Failure words; a success word wins (`MOSQ_ERR_SUCCESS` is success).
bool nameSaysFailure(StringRef Name) {
  if (nameSaysSuccess(Name))
    return false;
  std::string L = Name.lower();
  StringRef S(L);
  return S.contains("err") || S.contains("fail") || S.contains("invalid");
}

/// bool, or a C typedef used as one (BOOL, BOOLEAN, gboolean).
bool isBoolish(QualType T) {
  if (T->isBooleanType())
    return true;
  while (const auto *Typedef = T->getAs<TypedefType>()) {
    std::string Name = Typedef->getDecl()->getName().lower();
    if (Name == "bool" || Name == "boolean" || Name == "gboolean" || Name == "bool_t")
      return true;
    QualType Next = Typedef->getDecl()->getUnderlyingType();
    if (Next == T)
      break;
    T = Next;
  }
  return false;
}

/// The name a value is known by: a variable, a field, a method, an enumerator.
StringRef spelledName(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl()->getIdentifier() ? Ref->getDecl()->getName() : "";
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl()->getIdentifier() ? Member->getMemberDecl()->getName()
                                                     : "";
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *F = Call->getDirectCallee())
      return F->getIdentifier() ? F->getName() : "";
  return "";
}

/// What `if (E)` says about failure, E being a tested value.
Polarity truthiness(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    StringRef Name = spelledName(Member);
    if (nameSaysSuccess(Name) || Name == "is_open")
      return Polarity::FailWhenFalse;
    if (nameSaysFailure(Name))
      return Polarity::FailWhenTrue;
    // `if (ec)`: an error_code's operator bool.
    if (const Expr *Obj = Member->getImplicitObjectArgument())
      if (isa<CXXConversionDecl>(Member->getMethodDecl()))
        return nameSaysSuccess(spelledName(Obj)) ? Polarity::FailWhenFalse
                                                 : Polarity::FailWhenTrue;
    return Polarity::Unknown;
  }
  StringRef Name = spelledName(E);
  if (nameSaysFailure(Name))
    return Polarity::FailWhenTrue;
  if (nameSaysSuccess(Name))
    return Polarity::FailWhenFalse;
  QualType T = E->getType();
  if (T->isPointerType() || isBoolish(T))
    return Polarity::FailWhenFalse;
  // C convention: 0 is success, anything else an error code.
  if (T->isIntegerType())
    return Polarity::FailWhenTrue;
  return Polarity::Unknown;
}

/// What a comparison of a tested value with Other says about failure when
/// the comparison is `==`.
Polarity equalityPolarity(const Expr *Value, const Expr *Other, ASTContext &Context) {
  const Expr *O = Other->IgnoreParenImpCasts();
  StringRef Name = spelledName(O);
  if (O->getBeginLoc().isMacroID()) {
    StringRef Macro = Lexer::getImmediateMacroName(O->getBeginLoc(),
                                                   Context.getSourceManager(),
                                                   Context.getLangOpts());
    if (!Macro.empty())
      Name = Macro;
  }
  if (nameSaysFailure(Name))
    return Polarity::FailWhenTrue;
  if (nameSaysSuccess(Name))
    return Polarity::FailWhenFalse;
  if (O->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull) &&
      Value->IgnoreParenImpCasts()->getType()->isPointerType())
    return Polarity::FailWhenTrue;
  Expr::EvalResult R;
  if (!O->isValueDependent() && O->EvaluateAsInt(R, Context)) {
    if (R.Val.getInt().isNegative())
      return Polarity::FailWhenTrue;
    if (R.Val.getInt() == 0)
      return isBoolish(Value->IgnoreParenImpCasts()->getType())
                 ? Polarity::FailWhenTrue
                 : Polarity::FailWhenFalse;
  }
  return Polarity::Unknown;
}

} // namespace

RetryWithoutJitterCheck::RetryWithoutJitterCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)),
      FlagBusyReconnect(Options.get("FlagBusyReconnect", false)),
      TestFileRegex(Options.get(
          "TestFileRegex",
          "(^|[/\\\\])(test_[^/\\\\]*|[^/\\\\]*_(unit)?tests?\\.[^/\\\\]*|"
          "[^/\\\\]*Tests?\\.(cc|cpp|cxx))$")) {
  if (!TestFileRegex.empty())
    TestFile = std::make_unique<llvm::Regex>(TestFileRegex);
}

void RetryWithoutJitterCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FlagBusyReconnect", FlagBusyReconnect);
  Options.store(Opts, "TestFileRegex", TestFileRegex);
}

void RetryWithoutJitterCheck::registerMatchers(MatchFinder *Finder) {
  // Every function with a body in user code; loops and timers are found in
  // check(). Template patterns are skipped: their instantiations are seen.
  auto UserFunction =
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("function");
  Finder->addMatcher(UserFunction, this);
  // Lambda bodies (callbacks, worker threads) are functions of their own.
  auto UserLambda = lambdaExpr(unless(isExpansionInSystemHeader())).bind("lambda");
  Finder->addMatcher(UserLambda, this);
}

void RetryWithoutJitterCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *F = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda"))
    F = Lambda->getCallOperator();
  if (!F || !F->hasBody() || F->isInvalidDecl() || F->isDependentContext())
    return;
  if (isTestCode(*F, *Result.SourceManager))
    return;
  checkFunction(*F, *Result.Context);
}

bool RetryWithoutJitterCheck::isTestCode(const FunctionDecl &F, const SourceManager &SM) {
  // googletest bodies: TEST(...) defines X_Test::TestBody.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&F))
    if (F.getIdentifier() && F.getName() == "TestBody")
      if (Method->getParent()->getName().ends_with("_Test"))
        return true;
  if (!TestFile)
    return false;
  SourceLocation Loc = SM.getFileLoc(F.getLocation());
  auto [It, Inserted] = TestFiles.try_emplace(SM.getFileID(Loc), false);
  if (Inserted)
    It->second = TestFile->match(SM.getFilename(Loc));
  return It->second;
}

bool RetryWithoutJitterCheck::isRandomSource(const FunctionDecl &F) const {
  auto Components = nameComponents(F);
  for (const auto &Source : Rules->RandomSources) {
    if (Source.Disabled)
      continue;
    if (endsWith(Components, Source.Name))
      return true;
    // A class: any of its members (operator(), generate, bounded, ...).
    if (const auto *Method = dyn_cast<CXXMethodDecl>(&F))
      if (endsWith(nameComponents(*Method->getParent()), Source.Name))
        return true;
  }
  return false;
}

bool RetryWithoutJitterCheck::isReconnectName(StringRef Name) const {
  std::string Lower = Name.lower();
  for (const auto &R : Rules->ReconnectNames)
    if (!R.Disabled && StringRef(Lower).contains(StringRef(R.Name).lower()))
      return true;
  return false;
}

/// A call is an operation if the pack lists it, it returns a listed status
/// type, or it is a function of this TU that performs one.
bool RetryWithoutJitterCheck::isOperation(const CallExpr &Call, unsigned Depth) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F)
    return false;
  auto [It, Inserted] =
      ListedOperations.try_emplace({F, Call.getType().getAsOpaquePtr()}, false);
  if (Inserted)
    It->second = isListedOperation(Call, *F);
  if (It->second)
    return true;
  if (Depth >= 2 || !F->hasBody() || isa<CXXConstructorDecl>(F))
    return false;
  auto [Cached, New] = OperationCache.try_emplace(F, false);
  if (!New)
    return Cached->second;
  bool Found = false;
  forEachNested(F->getBody(), [&](const Stmt *S) {
    if (const auto *Inner = dyn_cast<CallExpr>(S))
      Found = Found || isOperation(*Inner, Depth + 1);
  });
  OperationCache[F] = Found;
  return Found;
}

bool RetryWithoutJitterCheck::isListedOperation(const CallExpr &Call,
                                                const FunctionDecl &F) const {
  auto Components = nameComponents(F);
  std::string Lower = StringRef(Components.back()).lower();
  for (const RetryOperation &Op : Rules->RetryOperations) {
    if (Op.Disabled)
      continue;
    if (Op.ReturnType) {
      QualType T = Call.getType().getCanonicalType();
      if (const auto *Record = T->getAsRecordDecl()) {
        if (endsWith(nameComponents(*Record), Op.Name))
          return true;
      } else if (const auto *Typedef = Call.getType()->getAs<TypedefType>()) {
        if (Typedef->getDecl()->getName() == Op.Name)
          return true;
      }
      continue;
    }
    if (namesOperation(Op, Components, Lower)) {
      // Qt's signal-slot QObject::connect is not a network connect.
      if (Components.size() >= 2 && Components[Components.size() - 2] == "QObject")
        return false;
      return true;
    }
  }
  return false;
}

int RetryWithoutJitterCheck::waitWrapperKind(const FunctionDecl &F, ASTContext &Context,
                                             unsigned Depth) {
  if (!F.hasBody() || Context.getSourceManager().isInSystemHeader(F.getLocation()))
    return -1;
  auto [It, Inserted] = WrapperCache.try_emplace(&F, -1);
  if (!Inserted)
    return It->second;
  int Kind = -1;
  const Decl *SavedContext = SleepFunctionContext;
  SleepFunctionContext = &F;
  forEachNested(F.getBody(), [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (Kind != -1 || !Call)
      return;
    std::optional<Wait> W = classifyWait(*Call, Context, Depth + 1);
    // (A body the CFG cannot model is no wrapper; built only for a wait.)
    if (!W || W->Timer || !cfgOf(&F, Context))
      return;
    if (!W->Duration) {
      Kind = -2;
      return;
    }
    Delay D;
    const FunctionDecl *In = W->DurationIn ? W->DurationIn : &F;
    Scope Sc{In, cfgOf(In, Context), nullptr, nullptr};
    evalDelay(W->Duration, Sc, D, 0);
    if (D.Param && D.Params.size() == 1 && !D.Random && !D.Unknown)
      Kind = D.Params.front();
    else
      Kind = -2;
  });
  SleepFunctionContext = SavedContext;
  WrapperCache[&F] = Kind;
  return Kind;
}

std::optional<RetryWithoutJitterCheck::Wait>
RetryWithoutJitterCheck::classifyWait(const CallExpr &Call, ASTContext &Context,
                                      unsigned Depth) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F)
    return std::nullopt;
  auto [EntryIt, NewCallee] = WaitEntries.try_emplace(F, nullptr);
  if (NewCallee) {
    auto Components = nameComponents(*F);
    for (const RetryWait &Entry : Rules->RetryWaits)
      if (!Entry.Disabled && endsWith(Components, Entry.Name)) {
        EntryIt->second = &Entry;
        break;
      }
  }
  // A member call's object is not among its arguments.
  unsigned Shift = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(F) ? 1 : 0;
  if (const RetryWait *Listed = EntryIt->second) {
    const RetryWait &Entry = *Listed;
    bool InSleepFunction = false;
    if (const auto *Enclosing = dyn_cast_or_null<FunctionDecl>(SleepFunctionContext)) {
      std::string Name = Enclosing->getNameAsString();
      StringRef L(Name);
      InSleepFunction = L.contains_insensitive("sleep") || L.contains_insensitive("delay") ||
                        L.contains_insensitive("backoff");
    }
    bool OnlyTimeout = llvm::all_of(Entry.NullArgs, [&](unsigned I) {
      return I + Shift < Call.getNumArgs() && isNullOrZero(Call.getArg(I + Shift), Context);
    });
    // select/poll on a wake-up descriptor inside a function named like a
    // sleep (`interruptible_sleep`) is still a sleep.
    if (!OnlyTimeout && !(Depth > 0 && InSleepFunction))
      return std::nullopt;
    const Expr *Duration = Entry.Duration + Shift < Call.getNumArgs()
                               ? Call.getArg(Entry.Duration + Shift)
                               : nullptr;
    const FunctionDecl *Caller = nullptr;
    return Wait{&Call, Duration, Caller, nullptr, Entry.In, Entry.Timer};
  }
  // A function of this TU that waits: its delay is evaluated where it waits,
  // or at this call when a parameter gives it.
  if (Depth >= 2)
    return std::nullopt;
  int Kind = waitWrapperKind(*F, Context, Depth);
  if (Kind == -1)
    return std::nullopt;
  if (Kind >= 0)
    return Wait{&Call, static_cast<unsigned>(Kind) < Call.getNumArgs()
                           ? Call.getArg(Kind)
                           : nullptr,
                // The unit is the inner wait's: not spelled in the message.
                nullptr, nullptr, RetryWait::Timespec, false};
  // A wait of its own: find it again (once per callee and depth) and
  // evaluate it in the callee.
  std::optional<Wait> Inner;
  const Decl *SavedContext = SleepFunctionContext;
  SleepFunctionContext = F;
  auto [InnerIt, NewSearch] = InnerWaits.try_emplace({F, Depth}, nullptr);
  if (NewSearch) {
    forEachNested(F->getBody(), [&](const Stmt *S) {
      if (const auto *C = dyn_cast<CallExpr>(S); C && !Inner)
        if (auto W = classifyWait(*C, Context, Depth + 1); W && !W->Timer) {
          Inner = W;
          InnerWaits[{F, Depth}] = C;
        }
    });
  } else if (const CallExpr *C = InnerIt->second) {
    Inner = classifyWait(*C, Context, Depth + 1);
  }
  SleepFunctionContext = SavedContext;
  if (!Inner)
    return std::nullopt;
  Inner->Call = &Call;
  if (!Inner->DurationIn) {
    Inner->DurationIn = F;
    Inner->Binding = &Call;
  }
  return Inner;
}

void RetryWithoutJitterCheck::evalDelay(const Expr *E, const Scope &S, Delay &D,
                                        unsigned Depth) {
  if (!E)
    return;
  if (Depth > 24) {
    D.Unknown = true;
    return;
  }
  E = E->IgnoreParens();
  if (isa<IntegerLiteral, FloatingLiteral, CXXBoolLiteralExpr, CharacterLiteral,
          CXXNullPtrLiteralExpr, GNUNullExpr, StringLiteral, UserDefinedLiteral,
          SizeOfPackExpr, UnaryExprOrTypeTraitExpr>(E))
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *VD = Ref->getDecl();
    if (const auto *V = dyn_cast<VarDecl>(VD))
      evalVar(*Ref, *V, S, D, Depth);
    return; // enumerators, functions
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    // A field: a configured interval (`self->reconnect_delay`), or state the
    // function updates (`backoff_ *= 2`). Its base may still hold a call.
    evalField(*Member, S, D, Depth);
    // The base object is not the value; only a call producing it is looked
    // at (`next_backoff()->ms`, `dist(gen).count()` is a member call).
    if (const auto *BaseCall = dyn_cast<CallExpr>(Member->getBase()->IgnoreParenImpCasts()))
      evalCall(*BaseCall, S, D, Depth + 1);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    evalCall(*Call, S, D, Depth);
    return;
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    if (Binary->isAssignmentOp()) {
      evalDelay(Binary->getRHS(), S, D, Depth + 1);
      return;
    }
    evalDelay(Binary->getLHS(), S, D, Depth + 1);
    evalDelay(Binary->getRHS(), S, D, Depth + 1);
    ASTContext &Context = S.F->getASTContext();
    bool LConst = isConstant(Binary->getLHS(), Context);
    bool RConst = isConstant(Binary->getRHS(), Context);
    if (Binary->getOpcode() == BO_Shl && !RConst) {
      D.Grows = D.Doubles = true;
    } else if (Binary->getOpcode() == BO_Mul && !LConst && !RConst) {
      D.Grows = true;
    }
    return;
  }
  if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
    evalDelay(Cond->getTrueExpr(), S, D, Depth + 1);
    evalDelay(Cond->getFalseExpr(), S, D, Depth + 1);
    return;
  }
  if (isa<LambdaExpr>(E) || isa<BlockExpr>(E)) {
    D.Unknown = true;
    return;
  }
  // Casts, constructors (`seconds(5)`), init lists, temporaries: their parts.
  for (const Stmt *Child : E->children())
    if (const auto *ChildExpr = dyn_cast_or_null<Expr>(Child))
      evalDelay(ChildExpr, S, D, Depth + 1);
}

/// Writes of the same field in the function: `backoff_ = backoff_ * 2`,
/// `this->delay *= 2`, `d.ms = rand() % 100`. Not path-sensitive: a field is
/// state shared across calls.
void RetryWithoutJitterCheck::evalField(const MemberExpr &Member, const Scope &S, Delay &D,
                                        unsigned Depth) {
  const ValueDecl *Field = Member.getMemberDecl();
  auto SameField = [&](const Expr *LHS) {
    const auto *M = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
    return M && M->getMemberDecl() == Field;
  };
  auto RefersToField = [&](const Expr *Value) {
    bool Found = false;
    forEachInside(Value, [&](const Stmt *St) {
      if (const auto *M = dyn_cast<MemberExpr>(St); M && M->getMemberDecl() == Field)
        Found = true;
    });
    return Found;
  };
  forEachNested(S.F->getBody(), [&](const Stmt *St) {
    const Expr *LHS = nullptr, *RHS = nullptr;
    bool Compound = false, Multiplies = false;
    if (const auto *U = dyn_cast<UnaryOperator>(St); U && U->isIncrementDecrementOp()) {
      if (SameField(U->getSubExpr()) && U->isIncrementOp())
        D.Grows = true; // a counter the delay is computed from
      return;
    }
    if (const auto *B = dyn_cast<BinaryOperator>(St); B && B->isAssignmentOp()) {
      LHS = B->getLHS();
      RHS = B->getRHS();
      Compound = B->isCompoundAssignmentOp();
      Multiplies = B->getOpcode() == BO_MulAssign || B->getOpcode() == BO_ShlAssign;
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(St);
               Op && Op->getNumArgs() == 2 &&
               (Op->getOperator() == OO_Equal || Op->getOperator() == OO_StarEqual ||
                Op->getOperator() == OO_PlusEqual)) {
      LHS = Op->getArg(0);
      RHS = Op->getArg(1);
      Compound = Op->getOperator() != OO_Equal;
      Multiplies = Op->getOperator() == OO_StarEqual;
    }
    if (!LHS || !SameField(LHS) || Visiting.count(St))
      return;
    Visiting.insert(St);
    if (Compound || RefersToField(RHS)) {
      D.Grows = true;
      bool Mul = Multiplies;
      forEachInside(RHS, [&](const Stmt *In) {
        if (const auto *B = dyn_cast<BinaryOperator>(In);
            B && (B->getOpcode() == BO_Mul || B->getOpcode() == BO_Shl))
          Mul = true;
        if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(In);
            Op && Op->getOperator() == OO_Star)
          Mul = true;
      });
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(RHS->IgnoreParenImpCasts());
          Op && Op->getOperator() == OO_Star)
        Mul = true;
      D.Doubles |= Mul;
    }
    evalDelay(RHS, S, D, Depth + 1);
    Visiting.erase(St);
  });
}

void RetryWithoutJitterCheck::evalCall(const CallExpr &Call, const Scope &S, Delay &D,
                                       unsigned Depth) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F) {
    D.Unknown = true;
    return;
  }
  if (isRandomSource(*F)) {
    D.Random = true;
    return;
  }
  ASTContext &Context = S.F->getASTContext();
  StringRef Name = F->getIdentifier() ? F->getName() : "";
  // Exponential growth spelled as a call: pow(2, n), ldexp(b, n).
  if (Name == "pow" || Name == "powf" || Name == "powl" || Name == "exp2" ||
      Name == "ldexp" || Name == "scalbn") {
    const Expr *Exponent = Call.getArg(Call.getNumArgs() - 1);
    if (!isConstant(Exponent, Context))
      D.Grows = D.Doubles = true;
  }
  // Overloaded arithmetic on durations: `base * 2`, `delay *= 2`, `d << n`.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call)) {
    OverloadedOperatorKind K = Op->getOperator();
    if ((K == OO_StarEqual || K == OO_LessLessEqual) && Op->getNumArgs() == 2) {
      D.Grows = true;
      D.Doubles |= isConstant(Op->getArg(1), Context);
    } else if (K == OO_Star && Op->getNumArgs() == 2 &&
               !isConstant(Op->getArg(0), Context) && !isConstant(Op->getArg(1), Context)) {
      D.Grows = true;
    }
  }
  // The object of a member call (`d.count()`, `cfg.interval()`).
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    evalDelay(Member->getImplicitObjectArgument(), S, D, Depth + 1);
  const FunctionDecl *Def = F->getDefinition();
  bool InSystem = Context.getSourceManager().isInSystemHeader(F->getLocation());
  bool Helper = Def && Def->hasBody() && !InSystem;
  // A helper's arguments count only where its returns use its parameters.
  if (!Helper)
    for (const Expr *Arg : Call.arguments())
      evalDelay(Arg, S, D, Depth + 1);
  if (D.Random)
    return;
  if (!Helper) {
    // Library arithmetic passes its arguments through; an opaque function
    // of the project may add jitter where we cannot see it.
    if (InSystem || F->isInStdNamespace() || F->getBuiltinID() ||
        isa<CXXConversionDecl>(F) || isa<CXXOperatorCallExpr>(Call))
      return;
    if (const auto *Method = dyn_cast<CXXMethodDecl>(F))
      if (Method->isConst() || Method->getNumParams() == 0)
        return; // a getter: configuration
    D.Unknown = true;
    return;
  }
  // A helper of this TU: what its returns are computed from.
  if (Depth > 16 || Visiting.count(&Call)) {
    D.Unknown = true;
    return;
  }
  Visiting.insert(&Call);
  Scope Inner{Def, cfgOf(Def, Context), &Call, &S};
  bool AnyReturn = false;
  forEachNested(Def->getBody(), [&](const Stmt *St) {
    if (const auto *Return = dyn_cast<ReturnStmt>(St))
      if (Return->getRetValue()) {
        AnyReturn = true;
        evalDelay(Return->getRetValue(), Inner, D, Depth + 1);
      }
  });
  Visiting.erase(&Call);
  if (!AnyReturn)
    D.Unknown = true;
}

void RetryWithoutJitterCheck::evalVar(const DeclRefExpr &Ref, const VarDecl &V,
                                      const Scope &S, Delay &D, unsigned Depth) {
  ASTContext &Context = S.F->getASTContext();
  if (const auto *Param = dyn_cast<ParmVarDecl>(&V)) {
    if (S.Call && Param->getDeclContext() == S.F) {
      unsigned Index = Param->getFunctionScopeIndex();
      // Inside a helper: the value the caller passed, unless the helper
      // writes the parameter (then its own writes are looked at below).
      if (Index < S.Call->getNumArgs() && S.Caller) {
        Delay FromCaller;
        evalDelay(S.Call->getArg(Index), *S.Caller, FromCaller, Depth + 1);
        D.Random |= FromCaller.Random;
        D.Unknown |= FromCaller.Unknown;
        D.Grows |= FromCaller.Grows;
        D.Doubles |= FromCaller.Doubles;
        D.Param |= FromCaller.Param;
        D.Params.append(FromCaller.Params);
        return;
      }
    }
  }
  if (!V.isLocalVarDeclOrParm() || V.isStaticLocal()) {
    // A global: a constant or a configured interval.
    return;
  }
  if (V.getType()->isRecordType() && !V.getType()->getAsCXXRecordDecl()) {
    evalStructVar(Ref, V, S, D, Depth);
    return;
  }
  if (const auto *RT = V.getType()->getAs<RecordType>())
    if (RT->getDecl()->getIdentifier() &&
        (RT->getDecl()->getName() == "timespec" || RT->getDecl()->getName() == "timeval")) {
      evalStructVar(Ref, V, S, D, Depth);
      return;
    }
  if (!S.G || Visiting.count(&Ref)) {
    if (!S.G)
      D.Unknown = true;
    return;
  }
  AccessPath Path;
  Path.Root = &V;
  auto Origins = findValueOrigins(*S.G, Ref, Path, Context);
  if (!Origins) {
    D.Unknown = true;
    return;
  }
  Visiting.insert(&Ref);
  for (const ValueOrigin &O : *Origins)
    switch (O.What) {
    case ValueOrigin::Entry:
      if (isa<ParmVarDecl>(V)) {
        D.Param = true;
        D.Params.push_back(cast<ParmVarDecl>(V).getFunctionScopeIndex());
      }
      break;
    case ValueOrigin::Declared:
    case ValueOrigin::Assigned: {
      const Expr *Value = O.Value;
      if (!Value && O.What == ValueOrigin::Declared)
        Value = V.getInit();
      if (!Value)
        break;
      // `d = d * 2`, `d = min(d * 2, cap)`: the delay grows from itself.
      bool SelfRef = false;
      forEachInside(Value, [&](const Stmt *St) {
        if (const auto *R = dyn_cast<DeclRefExpr>(St); R && R->getDecl() == &V)
          SelfRef = true;
      });
      if (SelfRef) {
        D.Grows = true;
        forEachInside(Value, [&](const Stmt *St) {
          const auto *B = dyn_cast<BinaryOperator>(St);
          if (B && (B->getOpcode() == BO_Mul || B->getOpcode() == BO_Shl))
            D.Doubles = true;
          const auto *Op = dyn_cast<CXXOperatorCallExpr>(St);
          if (Op && (Op->getOperator() == OO_Star || Op->getOperator() == OO_LessLess))
            D.Doubles = true;
        });
      }
      evalDelay(Value, S, D, Depth + 1);
      break;
    }
    case ValueOrigin::Modified: {
      D.Grows = true;
      if (const auto *Compound = dyn_cast_or_null<CompoundAssignOperator>(O.Site)) {
        if (Compound->getOpcode() == BO_MulAssign || Compound->getOpcode() == BO_ShlAssign)
          D.Doubles = true;
        evalDelay(Compound->getRHS(), S, D, Depth + 1);
        // The value before the update.
        if (const auto *LRef =
                dyn_cast<DeclRefExpr>(Compound->getLHS()->IgnoreParenImpCasts()))
          evalDelay(LRef, S, D, Depth + 1);
      } else if (const auto *Call = dyn_cast_or_null<CallExpr>(O.Site)) {
        evalCall(*Call, S, D, Depth + 1);
      }
      break;
    }
    case ValueOrigin::CallOutput: {
      // `delay *= 2` on a class (a chrono duration) is a call writing delay.
      const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(O.Call);
      if (Op && O.ArgIndex == 0 && Op->getNumArgs() == 2 &&
          (Op->getOperator() == OO_StarEqual || Op->getOperator() == OO_LessLessEqual ||
           Op->getOperator() == OO_PlusEqual || Op->getOperator() == OO_MinusEqual ||
           Op->getOperator() == OO_SlashEqual)) {
        if (Op->getOperator() != OO_MinusEqual && Op->getOperator() != OO_SlashEqual)
          D.Grows = true;
        D.Doubles |= Op->getOperator() == OO_StarEqual || Op->getOperator() == OO_LessLessEqual;
        evalDelay(Op->getArg(1), S, D, Depth + 1);
        if (const auto *LRef = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
          evalDelay(LRef, S, D, Depth + 1);
      } else if (Op && O.ArgIndex == 0 && Op->getNumArgs() == 2 &&
                 Op->getOperator() == OO_Equal) {
        evalDelay(Op->getArg(1), S, D, Depth + 1);
      } else if (O.Call && O.Call->getDirectCallee() &&
                 isRandomSource(*O.Call->getDirectCallee())) {
        D.Random = true;
      } else if (!O.Call || !classifyWait(*O.Call, Context, 2)) {
        // (nanosleep's remaining time is the same delay.)
        D.Unknown = true;
      }
      break;
    }
    case ValueOrigin::Escaped:
      D.Unknown = true;
      break;
    }
  Visiting.erase(&Ref);
}

/// A struct delay (timespec, timeval): each field's last writes.
void RetryWithoutJitterCheck::evalStructVar(const DeclRefExpr &Ref, const VarDecl &V,
                                            const Scope &S, Delay &D, unsigned Depth) {
  const RecordDecl *Record = V.getType()->getAsRecordDecl();
  if (!Record || !S.G || Visiting.count(&Ref)) {
    D.Unknown |= !S.G;
    return;
  }
  Visiting.insert(&Ref);
  ASTContext &Context = S.F->getASTContext();
  for (const FieldDecl *Field : Record->fields()) {
    AccessPath Path;
    Path.Root = &V;
    Path.Fields.push_back(Field);
    auto Origins = findValueOrigins(*S.G, Ref, Path, Context);
    if (!Origins) {
      D.Unknown = true;
      continue;
    }
    for (const ValueOrigin &O : *Origins) {
      if (O.What == ValueOrigin::Declared) {
        evalDelay(V.getInit(), S, D, Depth + 1);
      } else if (O.What == ValueOrigin::Assigned) {
        const Expr *Value = O.Value;
        if (!Value)
          if (const auto *B = dyn_cast_or_null<BinaryOperator>(O.Site))
            Value = B->getRHS();
        evalDelay(Value, S, D, Depth + 1);
      } else if (O.What == ValueOrigin::Modified) {
        D.Grows = true;
        if (const auto *C = dyn_cast_or_null<CompoundAssignOperator>(O.Site))
          evalDelay(C->getRHS(), S, D, Depth + 1);
      } else if (O.What == ValueOrigin::CallOutput && O.Call &&
                 classifyWait(*O.Call, Context, 2)) {
        // nanosleep(&req, &rem): the time left of the same delay.
      } else if (O.What == ValueOrigin::Entry) {
        if (isa<ParmVarDecl>(V)) {
          D.Param = true;
          D.Params.push_back(cast<ParmVarDecl>(V).getFunctionScopeIndex());
        }
      } else {
        D.Unknown = true;
      }
    }
  }
  Visiting.erase(&Ref);
}

namespace {

/// The delay as the message says it: "5 s", "500 ms"; empty if not constant.
std::string spellDelay(const Expr *Duration, RetryWait::Unit Unit, ASTContext &Context) {
  if (!Duration || Duration->isValueDependent())
    return "";
  const Expr *E = Duration->IgnoreParenImpCasts();
  StringRef Suffix;
  switch (Unit) {
  case RetryWait::Seconds:
    Suffix = "s";
    break;
  case RetryWait::Millis:
    Suffix = "ms";
    break;
  case RetryWait::Micros:
    Suffix = "us";
    break;
  case RetryWait::Nanos:
    Suffix = "ns";
    break;
  case RetryWait::Chrono: {
    // seconds(5), 5s, milliseconds{500}: the count and the period's name.
    QualType T = E->getType();
    std::string TypeName = T.getUnqualifiedType().getAsString();
    StringRef TN(TypeName);
    if (TN.contains("ratio<1, 1000>") || TN.contains("milli"))
      Suffix = "ms";
    else if (TN.contains("ratio<1, 1000000>") || TN.contains("micro"))
      Suffix = "us";
    else if (TN.contains("ratio<60>") || TN.contains("minutes"))
      Suffix = "min";
    else if (TN.contains("seconds") || TN.contains("ratio<1>") || TN.contains("long, ratio<1, 1>"))
      Suffix = "s";
    else
      return "";
    while (true) {
      if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E)) {
        E = UDL->getCookedLiteral();
        break;
      }
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
        if (Construct->getNumArgs() != 1)
          return "";
        E = Construct->getArg(0)->IgnoreParenImpCasts();
        continue;
      }
      if (const auto *Cast = dyn_cast<CastExpr>(E)) {
        E = Cast->getSubExpr()->IgnoreParenImpCasts();
        continue;
      }
      if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E)) {
        E = Temp->getSubExpr()->IgnoreParenImpCasts();
        continue;
      }
      if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E)) {
        E = Bind->getSubExpr()->IgnoreParenImpCasts();
        continue;
      }
      if (const auto *Init = dyn_cast<InitListExpr>(E); Init && Init->getNumInits() == 1) {
        E = Init->getInit(0)->IgnoreParenImpCasts();
        continue;
      }
      break;
    }
    break;
  }
  case RetryWait::Timespec:
  case RetryWait::Timeval:
    return "";
  }
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Context))
    return "";
  llvm::APSInt V = R.Val.getInt();
  // Read microseconds and milliseconds as the larger unit when exact.
  if (Suffix == "us" && V.getExtValue() % 1000 == 0) {
    V = llvm::APSInt::get(V.getExtValue() / 1000);
    Suffix = "ms";
  }
  if (Suffix == "ms" && V.getExtValue() % 1000 == 0 && V.getExtValue() != 0) {
    V = llvm::APSInt::get(V.getExtValue() / 1000);
    Suffix = "s";
  }
  return (llvm::Twine(V.getExtValue()) + " " + Suffix).str();
}

std::string calleeName(const CallExpr &Call) {
  if (const FunctionDecl *F = Call.getDirectCallee())
    return F->getNameAsString();
  return "the operation";
}

} // namespace

void RetryWithoutJitterCheck::checkFunction(const FunctionDecl &F, ASTContext &Context) {
  // One walk of the body for the loops and the timer calls.
  llvm::SmallVector<const Stmt *, 4> Loops;
  llvm::SmallVector<const CallExpr *, 16> Calls;
  forEachNested(F.getBody(), [&](const Stmt *S) {
    if (isLoop(S))
      Loops.push_back(S);
    else if (const auto *Call = dyn_cast<CallExpr>(S))
      Calls.push_back(Call);
  });
  // Inner loops first, so a wait belongs to the innermost retry loop. The
  // graph is built only for a loop that waits or reconnects.
  for (const Stmt *Loop : llvm::reverse(Loops))
    checkLoop(*Loop, F, Context);
  checkTimers(F, Calls, Context);
}

void RetryWithoutJitterCheck::checkLoop(const Stmt &Loop, const FunctionDecl &F,
                                        ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  llvm::SmallVector<Wait, 2> Waits;
  llvm::SmallVector<const CallExpr *, 4> Ops;
  bool AnyBlockingCall = false;
  forEachNested(&Loop, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    if (auto W = classifyWait(*Call, Context)) {
      Waits.push_back(*W);
      return;
    }
    if (const FunctionDecl *Callee = Call->getDirectCallee(); Callee && Callee->getIdentifier()) {
      StringRef N = Callee->getName();
      // Waits with file descriptors or handles still pace the loop.
      AnyBlockingCall |= N == "poll" || N == "select" || N == "epoll_wait" ||
                         N.starts_with("WaitFor") || N == "wait" || N == "wait_for" ||
                         N.contains("sleep") || N.contains("Sleep");
    }
    if (isOperation(*Call))
      Ops.push_back(Call);
  });
  auto IsConnectOp = [&](const CallExpr *Op) {
    const FunctionDecl *Callee = Op->getDirectCallee();
    if (!Callee)
      return false;
    auto Components = nameComponents(*Callee);
    std::string Lower = StringRef(Components.back()).lower();
    for (const RetryOperation &R : Rules->RetryOperations)
      if (!R.Disabled && R.What == RetryOperation::Connect && !R.ReturnType &&
          namesOperation(R, Components, Lower))
        return true;
    return isReconnectName(Callee->getName());
  };
  // Without a wait in the loop only a busy reconnect can be reported: skip
  // the (per operation, whole loop) analysis for every other operation.
  if (Waits.empty()) {
    if (!FlagBusyReconnect || AnyBlockingCall)
      return;
    llvm::erase_if(Ops, [&](const CallExpr *Op) { return !IsConnectOp(Op); });
  }
  if (Ops.empty())
    return;
  const FunctionCFG *Graph = cfgOf(&F, Context);
  if (!Graph)
    return;
  const FunctionCFG &G = *Graph;
  llvm::erase_if(Ops, [&](const CallExpr *Op) { return !G.contains(Op); });
  if (Ops.empty())
    return;

  // Variables whose value says whether an operation failed: its result, or
  // a flag set under a test of it.
  auto DependsOn = [&](const Expr *Cond, const CallExpr *Op,
                       const llvm::SmallPtrSetImpl<const VarDecl *> &Vars) {
    bool Found = false;
    forEachInside(Cond, [&](const Stmt *S) {
      if (S == Op)
        Found = true;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
        if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()); V && Vars.count(V))
          Found = true;
    });
    return Found || Cond == Op;
  };

  for (const CallExpr *Op : Ops) {
    llvm::SmallPtrSet<const VarDecl *, 4> Vars;
    // Fixed point over the loop: `rc = op()`, `T v = op()`, `ok = rc == 0`,
    // `if (op() == 0) connected = 1;`.
    for (bool Changed = true; Changed;) {
      Changed = false;
      auto Taint = [&](const Expr *LHS) {
        // `rc = ...`, `*ctx = ...`, `st.err = ...`: the variable underneath.
        if (std::optional<AccessPath> Path = accessPathOf(LHS))
          Changed |= Vars.insert(Path->Root).second;
      };
      // Out-parameters of the operation: `connect(ep, ec)`, `op(&status)`.
      if (const FunctionDecl *Callee = Op->getDirectCallee())
        for (unsigned I = 0, N = std::min<unsigned>(Op->getNumArgs(), Callee->getNumParams());
             I < N; ++I) {
          QualType PT = Callee->getParamDecl(I)->getType();
          const Expr *Arg = Op->getArg(I)->IgnoreParenImpCasts();
          bool ByRef = PT->isReferenceType() && !PT.getNonReferenceType().isConstQualified();
          bool ByAddress = PT->isPointerType() && !PT->getPointeeType().isConstQualified() &&
                           isa<UnaryOperator>(Arg) &&
                           cast<UnaryOperator>(Arg)->getOpcode() == UO_AddrOf;
          if (!ByRef && !ByAddress)
            continue;
          // Only status out-parameters (error_code &ec, int *err): a cursor
          // or a buffer filled by the call says nothing about failure.
          std::string What = (Callee->getParamDecl(I)->getName() + " " +
                              PT->getPointeeType().getUnqualifiedType().getAsString())
                                 .str();
          StringRef W(What);
          bool Status = W.contains_insensitive("err") || W.contains_insensitive("status") ||
                        W.contains_insensitive("result");
          if (Status)
            Taint(Arg);
        }
      forEachNested(&Loop, [&](const Stmt *S) {
        if (const auto *Decl = dyn_cast<DeclStmt>(S)) {
          for (const auto *D : Decl->decls())
            if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit() &&
                                                      DependsOn(V->getInit(), Op, Vars))
              Changed |= Vars.insert(V).second;
        } else if (const auto *B = dyn_cast<BinaryOperator>(S)) {
          if (B->isAssignmentOp() && DependsOn(B->getRHS(), Op, Vars))
            Taint(B->getLHS());
        } else if (const auto *If = dyn_cast<IfStmt>(S)) {
          if (!If->getCond() || !DependsOn(If->getCond(), Op, Vars))
            return;
          for (const Stmt *Branch : {If->getThen(), If->getElse()})
            forEachNested(Branch, [&](const Stmt *In) {
              if (const auto *A = dyn_cast<BinaryOperator>(In); A && A->getOpcode() == BO_Assign)
                if (isConstant(A->getRHS(), Context))
                  Taint(A->getLHS());
            });
          if (const auto *A = dyn_cast_or_null<BinaryOperator>(If->getThen());
              A && A->getOpcode() == BO_Assign)
            Taint(A->getLHS());
        }
      });
    }

    // Which way a dependent test goes on failure.
    std::function<Polarity(const Expr *)> PolarityOf = [&](const Expr *Cond) -> Polarity {
      Cond = Cond->IgnoreParenImpCasts();
      if (const auto *U = dyn_cast<UnaryOperator>(Cond); U && U->getOpcode() == UO_LNot)
        return flip(PolarityOf(U->getSubExpr()));
      if (const auto *B = dyn_cast<BinaryOperator>(Cond)) {
        if (B->isLogicalOp()) {
          bool L = DependsOn(B->getLHS(), Op, Vars), R = DependsOn(B->getRHS(), Op, Vars);
          Polarity PL = L ? PolarityOf(B->getLHS()) : Polarity::Unknown;
          Polarity PR = R ? PolarityOf(B->getRHS()) : Polarity::Unknown;
          return PL != Polarity::Unknown ? PL : PR;
        }
        if (B->isAssignmentOp())
          return PolarityOf(B->getRHS());
        // `c->err & (REDIS_ERR_IO | REDIS_ERR_EOF)`: a flag test of the value.
        if (B->getOpcode() == BO_And)
          return PolarityOf(isConstant(B->getRHS(), Context) ? B->getLHS() : B->getRHS());
        const Expr *Value = B->getLHS(), *Other = B->getRHS();
        if (!DependsOn(Value, Op, Vars))
          std::swap(Value, Other);
        Expr::EvalResult R;
        bool OtherIsInt = !Other->isValueDependent() &&
                          Other->IgnoreParenImpCasts()->EvaluateAsInt(R, Context);
        switch (B->getOpcode()) {
        case BO_EQ:
          return equalityPolarity(Value, Other, Context);
        case BO_NE:
          return flip(equalityPolarity(Value, Other, Context));
        case BO_LT:
        case BO_LE:
        case BO_GT:
        case BO_GE: {
          if (!OtherIsInt)
            return Polarity::Unknown;
          // `rc < 0`, `fd >= 0`, `n <= 0`, `n > 0`, with the value on
          // either side.
          bool ValueOnLeft = Value == B->getLHS();
          BinaryOperatorKind K = B->getOpcode();
          if (!ValueOnLeft)
            K = K == BO_LT ? BO_GT : K == BO_GT ? BO_LT : K == BO_LE ? BO_GE : BO_LE;
          int64_t C = R.Val.getInt().getExtValue();
          if ((K == BO_LT && C <= 0) || (K == BO_LE && C <= 0))
            return Polarity::FailWhenTrue;
          if ((K == BO_GE && C >= 0) || (K == BO_GT && C >= -1))
            return Polarity::FailWhenFalse;
          return Polarity::Unknown;
        }
        default:
          return Polarity::Unknown;
        }
      }
      if (const auto *Op2 = dyn_cast<CXXOperatorCallExpr>(Cond)) {
        if (Op2->getOperator() == OO_Exclaim && Op2->getNumArgs() == 1)
          return flip(PolarityOf(Op2->getArg(0)));
        if ((Op2->getOperator() == OO_EqualEqual || Op2->getOperator() == OO_ExclaimEqual) &&
            Op2->getNumArgs() == 2) {
          const Expr *Value = Op2->getArg(0), *Other = Op2->getArg(1);
          if (!DependsOn(Value, Op, Vars))
            std::swap(Value, Other);
          Polarity P = equalityPolarity(Value, Other, Context);
          return Op2->getOperator() == OO_EqualEqual ? P : flip(P);
        }
      }
      return truthiness(Cond);
    };

    // The operation's result must be tested somewhere in the loop.
    bool Tested = false;
    forEachInside(&Loop, [&](const Stmt *S) {
      const Expr *Cond = nullptr;
      if (const auto *If = dyn_cast<IfStmt>(S))
        Cond = If->getCond();
      else if (isLoop(S))
        Cond = loopCondition(*S);
      else if (const auto *C = dyn_cast<ConditionalOperator>(S))
        Cond = C->getCond();
      else if (const auto *B = dyn_cast<BinaryOperator>(S); B && B->isLogicalOp())
        Cond = B->getLHS();
      else if (const auto *Sw = dyn_cast<SwitchStmt>(S))
        Cond = Sw->getCond();
      Tested |= Cond && DependsOn(Cond, Op, Vars);
    });
    if (!Tested)
      continue;
    const Expr *OwnCond = loopCondition(Loop);
    bool OwnCondConstant = !OwnCond || isConstant(OwnCond, Context);
    // `while (run && rc != OK)`: the loop's test involves the operation, so
    // its other parts are followed both ways.
    bool OwnCondDependent = OwnCond && DependsOn(OwnCond, Op, Vars);
    auto IsOwnCond = [&](const Expr *Cond) {
      return OwnCond && (Cond == OwnCond || contains(OwnCond, Cond));
    };

    struct Outcome {
      bool Exits = false, Waits = false, Again = false, Aborts = false;
    };
    // Follows the failure (or success) direction of every test of the
    // operation from the operation itself, to the loop's exit, a wait, or
    // the next attempt.
    auto Search = [&](bool Failure, bool Agnostic, bool TrueFirst, bool ThroughWaits = false) {
      Outcome Out;
      bool ReachesExit = false;
      auto Visit = [&](const Stmt *S) {
        if (S == Op) {
          Out.Again = true;
          return FunctionCFG::Step::StopPath;
        }
        for (const Wait &W : Waits)
          if (S == W.Call) {
            Out.Waits = true;
            return ThroughWaits ? FunctionCFG::Step::Continue : FunctionCFG::Step::StopPath;
          }
        // exit(), abort(): giving up, not success.
        if (const auto *Call = dyn_cast<CallExpr>(S))
          if (const FunctionDecl *Callee = Call->getDirectCallee(); Callee && Callee->isNoReturn()) {
            Out.Aborts = true;
            return FunctionCFG::Step::StopPath;
          }
        if (isa<ReturnStmt>(S) || !within(S, &Loop, SM)) {
          Out.Exits = true;
          return FunctionCFG::Step::StopPath;
        }
        return FunctionCFG::Step::Continue;
      };
      auto OnBranch = [&](const Expr *Cond) {
        if (DependsOn(Cond, Op, Vars)) {
          Polarity P = Agnostic ? (TrueFirst ? Polarity::FailWhenTrue : Polarity::FailWhenFalse)
                                : PolarityOf(Cond);
          if (P == Polarity::Unknown)
            return FunctionCFG::Follow::Both;
          bool TakeTrue = (P == Polarity::FailWhenTrue) == Failure;
          return TakeTrue ? FunctionCFG::Follow::TrueOnly : FunctionCFG::Follow::FalseOnly;
        }
        // The loop's own test, unrelated to the operation: another
        // iteration (or the end of a bounded loop), not a consequence of
        // the operation's result.
        if (IsOwnCond(Cond) && !OwnCondDependent)
          return OwnCondConstant ? FunctionCFG::Follow::TrueOnly : FunctionCFG::Follow::Neither;
        return FunctionCFG::Follow::Both;
      };
      G.searchFrom(Op, Visit, OnBranch, &ReachesExit);
      Out.Exits |= ReachesExit; // (paths stop at noreturn calls)
      return Out;
    };

    Outcome Fail = Search(true, false, false), Success = Search(false, false, false);
    bool IsConnect = IsConnectOp(Op);
    bool Retry = Fail.Waits && !Success.Waits && (Success.Exits || IsConnect);
    if (!Retry && Fail.Waits && OwnCondDependent) {
      // `while (failed) { reconnect(); sleep(1); }`: the wait runs on both
      // paths, but only a failure brings the operation back.
      Outcome Through = Search(false, false, false, /*ThroughWaits=*/true);
      Retry = Through.Exits && !Through.Again && !Through.Aborts;
    }
    if (!Retry && Fail.Waits && Success.Waits) {
      // No test with a known polarity: either direction may be the failure.
      Outcome T = Search(true, true, true), E = Search(true, true, false);
      Retry = (T.Waits && !T.Exits && E.Exits && !E.Waits) ||
              (E.Waits && !E.Exits && T.Exits && !T.Waits);
    }

    if (Waits.empty() && FlagBusyReconnect && IsConnect && !AnyBlockingCall && Fail.Again &&
        !Fail.Exits && Success.Exits) {
      SourceLocation Loc = SM.getFileLoc(Op->getBeginLoc());
      if (firstReport(Loc))
        diag(Loc, "reconnect loop calls '%0' again at once after a failure, with no delay; "
                  "when the server is down every client hammers it in a tight loop (wait a "
                  "randomized, capped backoff between attempts)")
            << calleeName(*Op);
      return;
    }
    if (!Retry)
      continue;

    for (const Wait &W : Waits) {
      // The wait must sit on the failure path of this operation.
      bool OnFailurePath = false;
      // EAGAIN, EINTR, EINPROGRESS: waiting for a local resource (a full
      // socket buffer, a signal, a non-blocking connect), not a retry.
      bool LocalWait = false;
      {
        bool Dummy = false;
        auto Visit = [&](const Stmt *S) {
          if (S == W.Call) {
            OnFailurePath = true;
            return FunctionCFG::Step::StopPath;
          }
          if (S == Op || isa<ReturnStmt>(S) || !within(S, &Loop, SM))
            return FunctionCFG::Step::StopPath;
          return FunctionCFG::Step::Continue;
        };
        auto OnBranch = [&](const Expr *Cond) {
          if (mentionsTransientErrno(*Cond, Context))
            LocalWait = true;
          if (!DependsOn(Cond, Op, Vars))
            return FunctionCFG::Follow::Both;
          Polarity P = PolarityOf(Cond);
          if (P == Polarity::Unknown)
            return FunctionCFG::Follow::Both;
          return P == Polarity::FailWhenTrue ? FunctionCFG::Follow::TrueOnly
                                             : FunctionCFG::Follow::FalseOnly;
        };
        G.searchFrom(Op, Visit, OnBranch, &Dummy);
      }
      if (!OnFailurePath || !W.Duration || LocalWait)
        continue;
      Delay D;
      Scope Top{&F, &G, nullptr, nullptr};
      if (W.DurationIn && W.DurationIn != &F) {
        // A wait inside a helper: evaluated there, its parameters bound to
        // this call's arguments.
        Scope Inner{W.DurationIn, cfgOf(W.DurationIn, Context), W.Binding, &Top};
        evalDelay(W.Duration, Inner, D, 0);
      } else {
        evalDelay(W.Duration, Top, D, 0);
      }
      if (!D.reportable())
        continue;
      SourceLocation Loc = SM.getFileLoc(W.Call->getBeginLoc());
      if (!firstReport(Loc))
        continue;
      std::string Amount =
          W.DurationIn && W.DurationIn != &F ? "" : spellDelay(W.Duration, W.Unit, Context);
      if (D.Grows)
        diag(Loc, "retry delay %select{grows|doubles}0 but is not randomized; clients "
                  "that failed together (a mass restart, an outage) stay synchronized and "
                  "retry in waves (use full jitter: a random delay between 0 and the capped "
                  "backoff)")
            << D.Doubles;
      else if (!Amount.empty())
        diag(Loc, "retry loop retries every %0 with no jitter; clients that failed together "
                  "(a mass restart, an outage) retry in lockstep (randomize the delay: full "
                  "jitter over a capped exponential backoff)")
            << Amount;
      else
        diag(Loc, "retry loop waits a fixed delay with no jitter; clients that failed "
                  "together (a mass restart, an outage) retry in lockstep (randomize the "
                  "delay: full jitter over a capped exponential backoff)");
      diag(SM.getFileLoc(Op->getBeginLoc()), "'%0' fails here and the loop tries again",
           DiagnosticIDs::Note)
          << calleeName(*Op);
    }
  }
}

void RetryWithoutJitterCheck::checkTimers(const FunctionDecl &F,
                                          llvm::ArrayRef<const CallExpr *> Calls,
                                          ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  llvm::SmallVector<Wait, 2> Timers;
  // Functions named by the callbacks this function hands out.
  bool CallbackIsSelf = false, CallbackReconnects = false;
  for (const CallExpr *Call : Calls)
    if (auto W = classifyWait(*Call, Context, 2); W && W->Timer)
      Timers.push_back(*W);
  if (Timers.empty())
    return;
  for (const CallExpr *Call : Calls) {
    for (const Expr *Arg : Call->arguments()) {
      const Expr *A = Arg->IgnoreParenImpCasts();
      auto Note = [&](const Decl *D) {
        const auto *Callee = dyn_cast_or_null<FunctionDecl>(D);
        if (!Callee)
          return;
        if (Callee->getCanonicalDecl() == F.getCanonicalDecl())
          CallbackIsSelf = true;
        else if (Callee->getIdentifier() && isReconnectName(Callee->getName()))
          CallbackReconnects = true;
      };
      if (const auto *Unary = dyn_cast<UnaryOperator>(A))
        A = Unary->getSubExpr()->IgnoreParenImpCasts();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(A))
        Note(Ref->getDecl());
      if (const auto *Lambda = dyn_cast<LambdaExpr>(A)) {
        std::function<void(const Stmt *)> Walk = [&](const Stmt *In) {
          if (!In)
            return;
          if (const auto *C = dyn_cast<CallExpr>(In))
            Note(C->getDirectCallee());
          for (const Stmt *Child : In->children())
            Walk(Child);
        };
        Walk(Lambda->getBody());
      }
    }
  }
  if (Timers.empty())
    return;
  bool Named = F.getIdentifier() && isReconnectName(F.getName());
  if (!Named && !CallbackIsSelf && !CallbackReconnects)
    return;
  const FunctionCFG *G = cfgOf(&F, Context);
  for (const Wait &W : Timers) {
    Delay D;
    Scope Top{&F, G, nullptr, nullptr};
    evalDelay(W.Duration, Top, D, 0);
    if (!W.Duration || !D.reportable())
      continue;
    SourceLocation Loc = SM.getFileLoc(W.Call->getBeginLoc());
    if (!firstReport(Loc))
      continue;
    std::string Amount = spellDelay(W.Duration, W.Unit, Context);
    if (D.Grows)
      diag(Loc, "reconnect timer delay %select{grows|doubles}0 but is not randomized; "
                "clients that lost the server together reconnect in waves (use full "
                "jitter: a random delay between 0 and the capped backoff)")
          << D.Doubles;
    else
      diag(Loc, "reconnect timer re-arms with a fixed %select{delay|%1 delay}0 and no "
                "jitter; clients that lost the server together all reconnect at the same "
                "moment (randomize the delay: full jitter over a capped exponential "
                "backoff)")
          << !Amount.empty() << Amount;
  }
}

bool RetryWithoutJitterCheck::firstReport(SourceLocation Loc) {
  return Reported.insert(Loc.getRawEncoding()).second;
}

void RetryWithoutJitterCheck::onEndOfTranslationUnit() {
  Reported.clear();
  OperationCache.clear();
  WrapperCache.clear();
  WaitEntries.clear();
  ListedOperations.clear();
  InnerWaits.clear();
  Visiting.clear();
  TestFiles.clear();
}

} // namespace clang::tidy::premortem
