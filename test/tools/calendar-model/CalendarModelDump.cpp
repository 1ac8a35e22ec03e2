//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Test tool: prints what the calendar model answers for one source file, so
// lit tests can check the model itself rather than through a check.
//
//   premortem-calendar-model [--rules PACK]... FILE -- COMPILER-FLAGS
//
// One line per answer, in source order:
//   field <record>.<field>: year|month|day|year-day
//   record <name>: date
//   leap-helper <function>
//   other-calendar <function>
//   <line>:<col>: leap-term | day-limit
//===----------------------------------------------------------------------===//
#include "checks/support/calendar/CalendarModel.h"
#include "checks/support/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::tidy::premortem;

namespace {

StringRef partName(DatePart P) {
  switch (P) {
  case DatePart::Year:
    return "year";
  case DatePart::Month:
    return "month";
  case DatePart::Day:
    return "day";
  case DatePart::YearDay:
    return "year-day";
  case DatePart::None:
    break;
  }
  return "";
}

struct Dumper : RecursiveASTVisitor<Dumper> {
  ASTContext &Context;
  CalendarModel Model;
  Dumper(ASTContext &C, std::shared_ptr<const RulePack> Rules)
      : Context(C), Model(std::move(Rules)) {}

  bool inMainFile(SourceLocation L) {
    return Context.getSourceManager().isInMainFile(Context.getSourceManager().getExpansionLoc(L));
  }
  void at(const Stmt *S, StringRef What) {
    PresumedLoc P = Context.getSourceManager().getPresumedLoc(
        Context.getSourceManager().getExpansionLoc(S->getBeginLoc()));
    llvm::outs() << P.getLine() << ":" << P.getColumn() << ": " << What << "\n";
  }

  bool VisitRecordDecl(RecordDecl *R) {
    if (R->isThisDeclarationADefinition() && isDateRecord(Model.rules(), *R))
      llvm::outs() << "record " << calendarTypeOf(Model.rules(), *R)->Name << ": date\n";
    return true;
  }
  bool VisitFieldDecl(FieldDecl *F) {
    DatePart P = datePartOf(Model.rules(), F);
    if (P != DatePart::None)
      llvm::outs() << "field " << calendarTypeOf(Model.rules(), F)->Name << "."
                   << F->getName() << ": " << partName(P) << "\n";
    return true;
  }
  bool VisitFunctionDecl(FunctionDecl *F) {
    if (!inMainFile(F->getLocation()) || !F->doesThisDeclarationHaveABody() ||
        !F->getIdentifier())
      return true;
    if (Model.isLeapHelper(F))
      llvm::outs() << "leap-helper " << F->getName() << "\n";
    if (namesOtherCalendar(Model.rules(), F->getName()))
      llvm::outs() << "other-calendar " << F->getName() << "\n";
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (!inMainFile(B->getBeginLoc()))
      return true;
    if (isLeapTestTerm(B, Context))
      at(B, "leap-term");
    if (isDayLimitTest(Model.rules(), B, Context))
      at(B, "day-limit");
    return true;
  }
};

} // namespace

int main(int argc, const char **argv) {
  std::vector<std::string> Packs, Flags;
  std::string File;
  bool AfterDashes = false;
  for (int I = 1; I < argc; ++I) {
    StringRef A = argv[I];
    if (AfterDashes)
      Flags.push_back(A.str());
    else if (A == "--")
      AfterDashes = true;
    else if (A == "--rules" && I + 1 < argc)
      Packs.push_back(argv[++I]);
    else if (File.empty() && !A.starts_with("-"))
      File = A.str();
    else {
      llvm::errs() << "premortem-calendar-model: error: unexpected argument '" << A << "'\n";
      return 2;
    }
  }
  if (File.empty()) {
    llvm::errs() << "usage: premortem-calendar-model [--rules PACK]... FILE -- FLAGS\n";
    return 2;
  }
  auto Rules = loadRules(Packs);
  if (!Rules) {
    llvm::errs() << "premortem-calendar-model: " << llvm::toString(Rules.takeError()) << "\n";
    return 2;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer) {
    llvm::errs() << "premortem-calendar-model: error: cannot read '" << File << "'\n";
    return 2;
  }
  Flags.insert(Flags.begin(), "-fsyntax-only");
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      (*Buffer)->getBuffer(), Flags, File, "premortem-calendar-model");
  if (!AST) {
    llvm::errs() << "premortem-calendar-model: error: cannot parse '" << File << "'\n";
    return 2;
  }
  Dumper D(AST->getASTContext(), *Rules);
  D.TraverseDecl(AST->getASTContext().getTranslationUnitDecl());
  return 0;
}
