//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Database.h"
#include "driver/CompilationDatabaseCheck.h"
#include "driver/Paths.h"
#include "driver/ReadFile.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <algorithm>
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

using clang::tooling::CompilationDatabase;

static llvm::Error inputError(std::string Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 Message);
}

static std::string errorText(std::error_code EC) {
  std::string S = EC.message();
  if (!S.empty())
    S[0] = llvm::toLower(S[0]);
  return S;
}

/// The compile_commands.json to use, or an error naming what was tried.
static llvm::Expected<std::string> findDatabase(const Options &O) {
  if (O.BuildDir) {
    llvm::SmallString<256> P(*O.BuildDir);
    if (!llvm::sys::fs::exists(P))
      return inputError(fmt::format("-p {}: no such directory", *O.BuildDir));
    if (llvm::sys::fs::is_directory(P))
      llvm::sys::path::append(P, "compile_commands.json");
    if (!llvm::sys::fs::exists(P))
      return inputError(fmt::format("-p {}: no compile_commands.json in this directory",
                                    *O.BuildDir));
    return std::string(P);
  }
  // The search order of the hook and the action too (docs/driver.md).
  for (llvm::StringRef Dir : {".", "build", "out", "cmake-build-*", "_build"}) {
    std::vector<std::string> Candidates{Dir.str()};
    if (Dir.consume_back("*")) { // CLion's cmake-build-debug, ...: in name order
      Candidates.clear();
      std::error_code EC;
      for (llvm::sys::fs::directory_iterator It(".", EC), End; !EC && It != End;
           It.increment(EC))
        if (llvm::StringRef Name = llvm::sys::path::filename(It->path());
            Name.starts_with(Dir))
          Candidates.push_back(Name.str());
      llvm::sort(Candidates);
    }
    for (const std::string &Candidate : Candidates) {
      llvm::SmallString<256> P(Candidate);
      llvm::sys::path::append(P, "compile_commands.json");
      if (llvm::sys::fs::exists(P))
        return std::string(P);
    }
  }
  return inputError("no compilation database: no compile_commands.json in ., build/, "
                    "out/, cmake-build-*/ or _build/ (use -p DIR, or give compiler "
                    "arguments after --)");
}

static llvm::Error checkReadable(llvm::StringRef Path) {
  int FD;
  if (std::error_code EC = llvm::sys::fs::openFileForRead(Path, FD))
    return inputError(fmt::format("{}: cannot read: {}", Path.str(), errorText(EC)));
  llvm::sys::fs::closeFile(FD);
  return llvm::Error::success();
}

/// A path argument that must exist: its canonical form, or an error.
static llvm::Expected<std::string> existingPath(llvm::StringRef Arg) {
  std::string Canonical = canonicalPath(Arg);
  llvm::sys::fs::file_status St;
  if (llvm::sys::fs::status(Canonical, St) || !llvm::sys::fs::exists(St))
    return inputError(fmt::format("{}: no such file or directory", Arg.str()));
  // Opening a FIFO to check it would wait for a writer.
  if (!llvm::sys::fs::is_directory(St) && !llvm::sys::fs::is_regular_file(St))
    return inputError(fmt::format("{}: not a regular file or a folder", Arg.str()));
  if (!llvm::sys::fs::is_directory(St))
    if (llvm::Error E = checkReadable(Canonical))
      return std::move(E);
  return Canonical;
}

static std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

static bool isSourceFile(llvm::StringRef Path) {
  static constexpr llvm::StringLiteral Extensions[] = {
      ".c", ".cc", ".cp", ".cpp", ".cxx", ".c++", ".C", ".CC", ".CPP", ".m", ".mm"};
  return llvm::is_contained(Extensions, llvm::sys::path::extension(Path));
}

/// Without a database a folder means the C and C++ sources under it.
static std::vector<std::string> sourcesUnder(llvm::StringRef Dir) {
  std::vector<std::string> Out;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.starts_with(".") && It->type() == llvm::sys::fs::file_type::directory_file) {
      It.no_push(); // .git and friends
      continue;
    }
    // Only regular files: a FIFO named x.c would block the compiler forever.
    llvm::sys::fs::file_status St;
    if (isSourceFile(Name) && !llvm::sys::fs::status(It->path(), St) &&
        llvm::sys::fs::is_regular_file(St))
      Out.push_back(It->path());
  }
  return Out;
}

static llvm::Expected<Inputs> loadFixed(const Options &O) {
  Inputs In;
  std::vector<const char *> Argv{"premortem", "--"};
  for (const std::string &A : *O.CompilerArgs)
    Argv.push_back(A.c_str());
  int Argc = Argv.size();
  std::string Error;
  In.Database = clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
      Argc, Argv.data(), Error, currentDir());
  if (!In.Database)
    return inputError(fmt::format("invalid compiler arguments after '--': {}", Error));
  if (O.Paths.empty())
    return inputError("no input files: name the files or folders to analyze "
                      "before '--'");
  for (const std::string &Arg : O.Paths) {
    llvm::Expected<std::string> P = existingPath(Arg);
    if (!P)
      return P.takeError();
    // The compiler gets the path as named (not symlink-resolved), as with
    // clang-tidy: include lookup next to the file depends on it.
    std::string Named = absolutePath(Arg);
    if (!llvm::sys::fs::is_directory(*P)) {
      In.Units.push_back({Named, *P});
      continue;
    }
    std::vector<std::string> Found = sourcesUnder(Named);
    if (Found.empty())
      return inputError(fmt::format("{}: no C or C++ source file in this folder", Arg));
    for (std::string &F : Found)
      In.Units.push_back({F, canonicalPath(F)});
  }
  return In;
}

static llvm::Expected<Inputs> loadJson(const Options &O) {
  llvm::Expected<std::string> Path = findDatabase(O);
  if (!Path)
    return Path.takeError();
  std::string Shown = displayPath(canonicalPath(*Path));
  // Large projects have databases of hundreds of megabytes; a gigabyte is
  // beyond any real one.
  llvm::Expected<std::string> Text = readRegularFile(*Path, uint64_t(1) << 30);
  if (!Text)
    return Text.takeError();
  if (std::optional<std::string> Problem = checkCompilationDatabase(*Text))
    return inputError(fmt::format("{}:{}", Shown, *Problem));
  std::string Error;
  std::unique_ptr<CompilationDatabase> DB = clang::tooling::JSONCompilationDatabase::loadFromBuffer(
      *Text, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return inputError(fmt::format("{}: invalid compilation database: {}", Shown, Error));
  // As clang-tidy loads it: @response files expanded, the target and driver
  // mode inferred from the compiler name.
  DB = clang::tooling::inferTargetAndDriverMode(
      clang::tooling::expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem()));

  Inputs In;
  std::vector<TranslationUnit> All;
  for (const std::string &F : DB->getAllFiles())
    All.push_back({F, canonicalPath(F)});
  In.Database = std::move(DB);
  if (All.empty())
    return inputError(fmt::format("{}: the compilation database has no entries", Shown));
  if (O.Paths.empty()) {
    In.Units = std::move(All);
    return In;
  }
  for (const std::string &Arg : O.Paths) {
    llvm::Expected<std::string> P = existingPath(Arg);
    if (!P)
      return P.takeError();
    bool IsDir = llvm::sys::fs::is_directory(*P);
    size_t Before = In.Units.size();
    for (const TranslationUnit &TU : All)
      if (IsDir ? relativeTo(TU.Canonical, *P).has_value() : TU.Canonical == *P)
        In.Units.push_back(TU);
    if (In.Units.size() == Before)
      return inputError(
          IsDir ? fmt::format("{}: no translation unit of {} is in this folder", Arg, Shown)
                : fmt::format("{}: not in the compilation database {}", Arg, Shown));
  }
  return In;
}

llvm::Expected<Inputs> loadInputs(const Options &O) {
  if (O.CompilerArgs && O.BuildDir)
    return inputError("-p and '--' exclude each other: use a compilation database "
                      "or compiler arguments");
  llvm::Expected<Inputs> In = O.CompilerArgs ? loadFixed(O) : loadJson(O);
  if (!In)
    return In.takeError();
  auto &U = In->Units;
  std::sort(U.begin(), U.end(), [](const TranslationUnit &A, const TranslationUnit &B) {
    return A.Canonical < B.Canonical;
  });
  U.erase(std::unique(U.begin(), U.end(),
                      [](const TranslationUnit &A, const TranslationUnit &B) {
                        return A.Canonical == B.Canonical;
                      }),
          U.end());
  return In;
}

} // namespace clang::tidy::premortem::driver
