//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What encloses a node: its parents and its function. ASTContext::getParents
// builds one parent map of the whole translation unit on first use (as do
// the forCallable and hasAncestor matchers), which costs more than most
// checks together (bench/PROFILE.md). Here each top-level declaration that
// holds a node asked about gets its own small map, built on first use.
// Checks call these in check(), after their cheap filters.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_ENCLOSING_H
#define PREMORTEM_CHECKS_SUPPORT_ENCLOSING_H

#include "clang/AST/ParentMapContext.h"

namespace clang {
class ASTContext;
class Decl;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace clang::tidy::premortem {

/// The parents of Node, as ASTContext::getParents gives them.
clang::DynTypedNodeList parentsOf(const clang::DynTypedNode &Node, clang::ASTContext &Context);
template <typename NodeT>
clang::DynTypedNodeList parentsOf(const NodeT &Node, clang::ASTContext &Context) {
  return parentsOf(clang::DynTypedNode::create(Node), Context);
}

/// The function, lambda call operator, block or Objective-C method whose
/// body holds S, as forCallable(decl()) finds it; null outside any.
const clang::Decl *enclosingCallable(const clang::Stmt &S, clang::ASTContext &Context);

/// The function (or lambda call operator) whose body holds S, as
/// forCallable(functionDecl()) finds it; null inside a block or outside any
/// function.
const clang::FunctionDecl *enclosingFunction(const clang::Stmt &S, clang::ASTContext &Context);

/// True if D is, or sits inside, a template instantiation (as the
/// isInstantiated() matcher, but from the declaration contexts).
bool inTemplateInstantiation(const clang::Decl &D);

} // namespace clang::tidy::premortem

#endif
