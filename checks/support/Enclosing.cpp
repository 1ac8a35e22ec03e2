//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/Enclosing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;

namespace premortem {

const Decl *enclosingCallable(const Stmt &S, ASTContext &Context) {
  for (DynTypedNodeList Parents = Context.getParents(S); !Parents.empty();) {
    DynTypedNode P = Parents[0];
    if (const auto *L = P.get<LambdaExpr>())
      return L->getCallOperator();
    if (const auto *D = P.get<Decl>();
        D && (isa<FunctionDecl>(D) || isa<BlockDecl>(D) || isa<ObjCMethodDecl>(D)))
      return D;
    Parents = Context.getParents(P);
  }
  return nullptr;
}

const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context) {
  return dyn_cast_or_null<FunctionDecl>(enclosingCallable(S, Context));
}

bool inTemplateInstantiation(const Decl &D) {
  for (const Decl *Cur = &D; Cur;) {
    if (const auto *F = dyn_cast<FunctionDecl>(Cur); F && F->isTemplateInstantiation())
      return true;
    if (const auto *R = dyn_cast<CXXRecordDecl>(Cur);
        R && isTemplateInstantiation(R->getTemplateSpecializationKind()))
      return true;
    if (const auto *V = dyn_cast<VarDecl>(Cur);
        V && isTemplateInstantiation(V->getTemplateSpecializationKind()))
      return true;
    const DeclContext *DC = Cur->getDeclContext();
    Cur = DC ? dyn_cast<Decl>(DC) : nullptr;
  }
  return false;
}

} // namespace premortem
