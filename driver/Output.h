//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Where the report goes. -o FILE is written atomically: a temporary file in
// the same folder, renamed over FILE at the end, so a failed or interrupted
// run never leaves half a report (a CI upload step would ingest it).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_OUTPUT_H
#define PREMORTEM_DRIVER_OUTPUT_H

#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <optional>

namespace clang::tidy::premortem::driver {

class Output {
public:
  /// Stdout when Path is empty. Creates the temporary file now, so an
  /// unwritable -o is reported before any analysis.
  static llvm::Expected<std::unique_ptr<Output>> open(llvm::StringRef Path);
  ~Output();

  /// Writes the report and, for a file, moves it into place.
  llvm::Error commit(const std::function<void(llvm::raw_ostream &)> &Write);

private:
  explicit Output(std::string Path) : Path(std::move(Path)) {}
  std::string Path;
  std::optional<llvm::sys::fs::TempFile> Temp;
};

} // namespace clang::tidy::premortem::driver

#endif
