//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/Fingerprint.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA256.h"
#include <array>
#include <cstdint>
#include <map>

namespace clang::tidy::premortem::driver {

namespace {

// Decodes UTF-8 into UTF-16 code units the way Node's 'utf8' decoding does
// (the WHATWG decoder): each maximal invalid subsequence becomes one U+FFFD.
std::vector<uint16_t> decodeUtf16(llvm::StringRef Bytes) {
  std::vector<uint16_t> Out;
  Out.reserve(Bytes.size());
  auto Emit = [&Out](uint32_t CP) {
    if (CP < 0x10000) {
      Out.push_back(static_cast<uint16_t>(CP));
    } else {
      CP -= 0x10000;
      Out.push_back(static_cast<uint16_t>(0xD800 + (CP >> 10)));
      Out.push_back(static_cast<uint16_t>(0xDC00 + (CP & 0x3FF)));
    }
  };
  uint32_t CodePoint = 0;
  unsigned Needed = 0, Seen = 0;
  unsigned char Lower = 0x80, Upper = 0xBF;
  for (size_t I = 0; I < Bytes.size(); ++I) {
    unsigned char B = Bytes[I];
    if (Needed == 0) {
      if (B <= 0x7F) {
        Emit(B);
      } else if (B >= 0xC2 && B <= 0xDF) {
        Needed = 1;
        CodePoint = B & 0x1F;
      } else if (B >= 0xE0 && B <= 0xEF) {
        if (B == 0xE0)
          Lower = 0xA0;
        if (B == 0xED)
          Upper = 0x9F;
        Needed = 2;
        CodePoint = B & 0xF;
      } else if (B >= 0xF0 && B <= 0xF4) {
        if (B == 0xF0)
          Lower = 0x90;
        if (B == 0xF4)
          Upper = 0x8F;
        Needed = 3;
        CodePoint = B & 0x7;
      } else {
        Emit(0xFFFD);
      }
      continue;
    }
    if (B < Lower || B > Upper) {
      // The sequence ends early: one replacement, and B starts afresh.
      CodePoint = Needed = Seen = 0;
      Lower = 0x80;
      Upper = 0xBF;
      Emit(0xFFFD);
      --I;
      continue;
    }
    Lower = 0x80;
    Upper = 0xBF;
    CodePoint = (CodePoint << 6) | (B & 0x3F);
    if (++Seen == Needed) {
      Emit(CodePoint);
      CodePoint = Needed = Seen = 0;
    }
  }
  if (Needed != 0)
    Emit(0xFFFD);
  return Out;
}

// A port of hash() in github/codeql-action src/fingerprints.ts. Names and
// structure follow the original so the two can be compared line by line;
// Long arithmetic there is 64-bit wrapping, as uint64_t here.
class RollingHash {
public:
  explicit RollingHash(std::vector<std::string> &Out) : Out(Out) {
    FirstMod = 1;
    for (unsigned I = 0; I < BlockSize; ++I)
      FirstMod *= Mod;
    Window.fill(0);
    LineNumbers.fill(-1);
  }

  void processCharacter(uint32_t Current) {
    // Skip tabs, spaces, and line feeds that come directly after a CR.
    if (Current == Space || Current == Tab || (PrevCR && Current == LF)) {
      PrevCR = false;
      return;
    }
    // Replace CR with LF.
    if (Current == CR) {
      Current = LF;
      PrevCR = true;
    } else {
      PrevCR = false;
    }
    if (LineNumbers[Index] != -1)
      outputHash();
    if (LineStart) {
      LineStart = false;
      ++LineNumber;
      LineNumbers[Index] = LineNumber;
    }
    if (Current == LF)
      LineStart = true;
    updateHash(Current);
  }

  void finish() {
    processCharacter(Eof);
    // Flush the remaining lines.
    for (unsigned I = 0; I < BlockSize; ++I) {
      if (LineNumbers[Index] != -1)
        outputHash();
      updateHash(0);
    }
  }

private:
  static constexpr unsigned BlockSize = 100;
  static constexpr uint64_t Mod = 37;
  static constexpr uint32_t Tab = '\t', Space = ' ', LF = '\n', CR = '\r';
  static constexpr uint32_t Eof = 65535;

  void outputHash() {
    std::string HashValue = llvm::utohexstr(Hash, /*LowerCase=*/true);
    unsigned Count = ++HashCounts[HashValue];
    int64_t Line = LineNumbers[Index];
    if (Line >= 1) {
      if (Out.size() < static_cast<size_t>(Line))
        Out.resize(Line);
      Out[Line - 1] = HashValue + ":" + std::to_string(Count);
    }
    LineNumbers[Index] = -1;
  }

  void updateHash(uint32_t Current) {
    uint64_t Begin = Window[Index];
    Window[Index] = Current;
    Hash = Mod * Hash + Current - FirstMod * Begin;
    Index = (Index + 1) % BlockSize;
  }

  std::vector<std::string> &Out;
  std::array<uint32_t, BlockSize> Window;
  std::array<int64_t, BlockSize> LineNumbers;
  uint64_t Hash = 0;
  uint64_t FirstMod;
  unsigned Index = 0;
  int64_t LineNumber = 0;
  bool LineStart = true;
  bool PrevCR = false;
  std::map<std::string, unsigned> HashCounts;
};

} // namespace

std::vector<std::string> lineHashes(llvm::StringRef FileBytes) {
  std::vector<std::string> Out;
  RollingHash H(Out);
  for (uint16_t Unit : decodeUtf16(FileBytes))
    H.processCharacter(Unit);
  H.finish();
  return Out;
}

std::string stableFingerprint(llvm::StringRef RuleId, llvm::StringRef Uri,
                              llvm::StringRef LineText, llvm::StringRef Message) {
  // Drop all whitespace, as GitHub's line hash does: re-indenting the line
  // or reformatting it ("a=b" / "a = b", a line wrapped by clang-format is
  // another matter) keeps the fingerprint.
  std::string Code;
  for (char C : LineText)
    if (!llvm::isSpace(C))
      Code += C;
  llvm::SHA256 Hasher;
  for (llvm::StringRef Part : {RuleId, Uri, llvm::StringRef(Code), Message}) {
    Hasher.update(Part);
    Hasher.update(llvm::StringRef("\0", 1));
  }
  std::array<uint8_t, 32> Digest = Hasher.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Digest).take_front(8), /*LowerCase=*/true);
}

} // namespace clang::tidy::premortem::driver
