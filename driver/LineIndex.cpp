//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/LineIndex.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace clang::tidy::premortem::driver {

LineIndex::LineIndex(std::string Contents) : Text(std::move(Contents)) {
  LineStarts.push_back(0);
  for (unsigned I = 0, N = Text.size(); I < N; ++I) {
    if (Text[I] == '\r' && I + 1 < N && Text[I + 1] == '\n')
      ++I;
    if (Text[I] == '\n' || Text[I] == '\r')
      LineStarts.push_back(I + 1);
  }
}

Position LineIndex::position(unsigned Offset) const {
  Offset = std::min<unsigned>(Offset, Text.size());
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  unsigned Line = It - LineStarts.begin();
  unsigned Start = LineStarts[Line - 1];
  Position P;
  P.Line = Line;
  P.ByteColumn = Offset - Start + 1;
  // Code points: every byte that is not a UTF-8 continuation byte.
  unsigned Chars = 0;
  for (unsigned I = Start; I < Offset; ++I)
    if ((static_cast<unsigned char>(Text[I]) & 0xC0) != 0x80)
      ++Chars;
  P.CharColumn = Chars + 1;
  return P;
}

llvm::StringRef LineIndex::line(unsigned Line) const {
  if (Line == 0 || Line > LineStarts.size())
    return "";
  unsigned Start = LineStarts[Line - 1];
  unsigned End = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
  llvm::StringRef L = llvm::StringRef(Text).slice(Start, End);
  if (L.ends_with("\r\n"))
    return L.drop_back(2);
  if (L.ends_with("\n") || L.ends_with("\r"))
    return L.drop_back(1);
  return L;
}

std::shared_ptr<const LineIndex> FileCache::get(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Files.find(Path);
    if (It != Files.end())
      return It->second;
  }
  std::string Text;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    Text = (*Buffer)->getBuffer().str();
  auto Index = std::make_shared<const LineIndex>(std::move(Text));
  std::lock_guard<std::mutex> Guard(Lock);
  return Files.try_emplace(Path, std::move(Index)).first->second;
}

} // namespace clang::tidy::premortem::driver
