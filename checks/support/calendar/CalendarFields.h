//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Which record fields hold a calendar year, month or day, judged by name:
// struct tm (tm_year, tm_mon, tm_mday), SYSTEMTIME (wYear, wMonth, wDay),
// TIME_FIELDS (Year, Month, Day), PRExplodedTime (tm_month), mbedTLS (mon).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_CALENDARFIELDS_H
#define PREMORTEM_CHECKS_SUPPORT_CALENDARFIELDS_H

namespace clang {
class FieldDecl;
class RecordDecl;
} // namespace clang

namespace clang::tidy::premortem {

enum class CalendarField { None, Year, Month, Day };

/// The calendar part a field holds. Day of week and day of year are None:
/// conversions ignore them.
CalendarField classifyCalendarField(const clang::FieldDecl &Field);

/// True if the record has a year, month or day field (a broken-down date).
bool hasCalendarFields(const clang::RecordDecl &Record);

} // namespace clang::tidy::premortem

#endif
