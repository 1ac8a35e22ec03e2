//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/calendar/CalendarFields.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::premortem {

/// The field name without its struct prefix ("tm_", Hungarian "w"), lower case.
static std::string baseName(llvm::StringRef Name) {
  if (Name.starts_with("tm_"))
    Name = Name.drop_front(3);
  else if (Name.size() > 1 && Name[0] == 'w' && llvm::isUpper(Name[1]))
    Name = Name.drop_front(1);
  return Name.lower();
}

CalendarField classifyCalendarField(const clang::FieldDecl &Field) {
  if (!Field.getIdentifier())
    return CalendarField::None;
  llvm::StringRef Name = Field.getName();
  std::string Base = baseName(Name);
  llvm::StringRef B = Base;
  if (B.ends_with("year"))
    return CalendarField::Year;
  if (B == "mon" || B.ends_with("month"))
    return CalendarField::Month;
  // tm_wday, tm_yday, wDayOfWeek and TIME_FIELDS.Weekday are not inputs.
  if (B == "mday" || (B.ends_with("day") && !B.ends_with("wday") &&
                      !B.ends_with("yday") && !B.ends_with("weekday")))
    return CalendarField::Day;
  return CalendarField::None;
}

bool hasCalendarFields(const clang::RecordDecl &Record) {
  for (const clang::FieldDecl *F : Record.fields())
    if (classifyCalendarField(*F) != CalendarField::None)
      return true;
  return false;
}

} // namespace clang::tidy::premortem
