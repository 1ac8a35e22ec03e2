//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/ClockOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static llvm::Error usage(const std::string &Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument), Message);
}

static llvm::Error setGroups(llvm::StringRef Value, ClockOptions &O) {
  O.Groups.clear();
  llvm::SmallVector<llvm::StringRef> Parts;
  Value.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P == "all") {
      for (llvm::StringRef G : instantGroups())
        O.Groups.push_back(G.str());
    } else if (P == "none") {
      continue;
    } else if (llvm::is_contained(instantGroups(), P)) {
      O.Groups.push_back(P.str());
    } else {
      return usage(fmt::format("--instants: unknown group '{}' (groups: {}, all, none)",
                               P.str(), llvm::join(instantGroups(), ", ")));
    }
  }
  if (Parts.empty())
    return usage("--instants: expected a comma-separated list of groups");
  return llvm::Error::success();
}

static llvm::Error setOption(llvm::StringRef Name, llvm::StringRef Value, ClockOptions &O) {
  if (Name == "instants")
    return setGroups(Value, O);
  if (Name == "at") {
    auto I = parseAt(Value);
    if (!I)
      return I.takeError();
    if (llvm::any_of(O.At, [&](const Instant &A) { return A.Name == I->Name; }))
      return usage("--at '" + Value.str() + "' is given twice");
    O.At.push_back(std::move(*I));
    return llvm::Error::success();
  }
  if (Name == "now") {
    auto N = parseNow(Value);
    if (!N)
      return N.takeError();
    O.Now = *N;
    return llvm::Error::success();
  }
  if (Name == "clock") {
    if (Value != "running" && Value != "frozen")
      return usage("--clock '" + Value.str() + "': expected running or frozen");
    O.Mode = Value == "frozen" ? ClockMode::Frozen : ClockMode::Running;
    return llvm::Error::success();
  }
  if (Name == "jobs" || Name == "j") {
    unsigned N;
    if (Value.getAsInteger(10, N) || N < 1 || N > 4096)
      return usage("-j '" + Value.str() + "': expected a number from 1 to 4096");
    O.Jobs = N;
    return llvm::Error::success();
  }
  if (Name == "timeout") {
    double S;
    if (Value.getAsDouble(S) || !(S > 0) || S > 86400)
      return usage("--timeout '" + Value.str() + "': expected seconds, more than 0, at most 86400");
    O.Timeout = S;
    return llvm::Error::success();
  }
  if (Name == "format") {
    auto F = llvm::StringSwitch<std::optional<ClockFormat>>(Value)
                 .Case("text", ClockFormat::Text)
                 .Case("sarif", ClockFormat::Sarif)
                 .Case("junit", ClockFormat::JUnit)
                 .Default(std::nullopt);
    if (!F)
      return usage("--format '" + Value.str() + "': expected text, sarif or junit");
    O.Format = *F;
    return llvm::Error::success();
  }
  if (Name == "output" || Name == "o")
    O.OutputFile = Value.str();
  else if (Name == "keep-output")
    O.KeepOutput = Value.str();
  else if (Name == "faketime-lib")
    O.FaketimeLib = Value.str();
  else if (Name == "source-root")
    O.SourceRoot = Value.str();
  if (Value.empty())
    return usage("--" + Name.str() + ": expected a value");
  return llvm::Error::success();
}

llvm::Expected<ClockOptions> parseClockOptions(llvm::ArrayRef<const char *> Argv) {
  static const llvm::StringRef WithValue[] = {
      "instants", "at",     "now",          "clock",       "jobs", "timeout",
      "format",   "output", "keep-output", "faketime-lib", "source-root"};
  ClockOptions O;
  if (llvm::Error E = setGroups("all", O))
    return std::move(E);
  std::vector<std::string> Shown = {"premortem", "clock"};
  size_t I = 0;
  for (; I < Argv.size(); ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--") {
      ++I;
      break;
    }
    if (Arg == "--help" || Arg == "-h") {
      O.Help = true;
      continue;
    }
    if (Arg == "--list-instants") {
      O.List = true;
      continue;
    }
    std::string Name;
    std::optional<std::string> Value;
    if (Arg == "-j" || Arg == "-o") {
      Name = Arg.drop_front().str();
    } else if ((Arg.starts_with("-j") || Arg.starts_with("-o")) && Arg.size() > 2 &&
               Arg[1] != '-') {
      Name = Arg.substr(1, 1).str();
      Value = Arg.drop_front(2).str();
    } else if (Arg.starts_with("--")) {
      auto [N, V] = Arg.drop_front(2).split('=');
      Name = N.str();
      if (Arg.contains('='))
        Value = V.str();
      if (!llvm::is_contained(WithValue, Name))
        return usage("clock: unknown option '" + Arg.str() + "' (see premortem clock --help)");
    } else {
      return usage("clock: unexpected argument '" + Arg.str() +
                   "'; the test command follows '--'");
    }
    if (!Value) {
      if (I + 1 >= Argv.size())
        return usage("clock: option '" + Arg.str() + "' needs a value");
      Value = Argv[++I];
    }
    if (llvm::Error E = setOption(Name, *Value, O))
      return std::move(E);
    if (Name != "j" && Name != "jobs")
      Shown.push_back(Name.size() == 1 ? "-" + Name + " " + *Value : "--" + Name + "=" + *Value);
  }
  for (; I < Argv.size(); ++I)
    O.Command.push_back(Argv[I]);
  if (O.Command.empty() && !O.Help && !O.List)
    return usage("clock: no test command; usage: premortem clock [options] -- <test command>");
  if (O.Groups.empty() && O.At.empty() && !O.Help && !O.List)
    return usage("clock: no instant to run (--instants none and no --at)");
  Shown.push_back("--");
  Shown.insert(Shown.end(), O.Command.begin(), O.Command.end());
  O.CommandLine = llvm::join(Shown, " ");
  return O;
}

void printClockHelp(llvm::raw_ostream &OS) {
  OS << R"(usage: premortem clock [options] -- <test command>

Runs the test command at the real time (the baseline) and once per risky
instant with the clock moved by libfaketime; reports the tests that fail or
hang only at an instant. See docs/clock.md.

  --instants GROUPS     comma-separated: leap, day366, y2038, y2100, dst, all
                        (default), none
  --at TIME             also run at TIME: YYYY-MM-DDTHH:MM:SSZ (UTC), without Z
                        in the local zone, '@Zone' to run with TZ=Zone; repeatable
  --now TIME            reference time the instants are computed from
                        (YYYY-MM-DDTHH:MM:SSZ or @SECONDS); default: now
  --list-instants       print the instants (name, UTC time, TZ, reason) and
                        stop; no test command needed
  --clock running|frozen
                        the clock starts at the instant and runs (default), or
                        stays at it
  -j N, --jobs N        runs in parallel (default: all cores)
  --timeout SECONDS     per run; a run that takes longer is killed and counted
                        as a hang (default: 10 times the baseline, at least 60)
  --keep-output DIR     keep each run's output in DIR/<run>/output.txt
  --format text|sarif|junit
  -o FILE, --output FILE
  --source-root DIR     SARIF paths are relative to DIR (default: git top-level
                        or the current folder)
  --faketime-lib FILE   libfaketime to preload (default: PREMORTEM_FAKETIME, or
                        the Debian package's library)

In the command, {out} is replaced by the run's own folder (write JUnit XML
there: it is read back); the run also gets PREMORTEM_CLOCK_OUTPUT and
PREMORTEM_CLOCK_INSTANT.

Exit codes: 0 no test fails only at an instant, 1 some do (or hang), 2 usage
error, 3 the baseline could not run or timed out, 4 libfaketime not found.
)";
}

} // namespace clang::tidy::premortem::driver
