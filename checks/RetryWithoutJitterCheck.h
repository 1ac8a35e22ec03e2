//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_RETRYWITHOUTJITTERCHECK_H
#define PREMORTEM_CHECKS_RETRYWITHOUTJITTERCHECK_H

#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/rules/RulePack.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"
#include <memory>

namespace clang::tidy::premortem {

/// Finds retry and reconnect loops, and reconnect timers, that wait a fixed or
/// purely exponential delay with no randomness, so clients that failed
/// together retry together.
///
/// For the user-facing documentation see docs/checks/retry-without-jitter.md
class RetryWithoutJitterCheck : public ClangTidyCheck {
public:
  RetryWithoutJitterCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

  struct Delay;
  struct Wait;
  struct Attempt;
  struct Scope;

private:
  void checkFunction(const FunctionDecl &F, ASTContext &Context);
  void checkLoop(const Stmt &Loop, const FunctionDecl &F, ASTContext &Context);
  void checkTimers(const FunctionDecl &F, llvm::ArrayRef<const CallExpr *> Calls,
                   ASTContext &Context);
  std::optional<Wait> classifyWait(const CallExpr &Call, ASTContext &Context,
                                   unsigned Depth = 0);
  int waitWrapperKind(const FunctionDecl &F, ASTContext &Context, unsigned Depth);
  bool isOperation(const CallExpr &Call, unsigned Depth = 0);
  /// The pack lists the callee (by name, or by the type the call returns).
  bool isListedOperation(const CallExpr &Call, const FunctionDecl &F) const;
  bool isRandomSource(const FunctionDecl &F) const;
  bool isReconnectName(StringRef Name) const;
  void evalDelay(const Expr *E, const Scope &S, Delay &D, unsigned Depth);
  void evalVar(const DeclRefExpr &Ref, const VarDecl &V, const Scope &S, Delay &D,
               unsigned Depth);
  void evalStructVar(const DeclRefExpr &Ref, const VarDecl &V, const Scope &S, Delay &D,
                     unsigned Depth);
  void evalField(const MemberExpr &Member, const Scope &S, Delay &D, unsigned Depth);
  void evalCall(const CallExpr &Call, const Scope &S, Delay &D, unsigned Depth);
  bool isTestCode(const FunctionDecl &F, const SourceManager &SM);
  bool firstReport(SourceLocation Loc);

  std::shared_ptr<const RulePack> Rules;
  const bool FlagBusyReconnect;
  const std::string TestFileRegex;
  // TestFileRegex compiled once, not per function; null when empty.
  std::unique_ptr<llvm::Regex> TestFile;
  llvm::DenseMap<FileID, bool> TestFiles;
  llvm::DenseSet<unsigned> Reported;
  llvm::DenseMap<const FunctionDecl *, bool> OperationCache;
  // For functions defined in the TU that wait: -1 no, -2 a wait of its own,
  // k >= 0 a wait for as long as parameter k says.
  llvm::DenseMap<const FunctionDecl *, int> WrapperCache;
  // Per callee, looked up once per TU: the first `retry-waits` entry its name
  // matches (or null), whether it is a listed operation (per call type), and
  // the call in its body that is its own wait (per search depth).
  llvm::DenseMap<const FunctionDecl *, const RetryWait *> WaitEntries;
  llvm::DenseMap<std::pair<const FunctionDecl *, const void *>, bool> ListedOperations;
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, const CallExpr *> InnerWaits;
  llvm::DenseSet<const Stmt *> Visiting;
  // The function whose waits classifyWait is looking at (wrapper search).
  const Decl *SleepFunctionContext = nullptr;
};

} // namespace clang::tidy::premortem

#endif
