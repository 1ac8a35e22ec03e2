//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "driver/clock/Instants.h"
#include "driver/clock/Civil.h"
#include "driver/clock/Zones.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <fmt/format.h>

namespace clang::tidy::premortem::driver {

static llvm::Error invalid(const std::string &Message) {
  return llvm::createStringError(std::make_error_code(std::errc::invalid_argument), Message);
}

llvm::ArrayRef<llvm::StringRef> instantGroups() {
  static const llvm::StringRef Groups[] = {"leap", "day366", "y2038", "y2100", "dst"};
  return Groups;
}

namespace {

/// Builds the list, dropping an instant that repeats an earlier one (the
/// user's zone is often UTC).
class InstantList {
public:
  explicit InstantList(std::vector<std::string> &Notes) : Notes(Notes) {}

  void add(std::string Name, llvm::StringRef Group, int64_t Epoch, llvm::StringRef Zone,
           std::string Why) {
    for (const Instant &I : List)
      if (I.Epoch == Epoch && I.Zone == Zone) {
        Notes.push_back(fmt::format("{}: same instant as {}, not run twice", Name, I.Name));
        return;
      }
    List.push_back({std::move(Name), Group.str(), Epoch, Zone.str(), std::move(Why)});
  }

  std::vector<Instant> take() { return std::move(List); }

private:
  std::vector<Instant> List;
  std::vector<std::string> &Notes;
};

CivilTime at(int64_t Year, unsigned Month, unsigned Day, unsigned H, unsigned M, unsigned S) {
  CivilTime T;
  T.Year = Year;
  T.Month = Month;
  T.Day = Day;
  T.Hour = H;
  T.Minute = M;
  T.Second = S;
  return T;
}

int64_t utc(int64_t Year, unsigned Month, unsigned Day, unsigned H, unsigned M, unsigned S) {
  return epochFromCivil(at(Year, Month, Day, H, M, S));
}

/// The first leap year, from Now's year on, in which Month/Day (of that
/// year, or of the next with NextYear) is still ahead.
int64_t nextLeapYearBefore(int64_t Now, unsigned Month, unsigned Day, bool NextYear = false) {
  int64_t Year = civilFromEpoch(Now).Year;
  while (!isLeapYear(Year) || utc(Year + NextYear, Month, Day, 0, 0, 0) <= Now)
    ++Year;
  return Year;
}

void addLeap(InstantList &L, int64_t Now) {
  // 29 February must still be ahead: the first leap year whose 1 March is.
  int64_t Y = nextLeapYearBefore(Now, 3, 1);
  std::string Local = localZoneName();
  const char *Day = "29 February: code that adds a year, builds a date from fields or "
                    "keeps a 365-day table fails (Azure 2012, TomTom 2012)";
  L.add("leap-eve-utc", "leap", utc(Y, 2, 28, 23, 59, 59), "",
        "the last second of 28 February before a leap day");
  struct { const char *Name; unsigned H, M, S; } Times[] = {
      {"start", 0, 0, 0}, {"noon", 12, 0, 0}, {"end", 23, 59, 59}};
  for (auto &T : Times)
    L.add(fmt::format("leap-day-{}-utc", T.Name), "leap", utc(Y, 2, 29, T.H, T.M, T.S), "", Day);
  for (auto &T : Times)
    L.add(fmt::format("leap-day-{}-local", T.Name), "leap",
          epochFromLocal(at(Y, 2, 29, T.H, T.M, T.S), ""), "",
          fmt::format("29 February on the wall clock of {} (the day differs from UTC's for "
                      "part of it)", Local));
  L.add("leap-mar1-utc", "leap", utc(Y, 3, 1, 0, 0, 0), "",
        "1 March after a leap day: day-of-year 61, not 60");
  L.add("after-leap-feb28-utc", "leap", utc(Y + 1, 2, 28, 12, 0, 0), "",
        "28 February a year after a leap day: 'one year after 29 February' does not exist "
        "(certificates valid for one year, Azure 2012)");
  L.add("after-leap-mar1-utc", "leap", utc(Y + 1, 3, 1, 0, 0, 0), "",
        "1 March of the common year after a leap year");
}

void addDay366(InstantList &L, int64_t Now) {
  // Day 366 must not be over: the first leap year whose next 1 January is ahead.
  int64_t Y = nextLeapYearBefore(Now, 1, 1, /*NextYear=*/true);
  const char *Why = "31 December of a leap year is day 366: loops that count 365 days hang "
                    "(Zune 2008)";
  L.add("day366-noon-utc", "day366", utc(Y, 12, 31, 12, 0, 0), "", Why);
  L.add("day366-end-utc", "day366", utc(Y, 12, 31, 23, 59, 59), "", Why);
  L.add("new-year-after-366-utc", "day366", utc(Y + 1, 1, 1, 0, 0, 0), "",
        "1 January after a 366-day year");
}

void addY2038(InstantList &L) {
  L.add("y2037-end-utc", "y2038", utc(2037, 12, 31, 23, 59, 59), "",
        "the last second of 2037: the last year-end a signed 32-bit time_t reaches");
  const char *Why = "2038-01-19T03:14:07Z is the largest signed 32-bit time_t; one second "
                    "later it wraps to 1901";
  L.add("y2038-before-utc", "y2038", utc(2038, 1, 19, 3, 14, 6), "", Why);
  L.add("y2038-last-utc", "y2038", utc(2038, 1, 19, 3, 14, 7), "", Why);
  L.add("y2038-after-utc", "y2038", utc(2038, 1, 19, 3, 14, 8), "", Why);
}

void addY2100(InstantList &L) {
  const char *Why = "2100 is not a leap year (divisible by 100, not by 400): a 'year % 4' "
                    "rule expects 29 February";
  L.add("y2100-feb28-utc", "y2100", utc(2100, 2, 28, 12, 0, 0), "", Why);
  L.add("y2100-mar1-utc", "y2100", utc(2100, 3, 1, 0, 0, 0), "", Why);
}

std::string zoneSlug(llvm::StringRef Zone) {
  std::string Slug = llvm::StringRef(Zone).rsplit('/').second.lower();
  if (Slug.empty())
    Slug = Zone.lower();
  std::replace(Slug.begin(), Slug.end(), '_', '-');
  return Slug;
}

void addDst(InstantList &L, int64_t Now, std::vector<std::string> &Notes) {
  // The user's zone first, then three zones that cover both hemispheres and
  // both North American and European rules.
  std::string Local = localZoneName();
  struct { std::string Zone, Shown, Slug; } Zones[] = {
      {"", Local, "local"},
      {"America/New_York", "America/New_York", ""},
      {"Europe/London", "Europe/London", ""},
      {"Australia/Sydney", "Australia/Sydney", ""}};
  const int64_t TwoYears = 2 * 366 * 86400;
  for (auto &Z : Zones) {
    if (Z.Zone.empty() && llvm::is_contained(
                              llvm::ArrayRef<llvm::StringRef>{"America/New_York",
                                                              "Europe/London",
                                                              "Australia/Sydney"},
                              Local))
      continue; // the same zone again below
    if (!Z.Zone.empty() && !zoneExists(Z.Zone)) {
      Notes.push_back(fmt::format("dst: time zone {} is not installed (Debian: tzdata)", Z.Zone));
      continue;
    }
    std::string Slug = Z.Slug.empty() ? zoneSlug(Z.Zone) : Z.Slug;
    for (bool Forward : {true, false}) {
      std::optional<int64_t> T = nextOffsetChange(Now, TwoYears, Z.Zone, Forward);
      if (!T) {
        Notes.push_back(fmt::format("dst: {} has no daylight saving time transition in the "
                                    "next two years",
                                    Z.Shown));
        break;
      }
      // One second before: a frozen clock shows the last second of the old
      // offset; a running clock crosses the transition during the run.
      L.add(fmt::format("dst-{}-{}", Forward ? "forward" : "back", Slug), "dst", *T - 1, Z.Zone,
            fmt::format("the second before clocks in {} go {} an hour: local times repeat or "
                        "do not exist, days last 23 or 25 hours",
                        Z.Shown, Forward ? "forward" : "back"));
    }
  }
}

} // namespace

std::vector<Instant> builtinInstants(int64_t Now, llvm::ArrayRef<std::string> Groups,
                                     std::vector<std::string> &Notes) {
  InstantList L(Notes);
  auto Wanted = [&](llvm::StringRef G) { return llvm::is_contained(Groups, G); };
  if (Wanted("leap"))
    addLeap(L, Now);
  if (Wanted("day366"))
    addDay366(L, Now);
  if (Wanted("y2038"))
    addY2038(L);
  if (Wanted("y2100"))
    addY2100(L);
  if (Wanted("dst"))
    addDst(L, Now, Notes);
  return L.take();
}

llvm::Expected<Instant> parseAt(llvm::StringRef Text) {
  auto [Time, Zone] = Text.split('@');
  llvm::StringRef Rest;
  std::optional<CivilTime> T = parseCivil(Time, Rest);
  bool Utc = Rest == "Z";
  if (!T || !(Rest.empty() || Utc))
    return invalid("--at '" + Text.str() +
                   "': expected YYYY-MM-DDTHH:MM:SS, with Z for UTC, optionally @Zone");
  if (Text.contains('@') && !zoneExists(Zone))
    return invalid("--at '" + Text.str() + "': unknown time zone '" + Zone.str() + "'");
  Instant I;
  I.Group = "at";
  I.Zone = Zone.str();
  I.Epoch = Utc ? epochFromCivil(*T) : epochFromLocal(*T, Zone);
  I.Name = Text.str();
  I.Why = "given with --at";
  return I;
}

llvm::Expected<int64_t> parseNow(llvm::StringRef Text) {
  int64_t Seconds;
  if (Text.starts_with("@") && !Text.drop_front().getAsInteger(10, Seconds))
    return Seconds;
  llvm::StringRef Rest;
  std::optional<CivilTime> T = parseCivil(Text, Rest);
  if (!T || Rest != "Z")
    return invalid("--now '" + Text.str() + "': expected YYYY-MM-DDTHH:MM:SSZ or @SECONDS");
  return epochFromCivil(*T);
}

} // namespace clang::tidy::premortem::driver
