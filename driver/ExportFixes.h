//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// --export-fixes: the reported findings in clang-tidy's --export-fixes YAML
// (clang::tooling::TranslationUnitDiagnostics), so clang-apply-replacements
// and the editors and scripts built on clang-tidy's file read them.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_EXPORTFIXES_H
#define PREMORTEM_DRIVER_EXPORTFIXES_H

#include "driver/Findings.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::premortem::driver {

/// Writes every finding (with or without fix-its), as clang-tidy does.
void writeExportedFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &OS);

} // namespace clang::tidy::premortem::driver

#endif
