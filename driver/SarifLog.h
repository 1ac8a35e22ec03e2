//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What every SARIF file premortem writes shares (the analysis report and
// premortem clock's report): the 2.1.0 log around one run, and the tool
// identity code scanning groups results by.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_SARIFLOG_H
#define PREMORTEM_DRIVER_SARIFLOG_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::premortem::driver {

/// {"$schema", "version": "2.1.0", "runs": [ <Run writes the run's members> ]}
void writeSarifLog(llvm::json::OStream &J, llvm::function_ref<void()> Run);

/// tool.driver's name, version, semanticVersion and informationUri.
void writeToolIdentity(llvm::json::OStream &J);

} // namespace clang::tidy::premortem::driver

#endif
