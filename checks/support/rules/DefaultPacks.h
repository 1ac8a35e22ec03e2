//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The compiled-in rule packs (rules/*.yaml) as files, for what must change
// when they change (the driver's result cache key).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_DEFAULTPACKS_H
#define PREMORTEM_CHECKS_SUPPORT_DEFAULTPACKS_H

#include "checks/support/rules/EmbeddedFile.h"
#include "llvm/ADT/ArrayRef.h"

namespace clang::tidy::premortem {

llvm::ArrayRef<EmbeddedFile> defaultRulePackFiles();

} // namespace clang::tidy::premortem

#endif
