//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/endpoint/EndpointParser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::premortem {

static bool isHostChar(char C) {
  return llvm::isAlnum(C) || C == '-' || C == '_' || C == '.';
}

std::optional<std::array<uint8_t, 4>> parseIPv4(llvm::StringRef S) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  S.split(Parts, '.', -1, /*KeepEmpty=*/true);
  if (Parts.size() != 4)
    return std::nullopt;
  std::array<uint8_t, 4> Out{};
  for (unsigned I = 0; I < 4; ++I) {
    llvm::StringRef P = Parts[I];
    if (P.empty() || P.size() > 3 || !llvm::all_of(P, llvm::isDigit) ||
        (P.size() > 1 && P[0] == '0'))
      return std::nullopt;
    unsigned V = 0;
    P.getAsInteger(10, V);
    if (V > 255)
      return std::nullopt;
    Out[I] = static_cast<uint8_t>(V);
  }
  return Out;
}

std::optional<std::array<uint8_t, 16>> parseIPv6(llvm::StringRef S) {
  if (S.size() < 2 || S.size() > 45)
    return std::nullopt;
  // Split around the one allowed "::".
  size_t Gap = S.find("::");
  if (Gap != llvm::StringRef::npos && S.find("::", Gap + 1) != llvm::StringRef::npos)
    return std::nullopt;
  auto ParseGroups = [](llvm::StringRef Part, std::vector<uint16_t> &Groups,
                        bool AllowV4Tail) -> bool {
    if (Part.empty())
      return true;
    llvm::SmallVector<llvm::StringRef, 8> Items;
    Part.split(Items, ':', -1, /*KeepEmpty=*/true);
    for (size_t I = 0; I < Items.size(); ++I) {
      llvm::StringRef G = Items[I];
      if (AllowV4Tail && I + 1 == Items.size() && G.contains('.')) {
        auto V4 = parseIPv4(G);
        if (!V4)
          return false;
        Groups.push_back(uint16_t((*V4)[0] << 8 | (*V4)[1]));
        Groups.push_back(uint16_t((*V4)[2] << 8 | (*V4)[3]));
        continue;
      }
      if (G.empty() || G.size() > 4 || !llvm::all_of(G, llvm::isHexDigit))
        return false;
      unsigned V = 0;
      G.getAsInteger(16, V);
      Groups.push_back(uint16_t(V));
    }
    return true;
  };
  std::vector<uint16_t> Head, Tail;
  if (Gap == llvm::StringRef::npos) {
    if (!ParseGroups(S, Head, true) || Head.size() != 8)
      return std::nullopt;
  } else {
    if (!ParseGroups(S.substr(0, Gap), Head, false) ||
        !ParseGroups(S.substr(Gap + 2), Tail, true) || Head.size() + Tail.size() > 7)
      return std::nullopt;
    Head.resize(8 - Tail.size(), 0);
    Head.insert(Head.end(), Tail.begin(), Tail.end());
  }
  std::array<uint8_t, 16> Out{};
  for (unsigned I = 0; I < 8; ++I) {
    Out[2 * I] = uint8_t(Head[I] >> 8);
    Out[2 * I + 1] = uint8_t(Head[I] & 0xff);
  }
  return Out;
}

bool hostHasSuffix(llvm::StringRef Host, llvm::StringRef Suffix) {
  Suffix.consume_front(".");
  if (Suffix.empty() || !Host.ends_with_insensitive(Suffix))
    return false;
  return Host.size() == Suffix.size() || Host[Host.size() - Suffix.size() - 1] == '.';
}

/// A host name: labels of letters, digits, '-' and '_', the last one not all
/// digits (`1.2.3` is not a host).
static bool isHostName(llvm::StringRef H) {
  if (H.empty() || H.size() > 253)
    return false;
  llvm::SmallVector<llvm::StringRef, 8> Labels;
  H.split(Labels, '.', -1, /*KeepEmpty=*/true);
  for (llvm::StringRef L : Labels) {
    if (L.empty() || L.size() > 63 || L.front() == '-' || L.back() == '-')
      return false;
    if (!llvm::all_of(L, [](char C) { return llvm::isAlnum(C) || C == '-' || C == '_'; }))
      return false;
  }
  return !llvm::all_of(Labels.back(), llvm::isDigit);
}

/// `version 1.2.3.4`, `v. 1.2.3.4`, `build 10.0.0.1`: not an address.
static bool inVersionContext(llvm::StringRef Before) {
  Before = Before.rtrim(" \t:=(#");
  std::string Low = Before.take_back(12).lower();
  llvm::StringRef L(Low);
  for (llvm::StringRef W : {"version", "ver", "ver.", "v.", "rev", "revision", "release",
                            "build", "firmware", "fw", "oid"})
    if (L.ends_with(W) && (L.size() == W.size() || !llvm::isAlpha(L[L.size() - W.size() - 1])))
      return true;
  return false;
}

/// Parses a decimal port at Text[I] (after ':'); returns its end or npos.
static size_t parsePort(llvm::StringRef Text, size_t I) {
  size_t J = I;
  while (J < Text.size() && llvm::isDigit(Text[J]) && J - I < 6)
    ++J;
  if (J == I || J - I > 5 || (J < Text.size() && (llvm::isAlnum(Text[J]) || Text[J] == '.')))
    return llvm::StringRef::npos;
  unsigned V = 0;
  Text.substr(I, J - I).getAsInteger(10, V);
  if (V == 0 || V > 65535)
    return llvm::StringRef::npos;
  return J;
}

static bool endsUrl(char C) {
  return llvm::isSpace(C) || C == '"' || C == '\'' || C == '<' || C == '>' || C == '`' ||
         C == '\\' || C == '\0' || static_cast<unsigned char>(C) < 0x20;
}

/// `scheme://[user@]host[:port][/path]` at I; fills E, returns the end
/// of what was consumed (even when it is no endpoint) or npos if no scheme.
static size_t parseUrl(llvm::StringRef Text, size_t I, Endpoint &E, bool &Valid) {
  Valid = false;
  if (!llvm::isAlpha(Text[I]))
    return llvm::StringRef::npos;
  size_t J = I + 1;
  while (J < Text.size() && J - I < 32 &&
         (llvm::isAlnum(Text[J]) || Text[J] == '+' || Text[J] == '.' || Text[J] == '-'))
    ++J;
  if (!Text.substr(J).starts_with("://"))
    return llvm::StringRef::npos;
  size_t AuthBegin = J + 3, AuthEnd = AuthBegin;
  while (AuthEnd < Text.size() && !endsUrl(Text[AuthEnd]) && Text[AuthEnd] != '/' &&
         Text[AuthEnd] != '?' && Text[AuthEnd] != '#')
    ++AuthEnd;
  size_t End = AuthEnd;
  while (End < Text.size() && !endsUrl(Text[End]))
    ++End;
  // Prose punctuation after a URL is not part of it.
  while (End > AuthEnd && llvm::StringRef(".,;:)]").contains(Text[End - 1]))
    --End;
  if (End == AuthEnd)
    while (AuthEnd > AuthBegin && llvm::StringRef(".,;)").contains(Text[AuthEnd - 1]))
      End = --AuthEnd;
  llvm::StringRef Auth = Text.slice(AuthBegin, AuthEnd);
  size_t HostOff = AuthBegin;
  size_t At = Auth.rfind('@');
  if (At != llvm::StringRef::npos) {
    HostOff += At + 1;
    Auth = Auth.substr(At + 1);
  }
  llvm::StringRef Host, PortText;
  size_t HostBegin = HostOff;
  if (Auth.starts_with("[")) {
    size_t Close = Auth.find(']');
    if (Close == llvm::StringRef::npos)
      return End;
    Host = Auth.slice(1, Close);
    HostBegin = HostOff + 1;
    llvm::StringRef Rest = Auth.substr(Close + 1);
    if (!Rest.empty() && !Rest.consume_front(":"))
      return End;
    PortText = Rest;
    // A zone (`fe80::1%25eth0`) names an interface, not part of the address.
    if (!parseIPv6(Host.split('%').first))
      return End;
    Host = Host.split('%').first;
    E.HostIsIPv6 = true;
  } else {
    auto [H, P] = Auth.split(':');
    Host = H;
    PortText = P;
    if (parseIPv4(Host))
      E.HostIsIPv4 = true;
    else if (!isHostName(Host))
      return End;
  }
  if (!PortText.empty() && !llvm::all_of(PortText, llvm::isDigit))
    return End;
  E.What = Endpoint::Kind::Url;
  E.Begin = I;
  E.End = End;
  E.HostBegin = HostBegin;
  E.HostEnd = HostBegin + Host.size();
  E.Host = Host.lower();
  E.Path = Text.slice(AuthEnd, End).str();
  Valid = true;
  return End;
}

std::vector<Endpoint> findEndpoints(llvm::StringRef Text, const HostSuffixes &Suffixes) {
  std::vector<Endpoint> Out;
  size_t I = 0;
  while (I < Text.size()) {
    char Prev = I ? Text[I - 1] : ' ';
    if (isHostChar(Prev) || Prev == ':' || Prev == '@' || Prev == '%' || Prev == '$') {
      ++I;
      continue;
    }
    // 1. URL.
    Endpoint E;
    bool Valid = false;
    size_t End = parseUrl(Text, I, E, Valid);
    if (End != llvm::StringRef::npos) {
      if (Valid)
        Out.push_back(E);
      I = std::max(End, I + 1);
      continue;
    }
    // 2. [IPv6]:port and bare IPv6.
    if (Text[I] == '[' || llvm::isHexDigit(Text[I]) || Text[I] == ':') {
      bool Bracket = Text[I] == '[';
      size_t B = I + Bracket, J = B;
      while (J < Text.size() && (llvm::isHexDigit(Text[J]) || Text[J] == ':' || Text[J] == '.'))
        ++J;
      llvm::StringRef Tok = Text.slice(B, J);
      bool Closed = !Bracket || (J < Text.size() && Text[J] == ']');
      size_t After = J + Bracket;
      bool Boundary = After >= Text.size() ||
                      !(isHostChar(Text[After]) || (Text[After] == ':' && !Bracket));
      if (Closed && Boundary && Tok.count(':') >= 2 && llvm::any_of(Tok, llvm::isDigit) &&
          parseIPv6(Tok)) {
        Endpoint V6;
        V6.What = Endpoint::Kind::IPv6;
        V6.Begin = I;
        V6.HostBegin = B;
        V6.HostEnd = J;
        V6.Host = Tok.lower();
        V6.HostIsIPv6 = true;
        V6.End = After;
        if (Bracket && After < Text.size() && Text[After] == ':') {
          size_t P = parsePort(Text, After + 1);
          if (P != llvm::StringRef::npos) {
            V6.What = Endpoint::Kind::HostPort;
            V6.End = P;
          }
        }
        Out.push_back(V6);
        I = V6.End;
        continue;
      }
    }
    // 3. IPv4, host:port and bare host names.
    if (!llvm::isAlnum(Text[I])) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Text.size() && isHostChar(Text[J]))
      ++J;
    size_t TokEnd = J;
    while (TokEnd > I && Text[TokEnd - 1] == '.')
      --TokEnd;
    llvm::StringRef Tok = Text.slice(I, TokEnd);
    char Next = TokEnd < Text.size() ? Text[TokEnd] : ' ';
    size_t PortEnd = Next == ':' ? parsePort(Text, TokEnd + 1) : llvm::StringRef::npos;
    Endpoint H;
    H.Begin = H.HostBegin = I;
    H.HostEnd = H.End = TokEnd;
    H.Host = Tok.lower();
    bool Found = false;
    if (parseIPv4(Tok)) {
      // OIDs under 2.5 (X.500 attribute types) and version numbers are not addresses.
      if (!Tok.starts_with("2.5.") && !inVersionContext(Text.substr(0, I)) && Next != '(') {
        H.What = Endpoint::Kind::IPv4;
        H.HostIsIPv4 = true;
        Found = true;
      }
    } else if (Tok.contains('.') && isHostName(Tok) && Next != '(' && Next != '@' &&
               !llvm::any_of(Tok, llvm::isUpper) && !(I && Text[I - 1] == '/')) {
      llvm::StringRef First = Tok.split('.').first;
      llvm::StringRef Last = Tok.rsplit('.').second;
      bool Public = llvm::is_contained(Suffixes.Public, Last.str());
      bool Internal = llvm::any_of(Suffixes.Internal, [&](const std::string &S) {
        return hostHasSuffix(Tok, S);
      });
      // `com.example.app` is a reverse-DNS identifier, not a host.
      bool ReverseDns = llvm::is_contained(Suffixes.Public, First.str());
      if ((Public || Internal) && !ReverseDns) {
        H.What = Endpoint::Kind::Host;
        Found = true;
      }
    }
    if (Found) {
      if (PortEnd != llvm::StringRef::npos) {
        H.What = Endpoint::Kind::HostPort;
        H.End = PortEnd;
      }
      Out.push_back(H);
      I = H.End;
      continue;
    }
    I = J;
  }
  return Out;
}

bool globMatch(llvm::StringRef Pattern, llvm::StringRef Text) {
  size_t P = 0, T = 0, Star = llvm::StringRef::npos, Mark = 0;
  while (T < Text.size()) {
    if (P < Pattern.size() &&
        (Pattern[P] == '?' || llvm::toLower(Pattern[P]) == llvm::toLower(Text[T]))) {
      ++P;
      ++T;
    } else if (P < Pattern.size() && Pattern[P] == '*') {
      Star = P++;
      Mark = T;
    } else if (Star != llvm::StringRef::npos) {
      P = Star + 1;
      T = ++Mark;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
}

std::vector<std::string> identifierWords(llvm::StringRef Name) {
  std::vector<std::string> Words;
  std::string Cur;
  auto Flush = [&] {
    if (!Cur.empty())
      Words.push_back(llvm::StringRef(Cur).lower());
    Cur.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    bool Boundary = false;
    if (!Cur.empty()) {
      char P = Name[I - 1];
      if (llvm::isUpper(C) && llvm::isLower(P))
        Boundary = true; // useStaging
      else if (llvm::isUpper(C) && llvm::isUpper(P) && I + 1 < Name.size() &&
               llvm::isLower(Name[I + 1]))
        Boundary = true; // UATServer
      else if (llvm::isDigit(C) != llvm::isDigit(P) && !llvm::isDigit(C))
        Boundary = true; // v2Api
    }
    if (Boundary)
      Flush();
    Cur += C;
  }
  Flush();
  return Words;
}

std::string unsafeRegexReason(llvm::StringRef Pattern) {
  if (Pattern.size() > 256)
    return "is longer than 256 characters";
  // Walk the pattern tracking, per open group, whether it holds a quantifier;
  // a quantified group that does is a nested quantifier.
  std::vector<bool> GroupHasQuant{false};
  bool LastClosedHadQuant = false, LastWasGroup = false;
  bool InClass = false;
  for (size_t I = 0; I < Pattern.size(); ++I) {
    char C = Pattern[I];
    if (C == '\\') {
      if (I + 1 < Pattern.size() && llvm::isDigit(Pattern[I + 1]) && Pattern[I + 1] != '0')
        return "uses a backreference";
      ++I;
      LastWasGroup = false;
      continue;
    }
    if (InClass) {
      if (C == ']')
        InClass = false;
      continue;
    }
    switch (C) {
    case '[':
      InClass = true;
      LastWasGroup = false;
      break;
    case '(':
      GroupHasQuant.push_back(false);
      LastWasGroup = false;
      break;
    case ')':
      if (GroupHasQuant.size() > 1) {
        LastClosedHadQuant = GroupHasQuant.back();
        GroupHasQuant.pop_back();
        GroupHasQuant.back() = GroupHasQuant.back() || LastClosedHadQuant;
      }
      LastWasGroup = true;
      break;
    case '*':
    case '+':
    case '?':
    case '{': {
      bool Repeats = C != '?';
      if (C == '{') {
        size_t Close = Pattern.find('}', I);
        if (Close == llvm::StringRef::npos)
          break;
        llvm::StringRef Body = Pattern.slice(I + 1, Close);
        Repeats = Body.contains(',') || Body.trim() != "1";
        I = Close;
      }
      if (LastWasGroup && LastClosedHadQuant && Repeats)
        return "has a nested quantifier (a repeated group that repeats inside), which "
               "can take exponential time";
      if (Repeats)
        GroupHasQuant.back() = true;
      LastWasGroup = false;
      break;
    }
    default:
      LastWasGroup = false;
      break;
    }
  }
  return "";
}

} // namespace clang::tidy::premortem
