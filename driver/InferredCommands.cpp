//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/InferredCommands.h"
#include "checks/support/rules/Fallbacks.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <deque>

namespace clang::tidy::premortem::driver {

namespace path = llvm::sys::path;
namespace fs = llvm::sys::fs;

// A tree this large is not walked further: inference gets slower, not
// better (the folders near the sources are walked first).
static constexpr unsigned MaxTreeEntries = 200000;
// Headers followed from one source, transitively.
static constexpr unsigned MaxHeadersFollowed = 2000;

bool isSourceFile(llvm::StringRef Path) {
  static constexpr llvm::StringLiteral Extensions[] = {
      ".c", ".cc", ".cp", ".cpp", ".cxx", ".c++", ".C", ".CC", ".CPP", ".m", ".mm",
      ".ino", ".pde"};
  return llvm::is_contained(Extensions, path::extension(Path));
}

static bool isHeaderFile(llvm::StringRef Name) {
  static constexpr llvm::StringLiteral Extensions[] = {
      ".h", ".hh", ".hpp", ".hxx", ".h++", ".H", ".inc", ".inl", ".ipp", ".tcc"};
  return llvm::is_contained(Extensions, path::extension(Name));
}

/// Folders never searched for headers: version control, build output of
/// package managers.
static bool skippedFolder(llvm::StringRef Name) {
  return Name.starts_with(".") || Name == "node_modules";
}

InferredDatabase::InferredDatabase(std::string RootDir, std::string PlatformName,
                                   std::shared_ptr<const RulePack> Rules)
    : Root(std::move(RootDir)), ForcedPlatform(std::move(PlatformName)), Pack(std::move(Rules)) {
  std::error_code EC;
  unsigned Entries = 0;
  for (fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC && Entries < MaxTreeEntries; It.increment(EC), ++Entries) {
    llvm::StringRef Name = path::filename(It->path());
    if (It->type() == fs::file_type::directory_file) {
      if (skippedFolder(Name)) {
        It.no_push();
        continue;
      }
      if (Name == "include")
        IncludeFolders.push_back(It->path());
      continue;
    }
    if (isHeaderFile(Name))
      Headers[Name].push_back(It->path());
  }
  llvm::sort(IncludeFolders);
}

namespace {

struct Include {
  std::string Spelled; // as written between the quotes or brackets
  bool Angled = false;
  bool Unconditional = false; // outside any #if
};

/// The #include directives of a file, by a line scan: the commands are
/// inferred before any preprocessing.
std::vector<Include> scanIncludes(llvm::StringRef Text) {
  std::vector<Include> Out;
  int Depth = 0;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (Line.starts_with("if")) {
      ++Depth;
      continue;
    }
    if (Line.starts_with("endif")) {
      Depth = std::max(0, Depth - 1);
      continue;
    }
    if (!Line.consume_front("include") && !Line.consume_front("import"))
      continue;
    Line = Line.ltrim();
    if (Line.empty() || (Line.front() != '"' && Line.front() != '<'))
      continue;
    char Close = Line.front() == '"' ? '"' : '>';
    size_t End = Line.find(Close, 1);
    if (End == llvm::StringRef::npos || End == 1)
      continue;
    Out.push_back({Line.slice(1, End).str(), Close == '>', Depth == 0});
  }
  return Out;
}

/// Words that only C++ has, at the start of a line, or a use of std::.
bool looksLikeCxx(llvm::StringRef Text) {
  if (Text.contains("std::"))
    return true;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.ltrim();
    if (Line.starts_with("namespace ") || Line.starts_with("template <") ||
        Line.starts_with("template<") || Line.starts_with("class ") ||
        Line.starts_with("using namespace ") || Line.starts_with("#include <iostream>"))
      return true;
  }
  return false;
}

bool isCxxExtension(llvm::StringRef Ext) {
  return Ext != ".c" && Ext != ".m" && Ext != ".h";
}

size_t commonPrefix(llvm::StringRef A, llvm::StringRef B) {
  size_t N = 0;
  while (N < A.size() && N < B.size() && A[N] == B[N])
    ++N;
  return N;
}

} // namespace

std::vector<clang::tooling::CompileCommand>
InferredDatabase::getCompileCommands(llvm::StringRef File) const {
  llvm::SmallString<256> Abs(File);
  fs::make_absolute(Abs);
  auto Buffer = llvm::MemoryBuffer::getFile(Abs, /*IsText=*/true);
  if (!Buffer)
    return {}; // analyzeUnit() reports the file as not analyzable
  llvm::StringRef Text = (*Buffer)->getBuffer();

  llvm::StringRef Ext = path::extension(Abs);
  bool Cxx = isCxxExtension(Ext) || looksLikeCxx(Text);
  std::vector<std::string> Args{Cxx ? "clang++" : "clang", "-x", Cxx ? "c++" : "c",
                                Cxx ? "-std=gnu++17" : "-std=gnu17"};

  // Follow the includes through the tree: each one found in a folder under
  // Root (nearest the includer first) adds that folder; system headers keep
  // precedence (-idirafter), so a project's time.h cannot hide <time.h>.
  std::vector<std::string> Quote, After;
  llvm::StringSet<> Seen{Abs.str()}, Added;
  std::deque<std::string> Work{Abs.str().str()};
  const Platform *Detected = nullptr;
  unsigned Followed = 0;
  while (!Work.empty() && Followed++ < MaxHeadersFollowed) {
    std::string Current = std::move(Work.front());
    Work.pop_front();
    std::string Content;
    if (llvm::StringRef(Current) == Abs.str()) {
      Content = Text.str();
    } else if (auto B = llvm::MemoryBuffer::getFile(Current, /*IsText=*/true)) {
      Content = (*B)->getBuffer().str();
    } else {
      continue;
    }
    llvm::StringRef Dir = path::parent_path(Current);
    for (const Include &I : scanIncludes(Content)) {
      if (llvm::StringRef(Current) == Abs.str() && I.Unconditional && !Detected && Pack)
        Detected = platformOfHeader(*Pack, I.Spelled);
      llvm::SmallString<256> Beside(Dir);
      path::append(Beside, I.Spelled);
      if (!I.Angled && fs::exists(Beside)) {
        if (Seen.insert(Beside).second)
          Work.push_back(Beside.str().str());
        continue;
      }
      auto It = Headers.find(path::filename(I.Spelled));
      if (It == Headers.end())
        continue;
      std::string Suffix = "/" + I.Spelled;
      const std::string *Best = nullptr;
      for (const std::string &Candidate : It->second)
        if (llvm::StringRef(Candidate).ends_with(Suffix) &&
            (!Best || commonPrefix(Candidate, Current) > commonPrefix(*Best, Current)))
          Best = &Candidate;
      if (!Best)
        continue;
      std::string Folder = Best->substr(0, Best->size() - Suffix.size());
      if (Added.insert((I.Angled ? "<" : "\"") + Folder).second)
        (I.Angled ? After : Quote).push_back(Folder);
      if (Seen.insert(*Best).second)
        Work.push_back(*Best);
    }
  }
  for (const std::string &F : IncludeFolders)
    if (Added.insert("<" + F).second)
      After.push_back(F);
  for (const std::string &F : Quote)
    Args.push_back("-iquote" + F);
  for (const std::string &F : After)
    Args.push_back("-idirafter" + F);

  const Platform *Target = nullptr;
  if (ForcedPlatform.empty())
    Target = Detected;
  else if (ForcedPlatform != "host" && Pack)
    Target = findPlatform(*Pack, ForcedPlatform);
  if (!Target && (Ext == ".ino" || Ext == ".pde") && Pack)
    Target = findPlatform(*Pack, "arduino");
  if (Target) {
    for (const std::string &D : Target->Defines)
      Args.push_back("-D" + D);
    if (Target->Name == "windows")
      Args.push_back("-fms-extensions"); // __declspec, __int64
  }
  Args.push_back(Abs.str().str());

  clang::tooling::CompileCommand C(Root, Abs.str(), std::move(Args), "");
  C.Heuristic = InferredHeuristic.str();
  return {std::move(C)};
}

} // namespace clang::tidy::premortem::driver
