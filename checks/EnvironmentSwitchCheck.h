//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_ENVIRONMENTSWITCHCHECK_H
#define PREMORTEM_CHECKS_ENVIRONMENTSWITCHCHECK_H

#include "checks/support/endpoint/EndpointClassifier.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/Lex/MacroInfo.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include <map>
#include <memory>

namespace clang::tidy::premortem {

/// Finds compile-time switches set to a non-production environment (macros such as USE_STAGING, constant booleans such as kUseTestServer, enumerator defaults such as Environment::Staging) that route traffic to that environment.
///
/// For the user-facing documentation see docs/checks/environment-switch.md
class EnvironmentSwitchCheck : public ClangTidyCheck {
public:
  EnvironmentSwitchCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }

  /// A switch found: where it is set, what it is called and what it selects.
  struct Switch {
    std::string Name;
    SourceLocation Set;   // invalid when set on the command line
    SourceLocation Used;  // first use (#if, #ifdef, an expression), if any
    std::string Environment;
    std::string Evidence; // "word 'staging'", "value \"preprod\""
    /// The macro's definition, to drop include guards once the file is
    /// known to be guarded (not yet known when the macro is defined).
    const MacroInfo *Definition = nullptr;
    /// The endpoint the branch chosen by the switch names, and where the
    /// switch chooses it (an `#if`, `if constexpr`, `?:` or `case`).
    std::string Selects;
    SourceLocation SelectsAt;
    /// A weak-switch label without a place word (`ENABLE_SANDBOX`): reported
    /// only when its branch selects an endpoint.
    bool NeedsEndpoint = false;
    /// The taken `#if` branch of a macro switch that wrote no endpoint
    /// literal: constants it reads (`return kPreprodUrl;`) may name one.
    SourceLocation BranchBegin, BranchEnd, BranchAt;
  };

  /// The endpoint of a constant's string initializer, into Best.
  void considerConstant(const VarDecl *Var, std::string &Best, bool &BestNonProduction) const;

  /// Keeps in Best the endpoint of Text to name as selected: the first
  /// non-production one, else the first production one.
  void considerEndpoints(StringRef Text, std::string &Best, bool &BestNonProduction) const;
  /// The endpoint named by the string literals written in [Begin, End) of
  /// one file (a preprocessor branch), or "".
  std::string endpointInSource(const SourceManager &SM, const LangOptions &LO,
                               SourceLocation Begin, SourceLocation End) const;

  /// True if R is a weak-switch label and Name has no place word.
  static bool needsEndpoint(const EndpointRule &R, StringRef Name);
  /// The environment a switch named Name selects when its value is
  /// Value ("" for a flag), or null. Used for macros and constants.
  const EndpointRule *selects(StringRef Name, StringRef StringValue,
                                           std::string &Evidence) const;
  bool isTestFile(const SourceManager &SM, SourceLocation Loc) const;

  llvm::MapVector<std::string, Switch, std::map<std::string, unsigned>> Macros;

private:
  std::shared_ptr<const RulePack> Rules;
  EndpointClassifier Classifier;
  llvm::MapVector<const Decl *, Switch> Decls;
  llvm::DenseMap<const Decl *, SourceLocation> Uses;
  /// Enumerator defaults: the enumerator each reported declaration names.
  llvm::DenseMap<const Decl *, const Decl *> DefaultEnumerators;
  /// What a branch chosen by a constant, an enumerator or a macro selects.
  struct Selection {
    std::string Endpoint;
    SourceLocation At;
  };
  llvm::DenseMap<const Decl *, Selection> DeclSelections;
  std::map<std::string, Selection> MacroSelections;
  void recordSelection(const Expr *Cond, const Stmt *Chosen,
                       const ast_matchers::MatchFinder::MatchResult &Result);
  const SourceManager *SM = nullptr;
};

} // namespace clang::tidy::premortem

#endif
