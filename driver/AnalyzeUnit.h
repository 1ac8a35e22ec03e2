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

/// Thread-safe: everything stateful is created per call.
UnitResult analyzeUnit(const RunSettings &Settings, const TranslationUnit &Unit);

} // namespace clang::tidy::premortem::driver

#endif
