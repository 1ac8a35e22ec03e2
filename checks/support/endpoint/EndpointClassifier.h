//===----------------------------------------------------------------------===//
// Which environment an endpoint belongs to, by the `endpoints` rule pack.
// No AST: input an Endpoint, output a verdict with the evidence.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_ENDPOINTCLASSIFIER_H
#define PREMORTEM_CHECKS_SUPPORT_ENDPOINTCLASSIFIER_H

#include "checks/support/endpoint/EndpointParser.h"
#include "checks/support/rules/RulePack.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"
#include <memory>

namespace clang::tidy::premortem {

struct EndpointVerdict {
  enum Level {
    Ignored,       // loopback, documentation, reference URL, allowlisted
    Production,    // a public endpoint: a note
    NonProduction, // an environment label, internal name or private address
  };
  Level What = Ignored;
  std::string Environment; // "pre-production", "internal network"
  std::string Evidence;    // "label 'preprod'", "private range 10.0.0.0/8"
};

class EndpointClassifier {
public:
  explicit EndpointClassifier(const RulePack &Rules);

  /// Suffix lists for findEndpoints.
  HostSuffixes suffixes() const { return {PublicSuffixes, InternalSuffixes}; }

  EndpointVerdict classify(const Endpoint &E, llvm::StringRef Text) const;

  /// True if Path (a source file) is test code by the test-paths globs.
  bool isTestPath(llvm::StringRef Path) const;

  /// The environment rule a single word names (`staging` -> staging), or
  /// null. Words are identifier words, already lowercase.
  const EndpointRule *environmentOfWord(llvm::StringRef Word) const;

private:
  bool matchesTestPath(llvm::StringRef Path) const;
  bool allowed(const EndpointAllow &Allow, const std::vector<llvm::Regex> &Regexes,
               llvm::StringRef Host, llvm::StringRef Url) const;
  bool allowedFor(llvm::StringRef RuleName, llvm::StringRef Host, llvm::StringRef Url) const;
  std::optional<std::string> labelMatch(const EndpointRule &R, const Endpoint &E) const;

  std::vector<std::string> PublicSuffixes, InternalSuffixes, DocSuffixes;
  std::vector<const EndpointRule *> Environments, InternalRules, ReferenceUrls, TestPaths;
  mutable llvm::StringMap<bool> TestPathCache;
  llvm::StringMap<const EndpointRule *> LabelIndex; // see the constructor
  struct CompiledAllow {
    const EndpointRule *Rule;
    std::vector<llvm::Regex> Regexes;
  };
  std::vector<CompiledAllow> Allowlists; // kind allowlist
  std::vector<CompiledAllow> RuleAllows; // `allow:` of environment/internal rules
};

} // namespace clang::tidy::premortem

#endif
