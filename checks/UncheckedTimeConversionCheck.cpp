//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// PLACEHOLDER: being implemented; see issue 2.
#include "checks/UncheckedTimeConversionCheck.h"
#include "checks/support/Rules.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

UncheckedTimeConversionCheck::UncheckedTimeConversionCheck(StringRef Name,
                                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(::premortem::rulesFor(*Context, Name)),
      FlagAllIgnoredResults(Options.get("FlagAllIgnoredResults", false)) {}

void UncheckedTimeConversionCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FlagAllIgnoredResults", FlagAllIgnoredResults);
}

void UncheckedTimeConversionCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(callExpr(callee(functionDecl(hasName("mktime")))).bind("call"), this);
}

void UncheckedTimeConversionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  diag(Call->getBeginLoc(), "placeholder %0") << "mktime";
}

} // namespace clang::tidy::premortem
