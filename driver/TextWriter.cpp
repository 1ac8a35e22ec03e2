//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Text output, as clang-tidy prints it: "file:line:col: warning: message
// [check]", the source line, a caret under the column; notes the same way.
// Columns are bytes, like clang's.
//===----------------------------------------------------------------------===//
#include "driver/Paths.h"
#include "driver/Writers.h"
#include "llvm/ADT/StringExtras.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static void printSourceLine(const Span &S, FileCache &Files, llvm::raw_ostream &OS) {
  auto Index = Files.get(S.File);
  llvm::StringRef Line = Index->line(S.Begin.Line);
  if (Line.empty() && Index->empty())
    return;
  OS << Line << '\n';
  // Keep tabs so the caret lines up however tabs are displayed; one space
  // per code point otherwise.
  std::string Caret;
  llvm::StringRef Before = Line.substr(0, S.Begin.ByteColumn - 1);
  for (char C : Before) {
    if (C == '\t')
      Caret += '\t';
    else if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      Caret += ' ';
  }
  Caret += '^';
  if (S.End.Line == S.Begin.Line && S.End.CharColumn > S.Begin.CharColumn + 1)
    Caret.append(S.End.CharColumn - S.Begin.CharColumn - 1, '~');
  OS << Caret << '\n';
}

static void printDiagnostic(const Span &S, llvm::StringRef Level, llvm::StringRef Message,
                            FileCache &Files, llvm::raw_ostream &OS) {
  OS << fmt::format("{}:{}:{}: {}: {}\n", displayPath(S.File), S.Begin.Line,
                    S.Begin.ByteColumn, std::string_view(Level), std::string_view(Message));
  printSourceLine(S, Files, OS);
}

void writeText(const Report &R, llvm::raw_ostream &OS) {
  for (const Finding &F : R.Result.Findings) {
    // clang-tidy marks promoted warnings the same way.
    printDiagnostic(F.Where, F.TidyLevel,
                    fmt::format("{} [{}{}]", F.Message, F.Check,
                                F.WarningAsError ? ",-warnings-as-errors" : ""),
                    R.Files, OS);
    for (const Note &N : F.Notes)
      printDiagnostic(N.Where, "note", N.Message, R.Files, OS);
  }
}

std::string failureDetail(const Failure &F) {
  if (!F.Where)
    return F.Message;
  return fmt::format("{}:{}:{}: {}", displayPath(F.Where->File), F.Where->Begin.Line,
                     F.Where->Begin.ByteColumn, F.Message);
}

llvm::StringRef failureKind(const Failure &F) {
  return F.Crashed ? "failed to analyze" : "failed to parse";
}

std::string partialDetail(const PartialAnalysis &P) {
  std::vector<std::string> Parts;
  if (!P.Missing.empty())
    Parts.push_back("missing " + llvm::join(P.Missing, ", "));
  if (!P.Fallbacks.empty())
    Parts.push_back("fallback declarations from the rule packs: " +
                    llvm::join(P.Fallbacks, ", "));
  if (!P.Opaque.empty())
    Parts.push_back("declared opaque: " + llvm::join(P.Opaque, ", "));
  if (P.Errors)
    Parts.push_back(fmt::format("{} compiler error{} recovered from", P.Errors,
                                P.Errors == 1 ? "" : "s"));
  if (P.Inferred)
    Parts.push_back("compile command inferred");
  return "partial analysis: " + llvm::join(Parts, "; ");
}

std::string partialLine(const PartialAnalysis &P) {
  return fmt::format("{}: {}", displayPath(P.File), partialDetail(P));
}

std::string failureLine(const Failure &F) {
  return fmt::format("{}: {}: {}", displayPath(F.File), failureKind(F), failureDetail(F));
}

} // namespace clang::tidy::premortem::driver
