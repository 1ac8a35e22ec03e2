//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/TidyConfig.h"
#include "checks/support/rules/Rules.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

llvm::Expected<std::vector<const CheckInfo *>> selectChecks(llvm::StringRef Globs) {
  std::string Copy = Globs.str(); // GlobList keeps references into its input
  clang::tidy::GlobList List(Copy);
  for (const auto &Item : List.getItems()) {
    if (!Item.IsPositive || Item.Text.empty())
      continue;
    bool Matches = llvm::any_of(allChecks(), [&](const CheckInfo &C) {
      return Item.Regex.match(C.fullName());
    });
    if (!Matches)
      return llvm::createStringError(
          std::make_error_code(std::errc::invalid_argument),
          fmt::format("--checks: '{}' matches no premortem check (see --list-checks)",
                      std::string_view(Item.Text)));
  }
  std::vector<const CheckInfo *> Enabled;
  for (const CheckInfo &C : allChecks())
    if (List.contains(C.fullName()))
      Enabled.push_back(&C);
  return Enabled;
}

llvm::Expected<ClangTidyOptions> parseTidyConfig(llvm::StringRef Text) {
  std::string FirstError;
  auto Handler = [&](const llvm::SMDiagnostic &D) {
    if (D.getKind() == llvm::SourceMgr::DK_Error && FirstError.empty())
      FirstError = fmt::format("--tidy-config:{}:{}: {}", D.getLineNo(),
                               D.getColumnNo() + 1, D.getMessage().str());
  };
  llvm::ErrorOr<ClangTidyOptions> Parsed = clang::tidy::parseConfigurationWithDiags(
      llvm::MemoryBufferRef(Text, "--tidy-config"), Handler);
  if (Parsed && FirstError.empty())
    return std::move(*Parsed);
  if (FirstError.empty())
    FirstError = "--tidy-config: " + Parsed.getError().message();
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 FirstError);
}

std::vector<IgnoredConfig> checkConfigFiles(llvm::ArrayRef<std::string> Sources) {
  std::vector<IgnoredConfig> Ignored;
  llvm::StringSet<> Done; // folders already walked up from
  for (const std::string &Source : Sources) {
    for (llvm::StringRef Dir = llvm::sys::path::parent_path(Source); !Dir.empty();
         Dir = llvm::sys::path::parent_path(Dir)) {
      if (!Done.insert(Dir).second)
        break;
      llvm::SmallString<256> Path(Dir);
      llvm::sys::path::append(Path, ".clang-tidy");
      auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
      if (!Buffer)
        continue;
      std::string FirstError;
      auto Handler = [&](const llvm::SMDiagnostic &D) {
        if (D.getKind() == llvm::SourceMgr::DK_Error && FirstError.empty())
          FirstError = fmt::format("{}:{}:{}: {}", Path.str().str(), D.getLineNo(),
                                   D.getColumnNo() + 1, D.getMessage().str());
      };
      llvm::ErrorOr<ClangTidyOptions> Parsed =
          clang::tidy::parseConfigurationWithDiags((*Buffer)->getMemBufferRef(), Handler);
      if (!Parsed || !FirstError.empty()) {
        if (FirstError.empty())
          FirstError = fmt::format("{}: {}", Path.str().str(), Parsed.getError().message());
        Ignored.push_back({Path.str().str(),
                           FirstError + "; ignoring this .clang-tidy, as clang-tidy does"});
        continue; // clang-tidy looks further up
      }
      if (!Parsed->InheritParentConfig.value_or(false))
        break;
    }
  }
  return Ignored;
}

namespace {

/// Hides the malformed .clang-tidy files, so clang-tidy's provider looks
/// further up without printing the same parse error for every file.
class HideConfigFiles : public llvm::vfs::ProxyFileSystem {
public:
  HideConfigFiles(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                  llvm::ArrayRef<std::string> Hidden)
      : ProxyFileSystem(std::move(FS)), Hidden(Hidden) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    if (hidden(Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::status(Path);
  }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    if (hidden(Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::openFileForRead(Path);
  }

private:
  bool hidden(const llvm::Twine &Path) {
    llvm::SmallString<256> P;
    Path.toVector(P);
    if (llvm::sys::path::filename(P) != ".clang-tidy")
      return false;
    llvm::SmallString<256> Real;
    if (getRealPath(P, Real))
      Real = P;
    return llvm::is_contained(Hidden, Real.str());
  }

  std::vector<std::string> Hidden;
};

/// clang-tidy's FileOptionsProvider (.clang-tidy lookup, --tidy-config as
/// its override) followed by the driver's own settings, which win.
class DriverOptionsProvider : public ClangTidyOptionsProvider {
public:
  DriverOptionsProvider(const TidySettings &Settings,
                        llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : Settings(Settings),
        Files(clang::tidy::ClangTidyGlobalOptions(), defaults(Settings),
              Settings.CommandLine ? *Settings.CommandLine : ClangTidyOptions(),
              Settings.IgnoredConfigFiles.empty()
                  ? std::move(FS)
                  : llvm::makeIntrusiveRefCnt<HideConfigFiles>(
                        std::move(FS), Settings.IgnoredConfigFiles)) {}

  const clang::tidy::ClangTidyGlobalOptions &getGlobalOptions() override {
    return Files.getGlobalOptions();
  }

  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Files.getRawOptions(FileName);
    ClangTidyOptions Driver;
    Driver.Checks = checksFor(Sources);
    if (!Settings.RulesFiles.empty()) {
      // --rules adds to the packs a .clang-tidy or --tidy-config names.
      std::vector<std::string> Packs;
      for (const OptionsSource &S : Sources) {
        auto It = S.first.CheckOptions.find(RulesFileOption);
        if (It != S.first.CheckOptions.end())
          Packs = splitRulesOption(It->second.Value);
      }
      Packs.insert(Packs.end(), Settings.RulesFiles.begin(), Settings.RulesFiles.end());
      Driver.CheckOptions[RulesFileOption] =
          ClangTidyOptions::ClangTidyValue(llvm::join(Packs, ";"));
    }
    if (Settings.ConfigFile)
      Driver.CheckOptions[ConfigFileOption] =
          ClangTidyOptions::ClangTidyValue(*Settings.ConfigFile);
    // As clang-tidy's --header-filter: the command line overrides
    // HeaderFilterRegex of .clang-tidy files.
    if (Settings.HeaderFilter)
      Driver.HeaderFilterRegex = *Settings.HeaderFilter;
    if (Settings.ExcludeHeaderFilter)
      Driver.ExcludeHeaderFilterRegex = *Settings.ExcludeHeaderFilter;
    Sources.emplace_back(std::move(Driver), "premortem command line");
    return Sources;
  }

private:
  /// The globs of every source and --checks, as clang-tidy merges them,
  /// resolved to explicit names: a '*' must not switch on clang-analyzer-*
  /// (built into clang-tidy's library) or other modules' checks.
  std::string checksFor(const std::vector<OptionsSource> &Sources) const {
    ClangTidyOptions Merged;
    for (const OptionsSource &S : Sources)
      Merged.Checks = mergeGlobs(Merged.Checks, S.first.Checks);
    Merged.Checks = mergeGlobs(Merged.Checks, Settings.Checks);
    std::vector<std::string> Names{"-*"};
    for (const CheckInfo *C : enabledChecks(Merged))
      Names.push_back(C->fullName());
    return llvm::join(Names, ",");
  }

  static std::optional<std::string> mergeGlobs(const std::optional<std::string> &A,
                                               const std::optional<std::string> &B) {
    if (!A || !B)
      return A ? A : B;
    return *A + "," + *B;
  }

  static ClangTidyOptions defaults(const TidySettings &Settings) {
    ClangTidyOptions D = ClangTidyOptions::getDefaults();
    // clang-tidy starts from clang-analyzer-*; the driver from every
    // premortem check, or from none when --checks says which.
    D.Checks = Settings.Checks ? "-*" : "-*,premortem-*";
    // Findings in the project's own headers are reported (and de-duplicated
    // across TUs); system headers never. A .clang-tidy may narrow this.
    D.HeaderFilterRegex = ".*";
    return D;
  }

  const TidySettings &Settings;
  clang::tidy::FileOptionsProvider Files;
};

} // namespace

std::vector<const CheckInfo *> enabledChecks(const ClangTidyOptions &Opts) {
  std::string Globs = Opts.Checks.value_or(""); // GlobList keeps references
  clang::tidy::GlobList List(Globs);
  std::vector<const CheckInfo *> Enabled;
  for (const CheckInfo &C : allChecks())
    if (List.contains(C.fullName()))
      Enabled.push_back(&C);
  return Enabled;
}

std::unique_ptr<ClangTidyOptionsProvider>
makeOptionsProvider(const TidySettings &Settings,
                    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS) {
  return std::make_unique<DriverOptionsProvider>(Settings, std::move(FS));
}

} // namespace clang::tidy::premortem::driver
