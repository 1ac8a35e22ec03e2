//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_YEARARITHMETICCHECK_H
#define PREMORTEM_CHECKS_YEARARITHMETICCHECK_H

#include "checks/support/FunctionCFG.h"
#include "checks/support/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <map>
#include <memory>

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
  struct Shift;
  std::shared_ptr<Shift> recognizeShift(const Expr *Site, const MemberExpr *Field,
                                      const FunctionDecl *Caller, ASTContext &Context);
  const Shift *helperShift(const FunctionDecl *Helper, unsigned Index,
                           ASTContext &Context);
  const Stmt *findUnhandledUse(const Shift &S, const ::premortem::FunctionCFG &Graph,
                               ASTContext &Context);
  void checkHelperCall(const CallExpr *Call, const FunctionDecl *Helper,
                       ASTContext &Context);
  bool writesYearField(const FunctionDecl *Def);
  void checkChrono(const CXXOperatorCallExpr *Op, const FunctionDecl *Caller,
                   ASTContext &Context);
  void report(const Shift &S, const Stmt *Use, const Shift *InHelper,
              const FunctionDecl *Helper, ASTContext &Context);

public:
  /// True for a function that tests for leap years or clamps a day.
  bool isLeapHelper(const FunctionDecl *F);

private:

  std::shared_ptr<const ::premortem::RulePack> Rules;
  ::premortem::FunctionCFGCache Graphs;
  llvm::DenseMap<const FunctionDecl *, bool> LeapHelpers;
  /// Per function definition: does its body mention a year field at all.
  llvm::DenseMap<const FunctionDecl *, bool> YearWriters;
  /// Per helper and parameter: the unhandled year shift it makes, or null.
  std::map<std::pair<const FunctionDecl *, unsigned>, std::shared_ptr<Shift>> Summaries;
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::premortem

#endif
