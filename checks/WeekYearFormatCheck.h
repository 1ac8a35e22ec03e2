//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_WEEKYEARFORMATCHECK_H
#define PREMORTEM_CHECKS_WEEKYEARFORMATCHECK_H

#include "checks/support/rules/Rules.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace clang::tidy::premortem {

/// Finds date format strings that mix the ISO week-based year (%G, %g) with a month or day of the month, or the ISO week number (%V) with the calendar year, which print the wrong year in the days around New Year.
///
/// For the user-facing documentation see docs/checks/week-year-format.md
class WeekYearFormatCheck : public ClangTidyCheck {
public:
  WeekYearFormatCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Reported.clear(); }

private:
  void checkFormat(const StringLiteral &Literal, bool BraceSpecs, const Expr &Use,
                   ASTContext &Context);

  std::shared_ptr<const RulePack> Rules;
  /// Formatter name (date-formatters pack) -> index of its format argument;
  /// -1 for std::format-style functions whose chrono specs sit in {:...}
  /// fields, -2 for "the first string argument".
  llvm::StringMap<int> Functions;
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::premortem

#endif
