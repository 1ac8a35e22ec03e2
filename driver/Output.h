//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Where the report goes. A regular -o FILE (or a new one) is written
// atomically: a temporary file in the folder of the file a symlink chain
// ends at, given the file's mode, fsynced, renamed over the file, and the
// folder fsynced, so a failed, interrupted or power-cut run never leaves
// half a report (a CI upload step would ingest it). Anything else that is
// already there (a device such as /dev/null, a FIFO, a terminal) is opened
// and written in place, as a shell redirection would: replacing it with a
// file would damage the system.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_OUTPUT_H
#define PREMORTEM_DRIVER_OUTPUT_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <string>

namespace clang::tidy::premortem::driver {

/// Stdout could not be written (a full disk, a closed pipe): the run has a
/// distinct exit code for it (ExitOutputFailed), not "findings".
class StdoutError : public llvm::ErrorInfo<StdoutError> {
public:
  static char ID;
  explicit StdoutError(std::string Why) : Why(std::move(Why)) {}
  void log(llvm::raw_ostream &OS) const override { OS << "cannot write the report to stdout: " << Why; }
  std::error_code convertToErrorCode() const override {
    return std::make_error_code(std::errc::io_error);
  }

private:
  std::string Why;
};

class Output {
public:
  /// Stdout when Path is empty. Creates the temporary file now, so an
  /// unwritable -o is reported before any analysis.
  static llvm::Expected<std::unique_ptr<Output>> open(llvm::StringRef Path);
  ~Output();

  /// Writes the report and, for a regular file, moves it into place.
  llvm::Error commit(const std::function<void(llvm::raw_ostream &)> &Write);

  /// The temporary file, if any, for the signal handler to remove.
  const std::string &temporaryPath() const { return TempPath; }

private:
  explicit Output(std::string Path) : Path(std::move(Path)) {}
  llvm::Error commitInPlace(const std::function<void(llvm::raw_ostream &)> &Write);
  llvm::Error commitAtomically(const std::function<void(llvm::raw_ostream &)> &Write);

  std::string Path;    // as given, for messages
  std::string Target;  // where the bytes go: Path with symlinks resolved
  bool InPlace = false; // Target is a device, FIFO, … : write it directly
  std::string TempPath;
  int TempFD = -1;
  unsigned Mode = 0; // of the file replaced, or 0666 & ~umask for a new one
  bool KeepOwner = false;
  unsigned Uid = 0, Gid = 0;
};

} // namespace clang::tidy::premortem::driver

#endif
