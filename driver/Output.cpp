//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Output.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static llvm::Error cannotWrite(llvm::StringRef Path, const std::string &Why) {
  return llvm::createStringError(std::make_error_code(std::errc::io_error),
                                 fmt::format("cannot write '{}': {}", Path.str(), Why));
}

llvm::Expected<std::unique_ptr<Output>> Output::open(llvm::StringRef Path) {
  std::unique_ptr<Output> Out(new Output(Path.str()));
  if (Path.empty())
    return std::move(Out);
  if (llvm::sys::fs::is_directory(Path))
    return cannotWrite(Path, "it is a directory");
  llvm::SmallString<256> Model(llvm::sys::path::parent_path(Path));
  llvm::sys::path::append(Model, "." + llvm::sys::path::filename(Path) + "-%%%%%%.tmp");
  llvm::Expected<llvm::sys::fs::TempFile> Temp = llvm::sys::fs::TempFile::create(Model);
  if (!Temp) {
    std::string Why = llvm::toString(Temp.takeError());
    if (!Why.empty())
      Why[0] = llvm::toLower(Why[0]);
    return cannotWrite(Path, Why);
  }
  Out->Temp.emplace(std::move(*Temp));
  return std::move(Out);
}

Output::~Output() {
  if (Temp)
    llvm::consumeError(Temp->discard());
}

llvm::Error Output::commit(const std::function<void(llvm::raw_ostream &)> &Write) {
  if (!Temp) {
    Write(llvm::outs());
    llvm::outs().flush();
    return llvm::Error::success();
  }
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    Write(OS);
    OS.flush();
    if (OS.has_error()) {
      std::string Why = OS.error().message();
      OS.clear_error();
      return cannotWrite(Path, Why);
    }
  }
  llvm::Error Kept = Temp->keep(Path);
  Temp.reset();
  if (Kept)
    return cannotWrite(Path, llvm::toString(std::move(Kept)));
  return llvm::Error::success();
}

} // namespace clang::tidy::premortem::driver
