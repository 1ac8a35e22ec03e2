//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Findings.h"
#include <algorithm>
#include <tuple>

namespace clang::tidy::premortem::driver {

static auto spanKey(const Span &S) {
  return std::tie(S.File, S.Offset, S.Length);
}

static bool lessReplacements(const std::vector<Replacement> &A,
                             const std::vector<Replacement> &B) {
  return std::lexicographical_compare(
      A.begin(), A.end(), B.begin(), B.end(),
      [](const Replacement &X, const Replacement &Y) {
        return std::tuple_cat(spanKey(X.Where), std::tie(X.Text)) <
               std::tuple_cat(spanKey(Y.Where), std::tie(Y.Text));
      });
}

static bool lessNotes(const std::vector<Note> &A, const std::vector<Note> &B) {
  return std::lexicographical_compare(
      A.begin(), A.end(), B.begin(), B.end(), [](const Note &X, const Note &Y) {
        auto KX = std::tuple_cat(spanKey(X.Where), std::tie(X.Message));
        auto KY = std::tuple_cat(spanKey(Y.Where), std::tie(Y.Message));
        if (KX != KY)
          return KX < KY;
        return lessReplacements(X.Fixes, Y.Fixes);
      });
}

// The identity of a finding: the same header finding reported from two TUs
// has the same identity.
static auto identity(const Finding &F) {
  return std::tie(F.Where.File, F.Where.Offset, F.Check, F.Message);
}

// A total order, so which duplicate survives does not depend on -j.
static bool lessFinding(const Finding &A, const Finding &B) {
  if (identity(A) != identity(B))
    return identity(A) < identity(B);
  if (A.Where.Length != B.Where.Length)
    return A.Where.Length < B.Where.Length;
  if (A.Severity != B.Severity)
    return A.Severity > B.Severity;
  if (A.TidyLevel != B.TidyLevel)
    return A.TidyLevel < B.TidyLevel;
  if (lessNotes(A.Notes, B.Notes) || lessNotes(B.Notes, A.Notes))
    return lessNotes(A.Notes, B.Notes);
  return lessReplacements(A.Fixes, B.Fixes);
}

void normalize(RunResult &R) {
  std::sort(R.Findings.begin(), R.Findings.end(), lessFinding);
  R.Findings.erase(std::unique(R.Findings.begin(), R.Findings.end(),
                               [](const Finding &A, const Finding &B) {
                                 return identity(A) == identity(B);
                               }),
                   R.Findings.end());
  std::sort(R.Failures.begin(), R.Failures.end(),
            [](const Failure &A, const Failure &B) {
              return std::tie(A.File, A.Message) < std::tie(B.File, B.Message);
            });
  std::sort(R.Partial.begin(), R.Partial.end(),
            [](const PartialAnalysis &A, const PartialAnalysis &B) { return A.File < B.File; });
  auto ConfigKey = [](const ConfigMessage &M) {
    return std::make_tuple(-static_cast<int>(M.Severity), M.Message);
  };
  std::sort(R.ConfigMessages.begin(), R.ConfigMessages.end(),
            [&](const ConfigMessage &A, const ConfigMessage &B) {
              return ConfigKey(A) < ConfigKey(B);
            });
  R.ConfigMessages.erase(std::unique(R.ConfigMessages.begin(), R.ConfigMessages.end(),
                                     [&](const ConfigMessage &A, const ConfigMessage &B) {
                                       return ConfigKey(A) == ConfigKey(B);
                                     }),
                         R.ConfigMessages.end());
}

static void resolve(Span &S, FileCache &Files) {
  auto Index = Files.get(S.File);
  S.Begin = Index->position(S.Offset);
  S.End = Index->position(S.Offset + S.Length);
}

void resolvePositions(RunResult &R, FileCache &Files) {
  for (Finding &F : R.Findings) {
    resolve(F.Where, Files);
    for (Replacement &Fix : F.Fixes)
      resolve(Fix.Where, Files);
    for (Note &N : F.Notes) {
      resolve(N.Where, Files);
      for (Replacement &Fix : N.Fixes)
        resolve(Fix.Where, Files);
    }
  }
  for (Failure &F : R.Failures)
    if (F.Where)
      resolve(*F.Where, Files);
}

} // namespace clang::tidy::premortem::driver
