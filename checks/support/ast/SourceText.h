//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The source text of an expression for a diagnostic, as the user wrote it.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_SOURCETEXT_H
#define PREMORTEM_CHECKS_SUPPORT_SOURCETEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <string>

namespace clang::tidy::premortem {

/// The source text of E; for an expression inside a macro, its spelling in
/// the macro's definition.
std::string sourceTextOf(const clang::Expr *E, const clang::ASTContext &Context);

} // namespace clang::tidy::premortem

#endif
