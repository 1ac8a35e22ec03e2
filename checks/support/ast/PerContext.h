//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// State shared by every check of one translation unit (CFGs, parent maps),
// kept per ASTContext and freed with it.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_PERCONTEXT_H
#define PREMORTEM_CHECKS_SUPPORT_PERCONTEXT_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>

namespace clang::tidy::premortem {

/// The T of Context, made on first use. An ASTContext is built, analyzed and
/// destroyed on one thread (a driver worker, or clang-tidy's only thread), so
/// the registry is per thread and needs no lock; the entry is dropped when
/// the ASTContext is freed, before its address can be reused.
template <typename T> T &perContext(clang::ASTContext &Context) {
  thread_local llvm::DenseMap<const clang::ASTContext *, std::unique_ptr<T>> Stores;
  auto [It, Inserted] = Stores.try_emplace(&Context);
  if (Inserted) {
    It->second = std::make_unique<T>();
    Context.AddDeallocation(
        [](void *Freed) { Stores.erase(static_cast<const clang::ASTContext *>(Freed)); },
        &Context);
  }
  return *It->second;
}

} // namespace clang::tidy::premortem

#endif
