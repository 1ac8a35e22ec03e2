//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// `premortem merge A.sarif B.sarif ... [-o FILE]`: the SARIF reports of
// --shard runs as one run, as if one job had analyzed every shard's units
// (docs/driver.md "Sharding"): a header finding that several shards report
// appears once, fingerprint ordinals are counted again over the whole
// report, notifications of every shard are kept, and the output does not
// depend on the order of the inputs.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_MERGE_H
#define PREMORTEM_DRIVER_MERGE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// One SARIF log (a single premortem run) per input, parsed.
struct MergeInput {
  std::string Name; // as given, for errors
  llvm::json::Value Log;
};

/// The merged log. Errors (inputs from different premortem versions,
/// source roots or categories; not a premortem SARIF run) are one sentence.
llvm::Expected<llvm::json::Value> mergeSarif(std::vector<MergeInput> Inputs);

/// The `merge` subcommand with its arguments (after "merge").
llvm::Error mergeCommand(llvm::ArrayRef<const char *> Args);

} // namespace clang::tidy::premortem::driver

#endif
