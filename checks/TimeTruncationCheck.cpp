//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/TimeTruncationCheck.h"
#include "checks/support/ast/Constant.h"
#include "checks/support/ast/AccessPath.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/ast/SourceText.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

constexpr int64_t SecondsPerDay = 86400;

/// True if Variable is the counter of a `for` loop around At whose condition
/// bounds it by a constant small enough that Variable * Factor fits in 32
/// bits: `for (q = 1; q <= 3; q++) probe = start + q * (90 * 86400);`.
bool isLoopBounded(const Expr &Variable, const Expr &At, int64_t Factor, ASTContext &Context) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Variable.IgnoreParenImpCasts());
  if (!Ref)
    return false;
  DynTypedNode Node = DynTypedNode::create(At);
  for (unsigned Depth = 0; Depth < 32; ++Depth) {
    const auto &Parents = parentsOf(Node, Context);
    if (Parents.empty() || Parents[0].get<FunctionDecl>())
      return false;
    if (const auto *For = Parents[0].get<ForStmt>()) {
      const auto *Cond = dyn_cast_or_null<BinaryOperator>(For->getCond());
      const auto *Counter =
          Cond ? dyn_cast<DeclRefExpr>(Cond->getLHS()->IgnoreParenImpCasts()) : nullptr;
      if (Counter && Counter->getDecl() == Ref->getDecl() &&
          (Cond->getOpcode() == BO_LT || Cond->getOpcode() == BO_LE))
        if (std::optional<llvm::APSInt> Bound = integerConstantOf(Cond->getRHS(), Context))
          return Bound->getSExtValue() >= 0 &&
                 Bound->getSExtValue() <= INT32_MAX / Factor;
    }
    Node = Parents[0];
  }
  return false;
}

std::string lower(StringRef S) { return S.lower(); }

/// A product of constants that is a whole number of days in seconds (or in
/// milliseconds and finer units of such spans).
bool isWholeDays(const llvm::APSInt &Constant) {
  int64_t C = Constant.getSExtValue();
  return C >= SecondsPerDay && C % SecondsPerDay == 0;
}

/// Names that say the value is a span, not a point in time.
bool isDurationName(StringRef Name) {
  std::string N = lower(Name);
  for (StringRef Word : {"timeout", "delay", "interval", "elapsed", "diff", "delta",
                         "duration", "age", "ttl", "period", "wait", "sleep", "retry",
                         "backoff", "remaining", "span", "offset", "uptime"})
    if (StringRef(N).contains(Word))
      return true;
  return false;
}

/// The variable or field an expression reads, for names and initializers.
const ValueDecl *declOf(const Expr *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  return nullptr;
}

/// A `tp.time_since_epoch()` call, possibly inside duration_cast<>(...).
bool isEpochDuration(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    E = Temp->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    E = Bind->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() == 1 && isEpochDuration(Construct->getArg(0));
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (!F || !F->getIdentifier())
    return false;
  if (F->getName() == "time_since_epoch")
    return true;
  if ((F->getName() == "duration_cast" || F->getName() == "floor" || F->getName() == "round" ||
       F->getName() == "ceil") &&
      Call->getNumArgs() == 1)
    return isEpochDuration(Call->getArg(0));
  return false;
}

/// Names of values that only need to differ, not to be a date: seeds,
/// hashes, serial numbers and identifiers (`volume_id = time(NULL)`).
bool isSeedName(StringRef Name) {
  std::string N = lower(Name);
  StringRef L(N);
  return L.contains("seed") || L.contains("hash") || L.contains("rand") ||
         L.contains("serial") || L.contains("nonce") || L.contains("salt") ||
         L.contains("uuid") || L == "id" || L.ends_with("_id") || Name.ends_with("Id") ||
         Name.ends_with("ID");
}

/// True if the timespec or timeval at Base is filled from a clock that does
/// not count from 1970 in the same function: `clock_gettime(CLOCK_MONOTONIC,
/// &ts)`, `get_mono(&ts)`. Its seconds are an uptime, which fits 32 bits.
bool isFromNonEpochClock(const Expr *Base, ASTContext &Context) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->isLocalVarDecl())
    return false;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  auto Ref2 = declRefExpr(to(varDecl(equalsNode(Var))));
  auto Calls = match(
      findAll(callExpr(hasAnyArgument(ignoringParenImpCasts(
                           anyOf(unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref2)),
                                 Ref2))))
                  .bind("fill")),
      *Function->getBody(), Context);
  auto NonEpoch = [](StringRef Text) {
    std::string T = lower(Text);
    return StringRef(T).contains("monotonic") || StringRef(T).contains("mono") ||
           StringRef(T).contains("boottime") || StringRef(T).contains("uptime") ||
           StringRef(T).contains("cputime");
  };
  for (const BoundNodes &B : Calls) {
    const auto *Call = B.getNodeAs<CallExpr>("fill");
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (F->getIdentifier() && NonEpoch(F->getName()))
        return true;
    for (const Expr *Arg : Call->arguments())
      if (NonEpoch(sourceTextOf(Arg, Context)))
        return true;
  }
  return false;
}

/// True if the function splits the value at Path into 32-bit halves
/// (`hi = t >> 32; lo = (uint32_t)t;`): the low half is meant.
bool isSplitInHalves(const Stmt *Body, const AccessPath &Path, const ASTContext &Context) {
  if (!Body)
    return false;
  if (const auto *Op = dyn_cast<BinaryOperator>(Body))
    if (Op->getOpcode() == BO_Shr) {
      std::optional<llvm::APSInt> Bits = integerConstantOf(Op->getRHS(), Context);
      std::optional<AccessPath> P = accessPathOf(Op->getLHS());
      if (Bits && *Bits == 32 && P && P->isWithin(Path) && Path.isWithin(*P))
        return true;
    }
  for (const Stmt *Child : Body->children())
    if (isSplitInHalves(Child, Path, Context))
      return true;
  return false;
}

/// The cast's value is only hashed, masked or used as a seed.
bool isHashOrSeed(const Expr &Cast, ASTContext &Context) {
  const Expr *Child = &Cast;
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const auto &Parents = parentsOf(*Child, Context);
    if (Parents.empty())
      return false;
    if (const auto *Op = Parents[0].get<BinaryOperator>()) {
      BinaryOperatorKind K = Op->getOpcode();
      // `seed += (unsigned)now.tv_sec`, `h = h * 31 + (uint32_t)t`.
      if (Op->isAssignmentOp()) {
        const ValueDecl *Target = declOf(Op->getLHS()->IgnoreParenImpCasts());
        return Target && Target->getIdentifier() && isSeedName(Target->getName());
      }
      if (K == BO_Add || K == BO_Sub || K == BO_Mul) {
        Child = Op;
        continue;
      }
      return K == BO_Xor || K == BO_Rem || K == BO_And || K == BO_Or || K == BO_Shr ||
             K == BO_XorAssign || K == BO_RemAssign || K == BO_AndAssign || K == BO_OrAssign;
    }
    if (const auto *Call = Parents[0].get<CallExpr>()) {
      const FunctionDecl *F = Call->getDirectCallee();
      if (!F || !F->getIdentifier())
        return false;
      std::string Name = lower(F->getName());
      return StringRef(Name).contains("srand") || StringRef(Name).contains("seed") ||
             StringRef(Name).contains("hash");
    }
    if (const auto *Var = Parents[0].get<VarDecl>())
      return isSeedName(Var->getName());
    const Expr *Next = Parents[0].get<Expr>();
    if (!Next || !(isa<ParenExpr>(Next) || isa<CastExpr>(Next)))
      return false;
    Child = Next;
  }
  return false;
}

/// A comparison of the value at Path with a constant or a limit expression:
/// `t > INT_MAX`, `t < 0`, `std::numeric_limits<int>::max() < t`.
bool isRangeTest(const Stmt *S, const AccessPath &Path, const ASTContext &Context) {
  const auto *Op = dyn_cast<BinaryOperator>(S);
  if (!Op || !Op->isRelationalOp())
    return false;
  auto Same = [&](const Expr *E) {
    std::optional<AccessPath> P = accessPathOf(E);
    return P && P->isWithin(Path) && Path.isWithin(*P);
  };
  return (Same(Op->getLHS()) && integerConstantOf(Op->getRHS(), Context)) ||
         (Same(Op->getRHS()) && integerConstantOf(Op->getLHS(), Context));
}

/// A write to Path; Clamp tells whether it stores a constant.
bool isWrite(const Stmt *S, const AccessPath &Path, const ASTContext &Context, bool &Clamp) {
  auto Hits = [&](const Expr *E) {
    std::optional<AccessPath> P = accessPathOf(E);
    return P && P->overlaps(Path);
  };
  if (const auto *Op = dyn_cast<BinaryOperator>(S)) {
    if (Op->isAssignmentOp() && Hits(Op->getLHS())) {
      Clamp = Op->getOpcode() == BO_Assign && integerConstantOf(Op->getRHS(), Context).has_value();
      return true;
    }
    return false;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(S))
    if ((Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf) &&
        Hits(Op->getSubExpr())) {
      Clamp = false;
      return true;
    }
  return false;
}

std::string textOf(const Expr *E, const ASTContext &Context) {
  return sourceTextOf(E, Context);
}

/// Flattens a chain of `*`: the product of its constant factors and its
/// first non-constant factor.
void factors(const Expr *E, const ASTContext &Context, llvm::APSInt &Constant,
             const Expr *&Variable, bool &Overflow) {
  E = E->IgnoreParens();
  if (const auto *Op = dyn_cast<BinaryOperator>(E))
    if (Op->getOpcode() == BO_Mul) {
      factors(Op->getLHS(), Context, Constant, Variable, Overflow);
      factors(Op->getRHS(), Context, Constant, Variable, Overflow);
      return;
    }
  if (std::optional<llvm::APSInt> V = integerConstantOf(E, Context)) {
    bool O = false;
    llvm::APInt Product = Constant.extOrTrunc(64).smul_ov(V->extOrTrunc(64), O);
    Overflow |= O;
    Constant = llvm::APSInt(Product, false);
    return;
  }
  if (!Variable)
    Variable = E->IgnoreParenImpCasts();
}

/// The expression that uses E's value, reached from E through parens, casts
/// and +/- (at most six steps), and the operand it is reached through; a null
/// user when a declaration or nothing uses it, or the walk is too long.
std::pair<const Expr *, const Expr *> valueUser(const Expr &E, ASTContext &Context) {
  const Expr *Via = &E;
  for (unsigned Depth = 0; Depth < 6; ++Depth) {
    const auto &Parents = parentsOf(*Via, Context);
    const Expr *P = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    if (!P)
      return {nullptr, Via};
    const auto *Op = dyn_cast<BinaryOperator>(P);
    bool PassesValue = Op ? Op->getOpcode() == BO_Add || Op->getOpcode() == BO_Sub
                          : isa<ParenExpr>(P) || isa<CastExpr>(P);
    if (!PassesValue)
      return {P, Via};
    Via = P;
  }
  return {nullptr, Via};
}

} // namespace

TimeTruncationCheck::TimeTruncationCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)),
      CertExpiryEnabled(Context->isCheckEnabled("premortem-cert-expiry")) {}

/// True if T is spelled through a typedef of the pack (time_t, __time64_t).
bool TimeTruncationCheck::isTimeTType(QualType T) const {
  while (const auto *Typedef = T->getAs<TypedefType>()) {
    const TypedefNameDecl *D = Typedef->getDecl();
    if (D->getIdentifier() && findTimeValue(*Rules, D->getName(), TimeValueRule::EpochType))
      return true;
    T = Typedef->desugar();
  }
  return false;
}

/// True if E holds a point in time counted from 1970 (seconds or finer):
/// time_t values, time(), tv_sec, st_mtime, chrono epoch counts, and sums
/// with them. Differences of two such values, quotients and remainders are
/// spans and small.
bool TimeTruncationCheck::isEpochValue(const Expr *E, ASTContext &Context, unsigned Depth) {
  if (!E || Depth > 8)
    return false;
  E = E->IgnoreParens();
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    // A value that went through 32 bits on the way is already cut.
    return Context.getIntWidth(Cast->getType()) >= 64 &&
           isEpochValue(Cast->getSubExpr(), Context, Depth + 1);
  }
  if (const auto *Op = dyn_cast<BinaryOperator>(E)) {
    switch (Op->getOpcode()) {
    case BO_Add:
    case BO_Mul:
      return isEpochValue(Op->getLHS(), Context, Depth + 1) ||
             isEpochValue(Op->getRHS(), Context, Depth + 1);
    case BO_Sub:
      return isEpochValue(Op->getLHS(), Context, Depth + 1) &&
             !isEpochValue(Op->getRHS(), Context, Depth + 1);
    case BO_Comma:
    case BO_Assign:
      return isEpochValue(Op->getRHS(), Context, Depth + 1);
    default:
      return false;
    }
  }
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
    return isEpochValue(Cond->getTrueExpr(), Context, Depth + 1) ||
           isEpochValue(Cond->getFalseExpr(), Context, Depth + 1);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *M = Member->getMethodDecl();
    if (M && M->getIdentifier() && M->getName() == "count")
      return isEpochDuration(Member->getImplicitObjectArgument());
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F || !F->getIdentifier())
      return false;
    return findTimeValue(*Rules, F->getName(), TimeValueRule::EpochFunction) ||
           isTimeTType(F->getReturnType());
  }
  if (const ValueDecl *D = declOf(E)) {
    if (!D->getIdentifier() || isDurationName(D->getName()))
      return false;
    StringRef Name = D->getName();
    bool TimeField = isa<FieldDecl>(D) &&
                     findTimeValue(*Rules, Name, TimeValueRule::EpochField);
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      // ts.tv_sec of a `struct timespec timeout`.
      const ValueDecl *Base = declOf(Member->getBase()->IgnoreParenImpCasts());
      if (Base && Base->getIdentifier() && isDurationName(Base->getName()))
        return false;
      if (TimeField && isFromNonEpochClock(Member->getBase(), Context))
        return false;
    }
    if (!TimeField && !isTimeTType(D->getType())) {
      // `long finish = time(NULL) + limit;`: a wide local set only from
      // points in time holds one.
      const auto *Var = dyn_cast<VarDecl>(D);
      return Var && isEpochLocal(*Var, Context, Depth + 1);
    }
    // `time_t elapsed = now - start;`: a local holding a difference.
    if (const auto *Var = dyn_cast<VarDecl>(D))
      if (Var->isLocalVarDecl() && Var->getInit())
        if (const auto *Sub = dyn_cast<BinaryOperator>(Var->getInit()->IgnoreParenImpCasts()))
          if (Sub->getOpcode() == BO_Sub)
            return false;
    return true;
  }
  return false;
}

/// A local 64-bit integer (not a time_t) whose every write stores a point in
/// time or a constant, with at least one point in time: `long finishtime = 0;
/// ... finishtime = (long)time(NULL) + maxtime;`. A difference with it is a
/// span, and a narrowing of it loses the date.
bool TimeTruncationCheck::isEpochLocal(const VarDecl &Var, ASTContext &Context,
                                       unsigned Depth) {
  if (Depth > 6 || !Var.isLocalVarDecl() || !Var.getType()->isIntegerType() ||
      Context.getIntWidth(Var.getType()) < 64)
    return false;
  // Each local is judged once, with the fullest depth budget; the search
  // below reads the whole function body.
  if (auto It = EpochLocals.find(&Var); It != EpochLocals.end())
    return It->second;
  bool Result = computeEpochLocal(Var, Context, Depth);
  if (Depth <= 1)
    EpochLocals[&Var] = Result;
  return Result;
}

bool TimeTruncationCheck::computeEpochLocal(const VarDecl &Var, ASTContext &Context,
                                            unsigned Depth) {
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var.getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  llvm::SmallVector<const Expr *, 4> Values;
  if (const Expr *Init = Var.getInit())
    Values.push_back(Init);
  // Every write of the local (a plain walk: this runs for many locals).
  auto IsVar = [&](const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == &Var;
  };
  bool Escapes = false, Unknown = false;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || Escapes || Unknown)
      return;
    if (const auto *Op = dyn_cast<BinaryOperator>(S); Op && Op->isAssignmentOp() &&
                                                      IsVar(Op->getLHS())) {
      if (Op->getOpcode() == BO_Assign)
        Values.push_back(Op->getRHS());
      else if (Op->getOpcode() != BO_AddAssign && Op->getOpcode() != BO_SubAssign)
        Unknown = true;
    } else if (const auto *U = dyn_cast<UnaryOperator>(S);
               U && U->getOpcode() == UO_AddrOf && IsVar(U->getSubExpr())) {
      Escapes = true;
    }
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Function->getBody());
  if (Escapes || Unknown)
    return false;
  bool Any = false;
  for (const Expr *V : Values) {
    if (integerConstantOf(V, Context))
      continue;
    if (!isEpochValue(V, Context, Depth + 1))
      return false;
    Any = true;
  }
  return Any;
}

/// True if the narrowed value is meant for a fixed-width wire field: it is
/// handed to a byte-order function (`htonl(t + JAN_1970)`), or it lands in a
/// local that the function then hands to one or shifts into a packed word
/// (`uint32_t sec = ts->tv_sec; ... sec << TS_FRAC | frac`). Such formats
/// (NTP, compact timestamps) wrap by definition.
bool TimeTruncationCheck::isWireFormat(const Expr &Cast, QualType Dest,
                                       const FunctionDecl *Caller, ASTContext &Context) const {
  // True if the expression using E (through parens, casts and +/-) is a
  // wire-format call or, for unsigned values, a left shift into a packed word.
  auto IsPacked = [&](const Expr *E) {
    auto [User, Via] = valueUser(*E, Context);
    if (const auto *Call = dyn_cast_or_null<CallExpr>(User)) {
      const FunctionDecl *F = Call->getDirectCallee();
      return F && F->getIdentifier() &&
             findTimeValue(*Rules, F->getName(), TimeValueRule::WireFormat);
    }
    const auto *Op = dyn_cast_or_null<BinaryOperator>(User);
    return Op && (Op->getOpcode() == BO_Shl || Op->getOpcode() == BO_ShlAssign) &&
           Op->getLHS()->IgnoreParenImpCasts() == Via->IgnoreParenImpCasts() &&
           Dest->isUnsignedIntegerType();
  };
  if (IsPacked(&Cast))
    return true;
  // The local the value is stored in: `uint32_t sec = t;`, `sec = (uint32_t)t;`.
  const VarDecl *Target = nullptr;
  const auto &Parents = parentsOf(Cast, Context);
  if (Parents.empty())
    return false;
  if (const auto *Var = Parents[0].get<VarDecl>())
    Target = Var;
  else if (const auto *Op = Parents[0].get<BinaryOperator>())
    if (Op->getOpcode() == BO_Assign)
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getLHS()->IgnoreParenImpCasts()))
        Target = dyn_cast<VarDecl>(Ref->getDecl());
  if (!Target || !Target->isLocalVarDecl() || !Caller || !Caller->getBody())
    return false;
  auto Uses = match(findAll(declRefExpr(to(varDecl(equalsNode(Target)))).bind("use")),
                    *Caller->getBody(), Context);
  return llvm::any_of(Uses, [&](const BoundNodes &U) {
    return IsPacked(U.getNodeAs<DeclRefExpr>("use"));
  });
}

/// True if Seconds (a product of days and seconds) is, up through parens,
/// casts and +/-, an argument that premortem-cert-expiry checks: an
/// offset-seconds or date argument of a `certificates` entry.
bool TimeTruncationCheck::ownedByCertExpiry(const Expr &Seconds, ASTContext &Context) const {
  if (!CertExpiryEnabled)
    return false;
  auto [User, Via] = valueUser(Seconds, Context);
  const auto *Call = dyn_cast_or_null<CallExpr>(User);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  const CertFunction *Rule =
      F && F->getIdentifier() ? findCertFunction(*Rules, F->getName()) : nullptr;
  if (!Rule)
    return false;
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (Call->getArg(I) == Via)
      return (Rule->OffsetSeconds && *Rule->OffsetSeconds == I) ||
             llvm::is_contained(Rule->Dates, I);
  return false;
}

namespace {

/// An integer conversion from more than 32 bits into 32 bits.
AST_MATCHER(CastExpr, narrowsTo32Bits) {
  const ASTContext &Context = Finder->getASTContext();
  QualType Dest = Node.getType();
  return Node.getCastKind() == CK_IntegralCast && Dest->isIntegerType() &&
         !Dest->isBooleanType() && Context.getIntWidth(Dest) == 32 &&
         Context.getIntWidth(Node.getSubExpr()->getType()) > 32;
}

/// A product computed in at most 32 bits.
AST_MATCHER(BinaryOperator, isNarrowProduct) {
  QualType Type = Node.getType();
  return Node.getOpcode() == BO_Mul && Type->isIntegerType() &&
         Finder->getASTContext().getIntWidth(Type) <= 32;
}

/// True inside sizeof, alignof and the like, which evaluate nothing.
bool isUnevaluated(const Stmt &S, ASTContext &Context) {
  for (DynTypedNodeList Parents = parentsOf(S, Context); !Parents.empty();) {
    if (Parents[0].get<UnaryExprOrTypeTraitExpr>())
      return true;
    if (Parents[0].get<Decl>())
      return false;
    Parents = parentsOf(Parents[0], Context);
  }
  return false;
}

} // namespace

void TimeTruncationCheck::registerMatchers(MatchFinder *Finder) {
  // The type tests come first: the finder offers these matchers every
  // conversion and product. The function is looked up in check().
  auto InUserCode = unless(isExpansionInSystemHeader());
  // Integer conversions, implicit and explicit; check() keeps those from a
  // point in time into 32 bits.
  Finder->addMatcher(castExpr(narrowsTo32Bits(), InUserCode).bind("cast"), this);
  // Seconds-per-day products computed in int and widened afterwards.
  Finder->addMatcher(binaryOperator(isNarrowProduct(), InUserCode).bind("product"), this);
  // `long` offsets of OpenSSL's validity functions (32 bits on Windows).
  std::vector<StringRef> Names;
  for (const TimeValueRule &R : Rules->TimeValues)
    if (R.What == TimeValueRule::LongOffset)
      Names.push_back(R.Name);
  if (!Names.empty())
    Finder->addMatcher(callExpr(InUserCode, callee(functionDecl(hasAnyName(Names)))).bind("openssl"),
                     this);
}

void TimeTruncationCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  if (const auto *Cast = Result.Nodes.getNodeAs<CastExpr>("cast")) {
    if (!Cast->containsErrors() && !Cast->isValueDependent())
      checkNarrowing(*Cast, Context);
  } else if (const auto *Op = Result.Nodes.getNodeAs<BinaryOperator>("product")) {
    if (!Op->containsErrors() && !Op->isValueDependent())
      checkIntProduct(*Op, Context);
  } else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("openssl")) {
    if (!Call->containsErrors())
      checkLongOffset(*Call, Context);
  }
}

void TimeTruncationCheck::checkNarrowing(const CastExpr &Cast, ASTContext &Context) {
  QualType Dest = Cast.getType();
  const Expr *Source = Cast.getSubExpr();
  if (!isEpochValue(Source, Context) || isUnevaluated(Cast, Context))
    return;
  // static_cast<int>(t) is a no-op cast around an implicit conversion.
  const CastExpr *Outer = &Cast;
  if (isa<ImplicitCastExpr>(Cast)) {
    const auto &Parents = parentsOf(Cast, Context);
    if (const auto *Explicit = Parents.empty() ? nullptr : Parents[0].get<ExplicitCastExpr>())
      Outer = Explicit;
  }
  bool Explicit = isa<ExplicitCastExpr>(Outer);
  // `tm.tm_sec = pc.seconds.tv_sec`: a broken-down field holds a part of a
  // date, never a point in time.
  const auto &Up = parentsOf(*Outer, Context);
  if (const auto *Assign = Up.empty() ? nullptr : Up[0].get<BinaryOperator>())
    if (const auto *Member = dyn_cast<MemberExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
      if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
        if (Field->getParent()->getName() == "tm")
          return;
  const FunctionDecl *Caller = enclosingFunction(Cast, Context);
  if (isHashOrSeed(*Outer, Context) || isWireFormat(*Outer, Dest, Caller, Context) ||
      isRangeChecked(*Source, *Outer, Dest, Caller, Context))
    return;
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Explicit ? Outer->getBeginLoc() : Source->getBeginLoc());
  if (!firstReport(Loc))
    return;
  bool Unsigned = Dest->isUnsignedIntegerType();
  diag(Loc, "'%0' is a point in time since 1970 %select{narrowed|cast}1 to 32-bit %2, "
            "which overflows in %select{2038|2106}3 (keep it in time_t or a 64-bit "
            "integer, or check the range first)")
      << textOf(Source->IgnoreParenImpCasts(), Context) << (Explicit ? 1 : 0)
      << Dest << (Unsigned ? 1 : 0);
}

bool TimeTruncationCheck::isRangeChecked(const Expr &Source, const Expr &Cast, QualType Dest,
                                         const FunctionDecl *Caller, ASTContext &Context) {
  const Expr *Value = ignoreParenCasts(&Source);
  // std::min(t, limit), std::clamp(t, lo, hi).
  if (const auto *Call = dyn_cast<CallExpr>(Value))
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (F->getIdentifier() && (F->getName() == "min" || F->getName() == "clamp"))
        return llvm::any_of(Call->arguments(),
                            [&](const Expr *A) { return integerConstantOf(A, Context).has_value(); });
  std::optional<AccessPath> Path = accessPathOf(Value);
  if (Path && Caller && isSplitInHalves(Caller->getBody(), *Path, Context))
    return true;
  const FunctionCFG *Graph = cfgOf(Caller, Context);
  if (!Path || !Graph)
    return false;
  // Every path to the conversion must pass a test of the value against a
  // limit, with no write in between other than a clamp to a constant.
  llvm::DenseSet<const Stmt *> Unsafe;
  using Step = FunctionCFG::Step;
  auto Visit = [&](const Stmt *S) {
    if (isRangeTest(S, *Path, Context))
      return Step::Found;
    bool Clamp = false;
    if (isWrite(S, *Path, Context, Clamp)) {
      if (!Clamp)
        Unsafe.insert(S);
      return Step::Found;
    }
    return Step::Continue;
  };
  auto Found = Graph->searchBefore(Value, Visit);
  if (!Found)
    Found = Graph->searchBefore(&Cast, Visit);
  if (!Found || Found->empty())
    return false;
  return llvm::all_of(*Found, [&](const Stmt *S) { return S && !Unsafe.count(S); });
}

void TimeTruncationCheck::checkIntProduct(const BinaryOperator &Op, ASTContext &Context) {
  QualType Type = Op.getType();
  llvm::APSInt Constant(llvm::APInt(64, 1), false);
  const Expr *Variable = nullptr;
  bool Overflow = false;
  factors(&Op, Context, Constant, Variable, Overflow);
  // Whole days in seconds (86400, 604800, 31536000, ...), not unit
  // conversions of short spans such as `ceiling * 1000000u` microseconds.
  if (!Variable || Overflow || !isWholeDays(Constant))
    return;
  // Only the outermost `*` of a chain.
  const auto &Parents = parentsOf(Op, Context);
  const Stmt *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
  while (const auto *Paren = dyn_cast_or_null<ParenExpr>(Parent)) {
    const auto &Up = parentsOf(*Paren, Context);
    Parent = Up.empty() ? nullptr : Up[0].get<Stmt>();
  }
  if (const auto *Outer = dyn_cast_or_null<BinaryOperator>(Parent))
    if (Outer->getOpcode() == BO_Mul)
      return;
  if (ownedByCertExpiry(Op, Context))
    return;
  if (isLoopBounded(*Variable, Op, Constant.getSExtValue(), Context))
    return;
  // The product must meet 64-bit time: widened by an implicit conversion,
  // directly or as an operand of + or -.
  const Expr *Child = &Op;
  QualType Wide;
  for (unsigned Depth = 0; Depth < 6 && Wide.isNull(); ++Depth) {
    const auto &Ps = parentsOf(*Child, Context);
    const Expr *P = Ps.empty() ? nullptr : Ps[0].get<Expr>();
    if (!P)
      return;
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P)) {
      if (Cast->getCastKind() == CK_IntegralCast && Context.getIntWidth(Cast->getType()) >= 64)
        Wide = Cast->getType();
    } else if (const auto *Bin = dyn_cast<BinaryOperator>(P)) {
      if (Bin->getOpcode() != BO_Add && Bin->getOpcode() != BO_Sub)
        return;
    } else if (!isa<ParenExpr>(P)) {
      return;
    }
    Child = P;
  }
  if (Wide.isNull())
    return;
  SourceLocation Loc = Context.getSourceManager().getFileLoc(Op.getBeginLoc());
  if (!firstReport(Loc))
    return;
  int64_t Limit = INT32_MAX / Constant.getSExtValue();
  diag(Loc, "'%0' is computed in 32-bit %1 and overflows once '%2' exceeds %3, before it "
            "is widened to %4; a span of years in seconds does not fit (cast '%2' to "
            "%4 first)")
      << textOf(&Op, Context) << Type << textOf(Variable, Context)
      << static_cast<int>(Limit) << Wide;
}

void TimeTruncationCheck::checkLongOffset(const CallExpr &Call, ASTContext &Context) {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F)
    return;
  for (unsigned I = 0; I < Call.getNumArgs() && I < F->getNumParams(); ++I) {
    // Spelled `long`, not a typedef such as time_t.
    const auto *Builtin = dyn_cast<BuiltinType>(F->getParamDecl(I)->getType().getTypePtr());
    if (!Builtin || (Builtin->getKind() != BuiltinType::Long))
      continue;
    const Expr *Arg = Call.getArg(I)->IgnoreParenImpCasts();
    bool Hazard = false;
    if (std::optional<llvm::APSInt> V = integerConstantOf(Arg, Context)) {
      Hazard = V->getSExtValue() > INT32_MAX || V->getSExtValue() < INT32_MIN;
    } else {
      llvm::APSInt Constant(llvm::APInt(64, 1), false);
      const Expr *Variable = nullptr;
      bool Overflow = false;
      const Expr *Product = ignoreParenCasts(Arg);
      const auto *Mul = dyn_cast<BinaryOperator>(Product);
      if (Mul && Mul->getOpcode() == BO_Mul)
        factors(Mul, Context, Constant, Variable, Overflow);
      bool Days = Variable && isWholeDays(Constant);
      // Validity seconds computed from days: premortem-cert-expiry's finding.
      if (Days && ownedByCertExpiry(*Call.getArg(I), Context))
        continue;
      Hazard = Days || isEpochValue(Arg, Context);
    }
    if (!Hazard)
      continue;
    SourceLocation Loc = Context.getSourceManager().getFileLoc(Arg->getBeginLoc());
    if (!firstReport(Loc))
      continue;
    diag(Loc, "%0 takes this offset in seconds as 'long', which has 32 bits on Windows "
              "and 32-bit targets; '%1' overflows it for spans beyond 68 years (pass "
              "whole days as the day offset of X509_time_adj_ex or ASN1_TIME_adj)")
        << F << textOf(Arg, Context);
  }
}

} // namespace clang::tidy::premortem
