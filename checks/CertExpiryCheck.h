//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_CERTEXPIRYCHECK_H
#define PREMORTEM_CHECKS_CERTEXPIRYCHECK_H

#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/ast/ResultUse.h"
#include "checks/support/rules/RulePack.h"
#include "checks/support/flow/YearShift.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds certificate validity that can fail or be wrong on a leap day: validity dates built from a year shifted without 29-February handling, validity calls whose failure result is ignored, validity seconds that overflow or mix units, UTCTime objects set past 2049, and nonexistent constant dates.
///
/// For the user-facing documentation see docs/checks/cert-expiry.md
class CertExpiryCheck : public ClangTidyCheck {
public:
  CertExpiryCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  struct Site;
  /// How a date argument comes from a year shifted without 29-February
  /// handling: a shift the flow engine pairs with a use in the argument (or
  /// in the value of the local it reads), a year printed shifted, or a date
  /// rebuilt from a shifted year and the old day.
  struct ShiftEvidence {
    const ShiftedUse *Found = nullptr;
    const Stmt *Via = nullptr; // where the shifted date became this value
    const Expr *PrintedYear = nullptr;
    std::optional<RebuiltDate> Rebuilt;
    explicit operator bool() const { return Found || PrintedYear || Rebuilt; }
  };

  void checkShiftedDate(const Site &S);
  /// The evidence that Arg of Call (in S's function) holds a shifted date;
  /// Formats: Call prints or copies its date arguments (snprintf, strftime).
  ShiftEvidence shiftedArgument(const Expr *Arg, const CallExpr &Call, bool Formats,
                                const Site &S);
  /// The evidence that helper F prints a shifted date into its parameter
  /// Out, or (Out null) into the string it returns.
  ShiftEvidence helperFormatsShifted(const FunctionDecl *F, const ParmVarDecl *Out,
                                     const Site &S);
  /// True if S sets a local ASN1_TIME that a later validity call in the same
  /// function takes as its date (that call is reported instead).
  bool storedForLaterSink(const Site &S);
  void checkIgnoredResult(const Site &S);
  void checkConstantDates(const Site &S);
  void checkArithmetic(const Site &S);
  void checkUtcTime(const Site &S);
  void checkImplicitYear(const Site &S);
  bool validatedLater(const Site &S) const;
  /// The assignment that overwrites a stored result before any read on
  /// some path, or null.
  const Stmt *overwrittenUnread(const ResultUse &Use, const Site &S) const;
  /// True if Caller tests for leap years or fixes up 29 February anywhere.
  bool handlesLeapDay(const FunctionDecl *Caller);
  /// False if a finding of this kind was already reported at Loc (templates
  /// are seen once per instantiation).
  bool firstReport(SourceLocation Loc, unsigned Kind);

  std::shared_ptr<const RulePack> Rules;
  const bool FlagImplicitOneYear;
  /// The year `time(NULL)` is taken to be in, for the UTCTime 2050 limit.
  const unsigned NowYear;
  /// The flow engine of premortem-year-arithmetic: which year shifts reach
  /// a call without 29-February handling. Its graph cache serves this check.
  YearShiftAnalysis Shifts;
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
};

} // namespace clang::tidy::premortem

#endif
