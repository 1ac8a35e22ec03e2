//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Recovery.h"
#include "checks/support/rules/Fallbacks.h"
#include "driver/Paths.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <set>

namespace clang::tidy::premortem::driver {

namespace {

class MissingHeaderRecorder : public PPCallbacks {
public:
  explicit MissingHeaderRecorder(MissingPieces &Pieces) : Pieces(Pieces) {}

  // Skipping the include is what makes a missing header non-fatal.
  bool FileNotFound(llvm::StringRef) override { return true; }

  void InclusionDirective(SourceLocation, const Token &, llvm::StringRef FileName,
                          bool IsAngled, CharSourceRange, OptionalFileEntryRef File,
                          llvm::StringRef, llvm::StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (File)
      return;
    std::string Shown = IsAngled ? "<" + FileName.str() + ">" : "\"" + FileName.str() + "\"";
    if (!llvm::is_contained(Pieces.Headers, Shown))
      Pieces.Headers.push_back(std::move(Shown));
  }

private:
  MissingPieces &Pieces;
};

/// The first 'quoted' word of a diagnostic's text.
std::optional<std::string> quoted(llvm::StringRef Text) {
  size_t Open = Text.find('\'');
  if (Open == llvm::StringRef::npos)
    return std::nullopt;
  size_t Close = Text.find('\'', Open + 1);
  if (Close == llvm::StringRef::npos)
    return std::nullopt;
  return Text.slice(Open + 1, Close).str();
}

bool isIdentifier(llvm::StringRef S) {
  return !S.empty() && (llvm::isAlpha(S.front()) || S.front() == '_') &&
         llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

/// The first character after the token at Loc, skipping blanks.
char nextChar(const Diagnostic &Info, const LangOptions &LangOpts) {
  if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
    return 0;
  const SourceManager &SM = Info.getSourceManager();
  SourceLocation Loc = SM.getSpellingLoc(Info.getLocation());
  SourceLocation End = Lexer::getLocForEndOfToken(Loc, 0, SM, LangOpts);
  if (End.isInvalid())
    return 0;
  bool Invalid = false;
  const char *P = SM.getCharacterData(End, &Invalid);
  if (Invalid || !P)
    return 0;
  while (*P == ' ' || *P == '\t' || *P == '\n' || *P == '\r')
    ++P;
  return *P;
}

} // namespace

std::unique_ptr<PPCallbacks> missingHeaderRecorder(MissingPieces &Pieces) {
  return std::make_unique<MissingHeaderRecorder>(Pieces);
}

void recordUnresolved(const Diagnostic &Info, const LangOptions &LangOpts,
                      MissingPieces &Pieces) {
  llvm::SmallString<256> Text;
  Info.FormatDiagnostic(Text);
  llvm::StringRef T = Text;
  std::optional<std::string> Name = quoted(T);
  if (!Name)
    return;
  std::optional<NameUse> Use;
  if (T.starts_with("unknown type name"))
    Use = NameUse::Type;
  else if (T.starts_with("call to undeclared function") ||
           T.starts_with("call to undeclared library function") ||
           T.starts_with("implicit declaration of function"))
    Use = NameUse::Function;
  else if (T.starts_with("use of undeclared identifier")) {
    char Next = nextChar(Info, LangOpts);
    if (Next == ':')
      return; // a namespace or class: nothing declared opaque fits
    Use = Next == '(' ? NameUse::Function : NameUse::Value;
  } else if (T.contains("incomplete type 'struct ")) {
    llvm::StringRef Rest = T.substr(T.find("incomplete type 'struct ") + 24);
    Name = Rest.take_until([](char C) { return C == '\''; }).str();
    Use = NameUse::Record;
  }
  if (!Use || !isIdentifier(*Name))
    return;
  Pieces.Names.try_emplace(*Name, *Use);
}

SuppliedHeader supplyDeclarations(const RulePack &Pack,
                                  const std::map<std::string, NameUse> &Names,
                                  bool CPlusPlus) {
  llvm::StringSet<> Needed;
  for (const auto &[Name, Use] : Names)
    Needed.insert(Name);
  FallbackText Fallback = fallbackHeader(Pack, Needed);
  SuppliedHeader Out;
  // A system header: the checks do not look into it, as into any library's.
  Out.Text = "#pragma clang system_header\n"
             "// Declarations premortem supplied: their headers are missing.\n";
  Out.Text += Fallback.Text;
  Out.Fallbacks = Fallback.Used;
  for (const std::string &Name : Fallback.Unknown) {
    switch (Names.at(Name)) {
    case NameUse::Type:
      Out.Text += "typedef struct premortem_opaque_" + Name +
                  " { int premortem_opaque; } " + Name + ";\n";
      break;
    case NameUse::Record:
      Out.Text += "struct " + Name + " { int premortem_opaque; };\n";
      break;
    case NameUse::Function:
      Out.Text += CPlusPlus ? "int " + Name + "(...);\n" : "int " + Name + "();\n";
      break;
    case NameUse::Value:
      Out.Text += "extern int " + Name + ";\n";
      break;
    }
    Out.Opaque.push_back(Name);
  }
  return Out;
}

namespace {

class SuppliedUseVisitor : public RecursiveASTVisitor<SuppliedUseVisitor> {
public:
  SuppliedUseVisitor(const SourceManager &SM, std::string BuildDir,
                     std::vector<SuppliedUse> &Out, std::set<std::string> &Used)
      : SM(SM), BuildDir(std::move(BuildDir)), Out(Out), Used(Used) {}

  bool TraverseDecl(Decl *D) {
    auto *F = llvm::dyn_cast_or_null<FunctionDecl>(D);
    if (!F || !F->doesThisDeclarationHaveABody() || Current)
      return RecursiveASTVisitor::TraverseDecl(D);
    Current = F;
    Names.clear();
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    Current = nullptr;
    if (!Names.empty())
      record(*F);
    return Result;
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    use(E->getDecl());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (const auto *Record = llvm::dyn_cast<RecordDecl>(E->getMemberDecl()->getDeclContext()))
      use(Record);
    return true;
  }
  bool VisitTypeLoc(TypeLoc TL) {
    if (const auto *T = TL.getTypePtr()->getAs<TypedefType>())
      use(T->getDecl());
    else if (const TagDecl *Tag = TL.getTypePtr()->getAsTagDecl())
      use(Tag);
    return true;
  }

private:
  void use(const NamedDecl *D) {
    if (!D)
      return;
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    if (Loc.isInvalid() || SM.getFilename(Loc) != SuppliedHeaderPath)
      return;
    std::string Name = D->getNameAsString();
    if (Name.empty())
      if (const auto *Tag = llvm::dyn_cast<TagDecl>(D))
        if (const TypedefNameDecl *T = Tag->getTypedefNameForAnonDecl())
          Name = T->getNameAsString();
    if (Name.empty())
      return;
    Used.insert(Name);
    if (Current)
      Names.insert(Name);
  }

  void record(const FunctionDecl &F) {
    SourceRange R = F.getSourceRange();
    SourceLocation Begin = SM.getExpansionLoc(R.getBegin());
    SourceLocation End = SM.getExpansionLoc(R.getEnd());
    FileID File = SM.getFileID(Begin);
    if (File != SM.getFileID(End))
      return;
    OptionalFileEntryRef FE = SM.getFileEntryRefForID(File);
    if (!FE)
      return;
    llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
    SuppliedUse U;
    U.File = canonicalPath(Real.empty() ? FE->getName() : Real, BuildDir);
    U.Begin = SM.getFileOffset(Begin);
    U.End = SM.getFileOffset(End) + 1;
    U.Names.assign(Names.begin(), Names.end());
    Out.push_back(std::move(U));
  }

  const SourceManager &SM;
  std::string BuildDir;
  std::vector<SuppliedUse> &Out;
  std::set<std::string> &Used;
  const FunctionDecl *Current = nullptr;
  std::set<std::string> Names;
};

class SuppliedUseFinder : public ASTConsumer {
public:
  SuppliedUseFinder(std::string BuildDir, std::vector<SuppliedUse> &Out,
                    std::set<std::string> &Used)
      : BuildDir(std::move(BuildDir)), Out(Out), Used(Used) {}
  void HandleTranslationUnit(ASTContext &Context) override {
    SuppliedUseVisitor V(Context.getSourceManager(), BuildDir, Out, Used);
    V.TraverseDecl(Context.getTranslationUnitDecl());
  }

private:
  std::string BuildDir;
  std::vector<SuppliedUse> &Out;
  std::set<std::string> &Used;
};

} // namespace

std::unique_ptr<ASTConsumer> suppliedUseFinder(std::string BuildDir,
                                               std::vector<SuppliedUse> &Out,
                                               std::set<std::string> &Used) {
  return std::make_unique<SuppliedUseFinder>(std::move(BuildDir), Out, Used);
}

} // namespace clang::tidy::premortem::driver
