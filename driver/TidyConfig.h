//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// clang-tidy configuration as the driver sees it, the plugin's: Checks and
// CheckOptions come from .clang-tidy files (found upward from each source,
// as clang-tidy does), then --tidy-config, then --checks, --rules
// (premortem.RulesFile) and --config (premortem.ConfigFile).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_TIDYCONFIG_H
#define PREMORTEM_DRIVER_TIDYCONFIG_H

#include "checks/support/rules/CheckList.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
#include <vector>

namespace clang::tidy::premortem::driver {

/// The checks the globs enable, in Checks.def order. A positive glob that
/// matches no premortem check is an error (a typo would silently run
/// nothing).
llvm::Expected<std::vector<const CheckInfo *>> selectChecks(llvm::StringRef Globs);

/// Parses a --tidy-config string (clang-tidy's YAML/JSON configuration).
llvm::Expected<clang::tidy::ClangTidyOptions> parseTidyConfig(llvm::StringRef Text);

struct TidySettings {
  /// --checks, applied after the Checks of .clang-tidy files as clang-tidy
  /// applies its --checks. Without it the driver starts from premortem-*.
  std::optional<std::string> Checks;
  std::optional<clang::tidy::ClangTidyOptions> CommandLine; // --tidy-config
  std::vector<std::string> RulesFiles;                      // --rules
  std::optional<std::string> ConfigFile;                    // --config
  std::optional<std::string> HeaderFilter;        // --header-filter
  std::optional<std::string> ExcludeHeaderFilter; // --exclude-header-filter
  std::vector<std::string> ExtraArgs;       // --extra-arg
  std::vector<std::string> ExtraArgsBefore; // --extra-arg-before
  std::vector<std::string> IgnoredConfigFiles; // malformed .clang-tidy, canonical
};

/// A malformed .clang-tidy: skipped, as clang-tidy skips it.
struct IgnoredConfig {
  std::string Path; // canonical
  std::string Message;
};

/// Parses every .clang-tidy that clang-tidy would read for these sources
/// (the closest one, and its parents while InheritParentConfig is set).
/// A malformed one is returned, to be warned about once and skipped: clang-tidy
/// prints it for every file and looks further up, and a project whose
/// .clang-tidy clang-tidy tolerates must not stop premortem.
std::vector<IgnoredConfig> checkConfigFiles(llvm::ArrayRef<std::string> Sources);

/// The premortem checks a merged configuration enables (its Checks globs),
/// in Checks.def order.
std::vector<const CheckInfo *> enabledChecks(const clang::tidy::ClangTidyOptions &Opts);

/// A fresh options provider (they cache per folder and are not
/// thread-safe: one per translation unit). FS resolves relative paths.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
makeOptionsProvider(const TidySettings &Settings,
                    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

} // namespace clang::tidy::premortem::driver

#endif
