//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_HARDCODEDENDPOINTCHECK_H
#define PREMORTEM_CHECKS_HARDCODEDENDPOINTCHECK_H

#include "checks/support/endpoint/EndpointClassifier.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds network endpoints written into string literals (URLs, host:port, host names, IP addresses) and names the environment they belong to: non-production and private endpoints are warnings, production endpoints are notes.
///
/// For the user-facing documentation see docs/checks/hardcoded-endpoint.md
class HardcodedEndpointCheck : public ClangTidyCheck {
public:
  HardcodedEndpointCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }

private:
  std::shared_ptr<const RulePack> Rules;
  EndpointClassifier Classifier;
  const bool ReportProduction;
  void recordContext(const ast_matchers::MatchFinder::MatchResult &Result);

  llvm::DenseSet<unsigned> Reported; // spelling locations already reported
  // Literals that are format strings, or not values at all (see recordContext).
  llvm::DenseSet<const StringLiteral *> FormatLiterals, IgnoredLiterals;
};

} // namespace clang::tidy::premortem

#endif
