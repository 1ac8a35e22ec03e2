//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/Zones.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <cstdlib>
#include <ctime>

namespace clang::tidy::premortem::driver {

namespace {

/// Sets TZ to Zone for its lifetime (nothing for the user's zone) and puts
/// the inherited value back.
class ZoneScope {
public:
  explicit ZoneScope(llvm::StringRef Zone) : Active(!Zone.empty()) {
    if (!Active)
      return;
    if (const char *Old = getenv("TZ"))
      Saved = Old;
    setenv("TZ", Zone.str().c_str(), 1);
    tzset();
  }
  ~ZoneScope() {
    if (!Active)
      return;
    if (Saved)
      setenv("TZ", Saved->c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }

private:
  bool Active;
  std::optional<std::string> Saved;
};

} // namespace

std::string localZoneName() {
  if (std::optional<std::string> TZ = llvm::sys::Process::GetEnv("TZ"))
    if (!TZ->empty())
      return llvm::StringRef(*TZ).ltrim(':').str();
  llvm::SmallString<256> Target;
  if (!llvm::sys::fs::real_path("/etc/localtime", Target)) {
    llvm::StringRef T = Target;
    size_t At = T.find("zoneinfo/");
    if (At != llvm::StringRef::npos)
      return T.drop_front(At + 9).str();
  }
  return "local";
}

bool zoneExists(llvm::StringRef Zone) {
  if (Zone.empty() || Zone.contains("..") || Zone.starts_with("/"))
    return false;
  std::string Dir = llvm::sys::Process::GetEnv("TZDIR").value_or("/usr/share/zoneinfo");
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Zone);
  return llvm::sys::fs::is_regular_file(Path);
}

int64_t epochFromLocal(const CivilTime &T, llvm::StringRef Zone) {
  ZoneScope Scope(Zone);
  std::tm Tm{};
  Tm.tm_year = int(T.Year - 1900);
  Tm.tm_mon = int(T.Month) - 1;
  Tm.tm_mday = int(T.Day);
  Tm.tm_hour = int(T.Hour);
  Tm.tm_min = int(T.Minute);
  Tm.tm_sec = int(T.Second);
  Tm.tm_isdst = -1;
  return int64_t(mktime(&Tm));
}

static long offsetInScope(int64_t Seconds) {
  time_t At = time_t(Seconds);
  std::tm Tm{};
  localtime_r(&At, &Tm);
  return Tm.tm_gmtoff;
}

long utcOffsetAt(int64_t Seconds, llvm::StringRef Zone) {
  ZoneScope Scope(Zone);
  return offsetInScope(Seconds);
}

std::optional<int64_t> nextOffsetChange(int64_t From, int64_t Horizon, llvm::StringRef Zone,
                                        bool Forward) {
  ZoneScope Scope(Zone);
  // Transitions are months apart: step by six hours, then bisect to the second.
  const int64_t Step = 6 * 3600;
  long Before = offsetInScope(From);
  for (int64_t Low = From; Low < From + Horizon; Low += Step) {
    long After = offsetInScope(Low + Step);
    if (After != Before) {
      int64_t Lo = Low, Hi = Low + Step; // offset(Lo) == Before, offset(Hi) != Before
      while (Hi - Lo > 1) {
        int64_t Mid = Lo + (Hi - Lo) / 2;
        (offsetInScope(Mid) == Before ? Lo : Hi) = Mid;
      }
      if ((After > Before) == Forward)
        return Hi;
    }
    Before = After;
  }
  return std::nullopt;
}

} // namespace clang::tidy::premortem::driver
