//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Shard.h"
#include "llvm/Support/FileSystem.h"
#include <algorithm>
#include <fmt/format.h>
#include <numeric>

namespace clang::tidy::premortem::driver {

llvm::Expected<Shard> parseShard(llvm::StringRef Text) {
  auto [I, N] = Text.split('/');
  Shard S;
  if (!Text.contains('/') || I.getAsInteger(10, S.Index) || N.getAsInteger(10, S.Count) ||
      S.Count == 0 || S.Count > 4096 || S.Index == 0 || S.Index > S.Count)
    return llvm::createStringError(
        std::make_error_code(std::errc::invalid_argument),
        fmt::format("invalid --shard '{}': expected I/N with 1 <= I <= N <= 4096, e.g. 2/4",
                    std::string_view(Text)));
  return S;
}

std::vector<unsigned> assignShards(llvm::ArrayRef<uint64_t> Sizes, unsigned Count) {
  // Longest-processing-time greedy: within 4/3 of the best balance, and a
  // function of the sizes and the order only (no randomness, no clock).
  std::vector<size_t> Order(Sizes.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::stable_sort(Order.begin(), Order.end(),
                   [&](size_t A, size_t B) { return Sizes[A] > Sizes[B]; });
  std::vector<uint64_t> Load(Count, 0);
  std::vector<unsigned> Out(Sizes.size(), 0);
  for (size_t I : Order) {
    unsigned Lightest = std::min_element(Load.begin(), Load.end()) - Load.begin();
    Out[I] = Lightest;
    // +1: empty files still count, so they spread instead of piling up.
    Load[Lightest] += Sizes[I] + 1;
  }
  return Out;
}

std::vector<TranslationUnit> unitsOfShard(llvm::ArrayRef<TranslationUnit> Units, Shard S) {
  std::vector<uint64_t> Sizes(Units.size(), 0);
  for (size_t I = 0; I < Units.size(); ++I)
    if (llvm::sys::fs::file_size(Units[I].Canonical, Sizes[I]))
      Sizes[I] = 0;
  std::vector<unsigned> Assigned = assignShards(Sizes, S.Count);
  std::vector<TranslationUnit> Out;
  for (size_t I = 0; I < Units.size(); ++I)
    if (Assigned[I] == S.Index - 1)
      Out.push_back(Units[I]);
  return Out;
}

} // namespace clang::tidy::premortem::driver
