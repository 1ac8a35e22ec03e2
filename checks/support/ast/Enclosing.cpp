//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/ast/Enclosing.h"
#include "checks/support/ast/PerContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include <algorithm>
#include <memory>
#include <tuple>

using namespace clang;

namespace clang::tidy::premortem {

namespace {

/// The top-level declarations of one ASTContext (namespaces and linkage
/// specifications opened up), by the file they start in and their offsets
/// there, and the parent maps built so far, one per declaration.
struct ParentStore {
  struct Root {
    Decl *D;
    unsigned Begin, End; // file offsets of the expansion range
  };
  // Per file, sorted by Begin; declarations that end in another file than
  // they start in (rare) have End = ~0u.
  llvm::DenseMap<FileID, std::vector<Root>> ByFile;
  bool Indexed = false;
  llvm::DenseMap<const Decl *, std::unique_ptr<ParentMapContext>> Maps;
};

void collectRoots(DeclContext *DC, const SourceManager &SM, ParentStore &Store) {
  for (Decl *D : DC->decls()) {
    if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)) {
      collectRoots(cast<DeclContext>(D), SM, Store);
      continue;
    }
    SourceRange R = D->getSourceRange();
    if (R.isInvalid())
      continue;
    auto [File, Begin] = SM.getDecomposedLoc(SM.getExpansionLoc(R.getBegin()));
    auto [EndFile, End] = SM.getDecomposedLoc(SM.getExpansionRange(R.getEnd()).getEnd());
    Store.ByFile[File].push_back({D, Begin, EndFile == File ? End : ~0u});
  }
}

// Integer comparisons within each file: declarations come nearly, but not
// quite, in order (`typedef struct S {...} T;` lists S before the typedef
// that starts earlier).
void index(ParentStore &Store, ASTContext &Context) {
  collectRoots(Context.getTranslationUnitDecl(), Context.getSourceManager(), Store);
  for (auto &[File, Roots] : Store.ByFile)
    std::sort(Roots.begin(), Roots.end(),
              [](const ParentStore::Root &A, const ParentStore::Root &B) {
                return std::tie(A.Begin, A.End) < std::tie(B.Begin, B.End);
              });
  Store.Indexed = true;
}

/// The parent map of Root's subtree. ParentMapContext maps the traversal
/// scope of its ASTContext, so the scope is Root while the map is built.
/// (Matchers may be traversing the AST meanwhile: RecursiveASTVisitor walks
/// a copy of the scope, and no matcher of premortem asks for parents.)
ParentMapContext &mapOf(ParentStore &Store, Decl *Root, ASTContext &Context) {
  auto [It, Inserted] = Store.Maps.try_emplace(Root);
  if (Inserted) {
    std::vector<Decl *> Saved = Context.getTraversalScope();
    Context.setTraversalScope({Root});
    It->second = std::make_unique<ParentMapContext>(Context);
    It->second->getParents(DynTypedNode::create(*Root)); // builds the map
    Context.setTraversalScope(Saved);
  }
  return *It->second;
}

SourceLocation locationOf(const DynTypedNode &Node) {
  if (const auto *D = Node.get<Decl>())
    return D->getLocation();
  return Node.getSourceRange().getBegin();
}

} // namespace

DynTypedNodeList parentsOf(const DynTypedNode &Node, ASTContext &Context) {
  ParentStore &Store = perContext<ParentStore>(Context);
  if (!Store.Indexed)
    index(Store, Context);
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = locationOf(Node);
  // The declarations whose range holds Loc, in the file of Loc, else in the
  // file that includes it (a function body split over an #include): the
  // last one that starts at or before it, and a few before it (`struct S
  // {...} s = {...};` is two declarations over the same text).
  for (Loc = Loc.isValid() ? SM.getExpansionLoc(Loc) : Loc; Loc.isValid();
       Loc = SM.getIncludeLoc(SM.getFileID(Loc))) {
    auto [File, Offset] = SM.getDecomposedLoc(Loc);
    auto It = Store.ByFile.find(File);
    if (It == Store.ByFile.end())
      continue;
    const std::vector<ParentStore::Root> &Roots = It->second;
    auto After = std::upper_bound(
        Roots.begin(), Roots.end(), Offset,
        [](unsigned O, const ParentStore::Root &R) { return O < R.Begin; });
    for (auto I = After; I != Roots.begin() && After - I < 16;) {
      --I;
      if (I->End < Offset)
        continue;
      if (Node.get<Decl>() == I->D)
        return DynTypedNodeList(llvm::ArrayRef<DynTypedNode>());
      DynTypedNodeList Parents = mapOf(Store, I->D, Context).getParents(Node);
      if (!Parents.empty())
        return Parents;
    }
  }
  // Not under any top-level declaration by its location (implicit code,
  // odd macro expansions): the map of the whole translation unit.
  return Context.getParents(Node);
}

const Decl *enclosingCallable(const Stmt &S, ASTContext &Context) {
  for (DynTypedNodeList Parents = parentsOf(S, Context); !Parents.empty();) {
    DynTypedNode P = Parents[0];
    if (const auto *L = P.get<LambdaExpr>())
      return L->getCallOperator();
    if (const auto *D = P.get<Decl>();
        D && (isa<FunctionDecl>(D) || isa<BlockDecl>(D) || isa<ObjCMethodDecl>(D)))
      return D;
    Parents = parentsOf(P, Context);
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

} // namespace clang::tidy::premortem
