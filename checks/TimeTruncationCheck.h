//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_TIMETRUNCATIONCHECK_H
#define PREMORTEM_CHECKS_TIMETRUNCATIONCHECK_H

#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/rules/Rules.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::premortem {

/// Finds points in time since 1970 (time_t, timespec seconds, chrono epoch counts) narrowed to 32-bit integers, epoch-second arithmetic done in 32-bit int, and long offsets passed to OpenSSL time APIs, which overflow in 2038 or on platforms where long has 32 bits.
///
/// For the user-facing documentation see docs/checks/time-truncation.md
class TimeTruncationCheck : public ClangTidyCheck {
public:
  TimeTruncationCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Reported.clear();
    EpochLocals.clear();
  }

private:
  void checkNarrowing(const CastExpr &Cast, ASTContext &Context);
  void checkIntProduct(const BinaryOperator &Op, ASTContext &Context);
  void checkLongOffset(const CallExpr &Call, ASTContext &Context);
  bool isRangeChecked(const Expr &Source, const Expr &Cast, QualType Dest,
                      const FunctionDecl *Caller, ASTContext &Context);
  bool isEpochValue(const Expr *E, ASTContext &Context, unsigned Depth = 0);
  bool isEpochLocal(const VarDecl &Var, ASTContext &Context, unsigned Depth);
  bool computeEpochLocal(const VarDecl &Var, ASTContext &Context, unsigned Depth);
  bool isTimeTType(QualType T) const;
  bool isWireFormat(const Expr &Cast, QualType Dest, const FunctionDecl *Caller,
                    ASTContext &Context) const;
  bool ownedByCertExpiry(const Expr &Seconds, ASTContext &Context) const;
  bool firstReport(SourceLocation Loc) { return Reported.insert(Loc.getRawEncoding()).second; }

  std::shared_ptr<const RulePack> Rules;
  /// premortem-cert-expiry runs too and reports validity seconds computed
  /// from days, so this check leaves those to it.
  const bool CertExpiryEnabled;
  llvm::DenseSet<unsigned> Reported;
  llvm::DenseMap<const VarDecl *, bool> EpochLocals;
};

} // namespace clang::tidy::premortem

#endif
