//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// A function's control-flow graph with every expression as its own element,
// and the path questions the checks ask of it: can this statement run after
// that one, and what is found on the paths leaving or reaching a statement.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_FUNCTIONCFG_H
#define PREMORTEM_CHECKS_SUPPORT_FUNCTIONCFG_H

#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace clang {
class ASTContext;
class Decl;
class Expr;
class Stmt;
} // namespace clang

namespace clang::tidy::premortem {

class FunctionCFG {
public:
  /// Null when the body cannot be modelled (no body, invalid code).
  static std::unique_ptr<FunctionCFG> build(const clang::Decl &Function,
                                            clang::ASTContext &Context);

  bool contains(const clang::Stmt *S) const { return Position.count(S); }

  /// True if To can be evaluated after From on some path (loops included).
  /// Statements outside the graph are compared by source position.
  bool canReach(const clang::Stmt *From, const clang::Stmt *To) const;

  /// What a search does at a statement: go on, end this path, or record the
  /// statement as found and end this path.
  enum class Step { Continue, StopPath, Found };
  /// Which successors of a two-way branch to follow.
  enum class Follow { Both, TrueOnly, FalseOnly, Neither };

  /// Visits the statements on every path leaving From, each block once, and
  /// returns those Visit found. At a two-way branch, OnBranch is given the
  /// condition. nullopt if From is not in the graph. If ReachesExit is
  /// given, it is set when some path reaches the function's exit.
  std::optional<llvm::SmallVector<const clang::Stmt *, 4>>
  searchFrom(const clang::Stmt *From,
             llvm::function_ref<Step(const clang::Stmt *)> Visit,
             llvm::function_ref<Follow(const clang::Expr *)> OnBranch,
             bool *ReachesExit = nullptr) const;

  /// Visits the statements on every path reaching To, backwards from To,
  /// each block once, and returns those Visit found. A path that reaches the
  /// function's entry without ending adds a null element. nullopt if To is
  /// not in the graph.
  std::optional<llvm::SmallVector<const clang::Stmt *, 4>>
  searchBefore(const clang::Stmt *To,
               llvm::function_ref<Step(const clang::Stmt *)> Visit) const;

private:
  struct Place {
    const clang::CFGBlock *Block;
    unsigned Index;
  };
  FunctionCFG(std::unique_ptr<clang::CFG> Graph, clang::ASTContext &Context);
  bool blockReaches(const clang::CFGBlock *From, const clang::CFGBlock *To) const;

  std::unique_ptr<clang::CFG> Graph;
  clang::ASTContext &Context;
  llvm::DenseMap<const clang::Stmt *, Place> Position;
};

/// The graph of Function's body, or null if it cannot be built. Each graph is
/// built once per translation unit, shared by every check of the same
/// ASTContext, and lives as long as that ASTContext.
const FunctionCFG *cfgOf(const clang::Decl *Function, clang::ASTContext &Context);

} // namespace clang::tidy::premortem

#endif
