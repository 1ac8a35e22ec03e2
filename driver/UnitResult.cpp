//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/UnitResult.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/xxhash.h"

namespace clang::tidy::premortem::driver {

namespace {

// Bump the version whenever a field is added, removed or reordered.
constexpr llvm::StringLiteral Magic = "premortem-unit-result 2\n";
constexpr size_t ChecksumSize = 8;

class Writer {
public:
  void u32(uint32_t V) {
    char B[4];
    llvm::support::endian::write32le(B, V);
    Out.append(B, 4);
  }
  void flag(bool V) { Out.push_back(V ? 1 : 0); }
  void str(llvm::StringRef S) {
    u32(S.size());
    Out.append(S.data(), S.size());
  }
  void position(const Position &P) {
    u32(P.Line);
    u32(P.ByteColumn);
    u32(P.CharColumn);
  }
  void span(const Span &S) {
    str(S.File);
    u32(S.Offset);
    u32(S.Length);
    position(S.Begin);
    position(S.End);
  }
  void level(Level L) { u32(static_cast<uint32_t>(L)); }
  void replacements(const std::vector<Replacement> &Rs) {
    u32(Rs.size());
    for (const Replacement &R : Rs) {
      span(R.Where);
      str(R.Text);
    }
  }
  void finding(const Finding &F) {
    str(F.Check);
    level(F.Severity);
    str(F.TidyLevel);
    flag(F.WarningAsError);
    span(F.Where);
    str(F.Message);
    u32(F.Notes.size());
    for (const Note &N : F.Notes) {
      span(N.Where);
      str(N.Message);
      replacements(N.Fixes);
    }
    replacements(F.Fixes);
    str(F.Fingerprint);
  }
  void strings(const std::vector<std::string> &Ss) {
    u32(Ss.size());
    for (const std::string &S : Ss)
      str(S);
  }
  void partial(const PartialAnalysis &A) {
    str(A.File);
    strings(A.Missing);
    strings(A.Fallbacks);
    strings(A.Opaque);
    u32(A.Errors);
    flag(A.Inferred);
  }
  void failure(const Failure &F) {
    str(F.File);
    str(F.Message);
    flag(F.Where.has_value());
    if (F.Where)
      span(*F.Where);
    flag(F.Crashed);
  }

  std::string Out;
};

/// Reads what Writer wrote; the first bad read makes every later read fail,
/// so callers check ok() once at the end.
class Reader {
public:
  explicit Reader(llvm::StringRef In) : In(In) {}

  bool ok() const { return Ok; }
  bool atEnd() const { return In.empty(); }

  uint32_t u32() {
    if (!take(4))
      return 0;
    uint32_t V = llvm::support::endian::read32le(Last.data());
    return V;
  }
  bool flag() {
    if (!take(1))
      return false;
    if (Last[0] != 0 && Last[0] != 1)
      Ok = false;
    return Last[0] == 1;
  }
  std::string str() {
    uint32_t N = u32();
    if (!take(N))
      return {};
    return Last.str();
  }
  /// A count of items that each take at least MinBytes: a corrupt count
  /// fails here instead of reserving gigabytes.
  uint32_t count(size_t MinBytes) {
    uint32_t N = u32();
    if (N > In.size() / MinBytes)
      Ok = false;
    return Ok ? N : 0;
  }
  Position position() {
    Position P;
    P.Line = u32();
    P.ByteColumn = u32();
    P.CharColumn = u32();
    return P;
  }
  Span span() {
    Span S;
    S.File = str();
    S.Offset = u32();
    S.Length = u32();
    S.Begin = position();
    S.End = position();
    return S;
  }
  Level level() {
    uint32_t V = u32();
    if (V > static_cast<uint32_t>(Level::Error))
      Ok = false;
    return Ok ? static_cast<Level>(V) : Level::Note;
  }
  std::vector<Replacement> replacements() {
    std::vector<Replacement> Rs(count(MinSpan + 4));
    for (Replacement &R : Rs) {
      R.Where = span();
      R.Text = str();
    }
    return Rs;
  }
  Finding finding() {
    Finding F;
    F.Check = str();
    F.Severity = level();
    F.TidyLevel = str();
    F.WarningAsError = flag();
    F.Where = span();
    F.Message = str();
    F.Notes.resize(count(MinSpan + 8));
    for (Note &N : F.Notes) {
      N.Where = span();
      N.Message = str();
      N.Fixes = replacements();
    }
    F.Fixes = replacements();
    F.Fingerprint = str();
    return F;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> Ss(count(4));
    for (std::string &S : Ss)
      S = str();
    return Ss;
  }
  PartialAnalysis partial() {
    PartialAnalysis A;
    A.File = str();
    A.Missing = strings();
    A.Fallbacks = strings();
    A.Opaque = strings();
    A.Errors = u32();
    A.Inferred = flag();
    return A;
  }
  Failure failure() {
    Failure F;
    F.File = str();
    F.Message = str();
    if (flag())
      F.Where = span();
    F.Crashed = flag();
    return F;
  }

  // The smallest encodings, for count().
  static constexpr size_t MinSpan = 4 + 4 + 4 + 2 * 12;
  static constexpr size_t MinFinding = 4 + 4 + 4 + 1 + MinSpan + 4 + 4 + 4 + 4;
  static constexpr size_t MinConfig = 4 + 4;

private:
  bool take(size_t N) {
    if (!Ok || In.size() < N) {
      Ok = false;
      Last = {};
      return false;
    }
    Last = In.take_front(N);
    In = In.drop_front(N);
    return true;
  }

  llvm::StringRef In, Last;
  bool Ok = true;
};

uint64_t checksum(llvm::StringRef Bytes) {
  return llvm::xxh3_64bits(llvm::ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(Bytes.data()), Bytes.size()));
}

} // namespace

std::string serialize(const UnitResult &R) {
  Writer W;
  W.Out = Magic.str();
  W.u32(R.Findings.size());
  for (const Finding &F : R.Findings)
    W.finding(F);
  W.flag(R.Failed.has_value());
  if (R.Failed)
    W.failure(*R.Failed);
  W.u32(R.Config.size());
  for (const ConfigMessage &M : R.Config) {
    W.level(M.Severity);
    W.str(M.Message);
  }
  W.flag(R.Partial.has_value());
  if (R.Partial)
    W.partial(*R.Partial);
  char Sum[ChecksumSize];
  llvm::support::endian::write64le(Sum, checksum(W.Out));
  W.Out.append(Sum, ChecksumSize);
  return std::move(W.Out);
}

std::optional<UnitResult> deserialize(llvm::StringRef Bytes) {
  if (Bytes.size() < Magic.size() + ChecksumSize || !Bytes.starts_with(Magic))
    return std::nullopt;
  llvm::StringRef Body = Bytes.drop_back(ChecksumSize);
  if (llvm::support::endian::read64le(Bytes.take_back(ChecksumSize).data()) !=
      checksum(Body))
    return std::nullopt;
  Reader In(Body.drop_front(Magic.size()));
  UnitResult R;
  R.Findings.resize(In.count(Reader::MinFinding));
  for (Finding &F : R.Findings)
    F = In.finding();
  if (In.flag())
    R.Failed = In.failure();
  R.Config.resize(In.count(Reader::MinConfig));
  for (ConfigMessage &M : R.Config) {
    M.Severity = In.level();
    M.Message = In.str();
  }
  if (In.flag())
    R.Partial = In.partial();
  if (!In.ok() || !In.atEnd())
    return std::nullopt;
  return R;
}

} // namespace clang::tidy::premortem::driver
