//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/FunctionCFG.h"
#include "checks/support/ast/PerContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/BitVector.h"

using namespace clang;

namespace clang::tidy::premortem {

std::unique_ptr<FunctionCFG> FunctionCFG::build(const Decl &Function,
                                                ASTContext &Context) {
  if (Function.isInvalidDecl())
    return nullptr;
  Stmt *Body = Function.getBody();
  if (!Body)
    return nullptr;
  CFG::BuildOptions Options;
  // Every sub-expression becomes an element, in evaluation order, so a path
  // search sees each read, dereference and assignment on its own.
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph = CFG::buildCFG(&Function, Body, &Context, Options);
  if (!Graph)
    return nullptr;
  return std::unique_ptr<FunctionCFG>(new FunctionCFG(std::move(Graph), Context));
}

FunctionCFG::FunctionCFG(std::unique_ptr<CFG> G, ASTContext &Context)
    : Graph(std::move(G)), Context(Context) {
  for (const CFGBlock *Block : *Graph) {
    unsigned Index = 0;
    for (const CFGElement &Element : *Block) {
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
        Position.try_emplace(S->getStmt(), Place{Block, Index});
      ++Index;
    }
  }
}

bool FunctionCFG::blockReaches(const CFGBlock *From, const CFGBlock *To) const {
  llvm::BitVector Seen(Graph->getNumBlockIDs());
  llvm::SmallVector<const CFGBlock *, 16> Work;
  for (const CFGBlock::AdjacentBlock &Succ : From->succs())
    if (const CFGBlock *B = Succ.getReachableBlock())
      Work.push_back(B);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (B == To)
      return true;
    if (Seen.test(B->getBlockID()))
      continue;
    Seen.set(B->getBlockID());
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock())
        Work.push_back(Next);
  }
  return false;
}

bool FunctionCFG::canReach(const Stmt *From, const Stmt *To) const {
  auto F = Position.find(From), T = Position.find(To);
  if (F == Position.end() || T == Position.end())
    return Context.getSourceManager().isBeforeInTranslationUnit(From->getBeginLoc(),
                                                                To->getBeginLoc());
  if (F->second.Block == T->second.Block && F->second.Index < T->second.Index)
    return true;
  return blockReaches(F->second.Block, T->second.Block);
}

/// One step of a path search: visits the statement of a CFG element and says
/// whether the path ends there (recording the statement when it was found).
static bool visitElement(const CFGElement &Element,
                         llvm::function_ref<FunctionCFG::Step(const Stmt *)> Visit,
                         llvm::SmallVectorImpl<const Stmt *> &Found) {
  std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
  if (!S)
    return false;
  switch (Visit(S->getStmt())) {
  case FunctionCFG::Step::Continue:
    return false;
  case FunctionCFG::Step::Found:
    Found.push_back(S->getStmt());
    return true;
  case FunctionCFG::Step::StopPath:
    return true;
  }
  return false;
}

std::optional<llvm::SmallVector<const Stmt *, 4>>
FunctionCFG::searchFrom(const Stmt *From, llvm::function_ref<Step(const Stmt *)> Visit,
                        llvm::function_ref<Follow(const Expr *)> OnBranch,
                        bool *ReachesExit) const {
  auto Start = Position.find(From);
  if (Start == Position.end())
    return std::nullopt;
  llvm::SmallVector<const Stmt *, 4> Found;
  llvm::BitVector Visited(Graph->getNumBlockIDs());
  // The start block is entered part-way; a loop may bring the search back to
  // its beginning, which is then a visit of its own.
  llvm::SmallVector<Place, 16> Work{{Start->second.Block, Start->second.Index + 1}};
  while (!Work.empty()) {
    Place P = Work.pop_back_val();
    const CFGBlock &Block = *P.Block;
    bool PathEnds = false;
    for (unsigned I = P.Index, E = Block.size(); I < E && !PathEnds; ++I)
      PathEnds = visitElement(Block[I], Visit, Found);
    if (PathEnds)
      continue;
    if (ReachesExit && &Block == &Graph->getExit())
      *ReachesExit = true;
    Follow Which = Follow::Both;
    const auto *Cond = dyn_cast_or_null<Expr>(Block.getTerminatorCondition());
    if (Cond && Block.succ_size() == 2)
      Which = OnBranch(Cond);
    unsigned SuccIndex = 0;
    for (const CFGBlock::AdjacentBlock &Succ : Block.succs()) {
      bool Taken = Which == Follow::Both ||
                   (Which == Follow::TrueOnly && SuccIndex == 0) ||
                   (Which == Follow::FalseOnly && SuccIndex == 1);
      ++SuccIndex;
      const CFGBlock *Next = Succ.getReachableBlock();
      if (!Taken || !Next || Visited.test(Next->getBlockID()))
        continue;
      Visited.set(Next->getBlockID());
      Work.push_back({Next, 0});
    }
  }
  return Found;
}

std::optional<llvm::SmallVector<const Stmt *, 4>>
FunctionCFG::searchBefore(const Stmt *To,
                          llvm::function_ref<Step(const Stmt *)> Visit) const {
  auto Start = Position.find(To);
  if (Start == Position.end())
    return std::nullopt;
  llvm::SmallVector<const Stmt *, 4> Found;
  llvm::BitVector Visited(Graph->getNumBlockIDs());
  // Place.Index is one past the last element to visit. The start block is
  // entered part-way; a loop may bring the search back to its end.
  llvm::SmallVector<Place, 16> Work{{Start->second.Block, Start->second.Index}};
  while (!Work.empty()) {
    Place P = Work.pop_back_val();
    const CFGBlock &Block = *P.Block;
    bool PathEnds = false;
    for (unsigned I = P.Index; I > 0 && !PathEnds; --I)
      PathEnds = visitElement(Block[I - 1], Visit, Found);
    if (PathEnds)
      continue;
    if (&Block == &Graph->getEntry()) {
      Found.push_back(nullptr);
      continue;
    }
    for (const CFGBlock::AdjacentBlock &Pred : Block.preds()) {
      const CFGBlock *Prev = Pred.getReachableBlock();
      if (!Prev || Visited.test(Prev->getBlockID()))
        continue;
      Visited.set(Prev->getBlockID());
      Work.push_back({Prev, Prev->size()});
    }
  }
  return Found;
}

using GraphStore = llvm::DenseMap<const Decl *, std::unique_ptr<FunctionCFG>>;

const FunctionCFG *cfgOf(const Decl *Function, ASTContext &Context) {
  if (!Function)
    return nullptr;
  GraphStore &Graphs = perContext<GraphStore>(Context);
  auto [It, Inserted] = Graphs.try_emplace(Function);
  if (Inserted)
    It->second = FunctionCFG::build(*Function, Context);
  return It->second.get();
}

} // namespace clang::tidy::premortem
