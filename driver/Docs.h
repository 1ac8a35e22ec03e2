//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// Check documentation (docs/checks/<name>.md, embedded at build time) and
// the SARIF rule metadata derived from it.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_DRIVER_DOCS_H
#define PREMORTEM_DRIVER_DOCS_H

#include "checks/support/rules/CheckList.h"
#include <string>

namespace clang::tidy::premortem::driver {

/// The project home page (SARIF informationUri).
llvm::StringRef informationUri();

/// The check's documentation page in Markdown; a title and the summary when
/// the page has no text of its own yet.
std::string docPage(const CheckInfo &C);

/// SARIF fullDescription: the opening paragraphs of the page as one line,
/// at most 1024 characters (GitHub's limit).
std::string fullDescription(const CheckInfo &C);

/// Where the page is published.
std::string helpUri(const CheckInfo &C);

/// SARIF reportingDescriptor.name: "unchecked-time-conversion" becomes
/// "UncheckedTimeConversion".
std::string ruleName(llvm::StringRef CheckName);

} // namespace clang::tidy::premortem::driver

#endif
