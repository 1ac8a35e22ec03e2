//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The order of a clock run: everything that can be wrong with the command
// line is found first (exit 2, 4); the baseline runs alone, so a command that
// cannot start or hangs anyway stops here (exit 3) instead of once per
// instant; then the instants run in parallel and are compared with it.
//===----------------------------------------------------------------------===//
#include "driver/clock/Clock.h"
#include "driver/Output.h"
#include "driver/Paths.h"
#include "driver/clock/Civil.h"
#include "driver/clock/ClockOptions.h"
#include "driver/clock/ClockReport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/Threading.h"
#include <atomic>
#include <unistd.h>
#include <chrono>
#include <fmt/format.h>
#include <mutex>
#include <thread>

namespace clang::tidy::premortem::driver {

namespace {

int fail(int Code, const llvm::Twine &Message) {
  llvm::errs() << "premortem: error: " << Message << "\n";
  return Code;
}

/// A folder name for a run: its position (runs stay in order when listed)
/// and its name with characters that file systems or shells dislike replaced.
std::string folderName(size_t Index, llvm::StringRef Name) {
  std::string Safe;
  for (char C : Name)
    Safe += llvm::isAlnum(C) || C == '-' || C == '_' || C == '.' ? C : '-';
  return fmt::format("{:02}-{}", Index, Safe);
}

std::string replaceAll(std::string S, llvm::StringRef From, llvm::StringRef To) {
  for (size_t At = 0; (At = S.find(From.str(), At)) != std::string::npos; At += To.size())
    S.replace(At, From.size(), To.str());
  return S;
}

struct Settings {
  const ClockOptions &O;
  std::string Faketime;
  double Timeout;
};

void execute(Run &R, const Settings &S) {
  llvm::sys::fs::remove_directories(R.Folder);
  if (std::error_code EC = llvm::sys::fs::create_directories(R.Folder)) {
    R.Spawn.StartError = "cannot create " + R.Folder + ": " + EC.message();
    return;
  }
  SpawnRequest Req;
  for (const std::string &Arg : S.O.Command)
    Req.Argv.push_back(replaceAll(Arg, "{out}", R.Folder));
  Req.OutputFile = R.Folder + "/output.txt";
  Req.TimeoutSeconds = S.Timeout;
  Req.ExtraEnv = {"PREMORTEM_CLOCK_OUTPUT=" + R.Folder, "PREMORTEM_CLOCK_INSTANT=" + R.name()};
  if (R.At) {
    for (std::string &E : faketimeEnvironment(S.Faketime, R.At->Epoch, S.O.Mode))
      Req.ExtraEnv.push_back(std::move(E));
    if (!R.At->Zone.empty())
      Req.ExtraEnv.push_back("TZ=" + R.At->Zone);
  }
  R.Spawn = spawnAndWait(Req);
  std::string Output;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Req.OutputFile))
    Output = (*Buffer)->getBuffer().str();
  R.Tests = readTestResults(R.Folder, Output);
}

void runAll(std::vector<Run> &Runs, const Settings &S, unsigned Jobs) {
  std::atomic<size_t> Next{0}, Done{0};
  std::mutex Print;
  bool Show = llvm::sys::Process::StandardErrIsDisplayed();
  auto Work = [&] {
    for (size_t I; (I = Next++) < Runs.size();) {
      execute(Runs[I], S);
      size_t N = ++Done;
      if (Show) {
        std::lock_guard<std::mutex> Lock(Print);
        llvm::errs() << fmt::format("premortem clock: [{}/{}] {}\n", N, Runs.size(),
                                    Runs[I].name());
      }
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned T = 0; T < std::min<size_t>(Jobs, Runs.size()); ++T)
    Threads.emplace_back(Work);
  for (std::thread &T : Threads)
    T.join();
}

/// Where SARIF results point when the test's own file is unknown: the
/// project's build description, which names the tests.
std::string fallbackUri(llvm::StringRef Root) {
  for (const char *Name : {"CMakeLists.txt", "meson.build", "Makefile", "BUILD.bazel",
                           "BUILD", "configure.ac", "package.json"})
    if (llvm::sys::fs::exists(Root + "/" + Name))
      return Name;
  return "";
}

std::optional<std::string> sourceDateEpoch() {
  std::optional<std::string> Env = llvm::sys::Process::GetEnv("SOURCE_DATE_EPOCH");
  int64_t Seconds;
  if (!Env || llvm::StringRef(*Env).getAsInteger(10, Seconds) || Seconds < 0)
    return std::nullopt;
  return formatUtc(Seconds);
}

void listInstants(llvm::ArrayRef<Instant> Instants, llvm::raw_ostream &OS) {
  size_t Width = 0;
  for (const Instant &I : Instants)
    Width = std::max(Width, I.Name.size());
  for (const Instant &I : Instants)
    OS << fmt::format("{:<{}}  {}  {:<16}  {}\n", I.Name, Width, formatUtc(I.Epoch),
                      I.Zone.empty() ? "-" : I.Zone, I.Why);
}

int64_t realNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

} // namespace

int runClock(llvm::ArrayRef<const char *> Args) {
  llvm::Expected<ClockOptions> Parsed = parseClockOptions(Args);
  if (!Parsed)
    return fail(ClockUsage, llvm::toString(Parsed.takeError()));
  const ClockOptions &O = *Parsed;
  if (O.Help) {
    printClockHelp(llvm::outs());
    return ClockClean;
  }
  int64_t Reference = O.Now.value_or(realNow());
  std::vector<std::string> Notes;
  std::vector<Instant> Instants = builtinInstants(Reference, O.Groups, Notes);
  for (const Instant &I : O.At)
    Instants.push_back(I);
  for (const std::string &N : Notes)
    llvm::errs() << "premortem: note: " << N << "\n";
  if (O.List) {
    listInstants(Instants, llvm::outs());
    return ClockClean;
  }
  llvm::Expected<std::string> Faketime = findFaketime(O.FaketimeLib);
  if (!Faketime)
    return fail(ClockNoFaketime, llvm::toString(Faketime.takeError()));

  std::string Root;
  if (!O.SourceRoot.empty()) {
    if (!llvm::sys::fs::is_directory(O.SourceRoot))
      return fail(ClockUsage, "--source-root " + O.SourceRoot + ": no such directory");
    Root = canonicalPath(O.SourceRoot);
  } else {
    Root = gitTopLevel(currentDir()).value_or(currentDir());
  }
  auto Out = Output::open(O.OutputFile);
  if (!Out)
    return fail(ClockUsage, llvm::toString(Out.takeError()));

  llvm::SmallString<256> Top;
  if (!O.KeepOutput.empty()) {
    Top = O.KeepOutput;
    llvm::sys::fs::make_absolute(Top);
    if (std::error_code EC = llvm::sys::fs::create_directories(Top))
      return fail(ClockUsage, "--keep-output " + O.KeepOutput + ": " + EC.message());
  } else if (std::error_code EC =
                 llvm::sys::fs::createUniqueDirectory("premortem-clock", Top)) {
    return fail(ClockUsage, "cannot create a temporary folder: " + EC.message());
  }
  // Removes the temporary folder however the run ends.
  struct Cleanup {
    std::string Path;
    ~Cleanup() {
      if (!Path.empty())
        llvm::sys::fs::remove_directories(Path);
    }
  } Temp{O.KeepOutput.empty() ? Top.str().str() : ""};

  Settings S{O, *Faketime, O.Timeout.value_or(1800)};
  Run Baseline;
  Baseline.Folder = (Top + "/baseline").str();
  execute(Baseline, S);
  std::string Shown = llvm::join(O.Command, " ");
  if (!Baseline.Spawn.Started)
    return fail(ClockNoBaseline, fmt::format("cannot run '{}': {}", Shown,
                                             Baseline.Spawn.StartError));
  if (Baseline.Spawn.TimedOut)
    return fail(ClockNoBaseline,
                fmt::format("the test command did not finish at the real time within {:.0f}s "
                            "(raise --timeout)",
                            S.Timeout));
  // A run may take a few times the baseline when runs share the cores.
  if (!O.Timeout)
    S.Timeout = std::max(60.0, 10 * Baseline.Spawn.Seconds);

  std::vector<Run> Runs;
  for (size_t I = 0; I < Instants.size(); ++I) {
    Run R;
    R.At = Instants[I];
    R.Folder = (Top + "/" + folderName(I + 1, Instants[I].Name)).str();
    Runs.push_back(std::move(R));
  }
  unsigned Jobs = O.Jobs ? O.Jobs : llvm::hardware_concurrency().compute_thread_count();
  runAll(Runs, S, Jobs);
  for (const Run &R : Runs)
    if (!R.Spawn.Started)
      return fail(ClockNoBaseline,
                  fmt::format("cannot run '{}' at {}: {}", Shown, R.name(), R.Spawn.StartError));

  Comparison Result = compareRuns(Baseline, Runs);
  ClockReport Report{Baseline,
                     Runs,
                     Result,
                     Reference,
                     O.Mode,
                     S.Timeout,
                     O.KeepOutput,
                     O.CommandLine,
                     Root,
                     fallbackUri(Root),
                     sourceDateEpoch()};
  llvm::Error Written = (*Out)->commit([&](llvm::raw_ostream &OS) {
    switch (O.Format) {
    case ClockFormat::Text:
      return writeClockText(Report, OS);
    case ClockFormat::Sarif:
      return writeClockSarif(Report, OS);
    case ClockFormat::JUnit:
      return writeClockJUnit(Report, OS);
    }
  });
  if (Written)
    return fail(ClockUsage, llvm::toString(std::move(Written)));
  return Result.Findings.empty() ? ClockClean : ClockFindings;
}

} // namespace clang::tidy::premortem::driver
