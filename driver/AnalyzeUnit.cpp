//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Mirrors clang-tidy's runClangTidy() (LLVM 19) for one file: the same
// argument adjusters, ClangTidyDiagnosticConsumer (NOLINT, NOLINTNEXTLINE,
// NOLINTBEGIN/END), ClangTidyASTConsumerFactory and __clang_analyzer__. What
// differs is deliberate: a consumer in front of clang-tidy's records compiler
// errors (the TU failed) and token extents (SARIF regions), each TU gets its
// own physical file system (ClangTool changes the working directory, which
// must not be process-wide with several workers), and -Wno-error keeps a
// build's -Werror from turning compiler warnings into failed TUs.
//===----------------------------------------------------------------------===//
#include "driver/AnalyzeUnit.h"
#include "driver/CompilerFlags.h"
#include "driver/Paths.h"
#include "driver/Recovery.h"
#include "checks/support/rules/Rules.h"
#include "clang/Lex/Preprocessor.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace clang::tidy::premortem::driver {

using namespace clang;
using clang::tidy::ClangTidyContext;
using clang::tidy::ClangTidyError;

namespace {

/// Stands between the compiler and clang-tidy's consumer and forwards
/// everything. Compiler diagnostics are counted here (so a TU fails on
/// compiler errors only, not on a check's error-level finding) and the first
/// error is kept; for check diagnostics the length of the token at the
/// location is kept, for the end of the SARIF region.
class RecordingConsumer : public DiagnosticConsumer {
public:
  RecordingConsumer(DiagnosticConsumer *Tidy, std::string BuildDir, MissingPieces &Pieces)
      : Tidy(Tidy), BuildDir(std::move(BuildDir)), Pieces(Pieces) {}

  void setCheckEngine(const DiagnosticsEngine *E) { CheckEngine = E; }

  void BeginSourceFile(const LangOptions &LO, const Preprocessor *PP) override {
    LangOpts = LO;
    if (Tidy)
      Tidy->BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override {
    if (Tidy)
      Tidy->EndSourceFile();
  }
  void finish() override {
    if (Tidy)
      Tidy->finish();
  }
  void clear() override {
    DiagnosticConsumer::clear();
    if (Tidy)
      Tidy->clear();
  }

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (CheckEngine && Info.getDiags() == CheckEngine) {
      recordToken(Info);
    } else {
      DiagnosticConsumer::HandleDiagnostic(Level, Info);
      if (Level >= DiagnosticsEngine::Warning)
        recordUnresolved(Info, LangOpts, Pieces);
      if (Level >= DiagnosticsEngine::Error && !FirstError)
        recordError(Info);
    }
    if (Tidy)
      Tidy->HandleDiagnostic(Level, Info);
  }

  const std::optional<Failure> &firstError() const { return FirstError; }
  bool cplusplus() const { return LangOpts.CPlusPlus; }

  /// Token length at (file as the SourceManager names it, offset).
  std::optional<unsigned> tokenLength(llvm::StringRef File, unsigned Offset) const {
    auto It = TokenLengths.find({File.str(), Offset});
    if (It == TokenLengths.end())
      return std::nullopt;
    return It->second;
  }

private:
  void recordToken(const Diagnostic &Info) {
    if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
      return;
    const SourceManager &SM = Info.getSourceManager();
    SourceLocation Loc = SM.getFileLoc(Info.getLocation());
    llvm::StringRef Name = SM.getFilename(Loc);
    if (Name.empty())
      return;
    TokenLengths[{Name.str(), SM.getFileOffset(Loc)}] =
        Lexer::MeasureTokenLength(Loc, SM, LangOpts);
  }

  void recordError(const Diagnostic &Info) {
    llvm::SmallString<256> Text;
    Info.FormatDiagnostic(Text);
    Failure F;
    F.Message = std::string(Text);
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      SourceLocation Loc = SM.getFileLoc(Info.getLocation());
      if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getFileID(Loc))) {
        llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
        Span S;
        S.File = canonicalPath(Real.empty() ? FE->getName() : Real, BuildDir);
        S.Offset = SM.getFileOffset(Loc);
        F.Where = std::move(S);
      }
    }
    FirstError = std::move(F);
  }

  DiagnosticConsumer *Tidy;
  std::string BuildDir;
  MissingPieces &Pieces;
  const DiagnosticsEngine *CheckEngine = nullptr;
  LangOptions LangOpts;
  std::optional<Failure> FirstError;
  std::map<std::pair<std::string, unsigned>, unsigned> TokenLengths;
};

/// Narrows the traversal scope to the top-level declarations outside system
/// headers, before the checks' matchers run. The driver never reports in
/// system headers, so matching there (and the parent map over it) is wasted:
/// most of a C++ TU is the standard library. LLVM 22's clang-tidy does the
/// same with MatchFinderOptions::IgnoreSystemHeaders.
class UserCodeScope : public ASTConsumer {
public:
  void HandleTranslationUnit(ASTContext &Context) override {
    const SourceManager &SM = Context.getSourceManager();
    std::vector<Decl *> Scope;
    for (Decl *D : Context.getTranslationUnitDecl()->decls()) {
      SourceLocation Loc = D->getLocation();
      if (Loc.isValid() && !SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
        Scope.push_back(D);
    }
    Context.setTraversalScope(Scope);
  }
};

/// runClangTidy()'s ActionFactory, plus the parse-only variant; both skip
/// missing headers, recording them (Recovery.h).
class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(ClangTidyContext &Context,
                IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS, bool ParseOnly,
                MissingPieces &Pieces, std::vector<SuppliedUse> *Uses,
                std::set<std::string> &Used, std::string BuildDir)
      : Pieces(Pieces), Uses(Uses), Used(Used), BuildDir(std::move(BuildDir)) {
    if (!ParseOnly)
      ConsumerFactory.emplace(Context, std::move(FS));
  }

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(ConsumerFactory ? &*ConsumerFactory : nullptr, Pieces,
                                    Uses, Used, BuildDir);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy: code can test for __clang_analyzer__.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    // No "N errors generated." on stderr: failures are reported once, by us.
    Invocation->getDiagnosticOpts().ShowCarets = false;
    return FrontendActionFactory::runInvocation(std::move(Invocation), Files,
                                                std::move(PCHContainerOps), DiagConsumer);
  }

private:
  class Action : public ASTFrontendAction {
  public:
    Action(tidy::ClangTidyASTConsumerFactory *Factory, MissingPieces &Pieces,
           std::vector<SuppliedUse> *Uses, std::set<std::string> &Used, std::string BuildDir)
        : Factory(Factory), Pieces(Pieces), Uses(Uses), Used(Used),
          BuildDir(std::move(BuildDir)) {}
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                   llvm::StringRef File) override {
      Compiler.getPreprocessor().addPPCallbacks(missingHeaderRecorder(Pieces));
      std::vector<std::unique_ptr<ASTConsumer>> Consumers;
      Consumers.push_back(std::make_unique<UserCodeScope>());
      if (Uses)
        Consumers.push_back(suppliedUseFinder(BuildDir, *Uses, Used));
      if (Factory)
        Consumers.push_back(Factory->createASTConsumer(Compiler, File));
      else
        Consumers.push_back(std::make_unique<ASTConsumer>()); // parse only
      return std::make_unique<MultiplexConsumer>(std::move(Consumers));
    }

  private:
    tidy::ClangTidyASTConsumerFactory *Factory;
    MissingPieces &Pieces;
    std::vector<SuppliedUse> *Uses;
    std::set<std::string> &Used;
    std::string BuildDir;
  };

  std::optional<tidy::ClangTidyASTConsumerFactory> ConsumerFactory;
  MissingPieces &Pieces;
  std::vector<SuppliedUse> *Uses;
  std::set<std::string> &Used;
  std::string BuildDir;
};

/// ExtraArgs / ExtraArgsBefore from the configuration, as runClangTidy().
tooling::ArgumentsAdjuster extraArgsAdjuster(ClangTidyContext &Context) {
  return [&Context](const tooling::CommandLineArguments &Args, llvm::StringRef File) {
    tidy::ClangTidyOptions Opts = Context.getOptionsForFile(File);
    tooling::CommandLineArguments Adjusted = Args;
    if (Opts.ExtraArgsBefore) {
      auto I = Adjusted.begin();
      if (I != Adjusted.end() && !llvm::StringRef(*I).starts_with("-"))
        ++I; // Skip the compiler binary name, if it is there.
      Adjusted.insert(I, Opts.ExtraArgsBefore->begin(), Opts.ExtraArgsBefore->end());
    }
    if (Opts.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(), Opts.ExtraArgs->end());
    return Adjusted;
  };
}

Level levelOf(const ClangTidyError &E) {
  if (E.DiagLevel == ClangTidyError::Error || E.IsWarningAsError)
    return Level::Error;
  if (E.DiagLevel == ClangTidyError::Remark)
    return Level::Note;
  return Level::Warning;
}

// clang-tidy's text spelling of the level.
std::string tidyLevelOf(const ClangTidyError &E) {
  if (E.DiagLevel == ClangTidyError::Error || E.IsWarningAsError)
    return "error";
  if (E.DiagLevel == ClangTidyError::Remark)
    return "remark";
  return "warning";
}

/// Turns clang-tidy's errors (paths as the SourceManager spelled them,
/// relative to the build folder) into Findings with canonical paths.
class Converter {
public:
  Converter(const RecordingConsumer &Recorder, std::string BuildDir)
      : Recorder(Recorder), BuildDir(std::move(BuildDir)) {}

  Finding finding(const ClangTidyError &E) {
    Finding F;
    F.Check = E.DiagnosticName;
    F.Severity = levelOf(E);
    F.TidyLevel = tidyLevelOf(E);
    F.WarningAsError = E.IsWarningAsError;
    F.Message = E.Message.Message;
    F.Where = span(E.Message, E.BuildDirectory);
    F.Fixes = fixes(E.Message.Fix, E.BuildDirectory);
    for (const tooling::DiagnosticMessage &N : E.Notes) {
      if (N.FilePath.empty())
        continue;
      Note Out;
      Out.Where = span(N, E.BuildDirectory);
      Out.Message = N.Message;
      Out.Fixes = fixes(N.Fix, E.BuildDirectory);
      F.Notes.push_back(std::move(Out));
    }
    return F;
  }

private:
  const std::string &path(llvm::StringRef File, llvm::StringRef Dir) {
    std::string Key = (Dir + "\n" + File).str();
    auto It = Paths.find(Key);
    if (It == Paths.end())
      It = Paths.try_emplace(Key, canonicalPath(File, Dir.empty() ? BuildDir : Dir)).first;
    return It->second;
  }

  // The region: a highlighted range that starts at or covers the location
  // if the check gave one, else the token at the location.
  Span span(const tooling::DiagnosticMessage &M, llvm::StringRef Dir) {
    Span S;
    S.File = path(M.FilePath, Dir);
    S.Offset = M.FileOffset;
    std::optional<unsigned> Length = Recorder.tokenLength(M.FilePath, M.FileOffset);
    for (const tooling::FileByteRange &R : M.Ranges) {
      if (R.FilePath == M.FilePath && R.FileOffset <= M.FileOffset &&
          M.FileOffset < R.FileOffset + R.Length) {
        Length = std::max(Length.value_or(0), R.FileOffset + R.Length - M.FileOffset);
        break;
      }
    }
    S.Length = Length.value_or(1);
    return S;
  }

  std::vector<Replacement> fixes(const llvm::StringMap<tooling::Replacements> &Fix,
                                 llvm::StringRef Dir) {
    std::vector<Replacement> Out;
    for (const auto &Entry : Fix) {
      for (const tooling::Replacement &R : Entry.second) {
        Replacement X;
        X.Where.File = path(R.getFilePath(), Dir);
        X.Where.Offset = R.getOffset();
        X.Where.Length = R.getLength();
        X.Text = R.getReplacementText().str();
        Out.push_back(std::move(X));
      }
    }
    std::sort(Out.begin(), Out.end(), [](const Replacement &A, const Replacement &B) {
      return std::tie(A.Where.File, A.Where.Offset, A.Where.Length, A.Text) <
             std::tie(B.Where.File, B.Where.Offset, B.Where.Length, B.Text);
    });
    return Out;
  }

  const RecordingConsumer &Recorder;
  std::string BuildDir;
  llvm::StringMap<std::string> Paths;
};

bool isReportable(llvm::StringRef Check) {
  if (Check == "clang-tidy-nolint") // malformed NOLINTBEGIN/END: clang-tidy reports it
    return true;
  // Which premortem checks run is the configuration's (ClangTidyContext);
  // nothing else may come through.
  return Check.starts_with("premortem-") && findCheck(Check);
}

} // namespace

/// Every file the compiler opened, by real path (sorted, unique).
std::vector<std::string> filesRead(const FileManager &Files) {
  llvm::SmallVector<OptionalFileEntryRef, 64> Entries;
  Files.GetUniqueIDMapping(Entries);
  std::vector<std::string> Out;
  for (OptionalFileEntryRef FE : Entries) {
    if (!FE)
      continue;
    // Only stat()ed, never read (an include candidate that was not used):
    // no real path.
    llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
    if (!Real.empty())
      Out.push_back(Real.str());
  }
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

namespace {

/// One parse of a unit, with the checks unless parse-only.
struct Pass {
  UnitResult Out;
  MissingPieces Pieces;
  std::vector<SuppliedUse> Uses; // with a supplied header only
  std::set<std::string> Used;    // supplied names the code refers to
  unsigned Errors = 0;
  bool CPlusPlus = false;
};

/// Flags for a command premortem inferred, or a file whose headers are
/// missing: no spelling correction (it would "recover" an undeclared name
/// as a different, declared one), every error reported so every missing
/// name is seen, and C's implicit declarations left as warnings.
const char *const RecoveryArgs[] = {
    "-fno-spell-checking", "-ferror-limit=0",
    "-Wno-error=implicit-function-declaration", "-Wno-error=implicit-int",
    "-Wno-error=int-conversion", "-Wno-error=incompatible-pointer-types",
    "-Wno-error=incompatible-function-pointer-types", "-Wno-error=return-type"};

Pass runPass(const RunSettings &S, const TranslationUnit &Unit, const std::string &BuildDir,
             bool Recovering, const std::string *Supplied, std::vector<std::string> *FilesRead) {
  Pass P;
  IntrusiveRefCntPtr<llvm::vfs::FileSystem> Physical(
      llvm::vfs::createPhysicalFileSystem().release());
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(Physical);
  if (Supplied) {
    auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    Memory->addFile(SuppliedHeaderPath, 0, llvm::MemoryBuffer::getMemBufferCopy(*Supplied));
    FS->pushOverlay(Memory);
  }

  ClangTidyContext Context(makeOptionsProvider(S.Tidy, FS));
  tidy::ClangTidyDiagnosticConsumer TidyConsumer(
      Context, /*ExternalDiagEngine=*/nullptr, /*RemoveIncompatibleErrors=*/true,
      /*GetFixesFromNotes=*/false);
  RecordingConsumer Recorder(S.ParseOnly ? nullptr : &TidyConsumer, BuildDir, P.Pieces);
#if LLVM_VERSION_MAJOR >= 21
  auto DiagOpts = std::make_unique<DiagnosticOptions>();
  DiagnosticsEngine CheckEngine(new DiagnosticIDs(), *DiagOpts, &Recorder,
                                /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(DiagOpts), &CheckEngine);
#else
  DiagnosticsEngine CheckEngine(new DiagnosticIDs(), new DiagnosticOptions(), &Recorder,
                                /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&CheckEngine);
#endif
  Recorder.setCheckEngine(&CheckEngine);

  tooling::ClangTool Tool(S.Database, {Unit.DbPath},
                          std::make_shared<PCHContainerOperations>(), FS);
  Tool.setPrintErrorMessage(false);
  Tool.setDiagnosticConsumer(&Recorder);
  // --extra-arg(-before) first, as clang-tidy's CommonOptionsParser adds
  // them to the database commands before the configuration's ExtraArgs.
  if (!S.Tidy.ExtraArgsBefore.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        S.Tidy.ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  if (!S.Tidy.ExtraArgs.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        S.Tidy.ExtraArgs, tooling::ArgumentInsertPosition::END));
  Tool.appendArgumentsAdjuster(extraArgsAdjuster(Context));
  std::vector<std::string> UnknownFlags;
  Tool.appendArgumentsAdjuster(dropUnknownFlagsAdjuster(UnknownFlags));
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());
  Tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster("-Wno-error", tooling::ArgumentInsertPosition::END));
  if (Recovering) {
    tooling::CommandLineArguments Extra(std::begin(RecoveryArgs), std::end(RecoveryArgs));
    if (Supplied) {
      Extra.push_back("-include");
      Extra.push_back(SuppliedHeaderPath.str());
    }
    Tool.appendArgumentsAdjuster(
        tooling::getInsertArgumentAdjuster(Extra, tooling::ArgumentInsertPosition::END));
  }
  ActionFactory Factory(Context, FS, S.ParseOnly, P.Pieces, Supplied ? &P.Uses : nullptr,
                        P.Used, BuildDir);
  int Status = Tool.run(&Factory);
  if (FilesRead)
    *FilesRead = filesRead(Tool.getFiles());
  P.Errors = Recorder.getNumErrors();
  P.CPlusPlus = Recorder.cplusplus();

  if (!S.ParseOnly) {
    Converter Convert(Recorder, BuildDir);
    for (const ClangTidyError &E : TidyConsumer.take()) {
      llvm::StringRef Name = E.DiagnosticName;
      if (Name.starts_with("clang-diagnostic-"))
        continue; // compiler diagnostics: errors fail the TU below
      if (E.Message.FilePath == SuppliedHeaderPath)
        continue; // premortem's own declarations
      if (Name == "clang-tidy-config" || E.Message.FilePath.empty()) {
        P.Out.Config.push_back({levelOf(E), E.Message.Message});
        continue;
      }
      if (isReportable(Name))
        P.Out.Findings.push_back(Convert.finding(E));
    }
  }
  // One message per flag: normalize() merges the same text from every TU.
  for (const std::string &Flag : UnknownFlags)
    P.Out.Config.push_back(
        {Level::Warning, fmt::format("ignoring the compiler flag '{}' of the compilation "
                                     "database: clang does not know it",
                                     Flag)});
  if (const std::optional<Failure> &Error = Recorder.firstError()) {
    Failure F = *Error;
    F.File = Unit.Canonical;
    P.Out.Failed = std::move(F);
  } else if (Status != 0) {
    P.Out.Failed = Failure{Unit.Canonical, "the compiler failed", std::nullopt};
  }
  return P;
}

/// The rule pack in force for Unit, for its fallback declarations.
std::shared_ptr<const RulePack> packFor(const RunSettings &S, const TranslationUnit &Unit) {
  auto Provider = makeOptionsProvider(S.Tidy, llvm::vfs::getRealFileSystem());
  tidy::ClangTidyOptions Opts = Provider->getOptions(Unit.DbPath);
  if (auto Rules = loadRules(userPacksFor(Unit.Canonical, Opts.CheckOptions)))
    return *Rules;
  else
    llvm::consumeError(Rules.takeError()); // reported by the checks themselves
  auto Defaults = loadRules({});
  return Defaults ? *Defaults : std::make_shared<const RulePack>();
}

/// Adds a note to each finding in a function that uses supplied
/// declarations: its evidence rests on them.
void noteSuppliedUses(std::vector<Finding> &Findings, llvm::ArrayRef<SuppliedUse> Uses) {
  for (Finding &F : Findings) {
    for (const SuppliedUse &U : Uses) {
      if (F.Where.File != U.File || F.Where.Offset < U.Begin || F.Where.Offset >= U.End)
        continue;
      Note N;
      N.Where = F.Where;
      N.Message = fmt::format("premortem supplied the declarations of {} (their headers "
                              "are missing): this finding relies on them",
                              llvm::join(U.Names, ", "));
      F.Notes.push_back(std::move(N));
      break;
    }
  }
}

} // namespace

UnitResult analyzeUnit(const RunSettings &S, const TranslationUnit &Unit,
                       std::vector<std::string> *FilesRead) {
  UnitResult Out;
  auto fail = [&](std::string Message) {
    Out.Failed = Failure{Unit.Canonical, std::move(Message), std::nullopt};
    return std::move(Out);
  };
  // ClangTool would print to stderr, or abort, on these; report them instead.
  std::vector<tooling::CompileCommand> Commands = S.Database.getCompileCommands(Unit.DbPath);
  if (Commands.empty())
    return fail("no compile command in the compilation database");
  for (const tooling::CompileCommand &C : Commands)
    if (!llvm::sys::fs::is_directory(C.Directory))
      return fail(fmt::format("the build directory '{}' does not exist", C.Directory));
  std::string BuildDir = Commands.front().Directory;
  // Inferred: by premortem without a database, or interpolated from the
  // database's neighbours of a file it lacks.
  bool Inferred = !Commands.front().Heuristic.empty();

  Pass P = runPass(S, Unit, BuildDir, Inferred, nullptr, FilesRead);
  bool Missing = !P.Pieces.Headers.empty();
  SuppliedHeader Supplied;
  // A second parse, with the undeclared names supplied, when the first one
  // lacked pieces: not for a complete build's own errors.
  if ((Missing || Inferred) && !P.Pieces.Names.empty()) {
    Supplied = supplyDeclarations(*packFor(S, Unit), P.Pieces.Names, P.CPlusPlus);
    std::vector<std::string> FirstMissing = P.Pieces.Headers;
    P = runPass(S, Unit, BuildDir, /*Recovering=*/true, &Supplied.Text, FilesRead);
    for (std::string &H : FirstMissing)
      if (!llvm::is_contained(P.Pieces.Headers, H))
        P.Pieces.Headers.push_back(std::move(H));
    noteSuppliedUses(P.Out.Findings, P.Uses);
  }
  Out = std::move(P.Out);
  bool Partial = !P.Pieces.Headers.empty() || !Supplied.Fallbacks.empty() ||
                 !Supplied.Opaque.empty();
  if (Partial && !(Out.Failed && Out.Failed->Crashed)) {
    // Errors in a file with missing pieces are theirs: the analysis is
    // partial, not failed (docs/driver.md).
    PartialAnalysis A;
    A.File = Unit.Canonical;
    A.Missing = P.Pieces.Headers;
    A.Fallbacks = Supplied.Fallbacks;
    llvm::sort(A.Fallbacks);
    // Names only a failed declaration made undeclared (a local variable of
    // an unknown type) got an opaque declaration nothing refers to.
    for (const std::string &Name : Supplied.Opaque)
      if (P.Used.count(Name))
        A.Opaque.push_back(Name);
    A.Errors = P.Errors;
    A.Inferred = Inferred;
    Out.Partial = std::move(A);
    Out.Failed.reset();
  }
  return Out;
}

} // namespace clang::tidy::premortem::driver
