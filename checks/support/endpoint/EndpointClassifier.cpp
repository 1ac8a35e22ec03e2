//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/endpoint/EndpointClassifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::premortem {

EndpointClassifier::EndpointClassifier(const RulePack &Rules) {
  auto Compile = [](const EndpointRule &R) {
    CompiledAllow C{&R, {}};
    for (const std::string &P : R.Allow.Regexes)
      C.Regexes.emplace_back(P, llvm::Regex::IgnoreCase);
    return C;
  };
  for (const EndpointRule &R : Rules.EndpointRules) {
    if (R.Disabled)
      continue;
    switch (R.What) {
    case EndpointRule::Environment:
      Environments.push_back(&R);
      break;
    case EndpointRule::InternalSuffix:
      InternalRules.push_back(&R);
      llvm::append_range(InternalSuffixes, R.Suffixes);
      break;
    case EndpointRule::PublicSuffix:
      llvm::append_range(PublicSuffixes, R.Suffixes);
      break;
    case EndpointRule::Documentation:
      llvm::append_range(DocSuffixes, R.Suffixes);
      break;
    case EndpointRule::ReferenceUrls:
      ReferenceUrls.push_back(&R);
      break;
    case EndpointRule::TestPaths:
      TestPaths.push_back(&R);
      break;
    case EndpointRule::Allowlist:
      Allowlists.push_back(Compile(R));
      break;
    }
    if (R.What != EndpointRule::Allowlist && !R.Allow.empty())
      RuleAllows.push_back(Compile(R));
  }
  // Every label of every environment, and its form without '-' (identifier
  // words have none: `PRE_PROD` is the words pre, prod); the first rule that
  // has a label wins. environmentOfWord runs for every word of every macro.
  for (const EndpointRule *R : Environments)
    for (const std::string &L : R->Labels) {
      std::string Joined = L;
      llvm::erase(Joined, '-');
      LabelIndex.try_emplace(L, R);
      LabelIndex.try_emplace(Joined, R);
    }
}

bool EndpointClassifier::isTestPath(llvm::StringRef Path) const {
  // Asked for every literal; a TU has few files.
  auto [It, Inserted] = TestPathCache.try_emplace(Path, false);
  if (Inserted)
    It->second = matchesTestPath(Path);
  return It->second;
}

bool EndpointClassifier::matchesTestPath(llvm::StringRef Path) const {
  std::string P = Path.str();
  std::replace(P.begin(), P.end(), '\\', '/');
  // A relative path from the compile command (`tests/oauthtest.c`) still
  // starts with a folder: `*/tests/*` must match it.
  if (!P.empty() && P[0] != '/')
    P.insert(P.begin(), '/');
  for (const EndpointRule *R : TestPaths)
    for (const std::string &G : R->Paths)
      if (globMatch(G, P))
        return true;
  return false;
}

/// Label (or path segment) Part matches rule label L: the whole of it, or a
/// run of its '-'/'_' parts, the last one optionally followed by digits.
static bool labelHas(llvm::StringRef Part, llvm::StringRef L) {
  llvm::SmallVector<llvm::StringRef, 8> Parts, Want;
  size_t Start = 0;
  for (size_t I = 0; I <= Part.size(); ++I)
    if (I == Part.size() || Part[I] == '-' || Part[I] == '_') {
      Parts.push_back(Part.slice(Start, I));
      Start = I + 1;
    }
  L.split(Want, '-');
  if (Want.empty() || Parts.size() < Want.size())
    return false;
  for (size_t K = 0; K + Want.size() <= Parts.size(); ++K) {
    bool All = true;
    for (size_t M = 0; M < Want.size() && All; ++M) {
      llvm::StringRef P = Parts[K + M];
      if (M + 1 == Want.size()) {
        if (!P.consume_front(Want[M]) || !llvm::all_of(P, llvm::isDigit))
          All = false;
      } else if (P != Want[M]) {
        All = false;
      }
    }
    if (All)
      return true;
  }
  return false;
}

std::optional<std::string> EndpointClassifier::labelMatch(const EndpointRule &R,
                                                          const Endpoint &E) const {
  if (!E.HostIsIPv4 && !E.HostIsIPv6) {
    llvm::SmallVector<llvm::StringRef, 8> Labels;
    llvm::StringRef(E.Host).split(Labels, '.');
    // The top-level label is a registry's, not the environment's (`.dev`).
    if (Labels.size() > 1)
      Labels.pop_back();
    for (llvm::StringRef Label : Labels)
      for (const std::string &L : R.Labels)
        if (labelHas(Label, L))
          return "label '" + L + "'";
  }
  if (R.InPath && !E.Path.empty()) {
    llvm::StringRef Path(E.Path);
    Path = Path.take_until([](char C) { return C == '?' || C == '#'; });
    llvm::SmallVector<llvm::StringRef, 8> Segments;
    Path.split(Segments, '/', -1, false);
    for (llvm::StringRef Seg : Segments) {
      std::string Low = Seg.lower();
      for (const std::string &L : R.Labels)
        if (labelHas(Low, L))
          return "path segment '" + L + "'";
    }
  }
  return std::nullopt;
}

bool EndpointClassifier::allowed(const EndpointAllow &Allow,
                                 const std::vector<llvm::Regex> &Regexes,
                                 llvm::StringRef Host, llvm::StringRef Url) const {
  for (const std::string &H : Allow.Hosts)
    if (Host.equals_insensitive(H))
      return true;
  for (const std::string &G : Allow.Globs)
    if (globMatch(G, Host) || globMatch(G, Url))
      return true;
  // Hosts are at most 253 bytes (checked by the parser), which bounds the
  // regex engine's work together with the pattern checks of the pack reader.
  for (const llvm::Regex &R : Regexes)
    if (Host.size() <= 253 && R.match(Host))
      return true;
  return false;
}

bool EndpointClassifier::allowedFor(llvm::StringRef RuleName, llvm::StringRef Host,
                                    llvm::StringRef Url) const {
  for (const CompiledAllow &A : Allowlists)
    if ((A.Rule->Rules.empty() || llvm::is_contained(A.Rule->Rules, RuleName)) &&
        allowed(A.Rule->Allow, A.Regexes, Host, Url))
      return true;
  for (const CompiledAllow &A : RuleAllows)
    if (A.Rule->Name == RuleName && allowed(A.Rule->Allow, A.Regexes, Host, Url))
      return true;
  return false;
}

namespace {
struct Range4 {
  uint8_t A, B;
  unsigned Bits;
  const char *Spelling;
};
} // namespace

static bool in4(const std::array<uint8_t, 4> &V, uint8_t A, uint8_t B, unsigned Bits) {
  uint32_t Addr = uint32_t(V[0]) << 24 | uint32_t(V[1]) << 16 | uint32_t(V[2]) << 8 | V[3];
  uint32_t Net = uint32_t(A) << 24 | uint32_t(B) << 16;
  uint32_t Mask = Bits ? ~uint32_t(0) << (32 - Bits) : 0;
  return (Addr & Mask) == (Net & Mask);
}

static EndpointVerdict classifyIPv4(const std::array<uint8_t, 4> &V) {
  EndpointVerdict Out;
  // Loopback, unspecified, broadcast, documentation (RFC 5737), multicast and
  // reserved: never an environment's endpoint.
  if (V[0] == 127 || V[0] == 0 || V[0] >= 224 ||
      (V[0] == 192 && V[1] == 0 && V[2] == 2) || (V[0] == 198 && V[1] == 51 && V[2] == 100) ||
      (V[0] == 203 && V[1] == 0 && V[2] == 113))
    return Out;
  static const Range4 Private[] = {
      {10, 0, 8, "10.0.0.0/8, RFC 1918"},
      {172, 16, 12, "172.16.0.0/12, RFC 1918"},
      {192, 168, 16, "192.168.0.0/16, RFC 1918"},
      {100, 64, 10, "100.64.0.0/10, RFC 6598"},
      {169, 254, 16, "169.254.0.0/16, link-local"}};
  for (const Range4 &R : Private)
    if (in4(V, R.A, R.B, R.Bits)) {
      Out.What = EndpointVerdict::NonProduction;
      Out.Environment = "a private network";
      Out.Evidence = std::string("address in ") + R.Spelling;
      return Out;
    }
  Out.What = EndpointVerdict::Production;
  Out.Environment = "production";
  Out.Evidence = "public address";
  return Out;
}

static EndpointVerdict classifyIPv6(const std::array<uint8_t, 16> &V) {
  EndpointVerdict Out;
  bool ZeroPrefix = std::all_of(V.begin(), V.begin() + 10, [](uint8_t B) { return B == 0; });
  if (ZeroPrefix && V[10] == 0xff && V[11] == 0xff) // ::ffff:a.b.c.d
    return classifyIPv4({V[12], V[13], V[14], V[15]});
  if (ZeroPrefix && V[10] == 0 && V[11] == 0 && V[12] == 0 && V[13] == 0 && V[14] == 0 &&
      V[15] <= 1) // :: and ::1
    return Out;
  if (V[0] == 0xff) // multicast
    return Out;
  if (V[0] == 0x20 && V[1] == 0x01 && V[2] == 0x0d && V[3] == 0xb8) // RFC 3849
    return Out;
  if ((V[0] & 0xfe) == 0xfc) {
    Out.What = EndpointVerdict::NonProduction;
    Out.Environment = "a private network";
    Out.Evidence = "address in fc00::/7, unique local";
    return Out;
  }
  if (V[0] == 0xfe && (V[1] & 0xc0) == 0x80) {
    Out.What = EndpointVerdict::NonProduction;
    Out.Environment = "a private network";
    Out.Evidence = "address in fe80::/10, link-local";
    return Out;
  }
  Out.What = EndpointVerdict::Production;
  Out.Environment = "production";
  Out.Evidence = "public address";
  return Out;
}

EndpointVerdict EndpointClassifier::classify(const Endpoint &E, llvm::StringRef Text) const {
  llvm::StringRef Url = Text.slice(E.Begin, E.End);
  llvm::StringRef Host(E.Host);
  EndpointVerdict Out;
  std::string RuleName = "production";
  if (E.HostIsIPv4) {
    Out = classifyIPv4(*parseIPv4(Host));
    if (Out.What == EndpointVerdict::NonProduction)
      RuleName = "private-addresses";
  } else if (E.HostIsIPv6) {
    Out = classifyIPv6(*parseIPv6(Host));
    if (Out.What == EndpointVerdict::NonProduction)
      RuleName = "private-addresses";
  } else {
    if (Host == "localhost" || Host.starts_with("localhost."))
      return {};
    for (const std::string &S : DocSuffixes)
      if (hostHasSuffix(Host, S))
        return {};
    if (E.What == Endpoint::Kind::Url)
      for (const EndpointRule *R : ReferenceUrls)
        for (const std::string &G : R->Urls)
          if (globMatch(G, Url))
            return {};
    for (const EndpointRule *R : Environments)
      if (auto Evidence = labelMatch(*R, E)) {
        Out.What = EndpointVerdict::NonProduction;
        Out.Environment = R->EnvironmentName;
        Out.Evidence = *Evidence;
        RuleName = R->Name;
        break;
      }
    if (Out.What == EndpointVerdict::Ignored) {
      // The longest suffix is the evidence: `.svc.cluster.local`, not `.local`.
      size_t Best = 0;
      for (const EndpointRule *R : InternalRules)
        for (const std::string &S : R->Suffixes)
          if (S.size() > Best && hostHasSuffix(Host, S)) {
            Best = S.size();
            Out.What = EndpointVerdict::NonProduction;
            Out.Environment = "an internal network";
            Out.Evidence = "suffix '." + S + "'";
            RuleName = R->Name;
          }
    }
    if (Out.What == EndpointVerdict::Ignored) {
      // A single-label host (`http://proxy/`) says nothing about where it is.
      llvm::StringRef Last = Host.rsplit('.').second;
      if (!Host.contains('.') || !llvm::is_contained(PublicSuffixes, Last.str()))
        return {};
      // `http://host/warc/1.0/...`, `http://host/2001/XMLSchema`: a path with a
      // version or a year names a format or a namespace, not a service.
      llvm::SmallVector<llvm::StringRef, 8> Segments;
      llvm::StringRef(E.Path).split(Segments, '/', -1, false);
      for (llvm::StringRef Seg : Segments) {
        auto [Major, Minor] = Seg.split('.');
        bool Version = !Major.empty() && !Minor.empty() && llvm::all_of(Major, llvm::isDigit) &&
                       llvm::all_of(Minor, llvm::isDigit);
        bool Year = Seg.size() == 4 && llvm::all_of(Seg, llvm::isDigit) &&
                    (Seg.starts_with("19") || Seg.starts_with("20"));
        if (Version || Year)
          return {};
      }
      Out.What = EndpointVerdict::Production;
      Out.Environment = "production";
      Out.Evidence = "public host name";
    }
  }
  if (Out.What != EndpointVerdict::Ignored && allowedFor(RuleName, Host, Url))
    return {};
  return Out;
}

const EndpointRule *EndpointClassifier::environmentOfWord(llvm::StringRef Word) const {
  Word = Word.rtrim("0123456789"); // `staging2`
  auto It = LabelIndex.find(Word);
  return It == LabelIndex.end() ? nullptr : It->second;
}

} // namespace clang::tidy::premortem
