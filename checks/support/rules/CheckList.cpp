//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/rules/CheckList.h"

namespace clang::tidy::premortem {

static const CheckInfo Checks[] = {
#define PREMORTEM_CHECK(Class, Name, Level, Precision, SecSev, Tags, Summary)  \
  {Name, Level, Precision, SecSev, Tags, Summary},
#include "checks/Checks.def"
#undef PREMORTEM_CHECK
};

llvm::ArrayRef<CheckInfo> allChecks() { return Checks; }

const CheckInfo *findCheck(llvm::StringRef Name) {
  Name.consume_front("premortem-");
  for (const CheckInfo &C : Checks)
    if (C.Name == Name)
      return &C;
  return nullptr;
}

} // namespace clang::tidy::premortem
