//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_UNCHECKEDTIMECONVERSIONCHECK_H
#define PREMORTEM_CHECKS_UNCHECKEDTIMECONVERSIONCHECK_H

#include "checks/support/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds ignored failures of time conversions whose input the code built or
/// shifted, and NULL results of gmtime/localtime-style calls used without a
/// check.
///
/// For the user-facing documentation see docs/checks/unchecked-time-conversion.md
class UncheckedTimeConversionCheck : public ClangTidyCheck {
public:
  UncheckedTimeConversionCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  std::shared_ptr<const ::premortem::RulePack> Rules;
  const bool FlagAllIgnoredResults;
};

} // namespace clang::tidy::premortem

#endif
