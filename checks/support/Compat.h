//===----------------------------------------------------------------------===//
// Every difference between the supported LLVM releases (19 and 22) lives here.
// Each shim names the release after which it can go: TODO(LLVM NN).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_COMPAT_H
#define PREMORTEM_CHECKS_SUPPORT_COMPAT_H

#include "clang/Basic/Version.h"
#include "llvm/Config/llvm-config.h"

// LLVM 22 deprecated ClangTidyModuleRegistry.h (it emits #warning); the
// registry moved into ClangTidyModule.h. TODO(LLVM 22): drop the old include.
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#else
#include "clang-tidy/ClangTidyModule.h"
#endif

namespace premortem::compat {

/// The clang major version this binary was compiled against.
constexpr int BuiltClangMajor = CLANG_VERSION_MAJOR;

} // namespace premortem::compat

#endif
