//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The YAML mapping is clang's (clang/Tooling/DiagnosticsYAML.h and
// ReplacementsYAML.h, not shipped in Debian's libclang-dev), restated over
// the driver's own Finding: the same keys, in the same order, through the
// same llvm::yaml writer.
//===----------------------------------------------------------------------===//
#include "driver/ExportFixes.h"
#include "llvm/Support/YAMLTraits.h"

namespace clang::tidy::premortem::driver {
namespace {

struct YamlReplacement {
  std::string FilePath;
  unsigned Offset = 0, Length = 0;
  std::string ReplacementText;
};

struct YamlMessage {
  std::string Message, FilePath;
  unsigned FileOffset = 0;
  std::vector<YamlReplacement> Replacements;
};

struct YamlDiagnostic {
  std::string DiagnosticName;
  YamlMessage DiagnosticMessage;
  std::vector<YamlMessage> Notes;
  std::string Level; // Warning, Error, Remark
  std::string BuildDirectory;
};

struct YamlDocument {
  std::string MainSourceFile;
  std::vector<YamlDiagnostic> Diagnostics;
};

YamlMessage message(const std::string &Text, const Span &Where,
                    const std::vector<Replacement> &Fixes) {
  YamlMessage M{Text, Where.File, Where.Offset, {}};
  for (const Replacement &R : Fixes)
    M.Replacements.push_back({R.Where.File, R.Where.Offset, R.Where.Length, R.Text});
  return M;
}

std::string levelOf(const Finding &F) {
  if (F.TidyLevel == "error")
    return "Error";
  if (F.TidyLevel == "remark")
    return "Remark";
  return "Warning";
}

} // namespace
} // namespace clang::tidy::premortem::driver

using namespace clang::tidy::premortem::driver;
LLVM_YAML_IS_SEQUENCE_VECTOR(YamlReplacement)
LLVM_YAML_IS_SEQUENCE_VECTOR(YamlMessage)
LLVM_YAML_IS_SEQUENCE_VECTOR(YamlDiagnostic)

namespace llvm::yaml {
template <> struct MappingTraits<YamlReplacement> {
  static void mapping(IO &Io, YamlReplacement &R) {
    Io.mapRequired("FilePath", R.FilePath);
    Io.mapRequired("Offset", R.Offset);
    Io.mapRequired("Length", R.Length);
    Io.mapRequired("ReplacementText", R.ReplacementText);
  }
};
template <> struct MappingTraits<YamlMessage> {
  static void mapping(IO &Io, YamlMessage &M) {
    Io.mapRequired("Message", M.Message);
    Io.mapOptional("FilePath", M.FilePath);
    Io.mapOptional("FileOffset", M.FileOffset);
    Io.mapRequired("Replacements", M.Replacements);
  }
};
template <> struct MappingTraits<YamlDiagnostic> {
  static void mapping(IO &Io, YamlDiagnostic &D) {
    Io.mapRequired("DiagnosticName", D.DiagnosticName);
    Io.mapRequired("DiagnosticMessage", D.DiagnosticMessage);
    Io.mapOptional("Notes", D.Notes);
    Io.mapOptional("Level", D.Level);
    Io.mapOptional("BuildDirectory", D.BuildDirectory);
  }
};
template <> struct MappingTraits<YamlDocument> {
  static void mapping(IO &Io, YamlDocument &Doc) {
    Io.mapRequired("MainSourceFile", Doc.MainSourceFile);
    Io.mapRequired("Diagnostics", Doc.Diagnostics);
  }
};
} // namespace llvm::yaml

namespace clang::tidy::premortem::driver {

void writeExportedFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &OS) {
  YamlDocument Doc;
  for (const Finding &F : Findings) {
    YamlDiagnostic D;
    D.DiagnosticName = F.Check;
    D.DiagnosticMessage = message(F.Message, F.Where, F.Fixes);
    for (const Note &N : F.Notes)
      D.Notes.push_back(message(N.Message, N.Where, N.Fixes));
    D.Level = levelOf(F);
    // Paths are absolute, so no build directory is needed to resolve them.
    Doc.Diagnostics.push_back(std::move(D));
  }
  llvm::yaml::Output Yaml(OS);
  Yaml << Doc;
}

} // namespace clang::tidy::premortem::driver
