//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Options.h"
#include "driver/Shard.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Regex.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

llvm::StringRef levelName(Level L) {
  switch (L) {
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

namespace {

enum class Opt {
  BuildDir, Checks, Jobs, Format, Output, Rules, TidyConfig, FailOn, Category,
  SourceRoot, Explain, DebugLineHashes, ListChecks, ParseOnly, Version, Help,
  Baseline, ChangedSince, Staged, Progress, Fix, Config, Timeout, MemoryLimit, Shard, Cache,
  CacheSize, Quiet, ExportFixes, ExtraArg, ExtraArgBefore, HeaderFilter, ExcludeHeaderFilter, Platform
};

struct OptSpec {
  llvm::StringRef Name; // without dashes
  Opt Id;
  bool TakesValue;
  bool Hidden;
};

// Long names work with one or two dashes (clang-tidy users type -checks=),
// values attach with '=' or follow as the next argument.
const OptSpec Specs[] = {
    {"checks", Opt::Checks, true, false},
    {"jobs", Opt::Jobs, true, false},
    {"timeout", Opt::Timeout, true, false},
    {"memory-limit", Opt::MemoryLimit, true, false},
    {"format", Opt::Format, true, false},
    {"output", Opt::Output, true, false},
    {"rules", Opt::Rules, true, false},
    {"config", Opt::Config, true, false},
    {"tidy-config", Opt::TidyConfig, true, false},
    {"fail-on", Opt::FailOn, true, false},
    {"category", Opt::Category, true, false},
    {"source-root", Opt::SourceRoot, true, false},
    {"explain", Opt::Explain, true, false},
    {"baseline", Opt::Baseline, true, false},
    {"changed-since", Opt::ChangedSince, true, false},
    {"staged", Opt::Staged, false, false},
    {"shard", Opt::Shard, true, false},
    {"cache", Opt::Cache, true, false},
    {"cache-size", Opt::CacheSize, true, false},
    {"platform", Opt::Platform, true, false},
    {"progress", Opt::Progress, false, false},
    {"fix", Opt::Fix, false, false},
    {"quiet", Opt::Quiet, false, false},
    {"export-fixes", Opt::ExportFixes, true, false},
    {"extra-arg", Opt::ExtraArg, true, false},
    {"extra-arg-before", Opt::ExtraArgBefore, true, false},
    {"header-filter", Opt::HeaderFilter, true, false},
    {"exclude-header-filter", Opt::ExcludeHeaderFilter, true, false},
    {"list-checks", Opt::ListChecks, false, false},
    {"parse-only", Opt::ParseOnly, false, false},
    {"version", Opt::Version, false, false},
    {"help", Opt::Help, false, false},
    {"debug-line-hashes", Opt::DebugLineHashes, true, true},
};

// Short options taking a value, attached (-j4) or separate (-j 4).
const OptSpec ShortSpecs[] = {
    {"p", Opt::BuildDir, true, false},
    {"o", Opt::Output, true, false},
    {"j", Opt::Jobs, true, false},
    {"h", Opt::Help, false, false},
};

llvm::Error usage(std::string Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument),
                                 Message);
}

std::string suggest(llvm::StringRef Arg) {
  llvm::StringRef Name = Arg.ltrim('-').split('=').first;
  llvm::StringRef Best;
  unsigned BestDistance = 3;
  for (const OptSpec &S : Specs) {
    if (S.Hidden)
      continue;
    unsigned D = Name.edit_distance(S.Name);
    if (D < BestDistance) {
      BestDistance = D;
      Best = S.Name;
    }
  }
  if (Best.empty())
    return "";
  return fmt::format("; did you mean '--{}'?", std::string_view(Best));
}

// A command-line word as a POSIX shell would need it quoted.
std::string shellQuote(llvm::StringRef Arg) {
  if (!Arg.empty() && Arg.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                            "0123456789-_./=:,+@%") ==
                          llvm::StringRef::npos)
    return Arg.str();
  std::string Out = "'";
  for (char C : Arg) {
    if (C == '\'')
      Out += "'\\''";
    else
      Out += C;
  }
  return Out + "'";
}

// "500M", "2G", "1048576": K, M and G are powers of 1024; at least 1.
std::optional<uint64_t> parseByteSize(llvm::StringRef Text) {
  uint64_t Unit = 1;
  if (!Text.empty()) {
    switch (llvm::toUpper(Text.back())) {
    case 'K':
      Unit = 1ULL << 10;
      break;
    case 'M':
      Unit = 1ULL << 20;
      break;
    case 'G':
      Unit = 1ULL << 30;
      break;
    default:
      break;
    }
  }
  if (Unit != 1)
    Text = Text.drop_back();
  uint64_t N = 0;
  if (Text.getAsInteger(10, N) || N == 0 || N > (UINT64_MAX >> 30))
    return std::nullopt;
  return N * Unit;
}

llvm::Error apply(Options &O, Opt Id, llvm::StringRef Value) {
  switch (Id) {
  case Opt::BuildDir:
    O.BuildDir = Value.str();
    break;
  case Opt::Checks:
    O.Checks = Value.str();
    break;
  case Opt::Jobs: {
    unsigned N = 0;
    if (Value.getAsInteger(10, N) || N == 0 || N > 4096)
      return usage(fmt::format("invalid -j value '{}': expected a number of "
                               "parallel jobs from 1 to 4096",
                               std::string_view(Value)));
    O.Jobs = N;
    break;
  }
  case Opt::Timeout: {
    unsigned N = 0;
    if (Value.getAsInteger(10, N) || N > 604800)
      return usage(fmt::format("invalid --timeout '{}': expected seconds from 0 (no "
                               "limit) to 604800",
                               std::string_view(Value)));
    O.TimeoutSeconds = N;
    break;
  }
  case Opt::MemoryLimit: {
    uint64_t N = 0;
    if (Value.getAsInteger(10, N) || N > (uint64_t(1) << 30))
      return usage(fmt::format("invalid --memory-limit '{}': expected megabytes, 0 for "
                               "no limit",
                               std::string_view(Value)));
    O.MemoryLimitMB = N;
    break;
  }
  case Opt::Format: {
    auto F = llvm::StringSwitch<std::optional<OutputFormat>>(Value)
                 .Case("text", OutputFormat::Text)
                 .Case("sarif", OutputFormat::Sarif)
                 .Case("json", OutputFormat::Json)
                 .Case("codeclimate", OutputFormat::CodeClimate)
                 .Default(std::nullopt);
    if (!F)
      return usage(fmt::format("invalid --format '{}': expected text, sarif, json or "
                               "codeclimate",
                               std::string_view(Value)));
    O.Format = *F;
    break;
  }
  case Opt::Output:
    if (Value.empty())
      return usage("-o needs a file name");
    O.OutputFile = Value.str();
    break;
  case Opt::Rules:
    if (Value.empty())
      return usage("--rules needs a file name");
    O.RulesFiles.push_back(Value.str());
    break;
  case Opt::TidyConfig:
    O.TidyConfig = Value.str();
    break;
  case Opt::FailOn: {
    auto L = llvm::StringSwitch<std::optional<Level>>(Value)
                 .Case("note", Level::Note)
                 .Case("warning", Level::Warning)
                 .Case("error", Level::Error)
                 .Default(std::nullopt);
    if (!L)
      return usage(fmt::format("invalid --fail-on '{}': expected note, warning or error",
                               std::string_view(Value)));
    O.FailOn = *L;
    break;
  }
  case Opt::Category:
    O.Category = Value.str();
    break;
  case Opt::SourceRoot:
    O.SourceRoot = Value.str();
    break;
  case Opt::Explain:
    O.Explain = Value.str();
    break;
  case Opt::DebugLineHashes:
    O.DebugLineHashes = Value.str();
    break;
  case Opt::Baseline:
    if (Value.empty())
      return usage("--baseline needs a SARIF file name");
    O.Baseline = Value.str();
    break;
  case Opt::ChangedSince:
    if (Value.empty())
      return usage("--changed-since needs a git revision");
    O.ChangedSince = Value.str();
    break;
  case Opt::Staged:
    O.Staged = true;
    break;
  case Opt::Platform:
    if (Value.empty())
      return usage("--platform needs a platform name (host, or one of the rule packs' "
                   "platforms: windows, arduino)");
    O.Platform = Value.str();
    break;
  case Opt::Progress:
    O.Progress = true;
    break;
  case Opt::Fix:
    O.Fix = true;
    break;
  case Opt::Quiet:
    O.Quiet = true;
    break;
  case Opt::ExportFixes:
    if (Value.empty())
      return usage("--export-fixes needs a file name");
    O.ExportFixes = Value.str();
    break;
  case Opt::ExtraArg:
    O.ExtraArgs.push_back(Value.str());
    break;
  case Opt::ExtraArgBefore:
    O.ExtraArgsBefore.push_back(Value.str());
    break;
  case Opt::HeaderFilter:
  case Opt::ExcludeHeaderFilter: {
    std::string Error;
    if (!llvm::Regex(Value).isValid(Error))
      return usage(fmt::format("invalid --{} '{}': {}",
                               Id == Opt::HeaderFilter ? "header-filter"
                                                       : "exclude-header-filter",
                               std::string_view(Value), Error));
    (Id == Opt::HeaderFilter ? O.HeaderFilter : O.ExcludeHeaderFilter) = Value.str();
    break;
  }
  case Opt::Config:
    if (Value.empty())
      return usage("--config needs a file");
    O.ConfigFile = Value.str();
    break;
  case Opt::Shard: {
    llvm::Expected<Shard> S = parseShard(Value);
    if (!S)
      return S.takeError();
    O.ShardIndex = S->Index;
    O.ShardCount = S->Count;
    break;
  }
  case Opt::Cache:
    if (Value.empty())
      return usage("--cache needs a folder");
    O.CacheDir = Value.str();
    break;
  case Opt::CacheSize: {
    std::optional<uint64_t> Bytes = parseByteSize(Value);
    if (!Bytes)
      return usage(fmt::format("invalid --cache-size '{}': expected a size such as "
                               "500M or 2G (K, M, G: powers of 1024)",
                               std::string_view(Value)));
    O.CacheMaxBytes = *Bytes;
    break;
  }
  case Opt::ListChecks:
    O.ListChecks = true;
    break;
  case Opt::ParseOnly:
    O.ParseOnly = true;
    break;
  case Opt::Version:
    O.Version = true;
    break;
  case Opt::Help:
    O.Help = true;
    break;
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<Options> parseOptions(llvm::ArrayRef<const char *> Argv) {
  Options O;
  std::vector<std::string> Recorded; // for the SARIF command line
  if (!Argv.empty())
    Recorded.push_back(Argv[0]);
  for (size_t I = 1; I < Argv.size(); ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--") {
      O.CompilerArgs.emplace();
      Recorded.push_back("--");
      for (size_t J = I + 1; J < Argv.size(); ++J) {
        O.CompilerArgs->push_back(Argv[J]);
        Recorded.push_back(Argv[J]);
      }
      break;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      O.Paths.push_back(Arg.str());
      Recorded.push_back(Arg.str());
      continue;
    }

    // Long option, one or two dashes, value after '=' or in the next word.
    llvm::StringRef Body = Arg.drop_front(Arg.starts_with("--") ? 2 : 1);
    auto [Name, Attached] = Body.split('=');
    bool HasAttached = Body.contains('=');
    const OptSpec *Spec = nullptr;
    for (const OptSpec &S : Specs)
      if (S.Name == Name)
        Spec = &S;
    std::optional<std::string> Value;
    size_t Consumed = 0;
    if (Spec) {
      if (Spec->TakesValue) {
        if (HasAttached) {
          Value = Attached.str();
        } else if (I + 1 < Argv.size()) {
          Value = Argv[I + 1];
          Consumed = 1;
        } else {
          return usage(fmt::format("option '{}' needs a value", std::string_view(Arg)));
        }
      } else if (HasAttached) {
        return usage(fmt::format("option '--{}' takes no value",
                                 std::string_view(Spec->Name)));
      }
    } else if (!Arg.starts_with("--")) {
      // Short option: -p DIR, -pDIR, -j4, -o FILE, -h.
      llvm::StringRef Letter = Arg.substr(1, 1);
      for (const OptSpec &S : ShortSpecs)
        if (S.Name == Letter)
          Spec = &S;
      if (Spec && Spec->TakesValue) {
        if (Arg.size() > 2) {
          llvm::StringRef Rest = Arg.drop_front(2);
          Rest.consume_front("="); // -p=DIR as well as -pDIR
          Value = Rest.str();
        } else if (I + 1 < Argv.size()) {
          Value = Argv[I + 1];
          Consumed = 1;
        } else {
          return usage(fmt::format("option '{}' needs a value", std::string_view(Arg)));
        }
      } else if (Spec && Arg.size() > 2) {
        Spec = nullptr;
      }
    }
    if (!Spec)
      return usage(fmt::format("unknown option '{}'{}", std::string_view(Arg),
                               suggest(Arg)));
    if (llvm::Error E = apply(O, Spec->Id, Value ? *Value : ""))
      return std::move(E);
    // -j, --progress, --quiet and the cache do not change the output, so they
    // stay out of the recorded command line: SARIF is byte-identical for any
    // of them.
    if (Spec->Id != Opt::Jobs && Spec->Id != Opt::Progress && Spec->Id != Opt::Quiet &&
        Spec->Id != Opt::Cache && Spec->Id != Opt::CacheSize) {
      Recorded.push_back(Arg.str());
      if (Consumed)
        Recorded.push_back(*Value);
    }
    I += Consumed;
  }
  if (O.Staged && !O.ChangedSince.empty())
    return usage("--staged and --changed-since exclude each other: --staged compares "
                 "the index with HEAD, --changed-since the working tree with a revision");
  std::vector<std::string> Quoted;
  for (const std::string &W : Recorded)
    Quoted.push_back(shellQuote(W));
  O.CommandLine = llvm::join(Quoted, " ");
  return O;
}

void printHelp(llvm::raw_ostream &OS) {
  OS << R"(USAGE: premortem [options] [paths...] [-- compiler args]
       premortem clock [options] -- <test command>   (premortem clock --help)
       premortem merge SARIF... [-o FILE]

Finds code patterns behind real outages (leap-day date arithmetic, unchecked
time conversions, ...) with clang-tidy checks, and reports them as text,
SARIF or JSON.

Paths are files or folders (every translation unit of the compilation
database under them); without paths every translation unit is analyzed.
'premortem merge' joins the SARIF reports of --shard runs into one.
Without a database, the sources named are analyzed with inferred flags;
missing headers make a partial analysis, not a failure.

INPUT
  -p DIR                 build folder with compile_commands.json
                         (default: the first of ., build/, out/,
                         cmake-build-*/, _build/ that has one; none: flags
                         are inferred from the source tree)
  -- ARGS                compile the given paths with these compiler arguments
                         instead of a compilation database
  --platform NAME        analyze files without a compile command for NAME
                         (windows, arduino, or host; default: detected per
                         file from the headers it includes)

CHECKS AND CONFIGURATION
  --checks GLOBS         checks to run, clang-tidy glob syntax
                         (default: premortem-*), e.g.
                         'premortem-*,-premortem-days-per-year'
  --rules FILE           extra rule pack (repeatable); passed to the checks as
                         the premortem.RulesFile option
  --config FILE          the project rule pack, instead of the nearest
                         .premortem.yaml above each source (merged after the
                         defaults, before --rules)
  --tidy-config YAML     clang-tidy configuration for CheckOptions, like
                         clang-tidy --config; .clang-tidy files above each
                         source are read too (their Checks are ignored)
  --parse-only           parse every translation unit, run no check
  --extra-arg ARG        add ARG to the end of every compile command
                         (repeatable, as clang-tidy)
  --extra-arg-before ARG
                         add ARG to the start of every compile command
                         (repeatable, as clang-tidy)
  --header-filter REGEX  report findings in headers matching REGEX (default:
                         every non-system header; overrides HeaderFilterRegex
                         of .clang-tidy, as clang-tidy)
  --exclude-header-filter REGEX
                         do not report findings in headers matching REGEX

SCALING
  --shard I/N            analyze only shard I of N (1 <= I <= N): N CI jobs
                         with the same database cover every translation unit
                         exactly once; join their SARIF with premortem merge
  --cache DIR            reuse the findings of translation units whose inputs
                         did not change (default: $PREMORTEM_CACHE, if set)
  --cache-size SIZE      largest cache size, least recently used entries are
                         evicted first (default: 1G; K, M, G suffixes)

SELECTION
  --changed-since REV    analyze only the files changed since the git revision
                         REV (working tree, plus untracked files) and report
                         only findings on changed lines
  --staged               the same for the changes staged for commit (hooks)
  --baseline SARIF       report only findings whose premortem/v1 fingerprint
                         is not in SARIF (an earlier premortem run)

OUTPUT
  --fix                  apply the fix-its of the reported findings to the
                         sources (as clang-tidy --fix; conflicting ones are
                         left out with a warning)
  --export-fixes FILE    write the reported findings and their fix-its as
                         clang-tidy --export-fixes YAML (for
                         clang-apply-replacements)
  --format text|sarif|json|codeclimate
                         output format (default: text); codeclimate is the
                         GitLab Code Quality report
  -o FILE                output file (default: stdout); written atomically
  --fail-on note|warning|error
                         lowest finding level that makes the exit code 1
                         (default: warning)
  --category ID          SARIF runs[0].automationDetails.id
  --source-root DIR      SARIF URIs are relative to DIR (default: the git
                         top-level of the first input, else the current folder)
  --quiet                no progress line, summary or fix-it count on stderr
                         (warnings and errors are still printed)
  -j N                   translation units analyzed in parallel
                         (default: all cores); output does not depend on N
  --timeout SECONDS      give up on a translation unit after this long
                         (default: 600; 0: no limit); it is reported as failed
  --memory-limit MB      give up on a translation unit that needs more memory
                         (default: 0, no limit); it is reported as failed
  --progress             progress line (done/total, findings, elapsed, ETA)
                         and a table of findings per check on stderr, also
                         when stderr is not a terminal or CI is set (by
                         default only on a terminal outside CI)

INFORMATION
  --list-checks          print the enabled checks with their summaries
  --explain CHECK        print the documentation of a check
  --version              print the premortem and LLVM versions
  --help                 print this help

EXIT STATUS
  0  nothing at or above --fail-on    1  findings at or above --fail-on
  2  usage or configuration error     3  some translation unit failed to parse
                                         or to be analyzed (crash, timeout, …)
  4  the report could not be written  128+N  stopped by signal N (SIGINT: 130)
  (when several apply, the highest precedence wins: 4, 2, then 3, then 1)
  (a partial analysis, with headers missing, is not a failure: its findings
  decide the status and a note names what was missing)
)";
}

} // namespace clang::tidy::premortem::driver
