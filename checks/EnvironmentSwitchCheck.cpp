//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/EnvironmentSwitchCheck.h"
#include "checks/support/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;
using ::premortem::EndpointRule;

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
    : ClangTidyCheck(Name, Context), Rules(::premortem::rulesFor(*Context, Name)),
      Classifier(*Rules) {}

const EndpointRule *EnvironmentSwitchCheck::selects(StringRef Name, StringRef StringValue,
                                                   std::string &Evidence) const {
  std::vector<std::string> Words = ::premortem::identifierWords(Name);
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
  static const llvm::StringRef Places[] = {"env", "environment", "server", "host", "endpoint",
                                           "url", "uri", "api", "backend", "cluster",
                                           "gateway", "domain", "deployment", "tier"};
  if (!(Has(Places) || (Strong && (Has(RoutingWords) || OnlyEnvironment))))
    return nullptr;
  Evidence = "word '" + Word + "'";
  return Found;
}

bool EnvironmentSwitchCheck::isTestFile(const SourceManager &SM, SourceLocation Loc) const {
  return Classifier.isTestPath(SM.getFilename(SM.getSpellingLoc(Loc)));
}

namespace {

class MacroSwitches : public PPCallbacks {
public:
  MacroSwitches(EnvironmentSwitchCheck &Check, const SourceManager &SM)
      : Check(Check), SM(SM) {}

  void MacroDefined(const Token &MacroNameTok, const MacroDirective *MD) override {
    const MacroInfo *MI = MD->getMacroInfo();
    SourceLocation Loc = MI->getDefinitionLoc();
    bool CommandLine = SM.isWrittenInCommandLineFile(Loc) || SM.isWrittenInBuiltinFile(Loc);
    if (MI->isFunctionLike() || SM.isInSystemHeader(Loc) ||
        (!CommandLine && Check.isTestFile(SM, Loc)))
      return;
    StringRef Name = MacroNameTok.getIdentifierInfo()->getName();
    if (Name.starts_with("__"))
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
    EnvironmentSwitchCheck::Switch S;
    S.Name = Name.str();
    if (!CommandLine)
      S.Set = Loc;
    S.Environment = R->EnvironmentName;
    S.Evidence = Evidence;
    S.Definition = MI;
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
    if (It == Check.Macros.end() || It->second.Used.isValid())
      return;
    Loc = SM.getFileLoc(Loc);
    if (SM.isInSystemHeader(Loc) || Check.isTestFile(SM, Loc))
      return;
    It->second.Used = Loc;
  }

  void Ifdef(SourceLocation, const Token &Name, const MacroDefinition &) override {
    use(Name, Name.getLocation());
  }
  void Ifndef(SourceLocation, const Token &Name, const MacroDefinition &) override {
    use(Name, Name.getLocation());
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
};

} // namespace

void EnvironmentSwitchCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                                 Preprocessor *) {
  this->SM = &SM;
  PP->addPPCallbacks(std::make_unique<MacroSwitches>(*this, SM));
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
    Decls[Var->getCanonicalDecl()] = {Var->getName().str(), Var->getLocation(), {},
                                      R->EnvironmentName, Evidence};
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
    std::vector<std::string> EnumWords = ::premortem::identifierWords(Enum->getName());
    static const llvm::StringRef EnumNames[] = {"env",     "environment", "tier",  "deployment",
                                                "server",  "endpoint",    "backend", "stage",
                                                "cluster", "target"};
    bool EnvironmentEnum = llvm::any_of(
        EnumWords, [](const std::string &W) { return llvm::is_contained(EnumNames, W); });
    std::vector<std::string> Words = ::premortem::identifierWords(Enumerator->getName());
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
    std::string What = isa<ParmVarDecl>(D) ? "default argument" : "default value";
    Decls[D] = {(Enumerator->getName() + "' as the " + What + " of '" + D->getName()).str(),
                Loc, {}, Found->EnvironmentName, "enumerator word '" + Word + "'"};
  }
}

void EnvironmentSwitchCheck::onEndOfTranslationUnit() {
  auto Report = [&](const Switch &S, bool Macro) {
    SourceLocation At = S.Set.isValid() ? S.Set : S.Used;
    if (At.isInvalid())
      return;
    std::string Where = S.Set.isValid() ? "" : " on the command line";
    diag(At, "'%0' selects %1 at compile time%2 (%3); a build with this setting ships "
             "pre-production routing to production, choose the environment at run time "
             "from configuration")
        << S.Name << S.Environment << Where << S.Evidence;
    if (S.Set.isValid() && S.Used.isValid())
      diag(S.Used, "'%0' chooses what the program talks to here", DiagnosticIDs::Note)
          << (Macro ? S.Name : StringRef(S.Name).split('\'').first);
  };
  for (auto &[Name, S] : Macros)
    // `#ifndef FOO_TEST_HELPER_H_` / `#define FOO_TEST_HELPER_H_` guards a
    // header; it routes nothing.
    if (!S.Definition || !S.Definition->isUsedForHeaderGuard())
      Report(S, true);
  for (auto &[D, S] : Decls) {
    Switch Copy = S;
    auto It = Uses.find(D);
    if (It != Uses.end() && SM)
      Copy.Used = SM->getFileLoc(It->second);
    Report(Copy, false);
  }
  Macros.clear();
  Decls.clear();
  Uses.clear();
}

} // namespace clang::tidy::premortem
