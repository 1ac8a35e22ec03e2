//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Database.h"
#include "driver/CompilationDatabaseCheck.h"
#include "driver/InferredCommands.h"
#include "driver/Paths.h"
#include "driver/ReadFile.h"
#include "checks/support/rules/Fallbacks.h"
#include "checks/support/rules/Rules.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
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

/// The folders searched for compile_commands.json without -p, in order
/// (cmake-build-* sorted by name: CLion's cmake-build-debug first).
static std::vector<std::string> searchedFolders() {
  std::vector<std::string> Out{".", "build", "out"};
  std::vector<std::string> CMake;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(".", EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.starts_with("cmake-build-"))
      CMake.push_back(Name.str());
  }
  llvm::sort(CMake);
  Out.insert(Out.end(), CMake.begin(), CMake.end());
  Out.push_back("_build");
  return Out;
}

/// The compile_commands.json to use, none (no -p and none found: flags are
/// inferred), or an error naming what was wrong with -p.
static llvm::Expected<std::optional<std::string>> findDatabase(const Options &O) {
  if (O.BuildDir) {
    llvm::SmallString<256> P(*O.BuildDir);
    if (!llvm::sys::fs::exists(P))
      return inputError(fmt::format("-p {}: no such directory", *O.BuildDir));
    if (llvm::sys::fs::is_directory(P))
      llvm::sys::path::append(P, "compile_commands.json");
    if (!llvm::sys::fs::exists(P))
      return inputError(fmt::format("-p {}: no compile_commands.json in this directory",
                                    *O.BuildDir));
    return std::optional<std::string>(std::string(P));
  }
  for (const std::string &Dir : searchedFolders()) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, "compile_commands.json");
    if (llvm::sys::fs::exists(P))
      return std::optional<std::string>(std::string(P));
  }
  return std::optional<std::string>();
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

/// The sources named by Paths: files as they are, folders for the sources
/// under them.
static llvm::Error addSources(llvm::ArrayRef<std::string> Paths,
                              std::vector<TranslationUnit> &Units) {
  for (const std::string &Arg : Paths) {
    llvm::Expected<std::string> P = existingPath(Arg);
    if (!P)
      return P.takeError();
    // The compiler gets the path as named (not symlink-resolved), as with
    // clang-tidy: include lookup next to the file depends on it.
    std::string Named = absolutePath(Arg);
    if (!llvm::sys::fs::is_directory(*P)) {
      Units.push_back({Named, *P});
      continue;
    }
    std::vector<std::string> Found = sourcesUnder(Named);
    if (Found.empty())
      return inputError(fmt::format("{}: no C or C++ source file in this folder", Arg));
    for (std::string &F : Found)
      Units.push_back({F, canonicalPath(F)});
  }
  return llvm::Error::success();
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
  if (llvm::Error E = addSources(O.Paths, In.Units))
    return std::move(E);
  return In;
}

/// Where include folders are searched without a build: the git work tree of
/// the first path, else the current folder if it holds the path, else the
/// path's folder.
static std::string treeRoot(const Options &O) {
  std::string First = O.Paths.empty() ? currentDir() : canonicalPath(O.Paths.front());
  if (std::optional<std::string> Top = gitTopLevel(First))
    return *Top;
  if (relativeTo(First, currentDir()))
    return currentDir();
  return llvm::sys::fs::is_directory(First) ? First
                                            : llvm::sys::path::parent_path(First).str();
}

static llvm::Expected<std::unique_ptr<InferredDatabase>> inferredDatabase(const Options &O) {
  llvm::Expected<std::shared_ptr<const RulePack>> Pack = loadRules(O.RulesFiles);
  if (!Pack)
    return Pack.takeError();
  if (!O.Platform.empty() && O.Platform != "host" && !findPlatform(**Pack, O.Platform)) {
    std::string Known = "host";
    for (const Platform &P : (*Pack)->Platforms)
      if (!P.Disabled)
        Known += ", " + P.Name;
    return inputError(
        fmt::format("--platform {}: unknown platform (known: {})", O.Platform, Known));
  }
  return std::make_unique<InferredDatabase>(treeRoot(O), O.Platform, *Pack);
}

/// No database: every source named, or under a folder named, with commands
/// inferred from the tree. With --staged or --changed-since and no path the
/// changed sources are added later (addChangedSources).
static llvm::Expected<Inputs> loadInferred(const Options &O) {
  Inputs In;
  auto DB = inferredDatabase(O);
  if (!DB)
    return DB.takeError();
  In.Database = std::move(*DB);
  In.Inferred = true;
  if (O.Paths.empty()) {
    if (O.Staged || !O.ChangedSince.empty())
      return In;
    return inputError("no compilation database (no compile_commands.json in ., build/, "
                      "out/, cmake-build-*/ or _build/) and no input files: name the "
                      "files or folders to analyze without a build, or use -p DIR");
  }
  if (llvm::Error E = addSources(O.Paths, In.Units))
    return std::move(E);
  return In;
}

static llvm::Expected<Inputs> loadJson(const Options &O) {
  llvm::Expected<std::optional<std::string>> Found = findDatabase(O);
  if (!Found)
    return Found.takeError();
  if (!*Found)
    return loadInferred(O);
  std::optional<std::string> Path = std::move(*Found);
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
  std::vector<std::string> Known = DB->getAllFiles();
  // A file the database lacks gets the command of its nearest neighbours, as
  // clangd and clang-tidy infer it (getAllFiles() stays the database's).
  DB = clang::tooling::inferMissingCompileCommands(std::move(DB));

  Inputs In;
  std::vector<TranslationUnit> All;
  for (const std::string &F : Known)
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
    if (In.Units.size() != Before)
      continue;
    if (IsDir)
      return inputError(fmt::format("{}: no translation unit of {} is in this folder", Arg, Shown));
    // Not in the database: analyzed with a command inferred from its
    // neighbours in the database (a header gets that of a source beside it).
    In.Units.push_back({absolutePath(Arg), *P});
  }
  return In;
}

void addChangedSources(Inputs &In, llvm::ArrayRef<std::string> ChangedFiles) {
  llvm::StringSet<> Known;
  for (const TranslationUnit &U : In.Units)
    Known.insert(U.Canonical);
  for (const std::string &F : ChangedFiles)
    if (isSourceFile(F) && !Known.contains(F) && llvm::sys::fs::is_regular_file(F))
      In.Units.push_back({F, F});
  llvm::sort(In.Units, [](const TranslationUnit &A, const TranslationUnit &B) {
    return A.Canonical < B.Canonical;
  });
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
