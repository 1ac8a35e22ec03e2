//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/EnvironmentSwitchCheck.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

// Words that make a name a routing switch rather than, say, a test helper.
static const llvm::StringRef RoutingWords[] = {
    "use",    "enable",   "env",     "environment", "server", "host",  "endpoint",
    "url",    "uri",      "api",     "backend",     "target", "cluster", "gateway",
    "domain", "deployment", "tier",  "service",     "services", "base", "remote", "mode"};
// Words that say the name holds an environment, for string values.
static const llvm::StringRef EnvironmentWords[] = {"env", "environment", "tier", "deployment",
                                                   "target", "stage"};

EnvironmentSwitchCheck::EnvironmentSwitchCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)),
      Classifier(*Rules) {}

/// Words naming a place traffic goes: what makes a weak label a switch.
static const llvm::StringRef Places[] = {"env", "environment", "server", "host", "endpoint",
                                         "url", "uri", "api", "backend", "cluster",
                                         "gateway", "domain", "deployment", "tier"};

bool EnvironmentSwitchCheck::needsEndpoint(const EndpointRule &R, StringRef Name) {
  if (!R.WeakSwitch)
    return false;
  std::vector<std::string> Words = identifierWords(Name);
  return llvm::none_of(Words, [](const std::string &W) { return llvm::is_contained(Places, W); });
}

const EndpointRule *EnvironmentSwitchCheck::selects(StringRef Name, StringRef StringValue,
                                                   std::string &Evidence) const {
  std::vector<std::string> Words = identifierWords(Name);
  auto Has = [&](llvm::ArrayRef<llvm::StringRef> List) {
    return llvm::any_of(Words, [&](const std::string &W) { return llvm::is_contained(List, W); });
  };
  if (!StringValue.empty()) {
    // `#define API_ENV "preprod"`: the name holds an environment, the value names one.
    if (!Has(EnvironmentWords))
      return nullptr;
    std::string V = StringValue.trim().lower();
    const EndpointRule *R = Classifier.environmentOfWord(V);
    if (R)
      Evidence = "value \"" + StringValue.str() + "\"";
    return R;
  }
  // A flag: an environment word in the name, plus a routing word unless the
  // name is nothing but the environment (`STAGING`, `PRE_PROD`).
  const EndpointRule *Found = nullptr;
  std::string Word;
  bool OnlyEnvironment = true;
  for (size_t I = 0; I < Words.size(); ++I) {
    const EndpointRule *R = Classifier.environmentOfWord(Words[I]);
    // `PRE_PROD` is one word split in two.
    if (!R && I + 1 < Words.size())
      if ((R = Classifier.environmentOfWord(Words[I] + Words[I + 1])))
      {
        Word = Words[I] + "-" + Words[I + 1];
        ++I;
      }
    if (R && !Found && Words[I] != "int") {
      Found = R;
      if (Word.empty())
        Word = Words[I];
      continue;
    }
    if (!R && !(I == 0 && Words[I] == "k"))
      OnlyEnvironment = false;
  }
  if (!Found)
    return nullptr;
  // Weak labels (`test`, `dev`) name many things that are not environments:
  // they need a word that says traffic is routed.
  bool Strong = Found->InPath;
  if (!(Has(Places) || (Strong && (Has(RoutingWords) || OnlyEnvironment))))
    return nullptr;
  Evidence = "word '" + Word + "'";
  return Found;
}

bool EnvironmentSwitchCheck::isTestFile(const SourceManager &SM, SourceLocation Loc) const {
  return Classifier.isTestPath(SM.getFilename(SM.getSpellingLoc(Loc)));
}

/// Every node of kind T under S, S included. A plain walk over children():
/// match(findAll(...)) under this check's traversal kind skips a root that
/// is an implicit cast (`if (kUseStaging)`, `c ? "a" : "b"`).
/// Bounded in depth and count: a branch is searched for what it names, and
/// generated code can nest expressions thousands deep.
template <typename T>
static void collect(const Stmt *S, llvm::SmallVectorImpl<const T *> &Out,
                    unsigned Depth = 0) {
  if (!S || Out.size() > 256 || Depth > 64)
    return;
  if (const auto *Node = dyn_cast<T>(S))
    Out.push_back(Node);
  for (const Stmt *Child : S->children())
    collect(Child, Out, Depth + 1);
}

void EnvironmentSwitchCheck::considerEndpoints(StringRef Text, std::string &Best,
                                               bool &BestNonProduction) const {
  if (BestNonProduction)
    return;
  for (const Endpoint &E : findEndpoints(Text, Classifier.suffixes())) {
    EndpointVerdict V = Classifier.classify(E, Text);
    if (V.What == EndpointVerdict::Ignored)
      continue;
    bool NonProduction = V.What == EndpointVerdict::NonProduction;
    if (NonProduction || Best.empty())
      Best = Text.substr(E.Begin, E.End - E.Begin).str();
    if (NonProduction) {
      BestNonProduction = true;
      return;
    }
  }
}

void EnvironmentSwitchCheck::considerConstant(const VarDecl *Var, std::string &Best,
                                              bool &BestNonProduction) const {
  const VarDecl *Def = Var->getDefinition() ? Var->getDefinition() : Var;
  if (!Def->getType().isConstQualified() || !Def->getInit())
    return;
  if (const auto *Lit = dyn_cast<StringLiteral>(Def->getInit()->IgnoreParenImpCasts()))
    if (Lit->getCharByteWidth() == 1)
      considerEndpoints(Lit->getString(), Best, BestNonProduction);
}

/// The body of a string literal token as written: between the quotes, or
/// between the parentheses of a raw string. Escapes stay as written, which
/// is enough to name an endpoint.
static StringRef literalBody(StringRef Spelling) {
  size_t Quote = Spelling.find('"');
  if (Quote == StringRef::npos || !Spelling.ends_with("\"") || Spelling.size() < Quote + 2)
    return {};
  StringRef Body = Spelling.slice(Quote + 1, Spelling.size() - 1);
  if (Quote > 0 && Spelling[Quote - 1] == 'R') {
    size_t Open = Body.find('(');
    size_t Close = Body.rfind(')');
    if (Open == StringRef::npos || Close == StringRef::npos || Close < Open)
      return {};
    Body = Body.slice(Open + 1, Close);
  }
  return Body;
}

std::string EnvironmentSwitchCheck::endpointInSource(const SourceManager &SM,
                                                     const LangOptions &LO,
                                                     SourceLocation Begin,
                                                     SourceLocation End) const {
  Begin = SM.getFileLoc(Begin);
  End = SM.getFileLoc(End);
  if (Begin.isInvalid() || End.isInvalid() || SM.getFileID(Begin) != SM.getFileID(End))
    return "";
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(SM.getFileID(Begin), &Invalid);
  unsigned From = SM.getFileOffset(Begin), To = SM.getFileOffset(End);
  if (Invalid || From >= To || To > Buffer.size())
    return "";
  // Raw lexing also sees the literals of `#define API_URL "..."` lines,
  // the usual way a branch selects an endpoint.
  Lexer Raw(SM.getLocForStartOfFile(SM.getFileID(Begin)), LO, Buffer.begin(),
            Buffer.begin() + From, Buffer.end());
  std::string Best;
  bool BestNonProduction = false;
  Token T;
  while (true) {
    Raw.LexFromRawLexer(T);
    if (T.is(tok::eof) || SM.getFileOffset(T.getLocation()) >= To)
      break;
    if (tok::isStringLiteral(T.getKind()))
      considerEndpoints(literalBody(StringRef(Buffer.begin() + SM.getFileOffset(T.getLocation()),
                                              T.getLength())),
                        Best, BestNonProduction);
    if (BestNonProduction)
      break;
  }
  return Best;
}

namespace {

class MacroSwitches : public PPCallbacks {
public:
  MacroSwitches(EnvironmentSwitchCheck &Check, const SourceManager &SM, const LangOptions &LO)
      : Check(Check), SM(SM), LO(LO) {}

  void MacroDefined(const Token &MacroNameTok, const MacroDirective *MD) override {
    // Cheap tests first: a TU defines thousands of macros.
    const MacroInfo *MI = MD->getMacroInfo();
    StringRef Name = MacroNameTok.getIdentifierInfo()->getName();
    if (MI->isFunctionLike() || Name.starts_with("__"))
      return;
    // The value: empty, a number, true/false or one string literal.
    StringRef StringValue;
    if (MI->getNumTokens() == 1) {
      const Token &T = MI->getReplacementToken(0);
      if (T.isLiteral() && !T.getLiteralData())
        return;
      if (T.is(tok::numeric_constant)) {
        StringRef Digits(T.getLiteralData(), T.getLength());
        if (Digits.find_first_not_of("0") == StringRef::npos)
          return; // `#define USE_STAGING 0` selects nothing
      } else if (T.is(tok::string_literal)) {
        StringValue = StringRef(T.getLiteralData(), T.getLength()).drop_front().drop_back();
        if (StringValue.empty())
          return;
      } else if (T.is(tok::identifier) && T.getIdentifierInfo()->getName() == "true") {
      } else if (T.is(tok::kw_true)) {
      } else {
        return;
      }
    } else if (MI->getNumTokens() > 1) {
      return; // an expression: `getenv("STAGING") != NULL` is runtime
    }
    std::string Evidence;
    const EndpointRule *R = Check.selects(Name, StringValue, Evidence);
    if (!R)
      return;
    SourceLocation Loc = MI->getDefinitionLoc();
    bool CommandLine = SM.isWrittenInCommandLineFile(Loc) || SM.isWrittenInBuiltinFile(Loc);
    if (SM.isInSystemHeader(Loc) || (!CommandLine && Check.isTestFile(SM, Loc)))
      return;
    EnvironmentSwitchCheck::Switch S;
    S.Name = Name.str();
    if (!CommandLine)
      S.Set = Loc;
    S.Environment = R->EnvironmentName;
    S.Evidence = Evidence;
    S.Definition = MI;
    S.NeedsEndpoint = EnvironmentSwitchCheck::needsEndpoint(*R, Name);
    Check.Macros[S.Name] = S;
  }

  void MacroUndefined(const Token &MacroNameTok, const MacroDefinition &,
                      const MacroDirective *) override {
    auto It = Check.Macros.find(MacroNameTok.getIdentifierInfo()->getName().str());
    if (It != Check.Macros.end() && It->second.Set.isInvalid() && It->second.Used.isInvalid())
      Check.Macros.erase(It); // `-DSTAGING` cancelled before any use
  }

  void use(const Token &MacroNameTok, SourceLocation Loc) {
    if (!MacroNameTok.getIdentifierInfo())
      return;
    auto It = Check.Macros.find(MacroNameTok.getIdentifierInfo()->getName().str());
    if (It == Check.Macros.end())
      return;
    Loc = SM.getFileLoc(Loc);
    if (SM.isInSystemHeader(Loc) || Check.isTestFile(SM, Loc))
      return;
    // Kept until the next conditional directive, which takes the ones
    // written in its condition.
    if (Pending.size() > 64)
      Pending.erase(Pending.begin());
    Pending.push_back({It->first, Loc});
    if (It->second.Used.isInvalid())
      It->second.Used = Loc;
  }

  // `#if`/`#ifdef`/`#elif` groups: the branch the preprocessor takes is what
  // the switches in the group's conditions select in this build.
  struct Group {
    std::vector<std::pair<std::string, SourceLocation>> Switches;
    SourceLocation BranchBegin; // of the taken branch while it is open
    bool Taken = false;
  };
  std::vector<Group> Groups;
  std::vector<std::pair<std::string, SourceLocation>> Pending;

  void takeConditionUses(Group &G, SourceRange Condition) {
    SourceLocation B = SM.getFileLoc(Condition.getBegin());
    SourceLocation E = SM.getFileLoc(Condition.getEnd());
    for (auto &[Name, Loc] : Pending)
      if (B.isValid() && E.isValid() && !SM.isBeforeInTranslationUnit(Loc, B) &&
          !SM.isBeforeInTranslationUnit(E, Loc))
        G.Switches.push_back({Name, Loc});
    Pending.clear();
  }
  void openBranch(Group &G, SourceLocation Begin) {
    G.BranchBegin = Begin;
    G.Taken = true;
  }
  void closeBranch(SourceLocation End) {
    if (Groups.empty() || Groups.back().BranchBegin.isInvalid())
      return;
    Group &G = Groups.back();
    std::string Endpoint;
    for (auto &[Name, Loc] : G.Switches) {
      auto It = Check.Macros.find(Name);
      if (It == Check.Macros.end() || !It->second.Selects.empty())
        continue;
      if (Endpoint.empty())
        Endpoint = Check.endpointInSource(SM, LO, G.BranchBegin, End);
      if (Endpoint.empty()) {
        It->second.BranchBegin = SM.getFileLoc(G.BranchBegin);
        It->second.BranchEnd = SM.getFileLoc(End);
        It->second.BranchAt = Loc;
        continue;
      }
      It->second.Selects = Endpoint;
      It->second.SelectsAt = Loc;
    }
    G.BranchBegin = SourceLocation();
  }

  void If(SourceLocation, SourceRange Condition, ConditionValueKind Value) override {
    Groups.emplace_back();
    takeConditionUses(Groups.back(), Condition);
    if (Value == CVK_True)
      openBranch(Groups.back(), Condition.getEnd());
  }
  void Elif(SourceLocation Loc, SourceRange Condition, ConditionValueKind Value,
            SourceLocation) override {
    closeBranch(Loc);
    if (Groups.empty())
      return;
    takeConditionUses(Groups.back(), Condition);
    if (Value == CVK_True && !Groups.back().Taken)
      openBranch(Groups.back(), Condition.getEnd());
  }
  void Else(SourceLocation Loc, SourceLocation) override {
    Pending.clear();
    closeBranch(Loc);
    if (!Groups.empty() && !Groups.back().Taken)
      openBranch(Groups.back(), Loc);
  }
  void Endif(SourceLocation Loc, SourceLocation) override {
    Pending.clear();
    closeBranch(Loc);
    if (!Groups.empty())
      Groups.pop_back();
  }
  void ifdef(const Token &Name, bool Defined) {
    use(Name, Name.getLocation());
    Groups.emplace_back();
    takeConditionUses(Groups.back(), Name.getLocation());
    if (Defined)
      openBranch(Groups.back(), Name.getLocation());
  }

  void Ifdef(SourceLocation, const Token &Name, const MacroDefinition &MD) override {
    ifdef(Name, static_cast<bool>(MD));
  }
  void Ifndef(SourceLocation, const Token &Name, const MacroDefinition &MD) override {
    ifdef(Name, !MD);
  }
  void Defined(const Token &Name, const MacroDefinition &, SourceRange) override {
    use(Name, Name.getLocation());
  }
  void MacroExpands(const Token &Name, const MacroDefinition &, SourceRange Range,
                    const MacroArgs *) override {
    use(Name, Range.getBegin());
  }

private:
  EnvironmentSwitchCheck &Check;
  const SourceManager &SM;
  const LangOptions &LO;
};

} // namespace

void EnvironmentSwitchCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                                 Preprocessor *) {
  this->SM = &SM;
  PP->addPPCallbacks(std::make_unique<MacroSwitches>(*this, SM, PP->getLangOpts()));
}

void EnvironmentSwitchCheck::registerMatchers(MatchFinder *Finder) {
  // Constants: `constexpr bool kUseTestServer = true;`, `const char kEnv[] = "preprod";`.
  auto ConstVar = varDecl(hasType(isConstQualified()), hasInitializer(expr()),
                          unless(isExpansionInSystemHeader()));
  Finder->addMatcher(ConstVar.bind("constant"), this);
  // Enumerator defaults: a default member initializer, a default argument,
  // or the initializer of a variable with static storage.
  auto EnvEnumerator = declRefExpr(to(enumConstantDecl().bind("enumerator")),
                                   unless(isExpansionInSystemHeader()))
                           .bind("enum-ref");
  Finder->addMatcher(fieldDecl(hasInClassInitializer(ignoringImplicit(EnvEnumerator)))
                         .bind("default"),
                     this);
  Finder->addMatcher(parmVarDecl(hasDefaultArgument(), hasInitializer(ignoringImplicit(EnvEnumerator)))
                         .bind("default"),
                     this);
  Finder->addMatcher(varDecl(hasStaticStorageDuration(),
                             hasInitializer(ignoringImplicit(EnvEnumerator)))
                         .bind("default"),
                     this);
  // Branches a switch chooses: `if constexpr (kUseStaging)`, `USE_STAGING ? a : b`,
  // `env == Environment::Staging ? a : b`, `case Environment::Staging:`.
  Finder->addMatcher(ifStmt(unless(isExpansionInSystemHeader())).bind("select"), this);
  Finder->addMatcher(conditionalOperator(unless(isExpansionInSystemHeader())).bind("select"),
                     this);
  Finder->addMatcher(
      caseStmt(unless(isExpansionInSystemHeader()),
               hasCaseConstant(ignoringImplicit(
                   declRefExpr(to(enumConstantDecl().bind("case-enumerator"))))))
          .bind("case"),
      this);
  // Uses of a constant, for the note that shows what it selects.
  Finder->addMatcher(declRefExpr(to(varDecl(hasType(isConstQualified())).bind("used")))
                         .bind("use"),
                     this);
}

void EnvironmentSwitchCheck::check(const MatchFinder::MatchResult &Result) {
  const SourceManager &SM = *Result.SourceManager;
  ASTContext &Ctx = *Result.Context;
  if (const auto *Use = Result.Nodes.getNodeAs<DeclRefExpr>("use")) {
    const auto *Var = Result.Nodes.getNodeAs<VarDecl>("used");
    Uses.try_emplace(Var->getCanonicalDecl(), Use->getBeginLoc());
    // A constant read in the taken #if branch of a macro switch:
    // `#if USE_PREPROD ... return kPreprodUrl;`.
    SourceLocation L = SM.getFileLoc(Use->getBeginLoc());
    for (auto &[Name, S] : Macros) {
      if (!S.Selects.empty() || S.BranchBegin.isInvalid() ||
          SM.getFileID(L) != SM.getFileID(S.BranchBegin) ||
          SM.isBeforeInTranslationUnit(L, S.BranchBegin) ||
          !SM.isBeforeInTranslationUnit(L, S.BranchEnd))
        continue;
      bool NonProduction = false;
      considerConstant(Var, S.Selects, NonProduction);
      if (!S.Selects.empty())
        S.SelectsAt = S.BranchAt;
    }
    return;
  }
  // The branch this build takes when the condition is a constant, else the
  // branch the condition asks for (`env == Environment::Staging` -> then,
  // `env != Environment::Staging` -> else).
  auto Taken = [&](const Expr *Cond) {
    bool Value = true;
    if (!Cond->isValueDependent() && Cond->EvaluateAsBooleanCondition(Value, Ctx))
      return Value;
    const Expr *E = Cond->IgnoreParenImpCasts();
    if (const auto *Op = dyn_cast<BinaryOperator>(E))
      return Op->getOpcode() != BO_NE;
    if (const auto *Op = dyn_cast<UnaryOperator>(E))
      return Op->getOpcode() != UO_LNot;
    return true;
  };
  if (const auto *If = Result.Nodes.getNodeAs<IfStmt>("select")) {
    if (!If->getCond())
      return;
    recordSelection(If->getCond(), Taken(If->getCond()) ? If->getThen() : If->getElse(),
                    Result);
    return;
  }
  if (const auto *Op = Result.Nodes.getNodeAs<ConditionalOperator>("select")) {
    recordSelection(Op->getCond(), Taken(Op->getCond()) ? Op->getTrueExpr() : Op->getFalseExpr(),
                    Result);
    return;
  }
  if (const auto *Case = Result.Nodes.getNodeAs<CaseStmt>("case")) {
    const auto *Enumerator = Result.Nodes.getNodeAs<EnumConstantDecl>("case-enumerator");
    if (DeclSelections.count(Enumerator))
      return;
    // `case A: case B: return "..."`, or the statements after the label up
    // to the next one: `case A: url = "..."; break;`.
    std::vector<const Stmt *> Body;
    const Stmt *Sub = Case->getSubStmt();
    while (const auto *Nested = dyn_cast_or_null<SwitchCase>(Sub))
      Sub = Nested->getSubStmt();
    if (Sub)
      Body.push_back(Sub);
    auto Parents = parentsOf(*Case, Ctx);
    if (const auto *Block = Parents.empty() ? nullptr : Parents[0].get<CompoundStmt>()) {
      bool After = false;
      for (const Stmt *S : Block->body()) {
        if (S == Case) {
          After = true;
          continue;
        }
        if (!After)
          continue;
        if (isa<SwitchCase>(S) || isa<BreakStmt>(S) || isa<ReturnStmt>(S))
          break;
        Body.push_back(S);
      }
    }
    std::string Best;
    bool BestNonProduction = false;
    llvm::SmallVector<const StringLiteral *, 8> Literals;
    for (const Stmt *S : Body)
      collect(S, Literals);
    for (const StringLiteral *Lit : Literals)
      if (Lit->getCharByteWidth() == 1)
        considerEndpoints(Lit->getString(), Best, BestNonProduction);
    if (!Best.empty())
      DeclSelections[Enumerator] = {Best, SM.getFileLoc(Case->getLHS()->getBeginLoc())};
    return;
  }
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("constant")) {
    if (!Var->getIdentifier() || isTestFile(SM, Var->getLocation()))
      return;
    // A declaration without its own initializer: the definition is matched too.
    if (!Var->getInit())
      return;
    const Expr *Init = Var->getInit()->IgnoreParenImpCasts();
    if (Init->isValueDependent() || Init->HasSideEffects(Ctx))
      return;
    std::string Evidence;
    const EndpointRule *R = nullptr;
    if (const auto *Str = dyn_cast<StringLiteral>(Init)) {
      if (Str->getCharByteWidth() == 1 && Str->getLength() > 0)
        R = selects(Var->getName(), Str->getString(), Evidence);
    } else if (Var->getType()->isBooleanType() || Var->getType()->isIntegerType()) {
      bool Value = false;
      // Only constant initializers: `getenv("STAGING") != NULL` is runtime.
      if (!Init->EvaluateAsBooleanCondition(Value, Ctx) || !Value)
        return;
      if (!Var->getType()->isBooleanType() && !isa<IntegerLiteral>(Init))
        return;
      R = selects(Var->getName(), "", Evidence);
    }
    if (!R)
      return;
    Switch &S = Decls[Var->getCanonicalDecl()] = {Var->getName().str(), Var->getLocation(),
                                                  {}, R->EnvironmentName, Evidence};
    S.NeedsEndpoint = needsEndpoint(*R, Var->getName());
    return;
  }
  if (const auto *D = Result.Nodes.getNodeAs<DeclaratorDecl>("default")) {
    const auto *Enumerator = Result.Nodes.getNodeAs<EnumConstantDecl>("enumerator");
    const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("enum-ref");
    if (isTestFile(SM, Ref->getBeginLoc()))
      return;
    const auto *Enum = dyn_cast<EnumDecl>(Enumerator->getDeclContext());
    if (!Enum)
      return;
    // The enum must hold environments by its name: `Pipeline::Stage` does not.
    std::vector<std::string> EnumWords = identifierWords(Enum->getName());
    static const llvm::StringRef EnumNames[] = {"env",     "environment", "tier",  "deployment",
                                                "server",  "endpoint",    "backend", "stage",
                                                "cluster", "target"};
    bool EnvironmentEnum = llvm::any_of(
        EnumWords, [](const std::string &W) { return llvm::is_contained(EnumNames, W); });
    std::vector<std::string> Words = identifierWords(Enumerator->getName());
    const EndpointRule *Found = nullptr;
    std::string Word;
    for (size_t I = 0; I < Words.size() && !Found; ++I) {
      if ((Found = Classifier.environmentOfWord(Words[I])))
        Word = Words[I];
      else if (I + 1 < Words.size() &&
               (Found = Classifier.environmentOfWord(Words[I] + Words[I + 1])))
        Word = Words[I] + "-" + Words[I + 1];
    }
    if (!Found || Word == "int" || !EnvironmentEnum)
      return;
    SourceLocation Loc = SM.getFileLoc(Ref->getBeginLoc());
    if (SM.isInSystemHeader(Loc))
      return;
    DefaultEnumerators[D] = Enumerator;
    std::string What = isa<ParmVarDecl>(D) ? "default argument" : "default value";
    Decls[D] = {(Enumerator->getName() + "' as the " + What + " of '" + D->getName()).str(),
                Loc, {}, Found->EnvironmentName, "enumerator word '" + Word + "'"};
  }
}

void EnvironmentSwitchCheck::recordSelection(const Expr *Cond, const Stmt *Chosen,
                                             const MatchFinder::MatchResult &Result) {
  if (!Cond || !Chosen)
    return;
  const SourceManager &SM = *Result.SourceManager;
  // What the condition reads that can be a switch: constants, enumerators,
  // macro switches (`if (USE_STAGING)`, `USE_STAGING ? a : b`).
  llvm::SmallVector<std::pair<const Decl *, SourceLocation>, 4> Keys;
  llvm::SmallVector<const DeclRefExpr *, 4> Refs;
  collect(Cond, Refs);
  for (const DeclRefExpr *Ref : Refs) {
    const Decl *D = Ref->getDecl();
    if (const auto *Var = dyn_cast<VarDecl>(D)) {
      if (!Var->getType().isConstQualified())
        continue;
      D = Var->getCanonicalDecl();
    } else if (!isa<EnumConstantDecl>(D)) {
      continue;
    }
    if (!DeclSelections.count(D))
      Keys.push_back({D, SM.getFileLoc(Ref->getBeginLoc())});
  }
  llvm::SmallVector<std::pair<std::string, SourceLocation>, 2> MacroKeys;
  if (!Macros.empty()) {
    CharSourceRange Range = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(Cond->getSourceRange()), SM, getLangOpts());
    StringRef Text = Lexer::getSourceText(Range, SM, getLangOpts());
    for (size_t I = 0; Text.size() <= 1024 && I < Text.size();) {
      if (!isAsciiIdentifierStart(Text[I])) {
        ++I;
        continue;
      }
      size_t J = I;
      while (J < Text.size() && isAsciiIdentifierContinue(Text[J]))
        ++J;
      std::string Name = Text.slice(I, J).str();
      if (Macros.count(Name) && !MacroSelections.count(Name))
        MacroKeys.push_back({Name, Range.getBegin().getLocWithOffset(I)});
      I = J;
    }
  }
  if (Keys.empty() && MacroKeys.empty())
    return;
  std::string Best;
  bool BestNonProduction = false;
  llvm::SmallVector<const StringLiteral *, 8> Literals;
  collect(Chosen, Literals);
  for (const StringLiteral *Lit : Literals)
    if (Lit->getCharByteWidth() == 1)
      considerEndpoints(Lit->getString(), Best, BestNonProduction);
  // Constants the branch reads: `kUseStaging ? kStagingUrl : kProductionUrl`.
  llvm::SmallVector<const DeclRefExpr *, 8> Read;
  collect(Chosen, Read);
  for (const DeclRefExpr *Ref : Read)
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      considerConstant(Var, Best, BestNonProduction);
  if (Best.empty())
    return;
  for (auto &[D, Loc] : Keys)
    DeclSelections.try_emplace(D, Selection{Best, Loc});
  for (auto &[Name, Loc] : MacroKeys)
    MacroSelections.try_emplace(Name, Selection{Best, Loc});
}

void EnvironmentSwitchCheck::onEndOfTranslationUnit() {
  auto Report = [&](const Switch &S, bool Macro) {
    SourceLocation At = S.Set.isValid() ? S.Set : S.Used;
    if (At.isInvalid() || (S.NeedsEndpoint && S.Selects.empty()))
      return;
    std::string Where = S.Set.isValid() ? "" : " on the command line";
    std::string Selects = S.Selects.empty() ? "" : " and with it endpoint '" + S.Selects + "'";
    diag(At, "'%0' selects %1 at compile time%2 (%3)%4; a build with this setting ships "
             "pre-production routing to production, choose the environment at run time "
             "from configuration")
        << S.Name << S.Environment << Where << S.Evidence << Selects;
    if (!S.Set.isValid())
      return;
    StringRef Name = Macro ? StringRef(S.Name) : StringRef(S.Name).split('\'').first;
    if (!S.Selects.empty() && S.SelectsAt.isValid())
      diag(S.SelectsAt, "'%0' selects endpoint '%1' here", DiagnosticIDs::Note)
          << Name << S.Selects;
    else if (S.Used.isValid())
      diag(S.Used, "'%0' chooses what the program talks to here", DiagnosticIDs::Note) << Name;
  };
  for (auto &[Name, S] : Macros) {
    // `#ifndef FOO_TEST_HELPER_H_` / `#define FOO_TEST_HELPER_H_` guards a
    // header; it routes nothing.
    if (S.Definition && S.Definition->isUsedForHeaderGuard())
      continue;
    Switch Copy = S;
    auto It = MacroSelections.find(Name);
    if (Copy.Selects.empty() && It != MacroSelections.end()) {
      Copy.Selects = It->second.Endpoint;
      Copy.SelectsAt = It->second.At;
      if (Copy.Used.isInvalid())
        Copy.Used = It->second.At;
    }
    Report(Copy, true);
  }
  for (auto &[D, S] : Decls) {
    Switch Copy = S;
    auto It = Uses.find(D);
    if (It != Uses.end() && SM)
      Copy.Used = SM->getFileLoc(It->second);
    auto E = DefaultEnumerators.find(D);
    auto Sel = DeclSelections.find(E != DefaultEnumerators.end() ? E->second : D);
    if (Sel != DeclSelections.end()) {
      Copy.Selects = Sel->second.Endpoint;
      Copy.SelectsAt = Sel->second.At;
    }
    Report(Copy, false);
  }
  Macros.clear();
  Decls.clear();
  Uses.clear();
  DefaultEnumerators.clear();
  DeclSelections.clear();
  MacroSelections.clear();
}

} // namespace clang::tidy::premortem
