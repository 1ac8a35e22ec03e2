//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// SARIF 2.1.0, one run, as GitHub code scanning ingests it (DESIGN.md §5,
// docs/driver.md "SARIF mapping"). Columns are unicode code points, end
// columns exclusive; URIs are relative to %SRCROOT%.
//===----------------------------------------------------------------------===//
#include "driver/SarifLog.h"
#include "driver/Docs.h"
#include "driver/Fingerprint.h"
#include "driver/Paths.h"
#include "driver/Writers.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <tuple>

namespace clang::tidy::premortem::driver {

namespace {

constexpr llvm::StringLiteral NolintRule = "clang-tidy-nolint";

llvm::StringRef problemSeverity(llvm::StringRef Level) {
  if (Level == "error")
    return "error";
  if (Level == "note")
    return "recommendation";
  return "warning";
}

class SarifWriter {
public:
  SarifWriter(const Report &R, llvm::raw_ostream &OS) : R(R), J(OS, 2) {
    unsigned Next = 0;
    for (const CheckInfo *C : R.Enabled)
      RuleIndex[C->fullName()] = Next++;
    for (const Finding &F : R.Result.Findings)
      if (F.Check == NolintRule && !RuleIndex.count(NolintRule))
        RuleIndex[NolintRule] = Next++;
  }

  void write() {
    writeSarifLog(J, [&] { run(); });
  }

private:
  void run() {
    J.attributeObject("tool", [&] {
      J.attributeObject("driver", [&] {
        writeToolIdentity(J);
        J.attributeArray("rules", [&] {
          for (const CheckInfo *C : R.Enabled)
            rule(*C);
          if (RuleIndex.count(NolintRule))
            nolintRule();
        });
      });
    });
    if (!R.Category.empty())
      J.attributeObject("automationDetails", [&] { J.attribute("id", R.Category); });
    J.attributeObject("originalUriBaseIds", [&] {
      J.attributeObject("%SRCROOT%",
                        [&] { J.attribute("uri", fileUriForDir(R.SourceRoot)); });
    });
    J.attribute("columnKind", "unicodeCodePoints");
    J.attributeArray("invocations", [&] { J.object([&] { invocation(); }); });
    J.attributeArray("results", [&] {
      for (const Finding &F : R.Result.Findings)
        result(F);
    });
  }

  void rule(const CheckInfo &C) {
    std::string Page = docPage(C);
    J.object([&] {
      J.attribute("id", C.fullName());
      J.attribute("name", ruleName(C.Name));
      J.attributeObject("shortDescription", [&] { J.attribute("text", C.Summary); });
      J.attributeObject("fullDescription", [&] { J.attribute("text", fullDescription(C)); });
      J.attributeObject("help", [&] {
        J.attribute("text", Page);
        J.attribute("markdown", Page);
      });
      J.attribute("helpUri", helpUri(C));
      J.attributeObject("defaultConfiguration", [&] { J.attribute("level", C.Level); });
      J.attributeObject("properties", [&] {
        llvm::SmallVector<llvm::StringRef, 8> Tags;
        C.Tags.split(Tags, ';', -1, /*KeepEmpty=*/false);
        // GitHub shows security-severity only on rules tagged "security".
        bool NeedsSecurityTag = !C.SecuritySeverity.empty() &&
                                llvm::find(Tags, "security") == Tags.end();
        J.attributeArray("tags", [&] {
          if (NeedsSecurityTag)
            J.value("security");
          for (llvm::StringRef T : Tags)
            J.value(T.trim());
        });
        J.attribute("precision", C.Precision);
        J.attribute("problem.severity", problemSeverity(C.Level));
        if (!C.SecuritySeverity.empty()) // a string: GitHub rejects numbers
          J.attribute("security-severity", C.SecuritySeverity);
      });
    });
  }

  // clang-tidy's own diagnostic for NOLINTBEGIN without NOLINTEND (and the
  // like), reported by the plugin too.
  void nolintRule() {
    J.object([&] {
      J.attribute("id", NolintRule);
      J.attribute("name", "NolintDirective");
      J.attributeObject("shortDescription", [&] {
        J.attribute("text", "Malformed NOLINT suppression comment.");
      });
      J.attributeObject("fullDescription", [&] {
        J.attribute("text", "A NOLINTBEGIN comment has no matching NOLINTEND, or the "
                            "other way round; the suppression does not apply as meant.");
      });
      J.attributeObject("help", [&] {
        J.attribute("text", "Pair every NOLINTBEGIN with a NOLINTEND naming the same "
                            "checks, in the same file.");
        J.attribute("markdown", "Pair every `NOLINTBEGIN` with a `NOLINTEND` naming the "
                                "same checks, in the same file.");
      });
      J.attribute("helpUri", "https://clang.llvm.org/extra/clang-tidy/"
                             "#suppressing-undesired-diagnostics");
      J.attributeObject("defaultConfiguration", [&] { J.attribute("level", "error"); });
      J.attributeObject("properties", [&] {
        J.attributeArray("tags", [&] { J.value("maintainability"); });
        J.attribute("precision", "very-high");
        J.attribute("problem.severity", "error");
      });
    });
  }

  void invocation() {
    bool ConfigError = llvm::any_of(R.Result.ConfigMessages, [](const ConfigMessage &M) {
      return M.Severity == Level::Error;
    });
    J.attribute("executionSuccessful", R.Result.Failures.empty() && !ConfigError);
    J.attribute("commandLine", R.CommandLine);
    if (R.Timestamp) {
      J.attribute("startTimeUtc", *R.Timestamp);
      J.attribute("endTimeUtc", *R.Timestamp);
    }
    if (!R.Result.Failures.empty() || !R.Result.Partial.empty())
      J.attributeArray("toolExecutionNotifications", [&] {
        for (const Failure &F : R.Result.Failures)
          notification("error", failureKind(F).str() + ": " + failureDetail(F), F.File);
        // A partial analysis ran, with pieces missing: a warning, as CodeQL
        // reports extraction with missing headers.
        for (const PartialAnalysis &P : R.Result.Partial)
          notification("warning", partialDetail(P), P.File);
      });
    if (!R.Result.ConfigMessages.empty())
      J.attributeArray("toolConfigurationNotifications", [&] {
        for (const ConfigMessage &M : R.Result.ConfigMessages)
          J.object([&] {
            J.attribute("level", levelName(M.Severity));
            J.attributeObject("message", [&] { J.attribute("text", M.Message); });
          });
      });
  }

  void notification(llvm::StringRef Level, const std::string &Text, llvm::StringRef File) {
    J.object([&] {
      J.attribute("level", Level);
      J.attributeObject("message", [&] { J.attribute("text", Text); });
      J.attributeArray("locations", [&] {
        J.object([&] {
          J.attributeObject("physicalLocation", [&] { artifactLocation(File); });
        });
      });
    });
  }

  /// The URI of a file: relative to %SRCROOT% when under it.
  std::string uriOf(llvm::StringRef File, bool &UnderRoot) {
    std::optional<std::string> Rel = relativeTo(File, R.SourceRoot);
    UnderRoot = Rel.has_value();
    return UnderRoot ? relativeUri(*Rel) : fileUri(File);
  }

  void artifactLocation(llvm::StringRef File) {
    bool UnderRoot;
    std::string Uri = uriOf(File, UnderRoot);
    J.attributeObject("artifactLocation", [&] {
      J.attribute("uri", Uri);
      if (UnderRoot)
        J.attribute("uriBaseId", "%SRCROOT%");
    });
  }

  void region(llvm::StringRef Key, const Span &S) {
    J.attributeObject(Key, [&] {
      J.attribute("startLine", S.Begin.Line);
      J.attribute("startColumn", S.Begin.CharColumn);
      J.attribute("endLine", S.End.Line);
      J.attribute("endColumn", S.End.CharColumn);
    });
  }

  void physicalLocation(const Span &S) {
    J.attributeObject("physicalLocation", [&] {
      artifactLocation(S.File);
      region("region", S);
    });
  }

  /// The path that explains a finding: its notes (where the value was
  /// shifted, set or read) and the finding itself, in source order within the
  /// finding's file; notes in other files come first.
  void codeFlow(const Finding &F) {
    std::vector<std::pair<const Span *, const std::string *>> Steps;
    Steps.emplace_back(&F.Where, &F.Message);
    for (const Note &N : F.Notes)
      Steps.emplace_back(&N.Where, &N.Message);
    // Stable by construction: ties keep the notes' order (llvm::stable_sort
    // would use libstdc++'s deprecated temporary buffer).
    auto Key = [&](size_t I) {
      bool Here = Steps[I].first->File == F.Where.File;
      return std::make_tuple(Here, Here ? Steps[I].first->Offset : 0u, I);
    };
    std::vector<size_t> Order(Steps.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Order[I] = I;
    llvm::sort(Order, [&](size_t A, size_t B) { return Key(A) < Key(B); });
    J.attributeArray("codeFlows", [&] {
      J.object([&] {
        J.attributeArray("threadFlows", [&] {
          J.object([&] {
            J.attributeArray("locations", [&] {
              for (size_t I : Order)
                J.object([&] {
                  J.attributeObject("location", [&] {
                    physicalLocation(*Steps[I].first);
                    J.attributeObject("message",
                                      [&] { J.attribute("text", *Steps[I].second); });
                  });
                });
            });
          });
        });
      });
    });
  }

  const std::vector<std::string> &hashesOf(llvm::StringRef File) {
    auto It = LineHashes.find(File);
    if (It == LineHashes.end())
      It = LineHashes.try_emplace(File, lineHashes(R.Files.get(File)->text())).first;
    return It->second;
  }

  void fingerprints(const Finding &F) {
    const Span &S = F.Where;
    const std::vector<std::string> &Hashes = hashesOf(S.File);
    J.attributeObject("partialFingerprints", [&] {
      if (S.Begin.Line <= Hashes.size() && !Hashes[S.Begin.Line - 1].empty())
        J.attribute("primaryLocationLineHash", Hashes[S.Begin.Line - 1]);
      if (!F.Fingerprint.empty())
        J.attribute("premortem/v1", F.Fingerprint);
    });
  }

  void fix(const std::vector<Replacement> &Replacements, const std::string *Description) {
    J.object([&] {
      if (Description)
        J.attributeObject("description", [&] { J.attribute("text", *Description); });
      J.attributeArray("artifactChanges", [&] {
        // Replacements are sorted by file: one artifactChange per file.
        for (size_t I = 0; I < Replacements.size();) {
          size_t End = I;
          while (End < Replacements.size() &&
                 Replacements[End].Where.File == Replacements[I].Where.File)
            ++End;
          J.object([&] {
            artifactLocation(Replacements[I].Where.File);
            J.attributeArray("replacements", [&] {
              for (size_t K = I; K < End; ++K)
                J.object([&] {
                  region("deletedRegion", Replacements[K].Where);
                  if (!Replacements[K].Text.empty())
                    J.attributeObject("insertedContent", [&] {
                      J.attribute("text", Replacements[K].Text);
                    });
                });
            });
          });
          I = End;
        }
      });
    });
  }

  /// Brackets and backslashes in a message with embedded links are
  /// escaped (SARIF 3.11.6), so they are not taken for link syntax.
  static std::string escapeLinkSyntax(llvm::StringRef Text) {
    std::string Out;
    for (char C : Text) {
      if (C == '[' || C == ']' || C == '\\')
        Out += '\\';
      Out += C;
    }
    return Out;
  }

  /// The message, with each note linked to its related location as
  /// "[note](id)": code scanning shows related locations as links in the
  /// message, and otherwise only under "Show paths".
  static std::string messageText(const Finding &F) {
    if (F.Notes.empty())
      return F.Message;
    std::string Text = escapeLinkSyntax(F.Message) + " (see ";
    for (size_t I = 0; I < F.Notes.size(); ++I)
      Text += (I ? ", [" : "[") + escapeLinkSyntax(F.Notes[I].Message) + "](" +
              std::to_string(I + 1) + ")";
    return Text + ")";
  }

  void result(const Finding &F) {
    J.object([&] {
      J.attribute("ruleId", F.Check);
      J.attribute("ruleIndex", RuleIndex.lookup(F.Check));
      J.attribute("level", levelName(F.Severity));
      J.attributeObject("message", [&] { J.attribute("text", messageText(F)); });
      J.attributeArray("locations", [&] { J.object([&] { physicalLocation(F.Where); }); });
      if (!F.Notes.empty())
        J.attributeArray("relatedLocations", [&] {
          for (size_t I = 0; I < F.Notes.size(); ++I)
            J.object([&] {
              J.attribute("id", static_cast<int64_t>(I + 1));
              physicalLocation(F.Notes[I].Where);
              J.attributeObject("message", [&] { J.attribute("text", F.Notes[I].Message); });
            });
        });
      if (!F.Notes.empty())
        codeFlow(F);
      fingerprints(F);
      bool NoteFixes = llvm::any_of(F.Notes, [](const Note &N) { return !N.Fixes.empty(); });
      if (!F.Fixes.empty() || NoteFixes)
        J.attributeArray("fixes", [&] {
          if (!F.Fixes.empty())
            fix(F.Fixes, nullptr);
          for (const Note &N : F.Notes)
            if (!N.Fixes.empty())
              fix(N.Fixes, &N.Message);
        });
    });
  }

  const Report &R;
  llvm::json::OStream J;
  llvm::StringMap<unsigned> RuleIndex;
  llvm::StringMap<std::vector<std::string>> LineHashes;
};

} // namespace

void assignFingerprints(RunResult &R, FileCache &Files, llvm::StringRef SourceRoot) {
  std::map<std::string, unsigned> Counts;
  for (Finding &F : R.Findings) {
    const Span &S = F.Where;
    std::optional<std::string> Rel = relativeTo(S.File, SourceRoot);
    std::string Uri = Rel ? relativeUri(*Rel) : fileUri(S.File);
    std::string Stable =
        stableFingerprint(F.Check, Uri, Files.get(S.File)->line(S.Begin.Line), F.Message);
    unsigned Ordinal = ++Counts[Uri + "\n" + Stable];
    F.Fingerprint = Stable + ":" + std::to_string(Ordinal);
  }
}

void writeSarif(const Report &R, llvm::raw_ostream &OS) {
  SarifWriter(R, OS).write();
  OS << '\n';
}

} // namespace clang::tidy::premortem::driver
