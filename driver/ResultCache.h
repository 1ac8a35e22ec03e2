//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// --cache DIR: the results of translation units whose inputs did not change
// since an earlier run (docs/driver.md "Result cache").
//
// An entry's name is a hash of what is known before parsing: premortem's
// version, the enabled checks, the built-in rule packs, the unit's compile
// command, its clang-tidy configuration (check options included) and the
// content of its user rule packs. The entry lists every file the unit read
// (the source and each header) with a hash of its content; it is used only
// while all of them still hash the same, so a changed header or a changed
// -D misses. Entries are written to a temporary file and renamed into place,
// so concurrent runs sharing the folder never see half an entry and readers
// need no lock; an entry that does not decode is a miss and is rewritten.
// Used entries get a new modification time; eviction removes the least
// recently used ones until the folder is within its size bound.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_RESULTCACHE_H
#define PREMORTEM_DRIVER_RESULTCACHE_H

#include "driver/Runner.h"
#include "driver/UnitResult.h"
#include "llvm/ADT/StringMap.h"
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

class ResultCache {
public:
  static constexpr uint64_t DefaultMaxBytes = 1ULL << 30;

  /// Creates DIR if needed; an error when it cannot be created or is not a
  /// folder. Settings must outlive the cache.
  static llvm::Expected<std::unique_ptr<ResultCache>>
  open(llvm::StringRef Dir, uint64_t MaxBytes, const RunSettings &Settings);

  /// The cached result of Unit, if its entry exists, decodes and every file
  /// it lists is unchanged. Thread-safe.
  std::optional<UnitResult> lookup(const TranslationUnit &Unit);

  /// Stores Result for Unit; FilesRead are the files the analysis read.
  /// Results of failed units are not stored (a crash or a missing build
  /// folder may not happen again). Thread-safe; errors are ignored (the
  /// cache is an optimization).
  void store(const TranslationUnit &Unit, const UnitResult &Result,
             llvm::ArrayRef<std::string> FilesRead);

  /// Removes least recently used entries (and stale temporary files) until
  /// the folder holds at most the bound.
  void evict();

  unsigned hits() const { return Hits; }
  unsigned misses() const { return Misses; }

private:
  ResultCache(std::string Dir, uint64_t MaxBytes, const RunSettings &Settings);
  std::string keyOf(const TranslationUnit &Unit);
  std::string entryPath(llvm::StringRef Key) const;
  /// Hex hash of a file's bytes, or "" when unreadable; memoized per run.
  std::string fileHash(llvm::StringRef Path);

  std::string Dir;
  uint64_t MaxBytes;
  const RunSettings &Settings;
  std::string RunKey;
  std::mutex Lock;
  llvm::StringMap<std::string> FileHashes;
  std::atomic<unsigned> Hits{0}, Misses{0};
};

} // namespace clang::tidy::premortem::driver

#endif
