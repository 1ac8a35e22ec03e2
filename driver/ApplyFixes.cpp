//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/ApplyFixes.h"
#include "driver/Output.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <map>

namespace clang::tidy::premortem::driver {

namespace {

struct Edit {
  unsigned Offset, Length;
  std::string Text;
};

bool overlaps(const Edit &A, const Edit &B) {
  // Two insertions at one offset conflict too: their order would be a guess.
  if (A.Offset == B.Offset)
    return !(A.Length == B.Length && A.Text == B.Text);
  return A.Offset < B.Offset + B.Length && B.Offset < A.Offset + A.Length;
}

llvm::Error rewrite(llvm::StringRef File, std::vector<Edit> Edits) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s' to fix it: %s",
                                   File.str().c_str(), Buffer.getError().message().c_str());
  llvm::StringRef Old = (*Buffer)->getBuffer();
  std::sort(Edits.begin(), Edits.end(),
            [](const Edit &A, const Edit &B) { return A.Offset < B.Offset; });
  std::string New;
  unsigned At = 0;
  for (const Edit &E : Edits) {
    if (E.Offset < At || E.Offset + E.Length > Old.size())
      continue; // a duplicate of an edit already made, or stale offsets
    New.append(Old.substr(At, E.Offset - At).str());
    New.append(E.Text);
    At = E.Offset + E.Length;
  }
  New.append(Old.substr(At).str());
  auto Out = Output::open(File);
  if (!Out)
    return Out.takeError();
  return (*Out)->commit([&](llvm::raw_ostream &OS) { OS << New; });
}

} // namespace

llvm::Expected<FixSummary> applyFixes(const std::vector<Finding> &Findings) {
  FixSummary Summary;
  std::map<std::string, std::vector<Edit>> PerFile; // sorted: stable order
  for (const Finding &F : Findings) {
    if (F.Fixes.empty())
      continue;
    std::vector<std::pair<std::string, Edit>> Mine;
    for (const Replacement &R : F.Fixes)
      Mine.push_back({R.Where.File, Edit{R.Where.Offset, R.Where.Length, R.Text}});
    bool Conflict = llvm::any_of(Mine, [&](const auto &M) {
      auto It = PerFile.find(M.first);
      return It != PerFile.end() &&
             llvm::any_of(It->second, [&](const Edit &E) { return overlaps(E, M.second); });
    });
    if (Conflict) {
      Summary.Conflicting.push_back(&F);
      continue;
    }
    for (auto &[File, E] : Mine)
      PerFile[File].push_back(std::move(E));
    ++Summary.Applied;
  }
  for (auto &[File, Edits] : PerFile) {
    if (llvm::Error E = rewrite(File, std::move(Edits)))
      return std::move(E);
    ++Summary.Files;
  }
  return Summary;
}

} // namespace clang::tidy::premortem::driver
