//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// libFuzzer target for the rule-pack loader: any bytes must give a pack or a
// "file:line:col: error:" message, never a crash, a hang or an exception
// escaping the yaml-cpp fence. Accepted packs are merged onto each other and
// looked up, as the checks do with a user pack over the defaults.
//===----------------------------------------------------------------------===//
#include "checks/support/RulePack.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<premortem::RulePack> Pack = premortem::parseRulePack(Text, "fuzz.yaml");
  if (!Pack) {
    std::string Message = llvm::toString(Pack.takeError());
    // The documented error shape: the file name first, then line and column.
    if (!llvm::StringRef(Message).starts_with("fuzz.yaml:") ||
        Message.find(": error: ") == std::string::npos)
      abort();
    return 0;
  }
  premortem::RulePack Merged;
  premortem::mergeRulePack(Merged, *Pack);
  premortem::mergeRulePack(Merged, *Pack);
  for (const auto &F : Pack->TimeFunctions) {
    (void)premortem::findTimeFunction(Merged, F.Name);
    (void)premortem::spellFailure(F.Failure);
  }
  for (const auto &C : Pack->NullConsumers)
    if (const auto *Found = premortem::findNullConsumer(Merged, C.Name))
      (void)premortem::dereferencesArgument(*Found, 3, true);
  for (const auto &T : Pack->TrustedSources)
    (void)premortem::findTrustedSource(Merged, T.Name);
  for (const auto &T : Pack->CalendarTypes)
    (void)premortem::findCalendarType(Merged, T.Name);
  for (const auto &G : Pack->DateGuards)
    (void)premortem::findDateGuard(Merged, G.Name);
  return 0;
}
