//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Merge.h"
#include "checks/support/rules/CheckList.h"
#include "driver/Output.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <fmt/format.h>
#include <map>
#include <set>
#include <tuple>

namespace clang::tidy::premortem::driver {

namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

llvm::Error mergeError(std::string Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 "merge: " + Message);
}

std::string text(const Value &V) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << V;
  return S;
}

const Value *at(const Object *O, llvm::ArrayRef<llvm::StringRef> Path) {
  const Value *V = nullptr;
  for (llvm::StringRef Key : Path) {
    if (!O || !(V = O->get(Key)))
      return nullptr;
    O = V->getAsObject();
  }
  return V;
}

std::string stringAt(const Object *O, llvm::ArrayRef<llvm::StringRef> Path) {
  const Value *V = at(O, Path);
  std::optional<llvm::StringRef> S = V ? V->getAsString() : std::nullopt;
  return S ? S->str() : "";
}

int64_t intAt(const Object *O, llvm::ArrayRef<llvm::StringRef> Path) {
  const Value *V = at(O, Path);
  return V ? V->getAsInteger().value_or(0) : 0;
}

/// The one run of a premortem SARIF log, or an error naming the input.
llvm::Expected<Object *> runOf(MergeInput &In) {
  Object *Root = In.Log.getAsObject();
  Array *Runs = Root ? Root->getArray("runs") : nullptr;
  Object *Run = Runs && Runs->size() == 1 ? (*Runs)[0].getAsObject() : nullptr;
  if (!Run || stringAt(Run, {"tool", "driver", "name"}) != "premortem")
    return mergeError(fmt::format("{}: not a premortem SARIF report (expected one run "
                                  "of the tool premortem)",
                                  In.Name));
  return Run;
}

/// A command line without --shard and the output file: equal for every
/// shard of a run. (Words are split at spaces; a quoted value with a space
/// stays intact because only whole option words are dropped.)
std::string withoutShard(llvm::StringRef CommandLine) {
  llvm::SmallVector<llvm::StringRef, 16> Words;
  CommandLine.split(Words, ' ');
  std::vector<llvm::StringRef> Kept;
  for (size_t I = 0; I < Words.size(); ++I) {
    llvm::StringRef W = Words[I];
    llvm::StringRef Name = W.drop_front(W.starts_with("--") ? 2 : 1).split('=').first;
    bool Dropped = W.starts_with("-") && (Name == "shard" || Name == "output");
    if (W == "-o" || (Dropped && !W.contains('='))) {
      ++I; // and its value
      continue;
    }
    if (Dropped || (W.starts_with("-o") && W.size() > 2 && !W.starts_with("--")))
      continue;
    Kept.push_back(W);
  }
  return llvm::join(Kept, " ");
}

/// Rule order: the premortem checks in Checks.def order, then the others
/// (clang-tidy-nolint) by id.
std::tuple<size_t, std::string> ruleOrder(llvm::StringRef Id) {
  llvm::ArrayRef<CheckInfo> All = allChecks();
  for (size_t I = 0; I < All.size(); ++I)
    if (All[I].fullName() == Id)
      return {I, ""};
  return {All.size(), Id.str()};
}

/// "<stable>:<ordinal>" split at the last colon.
std::pair<std::string, std::string> splitFingerprint(llvm::StringRef FP) {
  auto [Stable, Ordinal] = FP.rsplit(':');
  return {Stable.str(), Ordinal.str()};
}

struct ResultKey {
  std::string Uri;
  int64_t StartLine, StartColumn, EndLine, EndColumn;
  std::string Rule, Message, Identity;
  bool operator<(const ResultKey &O) const {
    return std::tie(Uri, StartLine, StartColumn, EndLine, EndColumn, Rule, Message, Identity) <
           std::tie(O.Uri, O.StartLine, O.StartColumn, O.EndLine, O.EndColumn, O.Rule,
                    O.Message, O.Identity);
  }
};

/// The result without what depends on the rest of its report (ruleIndex, the
/// fingerprint's ordinal), as the key that finds the same finding in two
/// shards; and its sort key.
ResultKey keyOf(Object &Result) {
  Result.erase("ruleIndex");
  if (Object *FP = Result.getObject("partialFingerprints"))
    if (std::optional<llvm::StringRef> V1 = FP->getString("premortem/v1"))
      (*FP)["premortem/v1"] = splitFingerprint(*V1).first;
  const Object *Loc = nullptr;
  if (const Array *Locs = Result.getArray("locations"); Locs && !Locs->empty())
    Loc = (*Locs)[0].getAsObject();
  ResultKey K;
  K.Uri = stringAt(Loc, {"physicalLocation", "artifactLocation", "uri"});
  K.StartLine = intAt(Loc, {"physicalLocation", "region", "startLine"});
  K.StartColumn = intAt(Loc, {"physicalLocation", "region", "startColumn"});
  K.EndLine = intAt(Loc, {"physicalLocation", "region", "endLine"});
  K.EndColumn = intAt(Loc, {"physicalLocation", "region", "endColumn"});
  K.Rule = stringAt(&Result, {"ruleId"});
  K.Message = stringAt(&Result, {"message", "text"});
  K.Identity = text(Value(Object(Result)));
  return K;
}

/// Notifications of every shard, each once, in a fixed order.
Array unionOf(const std::vector<Object *> &Invocations, llvm::StringRef Key) {
  std::map<std::string, Value> Seen;
  for (Object *I : Invocations)
    if (Array *A = I->getArray(Key))
      for (Value &N : *A)
        Seen.emplace(text(N), std::move(N));
  Array Out;
  for (auto &[Text, N] : Seen)
    Out.push_back(std::move(N));
  return Out;
}

Object mergeInvocations(const std::vector<Object *> &Invocations) {
  Object Out;
  bool Successful = true;
  std::set<std::string> CommandLines;
  std::optional<std::string> Start, End;
  bool Timed = true;
  for (Object *I : Invocations) {
    Successful &= I->getBoolean("executionSuccessful").value_or(false);
    CommandLines.insert(withoutShard(stringAt(I, {"commandLine"})));
    std::string S = stringAt(I, {"startTimeUtc"}), E = stringAt(I, {"endTimeUtc"});
    Timed &= !S.empty() && !E.empty();
    if (!S.empty() && (!Start || S < *Start))
      Start = S;
    if (!E.empty() && (!End || E > *End))
      End = E;
  }
  Out["executionSuccessful"] = Successful;
  // The shards of one run differ only in --shard: their command line is the
  // one the whole run would have had. Otherwise every distinct one, a line each.
  Out["commandLine"] = llvm::join(CommandLines, "\n");
  if (Timed && Start && End) {
    Out["startTimeUtc"] = *Start;
    Out["endTimeUtc"] = *End;
  }
  for (llvm::StringRef Key : {"toolExecutionNotifications", "toolConfigurationNotifications"})
    if (Array A = unionOf(Invocations, Key); !A.empty())
      Out[Key] = std::move(A);
  return Out;
}

/// The first input that differs from the first one in Path, as an error.
llvm::Error sameEverywhere(const std::vector<MergeInput> &Inputs,
                           const std::vector<Object *> &Runs,
                           llvm::ArrayRef<llvm::StringRef> Path, llvm::StringRef What) {
  auto Shown = [&](size_t I) {
    const Value *V = at(Runs[I], Path);
    return V ? text(*V) : std::string("none");
  };
  for (size_t I = 1; I < Runs.size(); ++I)
    if (Shown(I) != Shown(0))
      return mergeError(fmt::format("{} has {} {} but {} has {}: merge only the shards of "
                                    "one run",
                                    Inputs[0].Name, std::string_view(What), Shown(0),
                                    Inputs[I].Name, Shown(I)));
  return llvm::Error::success();
}

} // namespace

llvm::Expected<Value> mergeSarif(std::vector<MergeInput> Inputs) {
  if (Inputs.empty())
    return mergeError("no SARIF file to merge");
  std::vector<Object *> Runs;
  for (MergeInput &In : Inputs) {
    llvm::Expected<Object *> Run = runOf(In);
    if (!Run)
      return Run.takeError();
    Runs.push_back(*Run);
  }
  if (llvm::Error E = sameEverywhere(Inputs, Runs, {"tool", "driver", "version"},
                                     "premortem version"))
    return std::move(E);
  if (llvm::Error E =
          sameEverywhere(Inputs, Runs, {"originalUriBaseIds"}, "source root"))
    return std::move(E);
  if (llvm::Error E = sameEverywhere(Inputs, Runs, {"automationDetails"}, "category"))
    return std::move(E);

  std::map<std::tuple<size_t, std::string>, Value> Rules;
  std::map<ResultKey, Value> Results; // Identity in the key: one per finding
  std::vector<Object *> Invocations;
  for (size_t I = 0; I < Runs.size(); ++I) {
    Object &Run = *Runs[I];
    Object *Tool = Run.getObject("tool");
    Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (Array *R = Driver ? Driver->getArray("rules") : nullptr)
      for (Value &Rule : *R)
        if (const Object *O = Rule.getAsObject())
          Rules.emplace(ruleOrder(stringAt(O, {"id"})), std::move(Rule));
    if (Array *Rs = Run.getArray("results"))
      for (Value &R : *Rs)
        if (Object *O = R.getAsObject()) {
          ResultKey K = keyOf(*O);
          Results.emplace(std::move(K), std::move(R));
        }
    if (Array *Inv = Run.getArray("invocations"))
      for (Value &V : *Inv)
        if (Object *O = V.getAsObject())
          Invocations.push_back(O);
  }

  llvm::StringMap<int64_t> RuleIndex;
  Array RuleArray;
  for (auto &[Order, Rule] : Rules) {
    RuleIndex[stringAt(Rule.getAsObject(), {"id"})] = RuleArray.size();
    RuleArray.push_back(std::move(Rule));
  }
  // Ordinals counted again in report order, as assignFingerprints() does
  // for one run (same file and same stable part: first, second, ...).
  std::map<std::string, unsigned> Counts;
  Array ResultArray;
  for (auto &[Key, R] : Results) {
    Object &O = *R.getAsObject();
    O["ruleIndex"] = RuleIndex.lookup(Key.Rule);
    if (Object *FP = O.getObject("partialFingerprints"))
      if (std::optional<llvm::StringRef> Stable = FP->getString("premortem/v1")) {
        unsigned Ordinal = ++Counts[Key.Uri + "\n" + Stable->str()];
        (*FP)["premortem/v1"] = Stable->str() + ":" + std::to_string(Ordinal);
      }
    ResultArray.push_back(std::move(R));
  }

  Object Run = std::move(*Runs[0]);
  Object Driver = std::move(*Run.getObject("tool")->getObject("driver"));
  Driver["rules"] = std::move(RuleArray);
  Run["tool"] = Object{{"driver", std::move(Driver)}};
  Run["invocations"] = Array{mergeInvocations(Invocations)};
  Run["results"] = std::move(ResultArray);
  Object Log = std::move(*Inputs[0].Log.getAsObject());
  Log["runs"] = Array{std::move(Run)};
  return Value(std::move(Log));
}

llvm::Error mergeCommand(llvm::ArrayRef<const char *> Args) {
  std::string OutputFile;
  std::vector<std::string> Files;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A = Args[I];
    if (A == "-o" || A == "--output" || A == "-output") {
      if (I + 1 == Args.size())
        return mergeError(fmt::format("option '{}' needs a value", std::string_view(A)));
      OutputFile = Args[++I];
    } else if (A.starts_with("--output=") || A.starts_with("-output=")) {
      OutputFile = A.split('=').second.str();
    } else if (A.starts_with("-o") && A.size() > 2) {
      OutputFile = A.drop_front(2).str();
    } else if (A.starts_with("-") && A != "-") {
      return mergeError(fmt::format("unknown option '{}' (usage: premortem merge SARIF... "
                                    "[-o FILE])",
                                    std::string_view(A)));
    } else {
      Files.push_back(A.str());
    }
  }
  std::vector<MergeInput> Inputs;
  for (const std::string &F : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(F);
    if (!Buffer)
      return mergeError(fmt::format("{}: cannot read: {}", F, Buffer.getError().message()));
    llvm::Expected<Value> V = llvm::json::parse((*Buffer)->getBuffer());
    if (!V)
      return mergeError(fmt::format("{}: not JSON: {}", F, llvm::toString(V.takeError())));
    Inputs.push_back({F, std::move(*V)});
  }
  llvm::Expected<Value> Merged = mergeSarif(std::move(Inputs));
  if (!Merged)
    return Merged.takeError();
  auto Out = Output::open(OutputFile);
  if (!Out)
    return Out.takeError();
  return (*Out)->commit([&](llvm::raw_ostream &OS) {
    llvm::json::OStream J(OS, 2);
    J.value(*Merged);
    OS << "\n";
  });
}

} // namespace clang::tidy::premortem::driver
