//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_UNCHECKEDTIMECONVERSIONCHECK_H
#define PREMORTEM_CHECKS_UNCHECKEDTIMECONVERSIONCHECK_H

#include "checks/support/ast/AccessPath.h"
#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/rules/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::premortem {

struct FieldWrite;
struct ResultUse;

/// Finds time conversions whose failure goes unnoticed: ignored results after
/// the input date was built or shifted, NULL results of gmtime/localtime-style
/// calls used without a check, and out-parameters read after an unchecked
/// conversion.
///
/// For the user-facing documentation see docs/checks/unchecked-time-conversion.md
class UncheckedTimeConversionCheck : public ClangTidyCheck {
public:
  UncheckedTimeConversionCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  struct Site;

  void checkPointerUses(const Site &S, const ResultUse &Use);
  void checkIgnoredResult(const Site &S);
  std::optional<FieldWrite> findInputChange(const Site &S) const;
  const Stmt *findOutputRead(const Site &S) const;
  bool inputFromClock(const Site &S) const;
  /// True if every write of Object that reaches At stored the current time,
  /// following copies from other locals up to two levels.
  bool fromClock(const Site &S, const Stmt &At, const AccessPath &Object,
                 unsigned Depth) const;
  bool crashesOnNull(const CallExpr &Call, unsigned ArgIndex) const;
  /// False if a finding of this kind was already reported at Loc (templates
  /// are seen once per instantiation).
  bool firstReport(SourceLocation Loc, unsigned Kind);

  std::shared_ptr<const RulePack> Rules;
  const bool FlagAllIgnoredResults;
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
};

} // namespace clang::tidy::premortem

#endif
