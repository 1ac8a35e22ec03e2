//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Selection.h"
#include "driver/JsonDepth.h"
#include "driver/Paths.h"
#include "driver/ReadFile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include <algorithm>
#include <climits>
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static llvm::Error selectionError(const llvm::Twine &Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 Message.str());
}

bool ChangedLines::contains(llvm::StringRef File, unsigned Line) const {
  auto It = Files.find(File);
  if (It == Files.end())
    return false;
  return llvm::any_of(It->second, [&](const std::pair<unsigned, unsigned> &R) {
    return R.first <= Line && Line <= R.second;
  });
}

namespace {

struct GitResult {
  int Status = -1;
  std::string Out, Err;
};

llvm::Expected<GitResult> runGit(llvm::ArrayRef<std::string> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return selectionError("git is not on PATH (needed by --changed-since and --staged)");
  llvm::SmallString<128> OutFile, ErrFile;
  if (llvm::sys::fs::createTemporaryFile("premortem-git", "out", OutFile) ||
      llvm::sys::fs::createTemporaryFile("premortem-git", "err", ErrFile))
    return selectionError("cannot create a temporary file for git's output");
  std::vector<llvm::StringRef> Argv{*Git, "-c", "core.quotePath=false"};
  for (const std::string &A : Args)
    Argv.push_back(A);
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), OutFile.str(),
                                                ErrFile.str()};
  GitResult R;
  std::string Message;
  R.Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0, 0, &Message);
  if (auto B = llvm::MemoryBuffer::getFile(OutFile))
    R.Out = (*B)->getBuffer().str();
  if (auto B = llvm::MemoryBuffer::getFile(ErrFile))
    R.Err = (*B)->getBuffer().str();
  llvm::sys::fs::remove(OutFile);
  llvm::sys::fs::remove(ErrFile);
  if (R.Status < 0)
    return selectionError("cannot run git: " + Message);
  return R;
}

llvm::Expected<std::string> gitOutput(llvm::ArrayRef<std::string> Args) {
  llvm::Expected<GitResult> R = runGit(Args);
  if (!R)
    return R.takeError();
  if (R->Status != 0) {
    llvm::StringRef First = llvm::StringRef(R->Err).trim().split('\n').first;
    return selectionError(fmt::format("git {} failed: {}", Args.size() > 2 ? Args[2] : "",
                                      std::string_view(First)));
  }
  return std::move(R->Out);
}

bool resolves(const std::string &Top, llvm::StringRef Rev) {
  llvm::Expected<GitResult> R =
      runGit({"-C", Top, "rev-parse", "--verify", "--quiet", (Rev + "^{commit}").str()});
  return R && R->Status == 0;
}

// git's empty tree: what a repository without commits is compared with.
constexpr llvm::StringLiteral EmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

// Parses `git diff -U0` output: "+++ b/path" starts a file, "@@ -a,b +c,d @@"
// gives the new lines c..c+d-1 (d defaults to 1; 0 is a pure deletion).
void parseDiff(llvm::StringRef Diff, llvm::StringRef Top, ChangedLines &Out) {
  std::vector<std::pair<unsigned, unsigned>> *Current = nullptr;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    if (L.consume_front("+++ ")) {
      Current = nullptr;
      if (L == "/dev/null" || !L.consume_front("b/"))
        continue; // deleted
      llvm::SmallString<256> Abs(Top);
      llvm::sys::path::append(Abs, L);
      Current = &Out.Files[canonicalPath(Abs)];
      continue;
    }
    if (L.consume_front("rename to ")) { // a rename without edits has no "+++"
      llvm::SmallString<256> Abs(Top);
      llvm::sys::path::append(Abs, L);
      Out.Files[canonicalPath(Abs)];
      continue;
    }
    if (!Current || !L.consume_front("@@ -"))
      continue;
    size_t Plus = L.find(" +");
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef New = L.substr(Plus + 2).split(' ').first;
    auto [StartText, CountText] = New.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    if (Count > 0)
      Current->push_back({Start, Start + Count - 1});
  }
}

} // namespace

llvm::Expected<ChangedLines> gitChangedLines(llvm::StringRef Rev, bool Staged) {
  const char *Option = Staged ? "--staged" : "--changed-since";
  llvm::Expected<GitResult> TopR = runGit({"-C", currentDir(), "rev-parse", "--show-toplevel"});
  if (!TopR)
    return TopR.takeError();
  if (TopR->Status != 0)
    return selectionError(fmt::format("{}: {} is not in a git repository", Option,
                                      currentDir()));
  std::string Top = canonicalPath(llvm::StringRef(TopR->Out).trim());

  std::string Base;
  if (Staged) {
    Base = resolves(Top, "HEAD") ? "HEAD" : EmptyTree.str();
  } else if (resolves(Top, Rev)) {
    Base = Rev.str();
  } else if (!resolves(Top, "HEAD")) {
    Base = EmptyTree.str(); // no commit yet: everything is new
  } else {
    return selectionError(fmt::format("--changed-since: unknown git revision '{}'",
                                      std::string_view(Rev)));
  }

  std::vector<std::string> Args{"-C",           Top,      "diff",        "--no-color",
                                "--no-ext-diff", "-U0",    "-M",          "--src-prefix=a/",
                                "--dst-prefix=b/"};
  if (Staged)
    Args.push_back("--cached");
  Args.push_back(Base);
  Args.push_back("--");
  llvm::Expected<std::string> Diff = gitOutput(Args);
  if (!Diff)
    return Diff.takeError();
  ChangedLines Out;
  parseDiff(*Diff, Top, Out);

  if (!Staged) {
    // New files not added yet are changes too.
    llvm::Expected<std::string> Untracked =
        gitOutput({"-C", Top, "ls-files", "--others", "--exclude-standard", "-z"});
    if (!Untracked)
      return Untracked.takeError();
    llvm::SmallVector<llvm::StringRef, 0> Names;
    llvm::StringRef(*Untracked).split(Names, '\0', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef N : Names) {
      llvm::SmallString<256> Abs(Top);
      llvm::sys::path::append(Abs, N);
      Out.Files[canonicalPath(Abs)] = {{1, UINT_MAX}};
    }
  }
  return Out;
}

static bool includesByName(llvm::StringRef Text, const llvm::StringSet<> &Names) {
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    L = L.ltrim();
    if (!L.consume_front("#"))
      continue;
    L = L.ltrim();
    if (!L.consume_front("include"))
      continue;
    L = L.trim();
    if (L.size() < 3)
      continue;
    llvm::StringRef Name = L.drop_front().take_until([](char C) { return C == '"' || C == '>'; });
    if (Names.contains(llvm::sys::path::filename(Name)))
      return true;
  }
  return false;
}

std::vector<TranslationUnit> unitsToAnalyze(llvm::ArrayRef<TranslationUnit> Units,
                                            const ChangedLines &Changes) {
  llvm::StringSet<> UnitFiles;
  for (const TranslationUnit &U : Units)
    UnitFiles.insert(U.Canonical);
  llvm::StringSet<> Headers; // changed files that are not units, by file name
  for (const auto &F : Changes.Files)
    if (!UnitFiles.contains(F.getKey()) && !F.getValue().empty())
      Headers.insert(llvm::sys::path::filename(F.getKey()));
  std::vector<TranslationUnit> Out;
  for (const TranslationUnit &U : Units) {
    auto It = Changes.Files.find(U.Canonical);
    if (It != Changes.Files.end() && !It->getValue().empty()) {
      Out.push_back(U);
      continue;
    }
    if (Headers.empty())
      continue;
    if (auto B = llvm::MemoryBuffer::getFile(U.Canonical))
      if (includesByName((*B)->getBuffer(), Headers))
        Out.push_back(U);
  }
  return Out;
}

llvm::Expected<llvm::StringSet<>> loadBaseline(llvm::StringRef Path) {
  // Only a regular file: a FIFO would block, /dev/zero never end.
  llvm::Expected<std::string> Text = readRegularFile(Path, uint64_t(1) << 30);
  if (!Text)
    return selectionError("--baseline " + llvm::toString(Text.takeError()));
  if (std::optional<size_t> At = tooDeepJson(*Text))
    return selectionError(fmt::format("--baseline {}: not a SARIF file: nested deeper than "
                                      "{} levels at byte {}",
                                      std::string_view(Path), MaxJsonDepth, *At));
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(*Text);
  if (!V)
    return selectionError(fmt::format("--baseline {}: not JSON: {}", std::string_view(Path),
                                      llvm::toString(V.takeError())));
  const llvm::json::Object *Root = V->getAsObject();
  const llvm::json::Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs)
    return selectionError(fmt::format("--baseline {}: not a SARIF file (no 'runs' array)",
                                      std::string_view(Path)));
  llvm::StringSet<> Out;
  for (const llvm::json::Value &Run : *Runs) {
    const llvm::json::Object *RunObj = Run.getAsObject();
    const llvm::json::Array *Results = RunObj ? RunObj->getArray("results") : nullptr;
    if (!Results)
      continue;
    for (const llvm::json::Value &Result : *Results) {
      const llvm::json::Object *R = Result.getAsObject();
      const llvm::json::Object *FP = R ? R->getObject("partialFingerprints") : nullptr;
      if (!FP)
        continue;
      if (std::optional<llvm::StringRef> S = FP->getString("premortem/v1"))
        Out.insert(*S);
    }
  }
  return Out;
}

} // namespace clang::tidy::premortem::driver
