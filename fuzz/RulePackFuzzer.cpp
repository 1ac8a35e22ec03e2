//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// libFuzzer target for the rule-pack loader: any bytes must give a pack or a
// "file:line:col: error:" message, never a crash, a hang or an exception
// escaping the yaml-cpp fence. Accepted packs are merged onto each other and
// looked up, as the checks do with a user pack over the defaults.
//===----------------------------------------------------------------------===//
#include "checks/support/rules/RulePack.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace clang::tidy::premortem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<RulePack> Pack = parseRulePack(Text, "fuzz.yaml");
  if (!Pack) {
    std::string Message = llvm::toString(Pack.takeError());
    // The documented error shape: the file name first, then line and column.
    if (!llvm::StringRef(Message).starts_with("fuzz.yaml:") ||
        Message.find(": error: ") == std::string::npos)
      abort();
    return 0;
  }
  RulePack Merged;
  mergeRulePack(Merged, *Pack);
  mergeRulePack(Merged, *Pack);
  for (const auto &F : Pack->TimeFunctions) {
    (void)findTimeFunction(Merged, F.Name);
    (void)spellFailure(F.Failure);
  }
  for (const auto &C : Pack->NullConsumers)
    if (const auto *Found = findNullConsumer(Merged, C.Name))
      (void)dereferencesArgument(*Found, 3, true);
  for (const auto &T : Pack->TrustedSources)
    (void)findTrustedSource(Merged, T.Name);
  for (const auto &T : Pack->CalendarTypes)
    (void)findCalendarType(Merged, T.Name);
  for (const auto &G : Pack->DateGuards)
    (void)findDateGuard(Merged, G.Name);
  return 0;
}
