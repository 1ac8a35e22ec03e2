//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Everything one translation unit produces, and a byte encoding of it. Each
// TU is analyzed in a worker process (a crash or a hang there must not cost
// the other TUs), which hands its result to the parent in this encoding; a
// result cache can store the same bytes.
//
// The encoding is private to one premortem build: a magic line with a format
// version, length-prefixed fields, and a checksum over everything, so a
// truncated or corrupt result (a worker killed mid-write, a damaged cache
// entry) is rejected rather than misread.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_UNITRESULT_H
#define PREMORTEM_DRIVER_UNITRESULT_H

#include "driver/Findings.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

struct UnitResult {
  std::vector<Finding> Findings;
  std::optional<Failure> Failed;
  std::vector<ConfigMessage> Config; // notifications: configuration messages
  std::optional<PartialAnalysis> Partial; // analyzed with missing pieces
};

std::string serialize(const UnitResult &R);

/// The result serialize() encoded, or nullopt when Bytes is not exactly
/// such an encoding (truncated, corrupt, another format version).
std::optional<UnitResult> deserialize(llvm::StringRef Bytes);

} // namespace clang::tidy::premortem::driver

#endif
