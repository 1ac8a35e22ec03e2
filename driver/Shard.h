//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// --shard I/N: the translation units one of N CI jobs analyzes. The N shards
// cover the selected units exactly once, each with about the same number of
// source bytes, and a unit's shard depends only on the selected units and
// their sizes, so every job computes the same partition on the same checkout
// (docs/driver.md "Sharding").
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_SHARD_H
#define PREMORTEM_DRIVER_SHARD_H

#include "driver/Database.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <vector>

namespace clang::tidy::premortem::driver {

struct Shard {
  unsigned Index = 1; // 1-based, as CI matrices count
  unsigned Count = 1;
};

/// Parses "I/N" with 1 <= I <= N <= 4096.
llvm::Expected<Shard> parseShard(llvm::StringRef Text);

/// The shard (0-based) of each unit, given each unit's size: largest first
/// (ties by position, i.e. by canonical path) onto the shard with the fewest
/// bytes so far (ties: the lowest shard).
std::vector<unsigned> assignShards(llvm::ArrayRef<uint64_t> Sizes, unsigned Count);

/// The units of shard S, in their original order; sizes are the main
/// sources' byte counts (0 when unreadable: such a unit still lands in some
/// shard and fails there).
std::vector<TranslationUnit> unitsOfShard(llvm::ArrayRef<TranslationUnit> Units, Shard S);

} // namespace clang::tidy::premortem::driver

#endif
