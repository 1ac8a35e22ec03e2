//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// libFuzzer target for the endpoint parser and the rule-pack pattern helpers:
// no crash, no hang, and the byte ranges it returns are well formed.
#include "checks/support/endpoint/EndpointParser.h"
#include <cstdlib>

using namespace clang::tidy::premortem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  static const std::vector<std::string> Public = {"com", "net", "org", "io", "de", "dev"};
  static const std::vector<std::string> Internal = {"local", "corp", "svc.cluster.local"};
  size_t Last = 0;
  for (const Endpoint &E : findEndpoints(Text, {Public, Internal})) {
    if (E.Begin < Last || E.Begin > E.HostBegin || E.HostBegin > E.HostEnd ||
        E.HostEnd > E.End || E.End > Size || E.Begin == E.End)
      abort();
    Last = E.End;
    if (E.HostIsIPv4 && !parseIPv4(E.Host))
      abort();
    if (E.HostIsIPv6 && !parseIPv6(E.Host))
      abort();
  }
  // The first line is a pattern, the rest a subject.
  auto [Pattern, Subject] = Text.split('\n');
  (void)globMatch(Pattern, Subject);
  (void)unsafeRegexReason(Pattern);
  (void)identifierWords(Subject);
  return 0;
}
