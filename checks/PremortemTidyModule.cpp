//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The premortem clang-tidy module: registration of every check in Checks.def
// and a guard against loading into a clang-tidy of another major version.

#include "checks/support/ast/Compat.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <string>

// Generated from Checks.def: one #include per check header.
#include "AllChecks.h"

namespace clang::tidy::premortem {

// A plugin built for one clang major is ABI-incompatible with another; say so
// instead of crashing somewhere inside a matcher.
static void checkRuntimeVersion() {
  std::string Runtime = clang::getClangFullVersion();
  std::string Expected =
      "version " + std::to_string(compat::BuiltClangMajor) + ".";
  if (Runtime.find(Expected) != std::string::npos)
    return;
  llvm::errs() << "error: premortem: this plugin was built for clang-tidy "
               << compat::BuiltClangMajor
               << " but is loaded into '" << Runtime
               << "'; use the plugin built for that version\n";
  std::exit(2);
}

class PremortemModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    checkRuntimeVersion();
#define PREMORTEM_CHECK(Class, Name, Level, Precision, SecSev, Tags, Summary)  \
  Factories.registerCheck<Class>("premortem-" Name);
#include "checks/Checks.def"
#undef PREMORTEM_CHECK
  }
};

static ClangTidyModuleRegistry::Add<PremortemModule>
    X("premortem-module", "Adds checks for code patterns behind real outages.");

} // namespace clang::tidy::premortem

// Referenced by the driver so the static registration above is linked in.
volatile int PremortemModuleAnchorSource = 0;
