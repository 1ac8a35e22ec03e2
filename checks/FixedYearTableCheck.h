//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_FIXEDYEARTABLECHECK_H
#define PREMORTEM_CHECKS_FIXEDYEARTABLECHECK_H

#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/rules/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds per-day tables with 365 entries, which have no room for 31 December of a leap year, and month-length tables that give February 28 days read without a leap-year adjustment.
///
/// For the user-facing documentation see docs/checks/fixed-year-table.md
class FixedYearTableCheck : public ClangTidyCheck {
public:
  FixedYearTableCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  enum class MonthTable { None, Lengths, DaysBefore };
  struct Table {
    bool Year365 = false;    // 365 entries
    bool Characters = false; // a char array: a string, unless indexed by day
    MonthTable Months = MonthTable::None;
    unsigned FebruaryIndex = 1;
    SourceLocation Loc;
  };
  struct Read {
    const ArraySubscriptExpr *E;
    const FunctionDecl *Caller;
  };
  void addTable(const ValueDecl *D, ASTContext &Context);
  bool leapHandledOnPath(const Read &R);
  bool isWritten(ArrayRef<Read> TableReads);
  bool isLeapEvidence(const Stmt *S);
  bool firstReport(SourceLocation Loc) { return Reported.insert(Loc.getRawEncoding()).second; }

  ASTContext *Context = nullptr;
  llvm::MapVector<const ValueDecl *, Table> Tables;
  llvm::DenseMap<const ValueDecl *, SmallVector<Read, 4>> Reads;
  llvm::DenseSet<unsigned> Reported;
  std::shared_ptr<const RulePack> Rules;
  llvm::DenseMap<const FunctionDecl *, bool> LeapFunctions; // leap test or not
};

} // namespace clang::tidy::premortem

#endif
