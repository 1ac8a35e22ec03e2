//===----------------------------------------------------------------------===//
// Network endpoints in text: URLs, host:port, host names and IP addresses.
// Pure functions on strings (no AST), so they can be unit-tested and fuzzed.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_ENDPOINTPARSER_H
#define PREMORTEM_CHECKS_SUPPORT_ENDPOINTPARSER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::premortem {

struct Endpoint {
  enum class Kind { Url, HostPort, Host, IPv4, IPv6 };
  Kind What = Kind::Host;
  size_t Begin = 0, End = 0;         // byte range of the whole endpoint
  size_t HostBegin = 0, HostEnd = 0; // byte range of the host
  std::string Host;                  // lowercase, without IPv6 brackets
  std::string Path;                  // URL path (from '/'), may be empty
  bool HostIsIPv4 = false, HostIsIPv6 = false;
};

/// Which top-level labels make a bare host name (`api.contoso.com`) count as
/// a host; without a URL scheme or a port, `main.c` and `obj.field` are not.
struct HostSuffixes {
  llvm::ArrayRef<std::string> Public;   // `com`, `net`, `de` (no dot)
  llvm::ArrayRef<std::string> Internal; // `local`, `svc.cluster.local`
};

/// The endpoints in Text, left to right, not overlapping. Bare host names
/// need a dot and a suffix listed in Suffixes; version strings
/// (`version 1.2.3.4`) and OIDs are not addresses.
std::vector<Endpoint> findEndpoints(llvm::StringRef Text, const HostSuffixes &Suffixes);

/// Strict dotted-quad IPv4 (no leading zeros, each part 0..255).
std::optional<std::array<uint8_t, 4>> parseIPv4(llvm::StringRef S);
/// Strict IPv6 (RFC 4291 text forms, incl. `::` and a trailing IPv4 part).
std::optional<std::array<uint8_t, 16>> parseIPv6(llvm::StringRef S);

/// True if Host ends with Suffix on a label boundary (`a.corp` ends with `corp`).
bool hostHasSuffix(llvm::StringRef Host, llvm::StringRef Suffix);

/// Shell-style glob: `*` any run, `?` one character; case-insensitive.
/// Iterative, linear in |Text| * |Pattern|.
bool globMatch(llvm::StringRef Pattern, llvm::StringRef Text);

/// The words of an identifier: `kUseTestServer` -> k, use, test, server;
/// `USE_STAGING_API` -> use, staging, api (lowercase).
std::vector<std::string> identifierWords(llvm::StringRef Name);

/// Why a regex from a rule pack is refused, or empty: patterns longer than
/// 256 bytes, backreferences and nested quantifiers (`(a+)+`), which make
/// backtracking engines exponential.
std::string unsafeRegexReason(llvm::StringRef Pattern);

} // namespace clang::tidy::premortem

#endif
