//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Source files as the writers need them: clang reports byte offsets; text
// output wants 1-based byte columns (like clang), SARIF wants unicode code
// point columns, fingerprints want line text.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_LINEINDEX_H
#define PREMORTEM_DRIVER_LINEINDEX_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace clang::tidy::premortem::driver {

/// A 1-based line and column, the column both in bytes and in code points.
struct Position {
  unsigned Line = 1;
  unsigned ByteColumn = 1;
  unsigned CharColumn = 1;
};

/// One file's text with its line starts. Lines end at "\n", "\r\n" or "\r",
/// as in clang's SourceManager.
class LineIndex {
public:
  explicit LineIndex(std::string Text);
  bool empty() const { return Text.empty(); }
  llvm::StringRef text() const { return Text; }
  /// Offsets past the end clamp to the end.
  Position position(unsigned Offset) const;
  unsigned lineCount() const { return LineStarts.size(); }
  /// Line text without its end-of-line; empty when out of range.
  llvm::StringRef line(unsigned Line) const;

private:
  std::string Text;
  std::vector<unsigned> LineStarts;
};

/// Files read once and shared by threads; unreadable files are empty.
class FileCache {
public:
  std::shared_ptr<const LineIndex> get(llvm::StringRef Path);

private:
  std::mutex Lock;
  llvm::StringMap<std::shared_ptr<const LineIndex>> Files;
};

} // namespace clang::tidy::premortem::driver

#endif
