//===----------------------------------------------------------------------===//
// The rule pack in force: the compiled-in defaults extended by user packs.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_RULES_H
#define PREMORTEM_CHECKS_SUPPORT_RULES_H

#include "checks/support/rules/RulePack.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>
#include <optional>

namespace clang::tidy {
class ClangTidyContext;
}

namespace clang::tidy::premortem {

/// The global check option naming user rule packs (';'-separated paths), as
/// `premortem.RulesFile` in .clang-tidy CheckOptions or set by `--rules`.
inline constexpr llvm::StringLiteral RulesFileOption = "premortem.RulesFile";

/// The check option naming the project rule pack explicitly (`--config` in the
/// driver); without it the nearest `.premortem.yaml` above the main file is used.
inline constexpr llvm::StringLiteral ConfigFileOption = "premortem.ConfigFile";

/// The file name of a project rule pack, found upward from the analyzed file.
inline constexpr llvm::StringLiteral ProjectPackName = ".premortem.yaml";

/// The nearest `.premortem.yaml` in Source's folder or above, or "" (cached
/// per folder).
std::string findProjectPack(llvm::StringRef Source);

/// The user packs for a translation unit, in merge order: the project pack
/// (premortem.ConfigFile, else the nearest .premortem.yaml above Source), then
/// premortem.RulesFile, from a unit's check options. Both the checks and the driver's up-front validation
/// use this, so they cannot disagree.
std::vector<std::string>
userPacksFor(llvm::StringRef Source, const clang::tidy::ClangTidyOptions::OptionMap &Options);

/// Defaults merged with the packs in Files, in order. Results are cached per
/// file list, so each translation unit does not re-read the YAML.
llvm::Expected<std::shared_ptr<const RulePack>>
loadRules(llvm::ArrayRef<std::string> Files);

/// Splits a RulesFile option value into paths.
std::vector<std::string> splitRulesOption(llvm::StringRef Value);

/// The rules for a check: the user packs of userPacksFor() for the context's
/// current file and options. A malformed pack is reported once per check as a configuration
/// error and the defaults are used, so clang-tidy still exits non-zero.
std::shared_ptr<const RulePack> rulesFor(clang::tidy::ClangTidyContext &Context,
                                         llvm::StringRef CheckName);

} // namespace clang::tidy::premortem

#endif
