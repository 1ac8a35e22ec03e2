//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/CompilationDatabaseCheck.h"
#include "driver/JsonDepth.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <fmt/format.h>
#include <vector>

namespace clang::tidy::premortem::driver {

namespace {

/// 1-based line and column (in bytes) of Offset.
std::string position(llvm::StringRef Text, size_t Offset) {
  Offset = std::min(Offset, Text.size());
  llvm::StringRef Before = Text.take_front(Offset);
  size_t Line = Before.count('\n') + 1;
  size_t LineStart = Before.rfind('\n');
  size_t Column = LineStart == llvm::StringRef::npos ? Offset + 1 : Offset - LineStart;
  return fmt::format("{}:{}", Line, Column);
}

/// Offsets of the elements of the top-level array (the text is valid JSON).
std::vector<size_t> elementOffsets(llvm::StringRef Text) {
  std::vector<size_t> Out;
  int Depth = 0;
  bool ExpectElement = false;
  scanJsonStructure(Text, [&](size_t I, char C) {
    if (Depth == 1 && ExpectElement && C != ']') {
      Out.push_back(I);
      ExpectElement = false;
    }
    if (C == '[' || C == '{')
      ExpectElement = ++Depth == 1;
    else if (C == ']' || C == '}')
      --Depth;
    else if (C == ',' && Depth == 1)
      ExpectElement = true;
    return true;
  });
  return Out;
}

std::optional<std::string> checkEntry(const llvm::json::Value &V) {
  const llvm::json::Object *E = V.getAsObject();
  if (!E)
    return "an entry is not an object";
  auto stringKey = [&](llvm::StringRef Key, bool Required) -> std::optional<std::string> {
    const llvm::json::Value *K = E->get(Key);
    if (!K)
      return Required ? std::optional<std::string>(fmt::format("missing key \"{}\"", Key.str()))
                      : std::nullopt;
    if (!K->getAsString())
      return fmt::format("\"{}\" is not a string", Key.str());
    return std::nullopt;
  };
  for (llvm::StringRef Key : {"directory", "file"})
    if (auto Error = stringKey(Key, true))
      return Error;
  if (auto Error = stringKey("output", false))
    return Error;
  llvm::StringRef Dir = *E->getString("directory");
  if (!llvm::sys::path::is_absolute(Dir))
    return fmt::format("\"directory\" is a relative path ('{}'): the compilation "
                       "database must name absolute build directories",
                       Dir.str());
  const llvm::json::Value *Command = E->get("command");
  const llvm::json::Value *Arguments = E->get("arguments");
  if (!Command && !Arguments)
    return std::string("missing key \"command\" or \"arguments\"");
  if (Command && !Command->getAsString())
    return std::string("\"command\" is not a string");
  if (Arguments) {
    const llvm::json::Array *A = Arguments->getAsArray();
    if (!A || llvm::any_of(*A, [](const llvm::json::Value &X) { return !X.getAsString(); }))
      return std::string("\"arguments\" is not an array of strings");
    if (A->empty())
      return std::string("\"arguments\" is empty");
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string> checkCompilationDatabase(llvm::StringRef Text) {
  if (std::optional<size_t> At = tooDeepJson(Text))
    return fmt::format("{}: invalid compilation database: nested deeper than {} levels",
                       position(Text, *At), MaxJsonDepth);
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed) {
    // "[LINE:COL, byte=N]: message", the only form ParseError prints.
    std::string Log = llvm::toString(Parsed.takeError());
    llvm::SmallVector<llvm::StringRef, 4> M;
    // LLVM's columns are 0-based; the byte offset gives editors' 1-based.
    size_t Byte = 0;
    if (llvm::Regex("^\\[[0-9]+:[0-9]+, byte=([0-9]+)\\]: (.*)$").match(Log, &M) &&
        !M[1].getAsInteger(10, Byte)) {
      std::string Why = M[2].str();
      if (!Why.empty())
        Why[0] = llvm::toLower(Why[0]);
      if (Why == "text after end of document")
        Why += " (junk after the closing ']')";
      return fmt::format("{}: invalid compilation database: {}", position(Text, Byte), Why);
    }
    return "1:1: invalid compilation database: " + Log;
  }
  const llvm::json::Array *Entries = Parsed->getAsArray();
  if (!Entries)
    return position(Text, Text.find_first_not_of(" \t\r\n")) +
           ": invalid compilation database: expected an array of compile commands";
  std::vector<size_t> Offsets;
  for (size_t I = 0; I < Entries->size(); ++I)
    if (std::optional<std::string> Error = checkEntry((*Entries)[I])) {
      if (Offsets.empty())
        Offsets = elementOffsets(Text);
      size_t At = I < Offsets.size() ? Offsets[I] : 0;
      return fmt::format("{}: invalid compilation database: entry {}: {}", position(Text, At),
                         I + 1, *Error);
    }
  return std::nullopt;
}

} // namespace clang::tidy::premortem::driver
