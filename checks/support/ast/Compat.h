//===----------------------------------------------------------------------===//
// Every difference between the supported LLVM releases (19 and 22) lives here.
// Each shim names the release after which it can go: TODO(LLVM NN).
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_COMPAT_H
#define PREMORTEM_CHECKS_SUPPORT_COMPAT_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Config/llvm-config.h"

// LLVM 22 deprecated ClangTidyModuleRegistry.h (it emits #warning); the
// registry moved into ClangTidyModule.h. TODO(LLVM 22): drop the old include.
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#else
#include "clang-tidy/ClangTidyModule.h"
#endif

// LLVM 22 moved clang's driver option table out of the driver, into
// clang/Options (namespace clang::options). TODO(LLVM 22): use it directly.
#if LLVM_VERSION_MAJOR < 22
#include "clang/Driver/Options.h"
namespace clang::tidy::premortem::compat {
namespace driver_options = clang::driver::options;
inline const llvm::opt::OptTable &driverOptTable() { return clang::driver::getDriverOptTable(); }
} // namespace clang::tidy::premortem::compat
#else
#include "clang/Options/Options.h"
namespace clang::tidy::premortem::compat {
namespace driver_options = clang::options;
inline const llvm::opt::OptTable &driverOptTable() { return clang::getDriverOptTable(); }
} // namespace clang::tidy::premortem::compat
#endif

namespace clang::tidy::premortem::compat {

/// Where an expression begins, dispatched on its dynamic class. Through a
/// `CallExpr *`, LLVM 22's `getBeginLoc()` answers with the callee's place
/// for an infix operator call (`a.b = x` begins at `=`); `Stmt`'s dispatch
/// reaches `CXXOperatorCallExpr`'s own answer on every release.
inline clang::SourceLocation beginLoc(const clang::Stmt *S) { return S->getBeginLoc(); }

/// The clang major version this binary was compiled against.
constexpr int BuiltClangMajor = CLANG_VERSION_MAJOR;

/// The string operands of an asm statement: the template, the constraints
/// and the clobbers (string literals before LLVM 22, expressions since).
inline llvm::SmallVector<const clang::Expr *, 8> asmStrings(const clang::GCCAsmStmt &Asm) {
  llvm::SmallVector<const clang::Expr *, 8> Out;
#if LLVM_VERSION_MAJOR < 22
  Out.push_back(Asm.getAsmString());
  for (unsigned I = 0; I < Asm.getNumOutputs(); ++I)
    Out.push_back(Asm.getOutputConstraintLiteral(I));
  for (unsigned I = 0; I < Asm.getNumInputs(); ++I)
    Out.push_back(Asm.getInputConstraintLiteral(I));
  for (unsigned I = 0; I < Asm.getNumClobbers(); ++I)
    Out.push_back(Asm.getClobberStringLiteral(I));
#else
  Out.push_back(Asm.getAsmStringExpr());
  for (unsigned I = 0; I < Asm.getNumOutputs(); ++I)
    Out.push_back(Asm.getOutputConstraintExpr(I));
  for (unsigned I = 0; I < Asm.getNumInputs(); ++I)
    Out.push_back(Asm.getInputConstraintExpr(I));
  for (unsigned I = 0; I < Asm.getNumClobbers(); ++I)
    Out.push_back(Asm.getClobberExpr(I));
#endif
  return Out;
}

/// The text of a file-scope `__asm__("...")`.
inline const clang::Expr *asmString(const clang::FileScopeAsmDecl &Asm) {
#if LLVM_VERSION_MAJOR < 22
  return Asm.getAsmString();
#else
  return Asm.getAsmStringExpr();
#endif
}

} // namespace clang::tidy::premortem::compat

#endif
