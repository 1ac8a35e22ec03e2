//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/CompilerFlags.h"
#include "clang/Driver/Driver.h"
#include "checks/support/ast/Compat.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/Option/ArgList.h"

namespace clang::tidy::premortem::driver {

clang::tooling::ArgumentsAdjuster
dropUnknownFlagsAdjuster(std::vector<std::string> &Dropped) {
  return [&Dropped](const tooling::CommandLineArguments &Args, llvm::StringRef) {
    if (Args.empty())
      return Args;
    std::vector<const char *> Argv;
    for (const std::string &A : llvm::ArrayRef(Args).drop_front())
      Argv.push_back(A.c_str());
    llvm::StringRef Mode = clang::driver::getDriverMode(Args.front(), Argv);
    if (clang::driver::IsClangCL(Mode))
      return Args; // clang-cl warns about unknown arguments and goes on
    // What Driver::ParseArgStrings does before it reports err_drv_unknown_argument.
    unsigned MissingIndex = 0, MissingCount = 0;
    llvm::opt::InputArgList Parsed = compat::driverOptTable().ParseArgs(
        Argv, MissingIndex, MissingCount,
        llvm::opt::Visibility(compat::driver_options::ClangOption));
    llvm::SmallSet<unsigned, 4> Unknown; // indexes into Argv
    for (const llvm::opt::Arg *A : Parsed.filtered(compat::driver_options::OPT_UNKNOWN)) {
      Unknown.insert(A->getIndex());
      Dropped.push_back(A->getAsString(Parsed));
    }
    if (Unknown.empty())
      return Args;
    tooling::CommandLineArguments Kept{Args.front()};
    for (unsigned I = 0; I < Argv.size(); ++I)
      if (!Unknown.contains(I))
        Kept.push_back(Argv[I]);
    return Kept;
  };
}

} // namespace clang::tidy::premortem::driver
