//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Runner.h"
#include "driver/AnalyzeUnit.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/thread.h"
#include <algorithm>
#include <atomic>
#include <mutex>

namespace clang::tidy::premortem::driver {

// Parsing recurses deeply; give workers the stack clang's own tools use.
static constexpr unsigned WorkerStackSize = 8 << 20;

RunResult runAnalysis(const RunSettings &S, const ProgressFn &Progress) {
  std::vector<UnitOutcome> Outcomes(S.Units.size());
  // Largest sources first: a big TU started last would leave the other
  // workers idle at the end of the run (longest-processing-time order).
  std::vector<size_t> Order(S.Units.size());
  std::vector<uint64_t> Sizes(S.Units.size(), 0);
  for (size_t I = 0; I < Order.size(); ++I) {
    Order[I] = I;
    llvm::sys::fs::file_size(S.Units[I].DbPath, Sizes[I]);
  }
  if (S.Jobs > 1)
    std::stable_sort(Order.begin(), Order.end(),
                     [&](size_t A, size_t B) { return Sizes[A] > Sizes[B]; });
  std::atomic<size_t> Next{0};
  std::mutex Lock;
  unsigned Done = 0, Findings = 0;
  auto Work = [&] {
    for (size_t N; (N = Next++) < S.Units.size();) {
      size_t I = Order[N];
      // Each slot is written by one worker only; the merge below reads them
      // in input order, so the result does not depend on scheduling.
      // A crash inside clang or a check fails that unit, not the run.
      llvm::CrashRecoveryContext Recovery;
      if (!Recovery.RunSafely([&] { Outcomes[I] = analyzeUnit(S, S.Units[I]); }))
        Outcomes[I].Failed = Failure{S.Units[I].Canonical,
                                     "clang or a premortem check crashed", std::nullopt,
                                     /*Crashed=*/true};
      std::lock_guard<std::mutex> Guard(Lock);
      ++Done;
      Findings += Outcomes[I].Findings.size();
      if (Progress)
        Progress(Done, Findings);
    }
  };
  unsigned Jobs = std::max(1u, std::min<unsigned>(S.Jobs, S.Units.size()));
  std::vector<llvm::thread> Workers;
  for (unsigned I = 0; I < Jobs; ++I)
    Workers.emplace_back(std::optional<unsigned>(WorkerStackSize), Work);
  for (llvm::thread &T : Workers)
    T.join();

  RunResult R;
  R.TranslationUnits = S.Units.size();
  for (UnitOutcome &O : Outcomes) {
    std::move(O.Findings.begin(), O.Findings.end(), std::back_inserter(R.Findings));
    std::move(O.Config.begin(), O.Config.end(), std::back_inserter(R.ConfigMessages));
    if (O.Failed)
      R.Failures.push_back(std::move(*O.Failed));
    if (O.Partial)
      R.Partial.push_back(std::move(*O.Partial));
  }
  normalize(R);
  return R;
}

} // namespace clang::tidy::premortem::driver
