//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The value of an integer expression the compiler can fold: `365`,
// `24 * 60 * 60`, `sizeof(t)`, an enumerator, a constant variable.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_AST_CONSTANT_H
#define PREMORTEM_CHECKS_SUPPORT_AST_CONSTANT_H

#include "llvm/ADT/APSInt.h"
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace clang::tidy::premortem {

/// The value of E when it folds to an integer. nullopt for a null, dependent
/// or erroneous expression, a non-integer one, and a string without a type
/// (a static_assert message).
std::optional<llvm::APSInt> integerConstantOf(const clang::Expr *E,
                                              const clang::ASTContext &Context);

/// integerConstantOf as an int64_t; nullopt when the value needs more bits.
std::optional<int64_t> constantOf(const clang::Expr *E, const clang::ASTContext &Context);

} // namespace clang::tidy::premortem

#endif
