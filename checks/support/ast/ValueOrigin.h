//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Where did the value of an object come from? The last writes to it on the
// paths reaching a statement: a declaration, an assignment, a call given its
// address, an update in place, or the caller (a parameter).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_VALUEORIGIN_H
#define PREMORTEM_CHECKS_SUPPORT_VALUEORIGIN_H

#include "checks/support/ast/AccessPath.h"
#include "checks/support/ast/FunctionCFG.h"

namespace clang {
class CallExpr;
} // namespace clang

namespace clang::tidy::premortem {

struct ValueOrigin {
  enum Kind {
    Entry,      // not written in the function: a parameter's value
    Declared,   // the declaration, with or without an initializer
    Assigned,   // `x = v` (C++: operator=)
    CallOutput, // the address passed to a call that may write through it
    Modified,   // ++, --, compound assignment
    Escaped,    // the address stored: later writes may go through the copy
  };
  Kind What = Entry;
  /// The declaration, assignment, call or update; null for Entry.
  const clang::Stmt *Site = nullptr;
  /// The value stored when the write sets exactly Object (Declared: the
  /// initializer; Assigned: the right-hand side); null otherwise.
  const clang::Expr *Value = nullptr;
  const clang::CallExpr *Call = nullptr; // CallOutput
  unsigned ArgIndex = 0;                 // CallOutput
  bool Whole = true; // false if only a part of Object was written
};

/// The last write to Object on each path reaching At (every path, going
/// backwards, ends at its first write). Reads do not end a path, nor does
/// passing the address to a pointer-to-const parameter or to At itself.
/// Writes through other pointers and in called functions are not seen.
/// nullopt if At is not in the graph or Object is not a local variable or
/// parameter.
std::optional<llvm::SmallVector<ValueOrigin, 2>>
findValueOrigins(const FunctionCFG &Graph, const clang::Stmt &At,
                 const AccessPath &Object, clang::ASTContext &Context);

} // namespace clang::tidy::premortem

#endif
