//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::premortem::driver {

const std::string &currentDir() {
  static const std::string Dir = [] {
    llvm::SmallString<256> Cwd;
    if (llvm::sys::fs::current_path(Cwd))
      return std::string(".");
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(Cwd, Real))
      return std::string(Real);
    return std::string(Cwd);
  }();
  return Dir;
}

std::string canonicalPath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> Abs(Path);
  if (!llvm::sys::path::is_absolute(Abs)) {
    llvm::SmallString<256> Joined(Base.empty() ? llvm::StringRef(currentDir()) : Base);
    if (!llvm::sys::path::is_absolute(Joined))
      llvm::sys::fs::make_absolute(Joined);
    llvm::sys::path::append(Joined, Path);
    Abs = Joined;
  }
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Abs, Real))
    return std::string(Real);
  return std::string(Abs);
}

std::optional<std::string> relativeTo(llvm::StringRef Path, llvm::StringRef Root) {
  Root = Root.rtrim('/');
  if (Root.empty()) // the file-system root
    return Path.ltrim('/').str();
  if (!Path.starts_with(Root))
    return std::nullopt;
  llvm::StringRef Rest = Path.drop_front(Root.size());
  if (Rest.empty())
    return std::string(".");
  if (Rest.front() != '/')
    return std::nullopt;
  return Rest.drop_front().str();
}

std::string displayPath(llvm::StringRef Path) {
  // From "/" every path would be relative; absolute reads better.
  if (llvm::StringRef(currentDir()).rtrim('/').empty())
    return Path.str();
  if (auto Rel = relativeTo(Path, currentDir()))
    return *Rel;
  return Path.str();
}

std::optional<std::string> gitTopLevel(llvm::StringRef Path) {
  llvm::SmallString<256> Dir(canonicalPath(Path));
  if (!llvm::sys::fs::is_directory(Dir))
    llvm::sys::path::remove_filename(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Git(Dir);
    llvm::sys::path::append(Git, ".git");
    // .git is a folder in a clone and a file in a worktree or submodule.
    if (llvm::sys::fs::exists(Git))
      return std::string(Dir);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return std::nullopt;
}

static std::string percentEncode(llvm::StringRef Path) {
  static const char Hex[] = "0123456789ABCDEF";
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || C == '/' || C == '-' || C == '.' || C == '_' ||
        C == '~') {
      Out += static_cast<char>(C);
    } else {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    }
  }
  return Out;
}

std::string fileUriForDir(llvm::StringRef AbsDir) {
  std::string Uri = fileUri(AbsDir);
  if (Uri.back() != '/')
    Uri += '/';
  return Uri;
}

std::string fileUri(llvm::StringRef AbsPath) {
  std::string P = llvm::sys::path::convert_to_slash(AbsPath);
  if (P.empty() || P.front() != '/')
    P = "/" + P;
  return "file://" + percentEncode(P);
}

std::string relativeUri(llvm::StringRef RelPath) {
  return percentEncode(llvm::sys::path::convert_to_slash(RelPath));
}

} // namespace clang::tidy::premortem::driver
