//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/rules/Fallbacks.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include <functional>

namespace clang::tidy::premortem {

llvm::StringMap<std::string> fallbackNames(const RulePack &Pack) {
  llvm::StringMap<std::string> Names;
  for (const FallbackDeclaration &F : Pack.Fallbacks) {
    if (F.Disabled)
      continue;
    Names.try_emplace(F.Name, F.Name);
    for (const std::string &A : F.Also)
      Names.try_emplace(A, F.Name);
  }
  return Names;
}

/// The identifiers in a declaration's text.
static std::vector<llvm::StringRef> identifiers(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Out;
  size_t I = 0;
  while (I < Text.size()) {
    if (!llvm::isAlpha(Text[I]) && Text[I] != '_') {
      ++I;
      continue;
    }
    size_t Begin = I;
    while (I < Text.size() && (llvm::isAlnum(Text[I]) || Text[I] == '_'))
      ++I;
    Out.push_back(Text.slice(Begin, I));
  }
  return Out;
}

FallbackText fallbackHeader(const RulePack &Pack, const llvm::StringSet<> &Needed) {
  llvm::StringMap<std::string> Names = fallbackNames(Pack);
  llvm::StringMap<const FallbackDeclaration *> Entries;
  for (const FallbackDeclaration &F : Pack.Fallbacks)
    if (!F.Disabled)
      Entries[F.Name] = &F;

  FallbackText Out;
  llvm::StringSet<> Done, Visiting;
  // Depth-first: an entry's text follows the entries it uses.
  std::function<void(llvm::StringRef)> Emit = [&](llvm::StringRef Entry) {
    if (Done.contains(Entry) || !Visiting.insert(Entry).second)
      return;
    const FallbackDeclaration &F = *Entries[Entry];
    for (llvm::StringRef Id : identifiers(F.Declare)) {
      auto It = Names.find(Id);
      if (It != Names.end() && It->second != F.Name)
        Emit(It->second);
    }
    Done.insert(Entry);
    Out.Used.push_back(F.Name);
    Out.Text += F.Declare;
    Out.Text += "\n";
  };
  std::vector<llvm::StringRef> Sorted;
  for (const auto &N : Needed)
    Sorted.push_back(N.getKey());
  llvm::sort(Sorted);
  for (llvm::StringRef Name : Sorted) {
    auto It = Names.find(Name);
    if (It == Names.end())
      Out.Unknown.push_back(Name.str());
    else
      Emit(It->second);
  }
  return Out;
}

/// The names every section but the fallbacks gives.
static llvm::StringSet<> apiNames(const RulePack &P) {
  llvm::StringSet<> Names;
  auto Add = [&](const auto &Entries) {
    for (const auto &E : Entries) {
      llvm::StringRef N = E.Name;
      Names.insert(N);
      // `QThread::sleep` also names `sleep` as written in a call.
      size_t Colon = N.rfind("::");
      if (Colon != llvm::StringRef::npos)
        Names.insert(N.drop_front(Colon + 2));
    }
  };
  Add(P.CalendarTypes);
  Add(P.DateGuards);
  Add(P.DateBuilders);
  Add(P.DateParsers);
  Add(P.DayAdders);
  Add(P.TimeFunctions);
  Add(P.NullConsumers);
  Add(P.TrustedSources);
  Add(P.CertFunctions);
  Add(P.RetryOperations);
  Add(P.RetryWaits);
  Add(P.RandomSources);
  Add(P.TimeValues);
  Add(P.DateFormatters);
  return Names;
}

std::vector<std::string> unnamedFallbacks(const RulePack &Pack) {
  llvm::StringSet<> Api = apiNames(Pack);
  std::vector<std::string> Out;
  for (const FallbackDeclaration &F : Pack.Fallbacks)
    if (!F.Disabled && !F.Support && !Api.contains(F.Name))
      Out.push_back(F.Name);
  return Out;
}

const Platform *findPlatform(const RulePack &Pack, llvm::StringRef Name) {
  for (const Platform &P : Pack.Platforms)
    if (!P.Disabled && P.Name == Name)
      return &P;
  return nullptr;
}

const Platform *platformOfHeader(const RulePack &Pack, llvm::StringRef Header) {
  llvm::StringRef Last = llvm::sys::path::filename(Header);
  for (const Platform &P : Pack.Platforms)
    if (!P.Disabled && llvm::is_contained(P.Headers, Last))
      return &P;
  return nullptr;
}

} // namespace clang::tidy::premortem
