//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/TestResults.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace clang::tidy::premortem::driver {

llvm::StringRef statusName(TestStatus S) {
  switch (S) {
  case TestStatus::Passed:
    return "passed";
  case TestStatus::Failed:
    return "failed";
  case TestStatus::Skipped:
    return "skipped";
  case TestStatus::Unfinished:
    return "unfinished";
  }
  return "failed";
}

namespace {

std::string unescapeXml(llvm::StringRef S) {
  std::string Out;
  while (!S.empty()) {
    size_t Amp = S.find('&');
    Out += S.take_front(Amp);
    if (Amp == llvm::StringRef::npos)
      break;
    S = S.drop_front(Amp);
    static const std::pair<llvm::StringRef, char> Entities[] = {
        {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool Known = false;
    for (auto [Entity, Char] : Entities)
      if (S.consume_front(Entity)) {
        Out += Char;
        Known = true;
        break;
      }
    if (!Known) {
      Out += '&';
      S = S.drop_front();
    }
  }
  return Out;
}

/// The value of attribute Name in the text of one start tag.
std::string attribute(llvm::StringRef Tag, llvm::StringRef Name) {
  for (size_t At = 0; (At = Tag.find(Name, At)) != llvm::StringRef::npos; At += Name.size()) {
    if (At == 0 || !llvm::isSpace(Tag[At - 1]))
      continue;
    llvm::StringRef After = Tag.drop_front(At + Name.size()).ltrim();
    if (!After.consume_front("="))
      continue;
    After = After.ltrim();
    if (After.empty() || (After[0] != '"' && After[0] != '\''))
      continue;
    char Quote = After[0];
    After = After.drop_front();
    return unescapeXml(After.take_until([&](char C) { return C == Quote; }));
  }
  return "";
}

} // namespace

// A scanner rather than an XML parser: JUnit files are flat, and those of a
// killed run may be cut off anywhere.
void parseJUnit(llvm::StringRef Xml, TestResults &Into) {
  for (size_t At = 0; (At = Xml.find("<testcase", At)) != llvm::StringRef::npos;) {
    llvm::StringRef From = Xml.drop_front(At);
    size_t TagEnd = From.find('>');
    if (TagEnd == llvm::StringRef::npos)
      break;
    llvm::StringRef Tag = From.take_front(TagEnd);
    bool SelfClosing = Tag.ends_with("/");
    llvm::StringRef Body;
    if (!SelfClosing) {
      size_t Close = From.find("</testcase>");
      Body = From.slice(TagEnd + 1, Close);
    }
    At += TagEnd + 1 + Body.size();
    std::string Name = attribute(Tag, "name"), Class = attribute(Tag, "classname");
    if (Name.empty())
      continue;
    if (!Class.empty())
      Name = Class + "." + Name;
    TestResult R;
    for (llvm::StringRef Kind : {"<failure", "<error"}) {
      size_t F = Body.find(Kind);
      if (F == llvm::StringRef::npos)
        continue;
      R.Status = TestStatus::Failed;
      llvm::StringRef FTag = Body.drop_front(F).take_until([](char C) { return C == '>'; });
      R.Detail = attribute(FTag, "message");
      if (R.Detail.empty())
        R.Detail = Kind.drop_front().str();
      break;
    }
    if (R.Status == TestStatus::Passed && Body.contains("<skipped"))
      R.Status = TestStatus::Skipped;
    R.File = attribute(Tag, "file");
    llvm::StringRef(attribute(Tag, "line")).getAsInteger(10, R.Line);
    Into.Source = ResultSource::JUnit;
    // A name seen twice (several files, repeated runs) fails if any failed.
    auto [It, New] = Into.Tests.emplace(Name, R);
    if (!New && R.Status == TestStatus::Failed)
      It->second = R;
  }
}

void parseCTest(llvm::StringRef Output, TestResults &Into) {
  llvm::SmallVector<llvm::StringRef> Lines;
  Output.split(Lines, '\n');
  std::vector<std::string> Started;
  for (llvm::StringRef Line : Lines) {
    llvm::StringRef L = Line.trim();
    // "Start  3: name"
    if (L.consume_front("Start ")) {
      auto [Number, Name] = L.ltrim().split(": ");
      unsigned N;
      if (!Number.getAsInteger(10, N) && !Name.trim().empty())
        Started.push_back(Name.trim().str());
      continue;
    }
    // "3/4 Test #3: name ......................***Failed    0.01 sec"
    size_t Hash = L.find(" Test #");
    if (Hash == llvm::StringRef::npos || !L.ends_with(" sec"))
      continue;
    llvm::StringRef Rest = L.drop_front(Hash + 7);
    auto [Number, AfterNumber] = Rest.split(": ");
    unsigned N;
    if (Number.getAsInteger(10, N))
      continue;
    llvm::StringRef Name = AfterNumber.take_until([](char C) { return C == ' '; });
    llvm::StringRef Status = AfterNumber.drop_front(Name.size()).ltrim(" .").rsplit(' ').first;
    Status = Status.rtrim().rsplit(' ').first.rtrim(); // drop the duration
    if (Name.empty())
      continue;
    TestResult R;
    std::string Word = Status.ltrim('*').trim().str();
    R.Detail = Word;
    if (Word == "Passed")
      R.Status = TestStatus::Passed;
    else if (llvm::StringRef(Word).starts_with("Not Run") ||
             llvm::StringRef(Word).contains("Skipped") || Word == "Disabled")
      R.Status = TestStatus::Skipped;
    else
      R.Status = TestStatus::Failed;
    Into.Source = ResultSource::CTest;
    Into.Tests[Name.str()] = R;
  }
  for (const std::string &Name : Started)
    if (!Into.Tests.count(Name)) {
      TestResult R;
      R.Status = TestStatus::Unfinished;
      R.Detail = "started, no result";
      Into.Source = ResultSource::CTest;
      Into.Tests[Name] = R;
    }
}

TestResults readTestResults(llvm::StringRef Folder, llvm::StringRef Output) {
  TestResults Results;
  std::vector<std::string> Xmls;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Folder, EC), End; !EC && It != End;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".xml")
      Xmls.push_back(It->path());
  std::sort(Xmls.begin(), Xmls.end());
  for (const std::string &Path : Xmls)
    if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
      parseJUnit((*Buffer)->getBuffer(), Results);
  if (Results.Source == ResultSource::None)
    parseCTest(Output, Results);
  return Results;
}

} // namespace clang::tidy::premortem::driver
