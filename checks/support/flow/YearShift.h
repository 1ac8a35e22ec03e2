//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Year shifts and where the shifted date is used without 29-February
// handling. A shift is arithmetic on the year of a calendar date
// (`tm.tm_year += 1`, `st.wYear++`, `end.year = now->year + 1`, a helper of
// the translation unit that does that to an out-parameter); a use is a
// conversion, copy, return, comparison or formatting of the date reached on
// some path from the shift with no leap test, day clamp or February test on
// it. premortem-year-arithmetic reports every pair; other checks ask for the
// pairs whose use is a call they care about (certificate validity APIs).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_YEARSHIFT_H
#define PREMORTEM_CHECKS_SUPPORT_YEARSHIFT_H

#include "checks/support/ast/AccessPath.h"
#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/rules/RulePack.h"
#include "checks/support/ast/ValueOrigin.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FunctionDecl;
class MemberExpr;
class Stmt;
} // namespace clang

namespace clang::tidy::premortem {

/// One year shift: Object's year written at Site (for a helper call, Site is
/// the call).
struct YearShift {
  const clang::Expr *Site = nullptr; // `++`/`--`/`+=`/`-=`/`=`, or the call
  AccessPath Object;                 // the date whose year is shifted
  const CalendarType *Type = nullptr; // its calendar entry
  std::optional<int64_t> Offset;     // the shift when it is a constant
  int Direction = 0;                 // +1 incremented, -1 decremented, 0 unknown
};

/// A shift and the places its date is used without 29-February handling.
struct ShiftedUse {
  YearShift Shift;
  /// The first use in source order (the one a diagnostic notes).
  const clang::Stmt *Use = nullptr;
  /// Every use reached (for analyzeFunction: also the uses after other uses).
  llvm::SmallVector<const clang::Stmt *, 4> Uses;
  /// No use in the function, but the date reaches the caller (a pointer or
  /// reference parameter, a member, a global) from an externally visible
  /// function on a path without 29-February handling; Use is then the body.
  bool Escapes = false;
  /// For a helper call: the helper and the shift inside it; else null.
  const clang::FunctionDecl *Helper = nullptr;
  const YearShift *InHelper = nullptr;
};

/// A date built from parts (rule pack `date-builders`) with a shifted year
/// and the day of the original date: `QDate(d.year() + 1, d.month(), d.day())`.
struct RebuiltDate {
  const clang::Expr *Build = nullptr; // the constructor or call
  const clang::Expr *YearArg = nullptr;
  const clang::Expr *DayArg = nullptr;
  const DateBuilder *Builder = nullptr;
  std::string BuilderName; // as declared: `QDate`, `g_date_new_dmy`
  int Direction = 0;       // +1, -1, 0 unknown
};

/// A date printed into a string with a shifted year and the old day, the
/// string then read by a date-parsers entry: `snprintf(buf, n, "%04d%02d%02d",
/// tm.tm_year + 1900 + 1, ...); ASN1_TIME_set_string(t, buf);`.
struct PrintedDate {
  const clang::CallExpr *Print = nullptr; // snprintf, std::format, ...
  const clang::Expr *YearArg = nullptr;
  const clang::Stmt *Parse = nullptr;     // the parser call reached
  std::string ParserName;
  AccessPath Text;                        // the string printed into
  int Direction = 0;
};

/// What an integer expression holds, as far as years go.
struct YearValue {
  bool IsYear = false;  // a calendar year, in any representation
  bool Shifted = false; // shifted by arithmetic (not ±1900 and the like)
  int Direction = 0;    // +1, -1, 0 unknown (when Shifted)
};

/// The analysis, with its per-translation-unit caches (graphs, leap-helper
/// and out-parameter summaries). Create one per check; clear() at the end of
/// each translation unit.
class YearShiftAnalysis {
public:
  explicit YearShiftAnalysis(std::shared_ptr<const RulePack> Rules);

  const RulePack &rules() const { return *Rules; }
  CalendarModel &model() { return Model; }

  /// The shift Site (`++`/`--`, `=`, `+=`, `-=` writing Field) makes in
  /// Caller, or null if it is no calendar year shift (representation
  /// conversions, month roll-over, non-Gregorian calendars).
  std::shared_ptr<YearShift> recognizeShift(const clang::Expr *Site,
                                            const clang::MemberExpr *Field,
                                            const clang::FunctionDecl *Caller,
                                            clang::ASTContext &Context);

  /// The unhandled shift Helper makes to the date its parameter Index points
  /// or refers to, or null.
  const YearShift *helperShift(const clang::FunctionDecl *Helper, unsigned Index,
                               clang::ASTContext &Context);

  /// CalendarModel::isLeapHelper.
  bool isLeapHelper(const clang::FunctionDecl *F);

  /// The first use of S's date on a path from S.Site with no 29-February
  /// handling, or null. With AllUses set, the search goes on after a use and
  /// Out receives every use; otherwise each path ends at its first use.
  const clang::Stmt *findUnhandledUse(const YearShift &S, const FunctionCFG &Graph,
                                      clang::ASTContext &Context, bool AllUses = false,
                                      llvm::SmallVectorImpl<const clang::Stmt *> *Out = nullptr,
                                      bool *ReachesExit = nullptr);

  /// The shift written at Site in Caller and its first unhandled use. With
  /// Escapes set, a date that reaches the caller unhandled counts too.
  std::optional<ShiftedUse> analyzeShift(const clang::Expr *Site,
                                         const clang::MemberExpr *Field,
                                         const clang::FunctionDecl *Caller,
                                         clang::ASTContext &Context, bool AllUses = false,
                                         bool Escapes = false);

  /// The shifts a call of a translation-unit helper makes to dates passed by
  /// pointer or reference, with their first unhandled use in Caller.
  llvm::SmallVector<ShiftedUse, 1> analyzeHelperCall(const clang::CallExpr *Call,
                                                     const clang::FunctionDecl *Helper,
                                                     const clang::FunctionDecl *Caller,
                                                     clang::ASTContext &Context,
                                                     bool AllUses = false);

  /// Every (shift, unhandled uses) pair in Function: shifts written there and
  /// helper calls, outside system headers. Uses holds every use reached,
  /// including those after a first use. Cached per function.
  const std::vector<ShiftedUse> &analyzeFunction(const clang::FunctionDecl *Function,
                                                 clang::ASTContext &Context);

  /// The pairs of Function whose uses include At, or an expression inside
  /// At, or an expression At is part of: "is this call reached by a date whose
  /// year was shifted without 29-February handling?"
  std::vector<const ShiftedUse *> shiftsReaching(const clang::Stmt *At,
                                                 const clang::FunctionDecl *Function,
                                                 clang::ASTContext &Context);

  /// Build (a CXXConstructExpr or CallExpr of a date-builders entry) in
  /// Caller, if its year is shifted and its day is the original day on some
  /// path without 29-February handling; nullopt otherwise.
  std::optional<RebuiltDate> analyzeRebuild(const clang::Expr *Build,
                                            const clang::FunctionDecl *Caller,
                                            clang::ASTContext &Context);

  /// Print (a printf- or format-style call) in Caller, if it prints a
  /// shifted year and the original day into a string that reaches a
  /// date-parsers call on some path without 29-February handling.
  std::optional<PrintedDate> analyzePrint(const clang::CallExpr *Print,
                                          const clang::FunctionDecl *Caller,
                                          clang::ASTContext &Context);

  /// What E (an integer or chrono::year expression at At in Caller) holds:
  /// `tm.tm_year + 1900 + 1`, `d.year() + 1`, `int y = ...; y++` seen
  /// through local variables on the paths reaching At.
  YearValue classifyYear(const clang::Expr *E, const clang::Stmt *At,
                         const clang::FunctionDecl *Caller, clang::ASTContext &Context,
                         unsigned Depth = 0);

  /// True if E (at At in Caller) is the day of a date, unclamped: `d.day()`,
  /// `tm.tm_mday`, a variable holding one, a parameter named for a day.
  bool isOriginalDay(const clang::Expr *E, const clang::Stmt *At,
                     const clang::FunctionDecl *Caller, clang::ASTContext &Context,
                     unsigned Depth = 0);

  /// True if some path reaching At from the function entry has no
  /// 29-February handling (leap test, day limit test, February test, leap
  /// helper call).
  bool reachedUnhandled(const clang::Stmt *At, const clang::FunctionDecl *Caller,
                        clang::ASTContext &Context);

  /// True if every path reaching S.Site from the function entry has made
  /// 29 February impossible for S's date: a February fix-up, a day clamp,
  /// the month set to a constant other than February or the day to one up
  /// to 28 (`st.wMonth = 1; st.wDay = 1; st.wYear++;`).
  bool handledBefore(const YearShift &S, const FunctionCFG &Graph, clang::ASTContext &Context);

  /// A cheap filter before analyzeRebuild and analyzePrint: E is a call or
  /// construction whose callee, class or type alias has the last name of a
  /// date-builders entry, or a printf- or format-style call.
  bool mayBuildOrPrint(const clang::Expr *E);

  /// True if Def's body mentions a year field of the calendar pack (only
  /// then can it be a helper that shifts a year). Cached.
  bool mentionsYearField(const clang::FunctionDecl *Def);

  /// True if E (at At in Caller) is a whole number of 400-year Gregorian
  /// cycles, which keep every date valid: `400`, `n * 400`, a local set to
  /// such a product (tz code's `years = (... + 1) * YEARSPERREPEAT`).
  bool isWholeCycles(const clang::Expr *E, const clang::Stmt *At,
                     const clang::FunctionDecl *Caller, clang::ASTContext &Context,
                     unsigned Depth = 0);

  void clear();

private:
  /// The writes of local Var that reach its read Ref (or the statement
  /// around At it is part of); nullopt when they cannot be followed.
  std::optional<llvm::SmallVector<ValueOrigin, 2>>
  localOrigins(const clang::DeclRefExpr *Ref, const clang::VarDecl *Var,
               const clang::Stmt *At, const clang::FunctionDecl *Caller,
               clang::ASTContext &Context);

  std::shared_ptr<const RulePack> Rules;
  CalendarModel Model;
  /// Per helper and parameter: the unhandled year shift it makes, or null.
  std::map<std::pair<const clang::FunctionDecl *, unsigned>, std::shared_ptr<YearShift>>
      Summaries;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<ShiftedUse>> PerFunction;
  llvm::DenseMap<const clang::FunctionDecl *, bool> YearMentions;
  /// The last `::` component of every date-builders entry and the printers.
  llvm::StringSet<> BuildOrPrintNames;
};

/// The object E designates, like accessPathOf, plus members of `this` (a
/// null Root): `Expiry.tm_year` inside a method is the path Expiry, tm_year.
std::optional<AccessPath> datePathOf(const clang::Expr *E);

/// How a diagnostic names the date: "end", "info->end", "Expiry".
std::string spellDate(const AccessPath &Path);

/// The expression passed, without the copy a C++ by-value argument makes.
const clang::Expr *passedValue(const clang::Expr *E);

/// True if E designates Object or an object containing it (`&tm`, `tm`, `p`).
bool designatesDate(const clang::Expr *E, const AccessPath &Object);

} // namespace clang::tidy::premortem

#endif
