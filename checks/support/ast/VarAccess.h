//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// What one reference to a variable does with it, read from the expressions
// around the reference: reads it, dereferences it, overwrites it, passes it
// (or its address) to a call, or takes its address.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_VARACCESS_H
#define PREMORTEM_CHECKS_SUPPORT_VARACCESS_H

#include "checks/support/ast/AccessPath.h"

namespace clang {
class ASTContext;
class CallExpr;
class DeclRefExpr;
class Expr;
} // namespace clang

namespace clang::tidy::premortem {

struct VarAccess {
  enum Kind {
    Read,         // the value (of Path) is read
    Dereference,  // a pointer value is dereferenced: *p, p->f, p[i]
    Overwrite,    // Path is assigned with `=`
    Modify,       // ++, --, compound assignment: read and written
    CallArgument, // passed to Call at ArgIndex, by value or by address
    AddressTaken, // address stored or used outside a call argument
    Unevaluated,  // sizeof, decltype, ...: no access at run time
  };
  Kind What = Read;
  AccessPath Path;          // the variable plus the fields selected before
  /// The outermost expression of the access; the assignment for Overwrite
  /// and Modify.
  const clang::Expr *Site = nullptr;
  const clang::CallExpr *Call = nullptr; // for CallArgument
  unsigned ArgIndex = 0;
  bool ByAddress = false;   // `&x` or a reference parameter
};

/// Classifies the reference Ref to a variable. With ThroughPointers, the
/// access is to the object the variable names or points to, as in an
/// AccessPath: dereferences extend the path (`p->wYear = 1` overwrites
/// p.wYear instead of dereferencing p), and a pointer passed to a call passes
/// that object by address.
VarAccess classifyAccess(const clang::DeclRefExpr &Ref, clang::ASTContext &Context,
                         bool ThroughPointers = false);

/// The call that takes E as an argument, looking through parentheses and
/// casts, and the argument's index; null if E is not an argument.
const clang::CallExpr *callTakingArgument(const clang::Expr &E,
                                          clang::ASTContext &Context,
                                          unsigned &ArgIndex);

} // namespace clang::tidy::premortem

#endif
