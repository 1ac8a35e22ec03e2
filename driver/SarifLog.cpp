//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/SarifLog.h"
#include "driver/Docs.h"

namespace clang::tidy::premortem::driver {

void writeSarifLog(llvm::json::OStream &J, llvm::function_ref<void()> Run) {
  J.object([&] {
    J.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    J.attribute("version", "2.1.0");
    J.attributeArray("runs", [&] { J.object(Run); });
  });
}

void writeToolIdentity(llvm::json::OStream &J) {
  J.attribute("name", "premortem");
  J.attribute("version", PREMORTEM_VERSION);
  J.attribute("semanticVersion", PREMORTEM_VERSION);
  J.attribute("informationUri", informationUri());
}

} // namespace clang::tidy::premortem::driver
