//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_YEARARITHMETICCHECK_H
#define PREMORTEM_CHECKS_YEARARITHMETICCHECK_H

#include "checks/support/flow/YearShift.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::premortem {

/// Finds calendar years shifted by arithmetic and then used on a path that does not handle 29 February, the date that does not exist in the shifted year.
///
/// For the user-facing documentation see docs/checks/year-arithmetic.md
class YearArithmeticCheck : public ClangTidyCheck {
public:
  YearArithmeticCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  void checkCall(const CallExpr *Call, ASTContext &Context);
  void checkChrono(const CXXOperatorCallExpr *Op, const FunctionDecl *Caller,
                   ASTContext &Context);
  void report(const ShiftedUse &Pair, ASTContext &Context);
  void reportRebuild(const RebuiltDate &Rebuilt, ASTContext &Context);
  void reportPrint(const PrintedDate &Printed, ASTContext &Context);

  /// The shift -> unhandled use engine, shared with other checks.
  YearShiftAnalysis Shifts;
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::premortem

#endif
