//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_LEAPYEARLOOPCHECK_H
#define PREMORTEM_CHECKS_LEAPYEARLOOPCHECK_H

#include "checks/support/ast/FunctionCFG.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::premortem {

/// Finds loops that count days down to a year while more than 365 days remain and have a path through the body that neither consumes days nor leaves the loop, the infinite loop on day 366 of a leap year.
///
/// For the user-facing documentation see docs/checks/leap-year-loop.md
class LeapYearLoopCheck : public ClangTidyCheck {
public:
  LeapYearLoopCheck(StringRef Name, ClangTidyContext *Context) : ClangTidyCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Reported.clear();
  }

private:
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::premortem

#endif
