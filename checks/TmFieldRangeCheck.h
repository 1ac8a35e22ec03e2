//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_TMFIELDRANGECHECK_H
#define PREMORTEM_CHECKS_TMFIELDRANGECHECK_H

#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/rules/Rules.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::premortem {

/// Finds base errors on broken-down date fields: tm_mon compared with 12 or used as 1-based, tm_year compared with, assigned or printed as a four-digit year, tm_mday and tm_yday indexing tables one entry short, and copies between struct tm and full-year structs missing the 1900 or 1 offset.
///
/// For the user-facing documentation see docs/checks/tm-field-range.md
class TmFieldRangeCheck : public ClangTidyCheck {
public:
  TmFieldRangeCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Reported.clear();
  }

private:
  void checkComparison(const BinaryOperator &Op, ASTContext &Context);
  void checkAssignment(const BinaryOperator &Op, ASTContext &Context);
  void checkAddition(const BinaryOperator &Op, ASTContext &Context);
  void checkSubscript(const ArraySubscriptExpr &E, ASTContext &Context);
  void checkPrint(const CallExpr &Call, ASTContext &Context);
  void checkIcuSet(const CallExpr &Call, ASTContext &Context);
  bool firstReport(SourceLocation Loc) { return Reported.insert(Loc.getRawEncoding()).second; }

  std::shared_ptr<const RulePack> Rules; // field bases: `calendar`
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::premortem

#endif
