//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_LEAPYEARFORMULACHECK_H
#define PREMORTEM_CHECKS_LEAPYEARFORMULACHECK_H

#include "checks/support/rules/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds Gregorian leap-year tests that are incomplete or wrong: `% 4` alone, `% 100` without `% 400`, inverted tests, and `% 400` applied to `tm_year` without adding 1900.
///
/// For the user-facing documentation see docs/checks/leap-year-formula.md
class LeapYearFormulaCheck : public ClangTidyCheck {
public:
  LeapYearFormulaCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override {
    Reported.clear();
    Judged.clear();
  }

private:
  /// Silent on `% 4` alone when the code says its years are 1901-2099.
  const bool Years1901To2099;
  std::shared_ptr<const RulePack> Rules;
  llvm::DenseSet<unsigned> Reported;
  llvm::DenseSet<const FunctionDecl *> Judged; // functions already looked at
};

} // namespace clang::tidy::premortem

#endif
