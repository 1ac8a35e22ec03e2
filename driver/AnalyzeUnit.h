//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// One translation unit through LibTooling and the clang-tidy machinery.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_ANALYZEUNIT_H
#define PREMORTEM_DRIVER_ANALYZEUNIT_H

#include "driver/Runner.h"

namespace clang::tidy::premortem::driver {

struct UnitOutcome {
  std::vector<Finding> Findings;
  std::optional<Failure> Failed;
  std::optional<PartialAnalysis> Partial;
  std::vector<ConfigMessage> Config;
};

/// Thread-safe: everything stateful is created per call.
UnitOutcome analyzeUnit(const RunSettings &Settings, const TranslationUnit &Unit);

} // namespace clang::tidy::premortem::driver

#endif
