//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What the code does with the value of a call: throws it away, casts it to
// void, stores it in a local variable, returns it, dereferences it, passes it
// to another call, or tests it.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_RESULTUSE_H
#define PREMORTEM_CHECKS_SUPPORT_RESULTUSE_H

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class Stmt;
class VarDecl;
} // namespace clang

namespace clang::tidy::premortem {

class FunctionCFG;

struct ResultUse {
  enum Kind {
    Discarded,    // an expression statement, the left of a comma, ...
    CastToVoid,   // (void)f(): deliberately ignored
    StoredLocal,  // kept in a local variable, to be looked at later
    Returned,     // passed on to the caller
    Dereferenced, // *f(), f()->x, f()[i]
    Argument,     // passed to another call
    Used,         // compared, tested, stored elsewhere, ...
  };
  Kind What = Used;
  const clang::VarDecl *Var = nullptr;      // StoredLocal
  const clang::Stmt *Store = nullptr;       // the declaration or assignment
  const clang::CallExpr *Consumer = nullptr; // Argument
  unsigned ArgIndex = 0;
};

/// Classifies the use of E's value from the expressions around it.
ResultUse classifyResultUse(const clang::Expr &E, clang::ASTContext &Context);

/// True if E is (inside) an operand that never runs: sizeof, alignof,
/// noexcept, an unevaluated typeid, decltype or typeof.
bool isUnevaluatedOperand(const clang::Expr &E, clang::ASTContext &Context);

/// True if the value of Call is thrown away: discarded, or stored in a local
/// that no path reads afterwards. Without a graph a stored value counts as
/// read. CastToVoid is not ignored: it is deliberate.
bool isIgnored(const ResultUse &Use, const clang::CallExpr &Call,
               const FunctionCFG *Graph, clang::ASTContext &Context);

} // namespace clang::tidy::premortem

#endif
