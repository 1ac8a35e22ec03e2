//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_DAYSPERYEARCHECK_H
#define PREMORTEM_CHECKS_DAYSPERYEARCHECK_H

#include "checks/support/rules/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds a year taken as 365 days where it meets a point in time or a date (`now + 365*24*3600`, `days{365}`, `tm_mday += 365`) and years computed as `days / 365`, which are a day off across 29 February.
///
/// For the user-facing documentation see docs/checks/days-per-year.md
class DaysPerYearCheck : public ClangTidyCheck {
public:
  DaysPerYearCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Reported.clear();
    LeapAware.clear();
    Adders.clear();
  }

private:
  bool isLeapAware(const FunctionDecl *F, ASTContext &Context);
  void reportYear(const Expr *Year, StringRef Unit, ASTContext &Context);
  void checkYearExtraction(const BinaryOperator *Div, ASTContext &Context);
  /// The function holding S if it does not handle leap years; null outside
  /// any function or in one that does.
  const FunctionDecl *leapUnawareFunction(const Stmt *S, ASTContext &Context);
  void checkDayAdder(const Expr *E, ASTContext &Context);
  void reportDate(const Expr *At, StringRef What, bool Subtracted, ASTContext &Context);

  std::shared_ptr<const RulePack> Rules;
  llvm::DenseSet<unsigned> Reported;
  llvm::DenseMap<const FunctionDecl *, bool> LeapAware;
  struct AdderOf {
    const DayAdder *Entry = nullptr;
    bool NamedAddDays = false;
  };
  llvm::DenseMap<const NamedDecl *, AdderOf> Adders;
};

} // namespace clang::tidy::premortem

#endif
