//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Where a function writes the fields of an object, and whether each write
// shifts the old value by arithmetic (`++`, `+=`, `x = x + n`) or sets a new
// one. "Was this date shifted before this point" is these writes filtered by
// FunctionCFG::canReach.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_FIELDWRITES_H
#define PREMORTEM_CHECKS_SUPPORT_FIELDWRITES_H

#include "checks/support/ast/AccessPath.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class Stmt;
} // namespace clang

namespace clang::tidy::premortem {

struct FieldWrite {
  enum Kind {
    Set,     // `st.wDay = d`, `&st.wYear` passed to a call
    Shifted, // `st.wYear++`, `tm.tm_year += 1`, `end.tm_year = now->tm_year + 1`
    Built,   // the object is declared with a non-zero brace initializer
  };
  Kind What = Set;
  AccessPath Target;               // the part written (Object itself if Built)
  const clang::Stmt *Site = nullptr; // the write expression or initializer
};

/// Every write to a part of Object inside Body. Assignments of the whole
/// object (copies) are not included.
llvm::SmallVector<FieldWrite, 4> findFieldWrites(const clang::Stmt &Body,
                                                 const AccessPath &Object);

} // namespace clang::tidy::premortem

#endif
