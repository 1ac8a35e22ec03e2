//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/HardcodedEndpointCheck.h"
#include "checks/support/ast/Compat.h"
#include "checks/support/ast/Enclosing.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

HardcodedEndpointCheck::HardcodedEndpointCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)),
      Classifier(*Rules), ReportProduction(Options.get("ReportProduction", true)) {}

void HardcodedEndpointCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ReportProduction", ReportProduction);
}

namespace {
/// `__asm__("...")` at file scope (ast_matchers has no matcher for it).
const internal::VariadicDynCastAllOfMatcher<Decl, FileScopeAsmDecl> fileScopeAsmDecl;
} // namespace

void HardcodedEndpointCheck::registerMatchers(MatchFinder *Finder) {
  // Every string literal of user code; what is not an endpoint, or not a
  // value the program uses as one, is sorted out in check().
  Finder->addMatcher(stringLiteral(unless(isExpansionInSystemHeader())).bind("literal"),
                     this);
  // Where a literal is not a value: recorded from the enclosing node, which
  // the finder visits before the literal (no parent lookups per literal).
  Finder->addMatcher(callExpr(callee(functionDecl(hasAttr(attr::Format)))).bind("format-call"),
                     this);
  Finder->addMatcher(staticAssertDecl().bind("not-value"), this);
  Finder->addMatcher(asmStmt().bind("not-value"), this);
  Finder->addMatcher(fileScopeAsmDecl().bind("not-value"), this);
  Finder->addMatcher(predefinedExpr().bind("not-value"), this);
  Finder->addMatcher(unaryExprOrTypeTraitExpr().bind("not-value"), this);
  Finder->addMatcher(ast_matchers::attr().bind("not-value"), this);
}

void HardcodedEndpointCheck::recordContext(const MatchFinder::MatchResult &Result) {
  auto Record = [](llvm::DenseSet<const StringLiteral *> &Set, const Expr *E) {
    if (const auto *Lit = dyn_cast_or_null<StringLiteral>(E ? E->IgnoreParenImpCasts() : nullptr))
      Set.insert(Lit);
  };
  // printf-style format strings are messages.
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("format-call")) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    for (const auto *Format : Callee->specific_attrs<FormatAttr>()) {
      unsigned Index = Format->getFormatIdx() - 1;
      if (isa<CXXMethodDecl>(Callee) && !cast<CXXMethodDecl>(Callee)->isStatic())
        --Index; // the implicit object argument counts in the attribute
      if (Index < Call->getNumArgs())
        Record(FormatLiterals, Call->getArg(Index));
    }
    return;
  }
  // static_assert messages, asm operands, __func__, `sizeof("...")` and
  // annotations (`__attribute__((annotate("...")))`).
  if (const auto *Assert = Result.Nodes.getNodeAs<StaticAssertDecl>("not-value"))
    Record(IgnoredLiterals, Assert->getMessage());
  if (const auto *Asm = Result.Nodes.getNodeAs<GCCAsmStmt>("not-value")) {
    for (const Expr *Text : compat::asmStrings(*Asm))
      Record(IgnoredLiterals, Text);
    for (unsigned I = 0; I < Asm->getNumOutputs(); ++I)
      Record(IgnoredLiterals, Asm->getOutputExpr(I));
    for (unsigned I = 0; I < Asm->getNumInputs(); ++I)
      Record(IgnoredLiterals, Asm->getInputExpr(I));
  }
  if (const auto *Asm = Result.Nodes.getNodeAs<FileScopeAsmDecl>("not-value"))
    Record(IgnoredLiterals, compat::asmString(*Asm));
  if (const auto *Predefined = Result.Nodes.getNodeAs<PredefinedExpr>("not-value"))
    Record(IgnoredLiterals, Predefined->getFunctionName());
  if (const auto *Annotate = Result.Nodes.getNodeAs<AnnotateAttr>("not-value"))
    for (const Expr *Arg : Annotate->args())
      Record(IgnoredLiterals, Arg);
  if (const auto *Trait = Result.Nodes.getNodeAs<UnaryExprOrTypeTraitExpr>("not-value"))
    if (!Trait->isArgumentType())
      Record(IgnoredLiterals, Trait->getArgumentExpr());
}

namespace {

/// True if the literal sits in a version context: an argument of a call, or
/// the initializer of a variable, whose source mentions a version
/// (`strcmp(zlibVersion(), "1.2.0.4")`, `min_version = "1.2.3.4"`).
bool inVersionContext(const StringLiteral *Lit, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Lit);
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    auto Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return false;
    Node = Parents[0];
    SourceRange Range;
    if (const auto *Call = Node.get<CallExpr>())
      Range = Call->getSourceRange();
    else if (const auto *Op = Node.get<BinaryOperator>())
      Range = Op->getSourceRange();
    else if (const auto *Var = Node.get<VarDecl>())
      return llvm::any_of(identifierWords(Var->getName()),
                          [](const std::string &W) {
                            return W == "version" || W == "versions" || W == "ver" ||
                                   W == "vers";
                          });
    else
      continue;
    const SourceManager &SM = Ctx.getSourceManager();
    StringRef Text = Lexer::getSourceText(CharSourceRange::getTokenRange(Range), SM,
                                          Ctx.getLangOpts());
    return Text.contains_insensitive("version");
  }
  return false;
}

/// The literal's text with one byte per code unit: wide and UTF-16/32
/// literals are narrowed, non-ASCII code units become '\x01'.
std::string textOf(const StringLiteral *Lit) {
  if (Lit->getCharByteWidth() == 1)
    return Lit->getString().str();
  std::string Out;
  for (unsigned I = 0, N = Lit->getLength(); I < N; ++I) {
    uint32_t C = Lit->getCodeUnit(I);
    Out += C < 0x80 ? static_cast<char>(C) : '\x01';
  }
  return Out;
}

/// The number of bytes of the UTF-8 sequence starting with Lead, 1 if invalid.
unsigned utf8Length(unsigned char Lead) {
  if (Lead >= 0xF0 && Lead < 0xF8)
    return 4;
  if (Lead >= 0xE0)
    return Lead < 0xF0 ? 3 : 1;
  if (Lead >= 0xC0)
    return 2;
  return 1;
}

/// Code units a code point takes in a literal of CharWidth bytes per unit.
unsigned unitsOf(uint32_t CodePoint, unsigned CharWidth) {
  if (CharWidth == 4)
    return 1;
  if (CharWidth == 2)
    return CodePoint > 0xFFFF ? 2 : 1;
  return CodePoint < 0x80 ? 1 : CodePoint < 0x800 ? 2 : CodePoint < 0x10000 ? 3 : 4;
}

/// The spelling of code units [BeginUnit, EndUnit) of Lit, or an invalid
/// range. Each token of the literal is walked as written (prefix, raw
/// delimiter, escapes, universal character names, UTF-8 source text), for
/// every character width; clang's getLocationOfByte maps narrow literals
/// only and puts the end of an escape one byte after its backslash.
CharSourceRange spellingOfUnits(const StringLiteral *Lit, unsigned BeginUnit, unsigned EndUnit,
                                const SourceManager &SM, const LangOptions &LO) {
  const unsigned Width = Lit->getCharByteWidth();
  unsigned Unit = 0;
  SourceLocation Begin, End;
  for (unsigned TokI = 0; TokI < Lit->getNumConcatenated(); ++TokI) {
    SourceLocation Tok = SM.getSpellingLoc(Lit->getStrTokenLoc(TokI));
    bool Invalid = false;
    const char *Data = SM.getCharacterData(Tok, &Invalid);
    if (Invalid)
      return {};
    StringRef Spelling(Data, Lexer::MeasureTokenLength(Tok, SM, LO));
    size_t Quote = Spelling.find('"');
    if (Quote == StringRef::npos || Spelling.size() < Quote + 2)
      return {};
    bool IsRaw = Quote > 0 && Spelling[Quote - 1] == 'R';
    size_t Pos = Quote + 1, Stop = Spelling.size() - 1;
    if (IsRaw) {
      size_t Paren = Spelling.find('(', Quote);
      if (Paren == StringRef::npos)
        return {};
      size_t Delimiter = Paren - Quote - 1;
      Pos = Paren + 1;
      if (Stop < Delimiter + 1 + Pos)
        return {};
      Stop -= Delimiter + 1; // `)delim"`
    }
    while (Pos < Stop) {
      size_t From = Pos;
      unsigned Units = 1;
      unsigned char C = Spelling[Pos];
      if (C == '\\' && !IsRaw) {
        if (Pos + 1 >= Stop)
          return {};
        char E = Spelling[Pos + 1];
        if (E == '\n' || E == '\r') { // a line splice: no code unit
          Pos += 2;
          if (E == '\r' && Pos < Stop && Spelling[Pos] == '\n')
            ++Pos;
          continue;
        }
        Pos += 2;
        if (E == 'x') {
          if (Pos < Stop && Spelling[Pos] == '{')
            Pos = Spelling.find('}', Pos) + 1;
          else
            while (Pos < Stop && llvm::isHexDigit(Spelling[Pos]))
              ++Pos;
        } else if (E >= '0' && E <= '7') {
          for (unsigned N = 1; N < 3 && Pos < Stop && Spelling[Pos] >= '0' && Spelling[Pos] <= '7';
               ++N)
            ++Pos;
        } else if (E == 'o' && Pos < Stop && Spelling[Pos] == '{') {
          Pos = Spelling.find('}', Pos) + 1;
        } else if (E == 'u' || E == 'U') {
          uint32_t CodePoint = 0;
          if (Pos < Stop && Spelling[Pos] == '{') {
            size_t Close = Spelling.find('}', Pos);
            if (Close == StringRef::npos ||
                Spelling.slice(Pos + 1, Close).getAsInteger(16, CodePoint))
              return {};
            Pos = Close + 1;
          } else {
            unsigned Digits = E == 'u' ? 4 : 8;
            if (Pos + Digits > Stop || Spelling.substr(Pos, Digits).getAsInteger(16, CodePoint))
              return {};
            Pos += Digits;
          }
          Units = unitsOf(CodePoint, Width);
        } else if (E == 'N') {
          return {}; // a named character: its length needs the name table
        }
        if (Pos == StringRef::npos + 1 || Pos > Stop)
          return {};
      } else {
        unsigned Length = utf8Length(C);
        if (Pos + Length > Stop)
          Length = 1;
        uint32_t CodePoint = C;
        if (Length > 1) {
          CodePoint = C & (0xFF >> (Length + 1));
          for (unsigned K = 1; K < Length; ++K)
            CodePoint = (CodePoint << 6) | (Spelling[Pos + K] & 0x3F);
        }
        Pos += Length;
        Units = Width == 1 ? Length : unitsOf(CodePoint, Width);
      }
      if (BeginUnit >= Unit && BeginUnit < Unit + Units && Begin.isInvalid())
        Begin = Tok.getLocWithOffset(From);
      if (EndUnit - 1 >= Unit && EndUnit - 1 < Unit + Units)
        End = Tok.getLocWithOffset(Pos);
      Unit += Units;
    }
  }
  // A walk that disagrees with the literal's length mapped something wrong.
  if (Unit != Lit->getLength() || Begin.isInvalid() || End.isInvalid() ||
      SM.getFileID(Begin) != SM.getFileID(End) || !SM.isBeforeInTranslationUnit(Begin, End))
    return {};
  return CharSourceRange::getCharRange(Begin, End);
}

} // namespace

void HardcodedEndpointCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Lit = Result.Nodes.getNodeAs<StringLiteral>("literal");
  if (!Lit) {
    recordContext(Result);
    return;
  }
  const SourceManager &SM = *Result.SourceManager;
  ASTContext &Ctx = *Result.Context;
  if (Lit->getLength() == 0 || Lit->getLength() > 65536 || IgnoredLiterals.count(Lit))
    return;
  // Every token of the literal must be written in a user file: not a system
  // header, not __FILE__ or a stringized macro argument, not a test file.
  for (unsigned I = 0; I < Lit->getNumConcatenated(); ++I) {
    SourceLocation Spelling = SM.getSpellingLoc(Lit->getStrTokenLoc(I));
    if (Spelling.isInvalid() || SM.isInSystemHeader(Spelling) ||
        !SM.getFileEntryRefForID(SM.getFileID(Spelling)) ||
        SM.isWrittenInBuiltinFile(Spelling) || SM.isWrittenInCommandLineFile(Spelling))
      return;
  }
  SourceLocation First = SM.getSpellingLoc(Lit->getStrTokenLoc(0));
  if (Classifier.isTestPath(SM.getFilename(First)))
    return;
  std::string Text = textOf(Lit);
  // Endpoints inside prose (help text, messages) are documentation links far
  // more often than endpoints: only non-production ones are reported there.
  bool Prose = FormatLiterals.count(Lit) ||
               llvm::any_of(Text, [](char C) { return llvm::isSpace(C); });
  for (const Endpoint &E : findEndpoints(Text, Classifier.suffixes())) {
    EndpointVerdict V = Classifier.classify(E, Text);
    if (V.What == EndpointVerdict::Ignored)
      continue;
    // A bare dotted quad next to a version is a version number.
    if (E.What == Endpoint::Kind::IPv4 && inVersionContext(Lit, Ctx))
      continue;
    if (V.What == EndpointVerdict::Production && (!ReportProduction || Prose))
      continue;
    CharSourceRange Range = spellingOfUnits(Lit, E.Begin, E.End, SM, getLangOpts());
    SourceLocation Begin = Range.getBegin();
    if (Range.isInvalid()) {
      // Not mapped: the first token of the literal.
      Begin = First;
      Range = CharSourceRange::getTokenRange(First);
    }
    if (!Reported.insert(Begin.getRawEncoding()).second)
      continue;
    if (V.What == EndpointVerdict::Production) {
      diag(Begin,
           "endpoint '%0' is a hard-coded production endpoint; moving or failing over "
           "needs a rebuild, load endpoints from configuration",
           DiagnosticIDs::Remark)
          << E.Host << Range;
      continue;
    }
    diag(Begin, "endpoint '%0' looks like %1 (%2); shipped, it sends production traffic "
                "to the wrong environment; load endpoints from configuration")
        << E.Host << V.Environment << V.Evidence << Range;
  }
}

} // namespace clang::tidy::premortem
