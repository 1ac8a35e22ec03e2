//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Docs.h"
#include "CheckDocs.inc"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

llvm::StringRef informationUri() { return PREMORTEM_INFORMATION_URI; }

/// Prose paragraphs of a Markdown page: no headings, code blocks, tables.
static std::vector<std::string> proseParagraphs(llvm::StringRef Page) {
  std::vector<std::string> Out;
  std::string Current;
  bool InFence = false;
  auto Flush = [&] {
    if (!Current.empty())
      Out.push_back(Current);
    Current.clear();
  };
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Page.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    llvm::StringRef T = Line.trim();
    if (T.starts_with("```") || T.starts_with("~~~")) {
      Flush();
      InFence = !InFence;
      continue;
    }
    if (InFence || T.empty() || T.starts_with("#") || T.starts_with("|") ||
        Line.starts_with("    ")) {
      Flush();
      continue;
    }
    if (!Current.empty())
      Current += ' ';
    Current += T.str();
  }
  Flush();
  return Out;
}

static llvm::StringRef embeddedPage(const CheckInfo &C) {
  std::string File = C.Name.str() + ".md";
  for (const EmbeddedFile &F : CheckDocs)
    if (File == F.Name)
      return F.Text;
  return "";
}

std::string docPage(const CheckInfo &C) {
  llvm::StringRef Page = embeddedPage(C);
  if (!proseParagraphs(Page).empty())
    return Page.str();
  return fmt::format("# {}\n\n{}\n", C.fullName(), std::string_view(C.Summary));
}

std::string fullDescription(const CheckInfo &C) {
  std::vector<std::string> Prose = proseParagraphs(docPage(C));
  std::string Text;
  for (size_t I = 0; I < Prose.size() && I < 2; ++I)
    Text += (Text.empty() ? "" : " ") + Prose[I];
  if (Text.empty())
    Text = C.Summary.str();
  constexpr size_t Limit = 1024;
  if (Text.size() > Limit) {
    size_t Cut = llvm::StringRef(Text).substr(0, Limit - 4).rfind(' ');
    Text = Text.substr(0, Cut == std::string::npos ? Limit - 4 : Cut) + " ...";
  }
  return Text;
}

std::string helpUri(const CheckInfo &C) {
  return fmt::format("{}/blob/main/docs/checks/{}.md", std::string_view(informationUri()),
                     std::string_view(C.Name));
}

std::string ruleName(llvm::StringRef CheckName) {
  std::string Out;
  bool Upper = true;
  for (char Ch : CheckName) {
    if (Ch == '-' || Ch == '_') {
      Upper = true;
      continue;
    }
    Out += Upper ? llvm::toUpper(Ch) : Ch;
    Upper = false;
  }
  return Out;
}

} // namespace clang::tidy::premortem::driver
