//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The function a statement belongs to, asked in check() after the cheap
// filters instead of with forCallable in a matcher: forCallable walks the
// parents of every node the matcher sees, which costs more than the rest of
// most checks together (bench/PROFILE.md).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_ENCLOSING_H
#define PREMORTEM_CHECKS_SUPPORT_ENCLOSING_H

namespace clang {
class ASTContext;
class Decl;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace premortem {

/// The function, lambda call operator, block or Objective-C method whose
/// body holds S, as forCallable(decl()) finds it; null outside any.
const clang::Decl *enclosingCallable(const clang::Stmt &S, clang::ASTContext &Context);

/// The function (or lambda call operator) whose body holds S, as
/// forCallable(functionDecl()) finds it; null inside a block or outside any
/// function.
const clang::FunctionDecl *enclosingFunction(const clang::Stmt &S, clang::ASTContext &Context);

/// True if D is, or sits inside, a template instantiation (as the
/// isInstantiated() matcher, but from the declaration contexts, without
/// the parent map).
bool inTemplateInstantiation(const clang::Decl &D);

} // namespace premortem

#endif
