//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/Constant.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::premortem {

std::optional<llvm::APSInt> integerConstantOf(const Expr *E, const ASTContext &Context) {
  if (!E || E->getType().isNull() || E->isValueDependent() || E->containsErrors() ||
      !E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  // Folding, not the stricter integer-constant-expression test: in C a
  // `const int` local is a constant to the reader, though not to the standard.
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Context))
    return std::nullopt;
  return R.Val.getInt();
}

std::optional<int64_t> constantOf(const Expr *E, const ASTContext &Context) {
  std::optional<llvm::APSInt> V = integerConstantOf(E, Context);
  if (!V || V->getSignificantBits() > 64)
    return std::nullopt;
  return V->getExtValue();
}

} // namespace clang::tidy::premortem
