//===----------------------------------------------------------------------===//
// The registered checks as data, from Checks.def, for the driver and SARIF.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_CHECKLIST_H
#define PREMORTEM_CHECKS_SUPPORT_CHECKLIST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::premortem {

struct CheckInfo {
  llvm::StringRef Name;     // without the "premortem-" prefix
  llvm::StringRef Level;    // note | warning | error
  llvm::StringRef Precision;
  llvm::StringRef SecuritySeverity; // empty unless security relevant
  llvm::StringRef Tags;     // ';'-separated
  llvm::StringRef Summary;
  std::string fullName() const { return "premortem-" + Name.str(); }
};

/// Every check in Checks.def, in file order.
llvm::ArrayRef<CheckInfo> allChecks();

/// The check called Name ("premortem-x" or "x"), or null.
const CheckInfo *findCheck(llvm::StringRef Name);

} // namespace clang::tidy::premortem

#endif
