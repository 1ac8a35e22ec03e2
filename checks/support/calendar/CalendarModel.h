//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The calendar model every date and certificate check asks: which fields
// hold a year, month or day and their bases (the `calendar` rule pack only),
// which names are non-Gregorian calendars, what is a
// leap-year test, and what handles 29 February. One answer per question, so
// two checks never disagree about the same code.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_CALENDAR_CALENDARMODEL_H
#define PREMORTEM_CHECKS_SUPPORT_CALENDAR_CALENDARMODEL_H

#include "checks/support/rules/RulePack.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>

namespace clang {
class ASTContext;
class Expr;
class FieldDecl;
class FunctionDecl;
class RecordDecl;
class Stmt;
} // namespace clang

namespace clang::tidy::premortem {

//===--- Date fields -------------------------------------------------------===//

/// The calendar part a field holds. Day of week is not a part: conversions
/// ignore it.
enum class DatePart { None, Year, Month, Day, YearDay };

/// The `calendar` entry of Record (by its name or its typedef name), or null.
const CalendarType *calendarTypeOf(const RulePack &Rules, const clang::RecordDecl &Record);

/// The `calendar` entry of the record declaring Field, or null.
const CalendarType *calendarTypeOf(const RulePack &Rules, const clang::FieldDecl *Field);

/// The part Field holds by its record's `calendar` entry; None for fields of
/// other records (no guessing from field names).
DatePart datePartOf(const RulePack &Rules, const clang::FieldDecl *Field);

/// The part E reads directly, through parentheses and casts: `tm.tm_mday`,
/// `p->wYear`, `(WORD)st.wMonth`.
DatePart datePartRead(const RulePack &Rules, const clang::Expr *E);

/// True if Record is a `calendar` entry (a broken-down date).
bool isDateRecord(const RulePack &Rules, const clang::RecordDecl &Record);

/// The value January has in Type's month field, and the year a stored 0
/// stands for: a stored value plus these is the calendar value.
inline int64_t monthOffset(const CalendarType &Type) { return Type.MonthBase == 0 ? 1 : 0; }
inline int64_t yearOffset(const CalendarType &Type) { return Type.YearBase; }

//===--- Calendars ---------------------------------------------------------===//

/// True if Name (a function, variable, record or file name) contains the
/// word of a non-Gregorian calendar: Hijri, Julian, Hebrew... years follow
/// other leap rules there.
bool namesOtherCalendar(const RulePack &Rules, llvm::StringRef Name);

//===--- Leap tests and 29 February ----------------------------------------===//

/// True if S is a leap-year test term: `y % 4`, `y % 16`, `y % 400`, `y & 3`,
/// `y & 15`, in any expression context. Every equivalent form of the
/// Gregorian test has one; `% 100` and `% 25` alone do not make a test (two-
/// digit years are `y % 100`).
bool isLeapTestTerm(const clang::Stmt *S, const clang::ASTContext &Context);

/// True if S compares a day with 28 or 29 (the February fix-up
/// `mday == 29`, the clamp `day > 28 ? 28 : day`): the day is a day field of
/// the calendar pack, a `day()` call or a variable.
bool isDayLimitTest(const RulePack &Rules, const clang::Stmt *S,
                    const clang::ASTContext &Context);

/// The leap-test and 29-February questions that need a per-translation-unit
/// cache (which functions are leap helpers). One per check; clear() at the
/// end of each translation unit.
class CalendarModel {
public:
  explicit CalendarModel(std::shared_ptr<const RulePack> Rules) : Rules(std::move(Rules)) {}

  const RulePack &rules() const { return *Rules; }

  /// True for a function that tests for leap years or clamps a day: a
  /// `date-guards` entry, a name with a date-guard word, a body with
  /// a leap-test term, or a wrapper of such a function.
  bool isLeapHelper(const clang::FunctionDecl *F);

  /// True if S is a leap-test term or a call of a leap helper.
  bool isLeapTest(const clang::Stmt *S, const clang::ASTContext &Context);

  /// True if S handles 29 February by itself: a leap test or a day-limit test.
  bool handlesLeapDay(const clang::Stmt *S, const clang::ASTContext &Context);

  /// True if some statement inside Body handles 29 February.
  bool containsLeapDayHandling(const clang::Stmt *Body, const clang::ASTContext &Context);

  void clear() { LeapHelpers.clear(); }

private:
  std::shared_ptr<const RulePack> Rules;
  llvm::DenseMap<const clang::FunctionDecl *, bool> LeapHelpers;
};

} // namespace clang::tidy::premortem

#endif
