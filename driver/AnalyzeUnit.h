//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// One translation unit through LibTooling and the clang-tidy machinery.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_ANALYZEUNIT_H
#define PREMORTEM_DRIVER_ANALYZEUNIT_H

#include "driver/Runner.h"
#include "driver/UnitResult.h"

namespace clang::tidy::premortem::driver {

/// Thread-safe: everything stateful is created per call. FilesRead, when
/// given, receives the absolute path of every file the compiler read (the
/// source and its headers), for the result cache.
UnitResult analyzeUnit(const RunSettings &Settings, const TranslationUnit &Unit,
                       std::vector<std::string> *FilesRead = nullptr);

} // namespace clang::tidy::premortem::driver

#endif
