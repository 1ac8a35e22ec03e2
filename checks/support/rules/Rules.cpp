//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/rules/Rules.h"
#include "DefaultRulePacks.inc"
#include "checks/support/rules/DefaultPacks.h"
#include "checks/support/rules/Fallbacks.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace clang::tidy::premortem {

llvm::ArrayRef<EmbeddedFile> defaultRulePackFiles() { return DefaultRulePacks; }

static llvm::Expected<RulePack> loadDefaults() {
  RulePack Merged;
  for (const EmbeddedFile &F : DefaultRulePacks) {
    auto Pack = parseRulePack(F.Text, (llvm::Twine("<builtin>/rules/") + F.Name).str());
    if (!Pack)
      return Pack.takeError();
    mergeRulePack(Merged, *Pack);
  }
  std::vector<std::string> Unnamed = unnamedFallbacks(Merged);
  if (!Unnamed.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "<builtin>/rules/fallbacks.yaml: error: fallback-declarations entry '%s' "
        "declares a name no other rule pack section names",
        Unnamed.front().c_str());
  return Merged;
}

static llvm::Expected<RulePack> loadUncached(llvm::ArrayRef<std::string> Files) {
  llvm::Expected<RulePack> Merged = loadDefaults();
  if (!Merged)
    return Merged.takeError();
  std::vector<std::vector<std::string>> UserFallbacks; // per file of Files
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(),
                                     "%s: error: cannot read rule pack: %s",
                                     File.c_str(),
                                     Buffer.getError().message().c_str());
    auto Pack = parseRulePack((*Buffer)->getBuffer(), File);
    if (!Pack)
      return Pack.takeError();
    mergeRulePack(*Merged, *Pack);
    UserFallbacks.emplace_back();
    for (const FallbackDeclaration &F : Pack->Fallbacks)
      UserFallbacks.back().push_back(F.Name);
  }
  // A fallback declaration only stands in for an API the packs name: one a
  // pack adds for another name is an error in that pack; a built-in one
  // whose API a user pack disabled is not supplied any more.
  for (const std::string &Name : unnamedFallbacks(*Merged)) {
    for (size_t I = 0; I < UserFallbacks.size(); ++I)
      if (llvm::is_contained(UserFallbacks[I], Name))
        return llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            "%s: error: fallback-declarations entry '%s' declares a name no other "
            "rule pack section names (mark a type the declarations need 'support: "
            "true')",
            Files[I].c_str(), Name.c_str());
    llvm::erase_if(Merged->Fallbacks,
                   [&](const FallbackDeclaration &F) { return F.Name == Name; });
  }
  return Merged;
}

llvm::Expected<std::shared_ptr<const RulePack>>
loadRules(llvm::ArrayRef<std::string> Files) {
  static std::mutex Lock;
  static llvm::StringMap<std::shared_ptr<const RulePack>> Cache;
  std::string Key = llvm::join(Files, ";");
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  llvm::Expected<RulePack> Pack = loadUncached(Files);
  if (!Pack)
    return Pack.takeError();
  auto Shared = std::make_shared<const RulePack>(std::move(*Pack));
  Cache[Key] = Shared;
  return Shared;
}

std::vector<std::string> splitRulesOption(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Value.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Files;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Files.push_back(P.trim().str());
  return Files;
}

std::string findProjectPack(llvm::StringRef Source) {
  static std::mutex Lock;
  static llvm::StringMap<std::string> Found; // folder -> pack or ""
  llvm::SmallString<256> Dir(Source);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  llvm::sys::path::remove_filename(Dir);
  std::lock_guard<std::mutex> Guard(Lock);
  llvm::SmallVector<std::string, 8> Visited;
  std::string Result;
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    if (auto It = Found.find(D); It != Found.end()) {
      Result = It->second;
      break;
    }
    Visited.push_back(D.str());
    llvm::SmallString<256> Candidate(D);
    llvm::sys::path::append(Candidate, ProjectPackName);
    if (llvm::sys::fs::is_regular_file(Candidate)) {
      Result = Candidate.str().str();
      break;
    }
  }
  for (const std::string &D : Visited)
    Found[D] = Result;
  return Result;
}

std::vector<std::string>
userPacksFor(llvm::StringRef Source, const clang::tidy::ClangTidyOptions::OptionMap &Options) {
  std::vector<std::string> Files;
  auto Config = Options.find(ConfigFileOption);
  if (Config != Options.end() && !llvm::StringRef(Config->second.Value).trim().empty())
    Files.push_back(llvm::StringRef(Config->second.Value).trim().str());
  else if (std::string Project = findProjectPack(Source); !Project.empty())
    Files.push_back(std::move(Project));
  if (auto Rules = Options.find(RulesFileOption); Rules != Options.end())
    for (std::string &F : splitRulesOption(Rules->second.Value))
      Files.push_back(std::move(F));
  return Files;
}

std::shared_ptr<const RulePack> rulesFor(clang::tidy::ClangTidyContext &Context,
                                         llvm::StringRef CheckName) {
  auto Rules = loadRules(
      userPacksFor(Context.getCurrentFile(), Context.getOptions().CheckOptions));
  if (Rules)
    return *Rules;
  // clang-tidy prints its own "error: " in front of configuration errors.
  std::string Message = llvm::toString(Rules.takeError());
  size_t Pos = Message.find(": error: ");
  if (Pos != std::string::npos)
    Message.replace(Pos, 9, ": ");
  Context.configurationDiag("%0 [%1]", clang::DiagnosticIDs::Error)
      << Message << CheckName;
  auto Defaults = loadRules({});
  if (Defaults)
    return *Defaults;
  llvm::consumeError(Defaults.takeError());
  return std::make_shared<const RulePack>();
}

} // namespace clang::tidy::premortem
