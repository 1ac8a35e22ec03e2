//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/ReadFile.h"
#include "llvm/ADT/StringExtras.h"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clang::tidy::premortem::driver {

static llvm::Error readError(llvm::StringRef Path, const std::string &Why) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 fmt::format("{}: {}", Path.str(), Why));
}

static std::string lastError() {
  std::string S = std::strerror(errno);
  if (!S.empty())
    S[0] = llvm::toLower(S[0]);
  return "cannot read: " + S;
}

llvm::Expected<std::string> readRegularFile(llvm::StringRef Path, uint64_t MaxBytes) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then
  // tells what was opened, with no window for a swap after a stat().
  int FD = ::open(Path.str().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (FD < 0)
    return readError(Path, lastError());
  struct stat St;
  if (::fstat(FD, &St) != 0) {
    std::string Why = lastError();
    ::close(FD);
    return readError(Path, Why);
  }
  if (!S_ISREG(St.st_mode)) {
    ::close(FD);
    return readError(Path, S_ISDIR(St.st_mode) ? "is a directory" : "not a regular file");
  }
  if (static_cast<uint64_t>(St.st_size) > MaxBytes) {
    ::close(FD);
    return readError(Path, fmt::format("larger than {} MB", MaxBytes >> 20));
  }
  std::string Text;
  Text.reserve(St.st_size);
  char Buffer[65536];
  for (;;) {
    ssize_t N = ::read(FD, Buffer, sizeof(Buffer));
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      std::string Why = lastError();
      ::close(FD);
      return readError(Path, Why);
    }
    if (N == 0)
      break;
    Text.append(Buffer, N);
    if (Text.size() > MaxBytes) { // grew while read
      ::close(FD);
      return readError(Path, fmt::format("larger than {} MB", MaxBytes >> 20));
    }
  }
  ::close(FD);
  return Text;
}

} // namespace clang::tidy::premortem::driver
