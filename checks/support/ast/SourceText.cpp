//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/SourceText.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::premortem {

using namespace clang;

std::string sourceTextOf(const Expr *E, const ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  std::string Text = Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                                          SM, Context.getLangOpts())
                         .str();
  if (Text.empty())
    Text = Lexer::getSourceText(CharSourceRange::getTokenRange(SM.getSpellingLoc(E->getBeginLoc()),
                                                               SM.getSpellingLoc(E->getEndLoc())),
                                SM, Context.getLangOpts())
               .str();
  return Text;
}

} // namespace clang::tidy::premortem
