//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Output.h"
#include "driver/Signals.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clang::tidy::premortem::driver {

char StdoutError::ID;

static llvm::Error cannotWrite(llvm::StringRef Path, std::string Why) {
  if (!Why.empty())
    Why[0] = llvm::toLower(Why[0]);
  return llvm::createStringError(std::make_error_code(std::errc::io_error),
                                 fmt::format("cannot write '{}': {}", Path.str(), Why));
}

static std::string lastError() { return std::strerror(errno); }

/// Path with every symlink followed, also a dangling one (the report then
/// creates the file the link points to, as a shell redirection does).
static llvm::Expected<std::string> resolveLinks(llvm::StringRef Path) {
  std::string Current = Path.str();
  for (int Hops = 0; Hops < 40; ++Hops) {
    struct stat St;
    if (::lstat(Current.c_str(), &St) != 0 || !S_ISLNK(St.st_mode))
      return Current;
    llvm::SmallString<256> Link;
    Link.resize(4096);
    ssize_t N = ::readlink(Current.c_str(), Link.data(), Link.size());
    if (N < 0)
      return cannotWrite(Path, lastError());
    Link.resize(N);
    if (llvm::sys::path::is_relative(Link)) {
      llvm::SmallString<256> Joined(llvm::sys::path::parent_path(Current));
      llvm::sys::path::append(Joined, Link);
      Link = Joined;
    }
    Current = Link.str().str();
  }
  return cannotWrite(Path, "too many levels of symbolic links");
}

llvm::Expected<std::unique_ptr<Output>> Output::open(llvm::StringRef Path) {
  std::unique_ptr<Output> Out(new Output(Path.str()));
  if (Path.empty())
    return std::move(Out);
  llvm::Expected<std::string> Target = resolveLinks(Path);
  if (!Target)
    return Target.takeError();
  Out->Target = std::move(*Target);

  struct stat St;
  bool Exists = ::stat(Out->Target.c_str(), &St) == 0;
  if (Exists && S_ISDIR(St.st_mode))
    return cannotWrite(Path, "it is a directory");
  if (Exists && !S_ISREG(St.st_mode)) {
    // Opened only when the report is ready: a FIFO's open waits for a reader.
    if (::access(Out->Target.c_str(), W_OK) != 0)
      return cannotWrite(Path, lastError());
    Out->InPlace = true;
    return std::move(Out);
  }
  if (Exists) {
    if (::access(Out->Target.c_str(), W_OK) != 0)
      return cannotWrite(Path, lastError());
    Out->Mode = St.st_mode & 07777;
    Out->KeepOwner = true;
    Out->Uid = St.st_uid;
    Out->Gid = St.st_gid;
  } else {
    mode_t Mask = ::umask(0);
    ::umask(Mask);
    Out->Mode = 0666 & ~Mask;
  }
  // Rename works within one file system: the temporary goes next to the
  // file. Its name starts with '.' so globs over the folder skip it.
  llvm::StringRef Dir = llvm::sys::path::parent_path(Out->Target);
  llvm::SmallString<256> Model(Dir.empty() ? "." : Dir);
  llvm::sys::path::append(Model, "." + llvm::sys::path::filename(Out->Target) + "-%%%%%%.tmp");
  for (int Attempt = 0;; ++Attempt) {
    llvm::SmallString<256> Name;
    llvm::sys::fs::createUniquePath(Model, Name, /*MakeAbsolute=*/false);
    // Registered before it exists: a signal between open and registration
    // would leave it behind.
    Out->TempPath = Name.str().str();
    registerTemporaryFile(Out->TempPath);
    Out->TempFD = ::open(Name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (Out->TempFD >= 0)
      break;
    int Err = errno;
    registerTemporaryFile("");
    Out->TempPath.clear();
    if (Err != EEXIST || Attempt == 100)
      return cannotWrite(Path, std::strerror(Err));
  }
  return std::move(Out);
}

Output::~Output() {
  if (TempFD >= 0)
    ::close(TempFD);
  if (!TempPath.empty()) {
    ::unlink(TempPath.c_str());
    registerTemporaryFile("");
  }
}

llvm::Error Output::commit(const std::function<void(llvm::raw_ostream &)> &Write) {
  if (Path.empty()) {
    llvm::raw_fd_ostream &OS = llvm::outs();
    Write(OS);
    OS.flush();
    if (OS.has_error()) {
      std::string Why = OS.error().message();
      OS.clear_error();
      if (!Why.empty())
        Why[0] = llvm::toLower(Why[0]);
      return llvm::make_error<StdoutError>(Why);
    }
    return llvm::Error::success();
  }
  return InPlace ? commitInPlace(Write) : commitAtomically(Write);
}

static llvm::Error writeTo(int FD, llvm::StringRef Path,
                           const std::function<void(llvm::raw_ostream &)> &Write) {
  llvm::raw_fd_ostream OS(FD, /*shouldClose=*/false, /*unbuffered=*/false);
  Write(OS);
  OS.flush();
  if (OS.has_error()) {
    std::string Why = OS.error().message();
    OS.clear_error();
    return cannotWrite(Path, Why);
  }
  return llvm::Error::success();
}

llvm::Error Output::commitInPlace(const std::function<void(llvm::raw_ostream &)> &Write) {
  int FD = ::open(Target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (FD < 0)
    return cannotWrite(Path, lastError());
  llvm::Error E = writeTo(FD, Path, Write);
  ::close(FD);
  return E;
}

llvm::Error Output::commitAtomically(const std::function<void(llvm::raw_ostream &)> &Write) {
  if (llvm::Error E = writeTo(TempFD, Path, Write))
    return E;
  // Owner first: chown clears set-user-ID bits that fchmod then restores.
  // Changing the owner only works as root; as another user the file is the
  // user's own, as any rewrite by that user would make it.
  if (KeepOwner && ::fchown(TempFD, Uid, Gid) != 0 && errno != EPERM)
    return cannotWrite(Path, lastError());
  if (::fchmod(TempFD, Mode) != 0 || ::fsync(TempFD) != 0)
    return cannotWrite(Path, lastError());
  int FD = TempFD;
  TempFD = -1;
  if (::close(FD) != 0)
    return cannotWrite(Path, lastError());
  if (::rename(TempPath.c_str(), Target.c_str()) != 0)
    return cannotWrite(Path, lastError());
  TempPath.clear();
  registerTemporaryFile("");
  // The rename is durable once the folder is.
  llvm::StringRef Dir = llvm::sys::path::parent_path(Target);
  int DirFD = ::open(Dir.empty() ? "." : Dir.str().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (DirFD >= 0) {
    int Synced = ::fsync(DirFD);
    int Err = errno;
    ::close(DirFD);
    // Some file systems cannot fsync a folder (EINVAL): nothing more to do.
    if (Synced != 0 && Err != EINVAL)
      return cannotWrite(Path, std::strerror(Err));
  }
  return llvm::Error::success();
}

} // namespace clang::tidy::premortem::driver
