//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/HardcodedEndpointCheck.h"
#include "checks/support/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;
using ::premortem::Endpoint;
using ::premortem::EndpointVerdict;

namespace clang::tidy::premortem {

HardcodedEndpointCheck::HardcodedEndpointCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(::premortem::rulesFor(*Context, Name)),
      Classifier(*Rules), ReportProduction(Options.get("ReportProduction", true)) {}

void HardcodedEndpointCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ReportProduction", ReportProduction);
}

void HardcodedEndpointCheck::registerMatchers(MatchFinder *Finder) {
  // Every string literal of user code; what is not an endpoint, or not a
  // value the program uses as one, is sorted out in check().
  Finder->addMatcher(stringLiteral(unless(isExpansionInSystemHeader())).bind("literal"),
                     this);
}

namespace {

enum class Use { Value, Format, Ignore };

/// How the program uses the literal: static_assert messages, asm operands
/// and __func__ are not values; printf-style format strings are messages
/// unless they name a non-production endpoint.
Use useOf(const StringLiteral *Lit, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Lit);
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    auto Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return Use::Value;
    Node = Parents[0];
    if (Node.get<StaticAssertDecl>() || Node.get<GCCAsmStmt>() || Node.get<PredefinedExpr>() ||
        Node.get<Attr>() || Node.get<UnaryExprOrTypeTraitExpr>())
      return Use::Ignore; // `sizeof("http://i.ru")` is a length
    if (const auto *Call = Node.get<CallExpr>()) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee)
        return Use::Value;
      for (const auto *Format : Callee->specific_attrs<FormatAttr>()) {
        unsigned Index = Format->getFormatIdx() - 1;
        if (isa<CXXMethodDecl>(Callee) && !cast<CXXMethodDecl>(Callee)->isStatic())
          --Index; // the implicit object argument counts in the attribute
        if (Index < Call->getNumArgs() &&
            Call->getArg(Index)->IgnoreParenImpCasts() == Lit)
          return Use::Format;
      }
      return Use::Value;
    }
    if (!Node.get<ImplicitCastExpr>() && !Node.get<ParenExpr>())
      return Use::Value;
  }
  return Use::Value;
}

/// True if the literal sits in a version context: an argument of a call, or
/// the initializer of a variable, whose source mentions a version
/// (`strcmp(zlibVersion(), "1.2.0.4")`, `min_version = "1.2.3.4"`).
bool inVersionContext(const StringLiteral *Lit, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Lit);
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    auto Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return false;
    Node = Parents[0];
    SourceRange Range;
    if (const auto *Call = Node.get<CallExpr>())
      Range = Call->getSourceRange();
    else if (const auto *Op = Node.get<BinaryOperator>())
      Range = Op->getSourceRange();
    else if (const auto *Var = Node.get<VarDecl>())
      return llvm::any_of(::premortem::identifierWords(Var->getName()),
                          [](const std::string &W) {
                            return W == "version" || W == "ver" || W == "vers";
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

/// The source location of code unit Index of Lit, or an invalid location.
/// Narrow literals use clang's mapping (escapes, concatenation, raw
/// strings); wide ones are mapped only when written as one token without
/// escapes, the common case.
SourceLocation locationOf(const StringLiteral *Lit, unsigned Index, const SourceManager &SM,
                          const LangOptions &LO, const TargetInfo &Target) {
  if (Lit->getCharByteWidth() == 1)
    return Lit->getLocationOfByte(Index, SM, LO, Target);
  if (Lit->getNumConcatenated() != 1)
    return {};
  SourceLocation Tok = SM.getSpellingLoc(Lit->getStrTokenLoc(0));
  bool Invalid = false;
  const char *Data = SM.getCharacterData(Tok, &Invalid);
  if (Invalid)
    return {};
  StringRef Spelling(Data, Lexer::MeasureTokenLength(Tok, SM, LO));
  size_t Quote = Spelling.find('"');
  if (Quote == StringRef::npos)
    return {};
  size_t Body = Quote + 1;
  if (Quote > 0 && Spelling[Quote - 1] == 'R') { // raw: R"delim( ... )delim"
    size_t Paren = Spelling.find('(', Quote);
    if (Paren == StringRef::npos)
      return {};
    Body = Paren + 1;
  } else if (Spelling.substr(Body).contains('\\')) {
    return {};
  }
  return Tok.getLocWithOffset(Body + Index);
}

} // namespace

void HardcodedEndpointCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Lit = Result.Nodes.getNodeAs<StringLiteral>("literal");
  const SourceManager &SM = *Result.SourceManager;
  ASTContext &Ctx = *Result.Context;
  if (!Lit || Lit->getLength() == 0 || Lit->getLength() > 65536)
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
  Use How = useOf(Lit, Ctx);
  if (How == Use::Ignore)
    return;
  std::string Text = textOf(Lit);
  // Endpoints inside prose (help text, messages) are documentation links far
  // more often than endpoints: only non-production ones are reported there.
  bool Prose = How == Use::Format || llvm::any_of(Text, [](char C) { return llvm::isSpace(C); });
  for (const Endpoint &E : ::premortem::findEndpoints(Text, Classifier.suffixes())) {
    EndpointVerdict V = Classifier.classify(E, Text);
    if (V.What == EndpointVerdict::Ignored)
      continue;
    // A bare dotted quad next to a version is a version number.
    if (E.What == Endpoint::Kind::IPv4 && inVersionContext(Lit, Ctx))
      continue;
    if (V.What == EndpointVerdict::Production && (!ReportProduction || Prose))
      continue;
    SourceLocation Begin =
        locationOf(Lit, E.Begin, SM, getLangOpts(), Ctx.getTargetInfo());
    SourceLocation Last =
        locationOf(Lit, E.End - 1, SM, getLangOpts(), Ctx.getTargetInfo());
    // Inside a macro body: where the literal is written, not each expansion.
    Begin = SM.getSpellingLoc(Begin);
    Last = SM.getSpellingLoc(Last);
    CharSourceRange Range;
    if (Begin.isInvalid() || Last.isInvalid() || SM.getFileID(Begin) != SM.getFileID(Last)) {
      Begin = First;
      Range = CharSourceRange::getTokenRange(First);
    } else {
      Range = CharSourceRange::getCharRange(Begin, Last.getLocWithOffset(1));
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
