//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// premortem: runs the premortem clang-tidy checks over a project and writes
// text, JSON or SARIF (docs/driver.md). Everything that can be wrong with
// the command line or the configuration is found before any analysis starts
// and reported as one "premortem: error: …" line with exit code 2.
//===----------------------------------------------------------------------===//
#include "checks/support/rules/Rules.h"
#include "driver/ApplyFixes.h"
#include "driver/Database.h"
#include "driver/Docs.h"
#include "driver/ExportFixes.h"
#include "driver/Fingerprint.h"
#include "driver/Merge.h"
#include "driver/Options.h"
#include "driver/Output.h"
#include "driver/Paths.h"
#include "driver/Progress.h"
#include "driver/ResultCache.h"
#include "driver/Runner.h"
#include "driver/Selection.h"
#include "driver/Signals.h"
#include "driver/Shard.h"
#include "driver/Writers.h"
#include "driver/clock/Civil.h"
#include "driver/clock/Clock.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Threading.h"
#include <fmt/format.h>

// Keeps the check module's static registration in the link.
extern volatile int PremortemModuleAnchorSource;
[[maybe_unused]] static int PremortemModuleAnchorDestination = PremortemModuleAnchorSource;

namespace clang::tidy::premortem::driver {

enum ExitCode {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitIncomplete = 3,
  ExitOutputFailed = 4, // the report could not be written (stdout or -o)
};

static int usageError(const llvm::Twine &Message) {
  llvm::errs() << "premortem: error: " << Message << "\n";
  return ExitUsage;
}

static int usageError(llvm::Error E) { return usageError(llvm::toString(std::move(E))); }

/// SOURCE_DATE_EPOCH as an ISO 8601 UTC time: SARIF start/end times are
/// only written when it is set, so output is reproducible.
static llvm::Expected<std::optional<std::string>> fixedTimestamp() {
  std::optional<std::string> Env = llvm::sys::Process::GetEnv("SOURCE_DATE_EPOCH");
  if (!Env)
    return std::nullopt;
  int64_t Seconds;
  if (llvm::StringRef(*Env).getAsInteger(10, Seconds) || Seconds < 0)
    return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                   "SOURCE_DATE_EPOCH='" + *Env +
                                       "' is not a number of seconds since 1970");
  return formatUtc(Seconds);
}

static int listChecks(llvm::ArrayRef<const CheckInfo *> Checks) {
  size_t Width = 0;
  for (const CheckInfo *C : Checks)
    Width = std::max(Width, C->fullName().size());
  for (const CheckInfo *C : Checks)
    llvm::outs() << fmt::format("{:<{}}  {}\n", C->fullName(), Width,
                                std::string_view(C->Summary));
  return ExitClean;
}

// Hidden --debug-line-hashes FILE: the GitHub line hashes of every line, for
// the fingerprint tests.
static int printLineHashes(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return usageError(Path + ": cannot read: " + Buffer.getError().message());
  std::vector<std::string> Hashes = lineHashes((*Buffer)->getBuffer());
  for (size_t I = 0; I < Hashes.size(); ++I)
    llvm::outs() << (I + 1) << ": " << Hashes[I] << "\n";
  return ExitClean;
}

/// Rule packs for the selected units (.premortem.yaml or --config, then
/// premortem.RulesFile from .clang-tidy files and --rules) load, or the run
/// stops now rather than once per TU.
static llvm::Error checkConfiguredRules(const TidySettings &Tidy,
                                        llvm::ArrayRef<TranslationUnit> Units) {
  auto Provider = makeOptionsProvider(Tidy, llvm::vfs::getRealFileSystem());
  llvm::StringSet<> Seen;
  for (const TranslationUnit &U : Units) {
    clang::tidy::ClangTidyOptions Opts = Provider->getOptions(U.DbPath);
    std::vector<std::string> Packs = userPacksFor(U.Canonical, Opts.CheckOptions);
    if (Packs.empty() || !Seen.insert(llvm::join(Packs, ";")).second)
      continue;
    auto Rules = loadRules(Packs);
    if (!Rules)
      return Rules.takeError();
  }
  return llvm::Error::success();
}

static std::string sourceRoot(const Options &O, llvm::ArrayRef<TranslationUnit> Units) {
  std::string First = !O.Paths.empty() ? canonicalPath(O.Paths.front())
                                        : Units.empty() ? "" : Units.front().Canonical;
  if (!First.empty())
    if (std::optional<std::string> Top = gitTopLevel(First))
      return *Top;
  return currentDir();
}

/// --help, --version, --explain and the hidden --debug-line-hashes answer
/// and stop; none needs the checks selected.
static std::optional<int> answerInformation(const Options &O) {
  if (O.Help) {
    printHelp(llvm::outs());
    return ExitClean;
  }
  if (O.Version) {
    llvm::outs() << "premortem " PREMORTEM_VERSION "\n"
                 << "built with LLVM " PREMORTEM_LLVM_PACKAGE_VERSION "\n";
    return ExitClean;
  }
  if (!O.DebugLineHashes.empty())
    return printLineHashes(O.DebugLineHashes);
  if (!O.Explain.empty()) {
    const CheckInfo *C = findCheck(O.Explain);
    if (!C)
      return usageError("--explain: unknown check '" + O.Explain +
                        "' (see --list-checks)");
    llvm::outs() << docPage(*C);
    return ExitClean;
  }
  return std::nullopt;
}

/// The checks enabled for a source in Dir, for --list-checks (as clang-tidy
/// --list-checks answers for the current folder).
static std::vector<const CheckInfo *> checksForFolder(const TidySettings &Tidy,
                                                      llvm::StringRef Dir) {
  auto Provider = makeOptionsProvider(Tidy, llvm::vfs::getRealFileSystem());
  return enabledChecks(Provider->getOptions((Dir + "/-").str()));
}

/// What the run needs, all checked before any analysis starts.
struct Plan {
  std::vector<const CheckInfo *> Enabled;
  TidySettings Tidy;
  std::vector<ConfigMessage> ConfigWarnings; // found before the run
  Inputs In;
  std::string SourceRoot;
  std::optional<std::string> Timestamp;
  std::unique_ptr<Output> Out;
  std::unique_ptr<Output> ExportedFixes; // --export-fixes
  std::optional<ChangedLines> Changes;      // --changed-since, --staged
  std::optional<llvm::StringSet<>> Baseline; // --baseline
  std::string CacheDir;                      // --cache, else PREMORTEM_CACHE
};

/// P.Enabled: every check some unit's configuration enables (SARIF lists
/// them as rules). A unit whose .clang-tidy Checks leave no premortem check
/// on is warned about, not silently passed; if none has any, that is an error.
static std::optional<int> selectEnabled(const Options &O, Plan &P) {
  auto Provider = makeOptionsProvider(P.Tidy, llvm::vfs::getRealFileSystem());
  llvm::SmallPtrSet<const CheckInfo *, 16> Union;
  std::vector<std::string> WithoutChecks;
  llvm::erase_if(P.In.Units, [&](const TranslationUnit &U) {
    if (O.ParseOnly)
      return false;
    std::vector<const CheckInfo *> Enabled =
        enabledChecks(Provider->getOptions(U.Canonical));
    Union.insert(Enabled.begin(), Enabled.end());
    if (Enabled.empty())
      WithoutChecks.push_back(displayPath(U.Canonical));
    return Enabled.empty();
  });
  for (const CheckInfo &C : allChecks())
    if (Union.contains(&C))
      P.Enabled.push_back(&C);
  if (WithoutChecks.empty())
    return std::nullopt;
  std::string Why = O.Checks ? "--checks '" + *O.Checks + "' and the Checks of .clang-tidy"
                             : std::string("the Checks of .clang-tidy");
  if (P.Enabled.empty())
    return usageError(Why + " enable no premortem check (see --list-checks; add "
                            "premortem-* to Checks, or pass --checks 'premortem-*')");
  P.ConfigWarnings.push_back(
      {Level::Warning,
       fmt::format("{} enable no premortem check for {} translation unit{} ({}{}): "
                   "they are skipped",
                   Why, WithoutChecks.size(), WithoutChecks.size() == 1 ? "" : "s",
                   WithoutChecks.front(), WithoutChecks.size() > 1 ? ", ..." : "")});
  return std::nullopt;
}

/// Fills P; on a usage or configuration error, reports it and returns the
/// exit code.
static std::optional<int> plan(const Options &O, Plan &P) {
  if (O.Checks)
    if (auto Selected = selectChecks(*O.Checks); !Selected)
      return usageError(Selected.takeError()); // a glob that matches nothing
  P.Tidy.Checks = O.Checks;
  P.Tidy.RulesFiles = O.RulesFiles;
  P.Tidy.HeaderFilter = O.HeaderFilter;
  P.Tidy.ExcludeHeaderFilter = O.ExcludeHeaderFilter;
  P.Tidy.ExtraArgs = O.ExtraArgs;
  P.Tidy.ExtraArgsBefore = O.ExtraArgsBefore;
  if (!O.ConfigFile.empty()) {
    // Absolute: checks resolve it from each unit's compile directory.
    llvm::SmallString<256> Abs(O.ConfigFile);
    llvm::sys::fs::make_absolute(Abs);
    P.Tidy.ConfigFile = Abs.str().str();
  }
  if (O.TidyConfig) {
    auto Config = parseTidyConfig(*O.TidyConfig);
    if (!Config)
      return usageError(Config.takeError());
    P.Tidy.CommandLine = std::move(*Config);
  }
  if (O.ListChecks)
    return listChecks(checksForFolder(P.Tidy, currentDir()));
  if (auto Rules = loadRules(O.RulesFiles); !Rules) {
    // Already "file:line:col: error: …", the form editors jump to.
    llvm::errs() << llvm::toString(Rules.takeError()) << "\n";
    return ExitUsage;
  }
  llvm::Expected<Inputs> In = loadInputs(O);
  if (!In)
    return usageError(In.takeError());
  P.In = std::move(*In);
  if (O.ShardCount > 1)
    P.In.Units = unitsOfShard(P.In.Units, Shard{O.ShardIndex, O.ShardCount});
  std::vector<std::string> Sources;
  for (const TranslationUnit &U : P.In.Units)
    Sources.push_back(U.Canonical);
  for (IgnoredConfig &C : checkConfigFiles(Sources)) {
    P.Tidy.IgnoredConfigFiles.push_back(C.Path);
    P.ConfigWarnings.push_back({Level::Warning, std::move(C.Message)});
  }
  if (llvm::Error E = checkConfiguredRules(P.Tidy, P.In.Units)) {
    llvm::errs() << llvm::toString(std::move(E)) << "\n";
    return ExitUsage;
  }
  if (std::optional<int> Code = selectEnabled(O, P))
    return *Code;

  if (!O.SourceRoot.empty()) {
    if (!llvm::sys::fs::is_directory(O.SourceRoot))
      return usageError("--source-root " + O.SourceRoot + ": no such directory");
    P.SourceRoot = canonicalPath(O.SourceRoot);
  } else {
    P.SourceRoot = sourceRoot(O, P.In.Units);
  }
  if (!O.Baseline.empty()) {
    auto B = loadBaseline(O.Baseline);
    if (!B)
      return usageError(B.takeError());
    P.Baseline = std::move(*B);
  }
  if (O.Staged || !O.ChangedSince.empty()) {
    auto C = gitChangedLines(O.ChangedSince, O.Staged);
    if (!C)
      return usageError(C.takeError());
    P.Changes = std::move(*C);
    std::vector<std::string> ChangedFiles;
    for (const auto &F : P.Changes->Files)
      ChangedFiles.push_back(F.getKey().str());
    if (O.Paths.empty())
      addChangedSources(P.In, ChangedFiles); // new files the database lacks
    P.In.Units = unitsToAnalyze(P.In.Units, *P.Changes);
    if (P.In.Units.empty() && !O.Quiet)
      llvm::errs() << "premortem: no changed translation unit to analyze\n";
  }
  if (O.Format == OutputFormat::Sarif) {
    auto T = fixedTimestamp();
    if (!T)
      return usageError(T.takeError());
    P.Timestamp = *T;
  }
  P.CacheDir = O.CacheDir;
  if (P.CacheDir.empty())
    P.CacheDir = llvm::sys::Process::GetEnv("PREMORTEM_CACHE").value_or("");
  auto Out = Output::open(O.OutputFile);
  if (!Out)
    return usageError(Out.takeError());
  P.Out = std::move(*Out);
  if (!O.ExportFixes.empty()) {
    auto Exported = Output::open(O.ExportFixes);
    if (!Exported)
      return usageError(Exported.takeError());
    P.ExportedFixes = std::move(*Exported);
  }
  return std::nullopt;
}

static int analyzeAndReport(const Options &O, Plan &P) {
  Progress Bar(P.In.Units.size(), O.Progress, O.Quiet);
  unsigned Jobs = O.Jobs ? O.Jobs : llvm::hardware_concurrency().compute_thread_count();
  RunSettings Settings{*P.In.Database, P.In.Units, Jobs,        O.ParseOnly,
                       P.Tidy,           O.TimeoutSeconds, O.MemoryLimitMB};
  std::unique_ptr<ResultCache> Cache;
  if (!P.CacheDir.empty()) {
    auto Opened = ResultCache::open(P.CacheDir,
                                    O.CacheMaxBytes.value_or(ResultCache::DefaultMaxBytes),
                                    Settings);
    if (!Opened)
      return usageError(Opened.takeError());
    Cache = std::move(*Opened);
    Settings.Cache = Cache.get();
  }
  RunResult Result = runAnalysis(
      Settings, [&](unsigned Done, unsigned Findings) { Bar.update(Done, Findings); });
  if (Cache) {
    Cache->evict();
    if (O.Progress)
      llvm::errs() << fmt::format("premortem: cache: {} reused, {} analyzed\n", Cache->hits(),
                                  Cache->misses());
  }
  Result.ConfigMessages.insert(Result.ConfigMessages.end(), P.ConfigWarnings.begin(),
                               P.ConfigWarnings.end());
  FileCache Files;
  resolvePositions(Result, Files);
  assignFingerprints(Result, Files, P.SourceRoot);
  llvm::erase_if(Result.Findings, [&](const Finding &F) {
    return (P.Changes && !P.Changes->contains(F.Where.File, F.Where.Begin.Line)) ||
           (P.Baseline && P.Baseline->contains(F.Fingerprint));
  });
  Bar.finish(Result.Findings, Result.Failures.size(), O.Format == OutputFormat::Text);

  for (const Failure &F : Result.Failures)
    llvm::errs() << "premortem: error: " << failureLine(F) << "\n";
  for (const PartialAnalysis &A : Result.Partial)
    llvm::errs() << "premortem: note: " << partialLine(A) << "\n";
  bool ConfigError = false;
  for (const ConfigMessage &M : Result.ConfigMessages) {
    llvm::errs() << "premortem: " << levelName(M.Severity) << ": " << M.Message << "\n";
    ConfigError |= M.Severity == Level::Error;
  }
  if (ConfigError)
    return ExitUsage; // no report: the configuration did not apply
  if (O.Fix && !Result.Failures.empty()) {
    // As clang-tidy without --fix-errors: fix-its computed on code that does
    // not compile are not trusted.
    llvm::errs() << "premortem: warning: fix-its not applied: some translation unit "
                    "has compiler errors\n";
  } else if (O.Fix) {
    auto Fixed = applyFixes(Result.Findings);
    if (!Fixed)
      return usageError(Fixed.takeError());
    for (const Finding *F : Fixed->Conflicting)
      llvm::errs() << fmt::format("premortem: warning: {}:{}:{}: fix-it not applied: it "
                                  "overlaps another fix-it; run --fix again\n",
                                  displayPath(F->Where.File), F->Where.Begin.Line,
                                  F->Where.Begin.ByteColumn);
    if (!O.Quiet)
      llvm::errs() << fmt::format(
          "premortem: applied the fix-its of {} finding{} in {} file{}\n", Fixed->Applied,
          Fixed->Applied == 1 ? "" : "s", Fixed->Files, Fixed->Files == 1 ? "" : "s");
  }
  if (P.ExportedFixes)
    if (llvm::Error E = P.ExportedFixes->commit(
            [&](llvm::raw_ostream &OS) { writeExportedFixes(Result.Findings, OS); }))
      return usageError(std::move(E));

  Report Rep{Result, P.Enabled, Files, P.SourceRoot, O.CommandLine, P.Timestamp, O.Category};
  llvm::Error Written = P.Out->commit([&](llvm::raw_ostream &OS) {
    switch (O.Format) {
    case OutputFormat::Text:
      return writeText(Rep, OS);
    case OutputFormat::Json:
      return writeJson(Rep, OS);
    case OutputFormat::Sarif:
      return writeSarif(Rep, OS);
    case OutputFormat::CodeClimate:
      return writeCodeClimate(Rep, OS);
    }
  });
  if (Written) {
    usageError(std::move(Written));
    return ExitOutputFailed;
  }

  if (!Result.Failures.empty())
    return ExitIncomplete;
  bool Failing = llvm::any_of(Result.Findings,
                              [&](const Finding &F) { return F.Severity >= O.FailOn; });
  return Failing ? ExitFindings : ExitClean;
}

static int run(llvm::ArrayRef<const char *> Argv) {
  if (Argv.size() > 1 && llvm::StringRef(Argv[1]) == "clock")
    return runClock(Argv.drop_front(2));
  if (Argv.size() > 1 && llvm::StringRef(Argv[1]) == "merge") {
    if (llvm::Error E = mergeCommand(Argv.drop_front(2)))
      return usageError(std::move(E));
    return ExitClean;
  }
  llvm::Expected<Options> Parsed = parseOptions(Argv);
  if (!Parsed)
    return usageError(Parsed.takeError());
  if (std::optional<int> Code = answerInformation(*Parsed))
    return *Code;
  Plan P;
  if (std::optional<int> Code = plan(*Parsed, P))
    return *Code;
  return analyzeAndReport(*Parsed, P);
}

/// Output to stdout that failed (--help > /dev/full, a closed pipe): exit
/// ExitOutputFailed with one line instead of LLVM's "IO failure on output
/// stream" abort when the stream is destroyed.
static int checkStdout(int Code) {
  llvm::raw_fd_ostream &Out = llvm::outs();
  Out.flush();
  if (!Out.has_error())
    return Code;
  std::string Why = Out.error().message();
  Out.clear_error();
  if (!Why.empty())
    Why[0] = llvm::toLower(Why[0]);
  llvm::errs() << "premortem: error: cannot write to stdout: " << Why << "\n";
  return ExitOutputFailed;
}

} // namespace clang::tidy::premortem::driver

int main(int Argc, const char **Argv) {
  using namespace clang::tidy::premortem::driver;
  recordInheritedSignals(); // before LLVM replaces the handlers
  llvm::InitLLVM X(Argc, Argv);
  installSignalHandlers();
  // As clang-tidy: targets for inline assembly and for the target inferred
  // from compiler names in the database.
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();
  llvm::CrashRecoveryContext::Enable();
  return checkStdout(run(llvm::ArrayRef<const char *>(Argv, Argc)));
}
