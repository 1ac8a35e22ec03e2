//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/ResultCache.h"
#include "checks/support/rules/DefaultPacks.h"
#include "checks/support/rules/Rules.h"
#include "driver/Paths.h"
#include "driver/TidyConfig.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <algorithm>
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

namespace {

// Bump when the entry layout or the meaning of the key changes.
constexpr llvm::StringLiteral EntryMagic = "premortem-cache-entry 1\n";
constexpr llvm::StringLiteral EntrySuffix = ".entry";
constexpr llvm::StringLiteral TempMarker = ".tmp-";

/// Length-prefixed fields into one hash: no two field lists collide by
/// concatenation.
class KeyHasher {
public:
  KeyHasher &add(llvm::StringRef Field) {
    std::string Size = std::to_string(Field.size()) + ":";
    H.update(Size);
    H.update(Field);
    return *this;
  }
  std::string hex() {
    llvm::BLAKE3Result<16> R = H.final<16>();
    return llvm::toHex(R, /*LowerCase=*/true);
  }

private:
  llvm::BLAKE3 H;
};

/// premortem's version as the cache sees it. PREMORTEM_CACHE_TEST_VERSION
/// replaces it, for testing only (a new release must miss every entry).
std::string versionForCache() {
  if (std::optional<std::string> V = llvm::sys::Process::GetEnv("PREMORTEM_CACHE_TEST_VERSION"))
    return *V;
  return PREMORTEM_VERSION " " PREMORTEM_LLVM_PACKAGE_VERSION;
}

struct Entry {
  std::vector<std::pair<std::string, std::string>> Files; // (hash, path)
  UnitResult Result;
};

std::optional<Entry> decodeEntry(llvm::StringRef Bytes) {
  if (!Bytes.consume_front(EntryMagic))
    return std::nullopt;
  auto [CountLine, Rest] = Bytes.split('\n');
  unsigned Count;
  if (CountLine.getAsInteger(10, Count) || Count > Rest.size())
    return std::nullopt;
  Entry E;
  for (unsigned I = 0; I < Count; ++I) {
    auto [Line, Next] = Rest.split('\n');
    auto [Hash, Path] = Line.split(' ');
    if (Line.size() == Rest.size() || Hash.empty() || Path.empty())
      return std::nullopt; // truncated
    E.Files.emplace_back(Hash.str(), Path.str());
    Rest = Next;
  }
  std::optional<UnitResult> R = deserialize(Rest);
  if (!R)
    return std::nullopt;
  E.Result = std::move(*R);
  return E;
}

/// Marks an entry as just used (LRU order is modification time).
void touch(llvm::StringRef Path) {
  int FD;
  if (llvm::sys::fs::openFileForWrite(Path, FD, llvm::sys::fs::CD_OpenExisting,
                                      llvm::sys::fs::OF_Append))
    return;
  (void)llvm::sys::fs::setLastAccessAndModificationTime(FD, std::chrono::system_clock::now());
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
}

} // namespace

ResultCache::ResultCache(std::string Dir, uint64_t MaxBytes, const RunSettings &Settings)
    : Dir(std::move(Dir)), MaxBytes(MaxBytes), Settings(Settings) {
  KeyHasher K;
  K.add(EntryMagic).add(versionForCache()).add(Settings.ParseOnly ? "parse-only" : "checks");
  // Which checks run comes from --checks here and from each unit's
  // .clang-tidy in the unit's key; the clang-tidy flags change the compile
  // command or what is reported, so they are part of every key.
  const TidySettings &T = Settings.Tidy;
  K.add(T.Checks ? "checks:" + *T.Checks : std::string("checks: default"));
  K.add(T.HeaderFilter.value_or("")).add(T.ExcludeHeaderFilter.value_or(""));
  for (const std::string &A : T.ExtraArgsBefore)
    K.add("before:" + A);
  for (const std::string &A : T.ExtraArgs)
    K.add("after:" + A);
  for (const EmbeddedFile &F : defaultRulePackFiles())
    K.add(F.Name).add(F.Text);
  RunKey = K.hex();
}

llvm::Expected<std::unique_ptr<ResultCache>>
ResultCache::open(llvm::StringRef Dir, uint64_t MaxBytes, const RunSettings &Settings) {
  llvm::SmallString<256> Abs(Dir);
  llvm::sys::fs::make_absolute(Abs);
  if (std::error_code EC = llvm::sys::fs::create_directories(Abs))
    return llvm::createStringError(EC, "--cache %s: cannot create the folder: %s",
                                   Dir.str().c_str(), EC.message().c_str());
  if (!llvm::sys::fs::is_directory(Abs))
    return llvm::createStringError(std::make_error_code(std::errc::not_a_directory),
                                   "--cache %s: not a folder", Dir.str().c_str());
  return std::unique_ptr<ResultCache>(new ResultCache(Abs.str().str(), MaxBytes, Settings));
}

std::string ResultCache::fileHash(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> G(Lock);
    auto It = FileHashes.find(Path);
    if (It != FileHashes.end())
      return It->second;
  }
  std::string Hash;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    Hash = KeyHasher().add((*Buffer)->getBuffer()).hex();
  std::lock_guard<std::mutex> G(Lock);
  FileHashes[Path] = Hash;
  return Hash;
}

std::string ResultCache::keyOf(const TranslationUnit &Unit) {
  KeyHasher K;
  K.add(RunKey).add(Unit.Canonical);
  for (const clang::tooling::CompileCommand &C :
       Settings.Database.getCompileCommands(Unit.DbPath)) {
    K.add(C.Directory).add(C.Filename);
    for (const std::string &Arg : C.CommandLine)
      K.add(Arg);
  }
  // Check options, ExtraArgs, WarningsAsErrors, ... from .clang-tidy files
  // and --tidy-config, as the unit's analysis will see them.
  auto Provider = makeOptionsProvider(Settings.Tidy, llvm::vfs::getRealFileSystem());
  clang::tidy::ClangTidyOptions Opts = Provider->getOptions(Unit.DbPath);
  K.add(clang::tidy::configurationAsText(Opts));
  for (const std::string &Pack : userPacksFor(Unit.Canonical, Opts.CheckOptions))
    K.add(Pack).add(fileHash(Pack));
  return K.hex();
}

std::string ResultCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Key.take_front(2), Key.str() + EntrySuffix.str());
  return P.str().str();
}

std::optional<UnitResult> ResultCache::lookup(const TranslationUnit &Unit) {
  std::string Path = entryPath(keyOf(Unit));
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  std::optional<Entry> E = Buffer ? decodeEntry((*Buffer)->getBuffer()) : std::nullopt;
  bool Fresh = E && llvm::all_of(E->Files, [&](const auto &F) {
    return fileHash(F.second) == F.first;
  });
  if (!Fresh) {
    ++Misses;
    return std::nullopt;
  }
  ++Hits;
  touch(Path);
  return std::move(E->Result);
}

void ResultCache::store(const TranslationUnit &Unit, const UnitResult &Result,
                        llvm::ArrayRef<std::string> FilesRead) {
  if (Result.Failed || FilesRead.empty())
    return;
  std::string Bytes = EntryMagic.str() + std::to_string(FilesRead.size()) + "\n";
  for (const std::string &F : FilesRead) {
    std::string Hash = fileHash(F);
    if (Hash.empty() || F.find('\n') != std::string::npos)
      return; // cannot be checked later: do not cache
    Bytes += Hash + " " + F + "\n";
  }
  Bytes += serialize(Result);

  std::string Path = entryPath(keyOf(Unit));
  llvm::StringRef Folder = llvm::sys::path::parent_path(Path);
  if (llvm::sys::fs::create_directories(Folder))
    return;
  // A unique temporary file in the same folder, renamed over the entry:
  // readers see the old entry or the new one, never a part.
  int FD;
  llvm::SmallString<256> Temp;
  if (llvm::sys::fs::createUniqueFile(Path + TempMarker.str() + "%%%%%%%%", FD, Temp))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Bytes;
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return;
    }
  }
  if (llvm::sys::fs::rename(Temp, Path))
    llvm::sys::fs::remove(Temp);
}

void ResultCache::evict() {
  struct File {
    std::string Path;
    uint64_t Size;
    llvm::sys::TimePoint<> Used;
  };
  std::vector<File> Entries;
  uint64_t Total = 0;
  auto StaleBefore = std::chrono::system_clock::now() - std::chrono::hours(1);
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::sys::fs::file_status St;
    if (It->status().getError() || llvm::sys::fs::status(It->path(), St) ||
        St.type() != llvm::sys::fs::file_type::regular_file)
      continue;
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.contains(TempMarker)) {
      // Left by a run that was killed mid-write; a live writer renames
      // within seconds.
      if (St.getLastModificationTime() < StaleBefore)
        llvm::sys::fs::remove(It->path());
      continue;
    }
    if (!Name.ends_with(EntrySuffix))
      continue;
    Entries.push_back({It->path(), St.getSize(), St.getLastModificationTime()});
    Total += St.getSize();
  }
  if (Total <= MaxBytes)
    return;
  std::sort(Entries.begin(), Entries.end(), [](const File &A, const File &B) {
    return std::tie(A.Used, A.Path) < std::tie(B.Used, B.Path);
  });
  for (const File &F : Entries) {
    if (Total <= MaxBytes)
      break;
    // Another run may have removed it already: fine either way.
    llvm::sys::fs::remove(F.Path);
    Total -= F.Size;
  }
}

} // namespace clang::tidy::premortem::driver
