//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The Gregorian leap-year rule: recognizes leap tests in any shape by
// evaluating them over sample years (one expression, nested ifs, early
// returns, `(y & 3) == 0`, helper functions, library predicates) and says how
// an incomplete or wrong test differs from the rule.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_LEAPRULE_H
#define PREMORTEM_CHECKS_SUPPORT_LEAPRULE_H

#include "checks/support/rules/RulePack.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang {
class ASTContext;
class BinaryOperator;
class CallExpr;
class Expr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace clang::tidy::premortem {

/// How a test relates to the Gregorian rule
/// `y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)`.
enum class LeapVerdict {
  NotLeapTest,   // not a leap test, or not evaluable
  Complete,      // the full rule (or its negation)
  Mod4Only,      // `y % 4 == 0` alone: 1900 and 2100 taken as leap years
  Missing400,    // `% 100` without `% 400`: 2000 and 2400 taken as common years
  TmYearNo1900,  // the full rule applied to years since 1900 (`tm_year`)
  Other,         // some other table over years, not judged
};

/// Which outcome of the test means "leap year".
enum class LeapPolarity { Leap, Common };

struct LeapClass {
  LeapVerdict Verdict = LeapVerdict::NotLeapTest;
  LeapPolarity Polarity = LeapPolarity::Leap;
  /// The results were year or February lengths (366/365, 29/28), so the
  /// polarity is what the code means: Common is an inverted test.
  bool FromLengths = false;
};

/// A term of a leap test: `Y % 4`, `Y % 100`, `Y % 400`, `Y % 16`, `Y % 25`,
/// `Y & 3`, `Y & 15`. Year is Y without added constants (`tm_year` in
/// `(tm_year + 1900) % 400`), Offset the constant added.
struct LeapTerm {
  const clang::BinaryOperator *Op = nullptr;
  const clang::Expr *Year = nullptr;
  int64_t Offset = 0;
  unsigned Modulus = 0; // 4, 100, 400, 16 or 25 (`& 3` is 4, `& 15` is 16)
};

/// The leap-test term S is, if any.
std::optional<LeapTerm> leapTermOf(const clang::Stmt *S, const clang::ASTContext &Context);

/// True if two year expressions are the same value (structurally equal).
bool sameYear(const clang::Expr *A, const clang::Expr *B, const clang::ASTContext &Context);

/// True if Year is `tm_year` of `struct tm` (years since 1900).
bool isTmYear(const clang::Expr *Year);

/// Classifies E as a test of the year Year, whose value is the full year
/// minus Base (1900 for years since 1900): E is evaluated over sample years
/// with Year substituted. Calls of leap helpers and library predicates are
/// followed. NotLeapTest when E depends on anything else.
LeapClass classifyLeapExpr(const clang::Expr *E, const clang::Expr *Year, int64_t Base,
                           const clang::ASTContext &Context, const RulePack *Rules);

/// Classifies the conjunction (And) or disjunction of Parts, each a test
/// of the year Year as for classifyLeapExpr: `(mo > 1) && y % 4 == 0 &&
/// y != 2100` is judged by its year-only parts together.
LeapClass classifyLeapParts(llvm::ArrayRef<const clang::Expr *> Parts, bool And,
                            const clang::Expr *Year, int64_t Base,
                            const clang::ASTContext &Context, const RulePack *Rules);

/// Classifies the result of F as a function of its parameter Param (the
/// year), by evaluating its body (nested ifs, early returns, locals, helper
/// calls). Results 366/365 and 29/28 count as leap/common.
/// Base is as for classifyLeapExpr. F must have Param as its only parameter.
LeapClass classifyLeapFunction(const clang::FunctionDecl &F, unsigned Param,
                               const clang::ASTContext &Context, const RulePack *Rules,
                               int64_t Base = 0);

/// True if E evaluates for every sample year with Year substituted: it
/// depends on nothing but the year.
bool dependsOnlyOnYear(const clang::Expr *E, const clang::Expr *Year,
                       const clang::ASTContext &Context, const RulePack *Rules);

/// True for a library leap predicate: `std::chrono::year::is_leap`,
/// `QDate::isLeapYear`, `boost::gregorian::gregorian_calendar::is_leap_year`,
/// `icu::GregorianCalendar::isLeapYear`, `Poco::DateTime::isLeapYear`, and
/// the `leap-test` entries of the `date-guards` pack (`g_date_is_leap_year`).
bool isLibraryLeapPredicate(const clang::FunctionDecl &F, const RulePack *Rules);

/// The complete rule spelled for the year text Year, true for leap years
/// (Polarity Leap) or for common years.
std::string spellLeapRule(llvm::StringRef Year, LeapPolarity Polarity);

} // namespace clang::tidy::premortem

#endif
