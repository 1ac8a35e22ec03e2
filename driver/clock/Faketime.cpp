//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/Faketime.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <chrono>
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

llvm::Expected<std::string> findFaketime(llvm::StringRef Explicit) {
  auto Missing = [](const std::string &Message) {
    return llvm::createStringError(std::make_error_code(std::errc::no_such_file_or_directory),
                                   Message);
  };
  std::string Given = Explicit.str();
  if (Given.empty())
    Given = llvm::sys::Process::GetEnv("PREMORTEM_FAKETIME").value_or("");
  if (!Given.empty()) {
    if (!llvm::sys::fs::is_regular_file(Given))
      return Missing("libfaketime '" + Given + "' does not exist");
    return Given;
  }
  // The MT variant: test runners and tests are often multi-threaded.
  std::vector<std::string> Folders;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It("/usr/lib", EC), End; !EC && It != End;
       It.increment(EC))
    Folders.push_back(It->path() + "/faketime"); // /usr/lib/<multiarch>/faketime
  for (const char *F : {"/usr/lib/faketime", "/usr/lib64/faketime", "/usr/local/lib/faketime"})
    Folders.push_back(F);
  std::sort(Folders.begin(), Folders.end());
  for (const std::string &F : Folders)
    for (const char *Name : {"libfaketimeMT.so.1", "libfaketime.so.1"}) {
      std::string Path = F + "/" + Name;
      if (llvm::sys::fs::is_regular_file(Path))
        return Path;
    }
  return Missing("libfaketime not found (install the Debian package 'libfaketime', or name "
                 "the library with --faketime-lib or PREMORTEM_FAKETIME)");
}

std::vector<std::string> faketimeEnvironment(const std::string &Library, int64_t Epoch,
                                             ClockMode Mode) {
  std::vector<std::string> Env;
  std::string Preload = Library;
  if (std::optional<std::string> Old = llvm::sys::Process::GetEnv("LD_PRELOAD"))
    if (!Old->empty())
      Preload += ":" + *Old;
  Env.push_back("LD_PRELOAD=" + Preload);
  if (Mode == ClockMode::Frozen) {
    // Seconds since 1970: libfaketime reads a date as local time, which is
    // ambiguous in the hour that repeats when clocks go back.
    Env.push_back("FAKETIME_FMT=%s");
    Env.push_back(fmt::format("FAKETIME={}", Epoch));
  } else {
    // An offset from the real clock: every process of the tree shares one
    // clock that started at Epoch (a start date would restart per process).
    int64_t Real = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
    Env.push_back(fmt::format("FAKETIME={:+}", Epoch - Real));
  }
  // Timeouts, sleeps and durations keep working.
  Env.push_back("FAKETIME_DONT_FAKE_MONOTONIC=1");
  return Env;
}

} // namespace clang::tidy::premortem::driver
