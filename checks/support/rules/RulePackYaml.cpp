//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
// The only yaml-cpp user. yaml-cpp reports errors by throwing, so this file is
// built with -fexceptions and turns every exception and schema violation into
// an llvm::Error reading "file:line:col: error: what".

#include "checks/support/rules/RulePack.h"
#include "checks/support/endpoint/EndpointParser.h"
#include "llvm/Support/Regex.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include <yaml-cpp/yaml.h>

namespace clang::tidy::premortem {
namespace {

/// Thrown only inside this file, caught in parseRulePack.
struct SchemaError {
  YAML::Mark Where;
  std::string What;
};

[[noreturn]] void fail(const YAML::Node &N, std::string What) {
  throw SchemaError{N.Mark(), std::move(What)};
}

std::string quoteList(llvm::ArrayRef<llvm::StringRef> Items) {
  std::string Out;
  for (llvm::StringRef I : Items)
    Out += (Out.empty() ? "" : ", ") + I.str();
  return Out;
}

void requireMap(const YAML::Node &N, llvm::StringRef What) {
  if (!N.IsMap())
    fail(N, llvm::formatv("{0} must be a mapping", What).str());
}

void rejectUnknownKeys(const YAML::Node &Map, llvm::StringRef What,
                       llvm::ArrayRef<llvm::StringRef> Known) {
  for (const auto &KV : Map) {
    std::string Key = KV.first.Scalar();
    if (!llvm::is_contained(Known, llvm::StringRef(Key)))
      fail(KV.first, llvm::formatv("unknown key '{0}' in {1} (expected one of: {2})",
                                   Key, What, quoteList(Known))
                         .str());
  }
}

std::string readString(const YAML::Node &N, llvm::StringRef Key) {
  if (!N.IsScalar() || N.Scalar().empty())
    fail(N, llvm::formatv("'{0}' must be a non-empty string", Key).str());
  return N.Scalar();
}

unsigned readUnsigned(const YAML::Node &N, llvm::StringRef Key) {
  unsigned Value = 0;
  if (!N.IsScalar() || llvm::StringRef(N.Scalar()).getAsInteger(10, Value))
    fail(N, llvm::formatv("'{0}' must be a non-negative integer", Key).str());
  return Value;
}

std::vector<unsigned> readUnsignedList(const YAML::Node &N, llvm::StringRef Key) {
  if (!N.IsSequence())
    fail(N, llvm::formatv("'{0}' must be a list of non-negative integers", Key).str());
  std::vector<unsigned> Values;
  for (const YAML::Node &Item : N)
    Values.push_back(readUnsigned(Item, Key));
  return Values;
}

/// `output: 1` or `output: [1, 2, 3]`.
std::vector<unsigned> readUnsignedOrList(const YAML::Node &N, llvm::StringRef Key) {
  if (N.IsSequence() && N.size() > 0)
    return readUnsignedList(N, Key);
  if (!N.IsScalar())
    fail(N, llvm::formatv("'{0}' must be a non-negative integer or a non-empty list "
                          "of them",
                          Key)
                .str());
  return {readUnsigned(N, Key)};
}

bool readBool(const YAML::Node &N, llvm::StringRef Key) {
  llvm::StringRef S = N.IsScalar() ? llvm::StringRef(N.Scalar()) : "";
  if (S == "true")
    return true;
  if (S == "false")
    return false;
  fail(N, llvm::formatv("'{0}' must be true or false", Key).str());
}


template <typename E>
E readEnum(const YAML::Node &N, llvm::StringRef Key,
           llvm::ArrayRef<std::pair<llvm::StringRef, E>> Values) {
  llvm::StringRef S = N.IsScalar() ? llvm::StringRef(N.Scalar()) : "";
  // YAML reads a bare `null` as the null node, not as the word.
  if (N.IsNull())
    S = "null";
  for (const auto &[Spelling, Value] : Values)
    if (S == Spelling)
      return Value;
  llvm::SmallVector<llvm::StringRef, 8> Names;
  for (const auto &V : Values)
    Names.push_back(V.first);
  fail(N, llvm::formatv("'{0}' must be one of: {1}", Key, quoteList(Names)).str());
}

const std::pair<llvm::StringRef, FailureValue> FailureNames[] = {
    {"zero", FailureValue::Zero},          {"null", FailureValue::Null},
    {"minus-one", FailureValue::MinusOne}, {"nonzero", FailureValue::NonZero},
    {"nt-error", FailureValue::NtError}};

const std::pair<llvm::StringRef, InvalidDate> InvalidDateNames[] = {
    {"not-applicable", InvalidDate::NotApplicable},
    {"fails", InvalidDate::Fails},
    {"normalizes", InvalidDate::Normalizes},
    {"accepts", InvalidDate::Accepts}};

/// What every entry of a named list shares: a mapping with only the Known
/// keys, a 'name' and an optional 'disabled'. Returns true when the entry
/// disables a name, which then needs nothing else.
template <typename T>
bool readEntryHead(const YAML::Node &N, llvm::StringRef Section,
                   llvm::ArrayRef<llvm::StringRef> Known, T &Entry) {
  std::string What = ("a " + Section + " entry").str();
  requireMap(N, What);
  rejectUnknownKeys(N, What, Known);
  if (!N["name"])
    fail(N, "missing 'name' in " + What);
  Entry.Name = readString(N["name"], "name");
  if (const YAML::Node D = N["disabled"])
    Entry.Disabled = readBool(D, "disabled");
  return Entry.Disabled;
}

TimeFunction readTimeFunction(const YAML::Node &N) {
  TimeFunction F;
  if (readEntryHead(N, "time-functions",
                    {"name", "api", "failure", "on-invalid-date", "input",
                     "output", "consequence", "disabled"},
                    F))
    return F; // a disabling entry needs nothing but its name
  for (llvm::StringRef Required : {"api", "failure"})
    if (!N[Required.str()])
      fail(N, llvm::formatv("missing '{0}' in time-functions entry '{1}'",
                            Required, F.Name)
                  .str());
  F.Api = readString(N["api"], "api");
  F.Failure = readEnum<FailureValue>(N["failure"], "failure", FailureNames);
  if (const YAML::Node V = N["on-invalid-date"])
    F.OnInvalidDate = readEnum<InvalidDate>(V, "on-invalid-date", InvalidDateNames);
  if (const YAML::Node V = N["input"])
    F.Input = readUnsigned(V, "input");
  if (const YAML::Node V = N["output"])
    F.Output = readUnsigned(V, "output");
  if (const YAML::Node V = N["consequence"])
    F.Consequence = readString(V, "consequence");
  return F;
}

NullConsumer readNullConsumer(const YAML::Node &N) {
  NullConsumer C;
  if (readEntryHead(N, "null-consumers", {"name", "args", "strings-from", "disabled"}, C))
    return C; // a disabling entry needs nothing but its name
  if (const YAML::Node V = N["args"])
    C.Args = readUnsignedList(V, "args");
  if (const YAML::Node V = N["strings-from"])
    C.StringsFrom = readUnsigned(V, "strings-from");
  if (C.Args.empty() && !C.StringsFrom)
    fail(N, llvm::formatv("null-consumers entry '{0}' needs 'args' or 'strings-from'",
                          C.Name)
                .str());
  return C;
}

TrustedSource readTrustedSource(const YAML::Node &N) {
  TrustedSource S;
  if (readEntryHead(N, "trusted-sources", {"name", "output", "returns", "disabled"}, S))
    return S; // a disabling entry needs nothing but its name
  if (const YAML::Node V = N["output"])
    S.Outputs = readUnsignedOrList(V, "output");
  if (const YAML::Node V = N["returns"])
    S.Returns = readBool(V, "returns");
  if (S.Outputs.empty() && !S.Returns)
    fail(N, llvm::formatv("trusted-sources entry '{0}' needs 'output' or 'returns: true'",
                          S.Name)
                .str());
  return S;
}

CalendarType readCalendarType(const YAML::Node &N) {
  CalendarType T;
  if (readEntryHead(N, "calendar",
                    {"name", "year", "month", "day", "month-base", "year-base", "disabled"},
                    T))
    return T; // a disabling entry needs nothing but its name
  for (llvm::StringRef Required : {"year", "month", "day"})
    if (!N[Required.str()])
      fail(N, llvm::formatv("missing '{0}' in calendar entry '{1}'", Required, T.Name)
                  .str());
  T.Year = readString(N["year"], "year");
  T.Month = readString(N["month"], "month");
  T.Day = readString(N["day"], "day");
  if (const YAML::Node V = N["month-base"]) {
    T.MonthBase = readUnsigned(V, "month-base");
    if (T.MonthBase > 1)
      fail(V, "'month-base' must be 0 or 1");
  }
  if (const YAML::Node V = N["year-base"]) {
    T.YearBase = readUnsigned(V, "year-base");
    if (T.YearBase > 9999)
      fail(V, "'year-base' must be a year from 0 to 9999");
  }
  return T;
}

const std::pair<llvm::StringRef, DateGuard::Kind> GuardKindNames[] = {
    {"leap-test", DateGuard::LeapTest}, {"clamp", DateGuard::Clamp}};

DateGuard readDateGuard(const YAML::Node &N) {
  DateGuard G;
  if (readEntryHead(N, "date-guards", {"name", "kind", "disabled"}, G))
    return G; // a disabling entry needs nothing but its name
  if (!N["kind"])
    fail(N, llvm::formatv("missing 'kind' in date-guards entry '{0}'", G.Name).str());
  G.What = readEnum<DateGuard::Kind>(N["kind"], "kind", GuardKindNames);
  return G;
}

// --- date-builders ----------------------------------------------------------
DateBuilder readDateBuilder(const YAML::Node &N) {
  DateBuilder B;
  if (readEntryHead(N, "date-builders", {"name", "year", "month", "day", "disabled"}, B))
    return B; // a disabling entry needs nothing but its name
  for (llvm::StringRef Required : {"year", "month", "day"})
    if (!N[Required.str()])
      fail(N, llvm::formatv("missing '{0}' in date-builders entry '{1}'", Required, B.Name)
                  .str());
  B.Year = readUnsigned(N["year"], "year");
  B.Month = readUnsigned(N["month"], "month");
  B.Day = readUnsigned(N["day"], "day");
  if (B.Year == B.Month || B.Year == B.Day || B.Month == B.Day)
    fail(N, llvm::formatv("date-builders entry '{0}' names one argument twice", B.Name)
                .str());
  return B;
}

DateParser readDateParser(const YAML::Node &N) {
  DateParser P;
  if (readEntryHead(N, "date-parsers", {"name", "input", "disabled"}, P))
    return P; // a disabling entry needs nothing but its name
  if (!N["input"])
    fail(N, llvm::formatv("missing 'input' in date-parsers entry '{0}'", P.Name).str());
  P.Inputs = readUnsignedOrList(N["input"], "input");
  return P;
}
// --- end date-builders ------------------------------------------------------
// --- day-adders -------------------------------------------------------------
const std::pair<llvm::StringRef, int64_t> DayUnitNames[] = {
    {"days", 86400}, {"hours", 3600}, {"minutes", 60}, {"seconds", 1}};
const std::pair<llvm::StringRef, DayAdder::Kind> DayAdderKindNames[] = {
    {"adds", DayAdder::Adds}, {"span", DayAdder::Span}};

DayAdder readDayAdder(const YAML::Node &N) {
  DayAdder A;
  if (readEntryHead(N, "day-adders", {"name", "count", "unit", "kind", "args", "disabled"}, A))
    return A; // a disabling entry needs nothing but its name
  for (llvm::StringRef Required : {"count", "kind"})
    if (!N[Required.str()])
      fail(N, llvm::formatv("missing '{0}' in day-adders entry '{1}'", Required, A.Name)
                  .str());
  A.Count = readUnsigned(N["count"], "count");
  A.What = readEnum<DayAdder::Kind>(N["kind"], "kind", DayAdderKindNames);
  if (const YAML::Node V = N["unit"])
    A.Seconds = readEnum<int64_t>(V, "unit", DayUnitNames);
  if (const YAML::Node V = N["args"]) {
    A.Args = readUnsigned(V, "args");
    if (A.Args <= A.Count)
      fail(V, llvm::formatv("day-adders entry '{0}': 'args' must exceed 'count'", A.Name)
                  .str());
  }
  return A;
}
// --- end day-adders ---------------------------------------------------------
//===--- certificates section (premortem-cert-expiry) ---------------------===//

const std::pair<llvm::StringRef, CertFailure> CertFailureNames[] = {
    {"zero", CertFailure::Zero},
    {"null", CertFailure::Null},
    {"negative", CertFailure::Negative},
    {"nonzero", CertFailure::NonZero},
    {"none", CertFailure::None}};

const std::pair<llvm::StringRef, CertLeapDay> CertLeapDayNames[] = {
    {"not-applicable", CertLeapDay::NotApplicable},
    {"fails", CertLeapDay::Fails},
    {"accepts", CertLeapDay::Accepts},
    {"normalizes", CertLeapDay::Normalizes},
    {"throws", CertLeapDay::Throws}};

const std::pair<llvm::StringRef, CertUtcTime> CertUtcTimeNames[] = {
    {"always", CertUtcTime::Always}, {"object", CertUtcTime::Object}};

const std::pair<llvm::StringRef, bool> CertUnitNames[] = {
    {"seconds", false}, {"microseconds", true}};

CertFunction readCertFunction(const YAML::Node &N) {
  CertFunction F;
  if (readEntryHead(N, "certificates",
                    {"name", "api", "failure", "on-invalid-date", "dates", "unit",
                     "offset-days", "offset-seconds", "object", "utctime",
                     "implicit-year", "validates", "output", "into-fields",
                     "consequence", "disabled"},
                    F))
    return F; // a disabling entry needs nothing but its name
  for (llvm::StringRef Required : {"api", "failure"})
    if (!N[Required.str()])
      fail(N, llvm::formatv("missing '{0}' in certificates entry '{1}'", Required,
                            F.Name)
                  .str());
  F.Api = readString(N["api"], "api");
  F.Failure = readEnum<CertFailure>(N["failure"], "failure", CertFailureNames);
  if (const YAML::Node V = N["on-invalid-date"])
    F.OnInvalidDate = readEnum<CertLeapDay>(V, "on-invalid-date", CertLeapDayNames);
  if (const YAML::Node V = N["dates"])
    F.Dates = readUnsignedOrList(V, "dates");
  if (const YAML::Node V = N["unit"])
    F.Microseconds = readEnum<bool>(V, "unit", CertUnitNames);
  if (const YAML::Node V = N["offset-days"])
    F.OffsetDays = readUnsigned(V, "offset-days");
  if (const YAML::Node V = N["offset-seconds"])
    F.OffsetSeconds = readUnsigned(V, "offset-seconds");
  if (const YAML::Node V = N["object"])
    F.Object = readUnsigned(V, "object");
  if (const YAML::Node V = N["utctime"])
    F.UtcTime = readEnum<CertUtcTime>(V, "utctime", CertUtcTimeNames);
  if (F.UtcTime == CertUtcTime::Object && !F.Object)
    fail(N["utctime"], llvm::formatv("certificates entry '{0}' has 'utctime: object' "
                                     "but no 'object'",
                                     F.Name)
                           .str());
  if (const YAML::Node V = N["implicit-year"])
    F.ImplicitYear = readUnsigned(V, "implicit-year");
  if (const YAML::Node V = N["validates"])
    F.Validates = readUnsigned(V, "validates");
  if (const YAML::Node V = N["output"])
    F.Output = readUnsigned(V, "output");
  if (const YAML::Node V = N["into-fields"]) {
    if (!V.IsSequence() || V.size() == 0)
      fail(V, "'into-fields' must be a non-empty list of field names");
    for (const YAML::Node &Item : V)
      F.IntoFields.push_back(readString(Item, "into-fields"));
    if (!F.Output)
      fail(V, llvm::formatv("certificates entry '{0}' has 'into-fields' but no 'output'",
                            F.Name)
                  .str());
  }
  if (const YAML::Node V = N["consequence"])
    F.Consequence = readString(V, "consequence");
  return F;
}

//===--- end of certificates section --------------------------------------===//
// --- retry pack (premortem-retry-without-jitter) ---------------------------

const std::pair<llvm::StringRef, RetryOperation::Kind> OperationKindNames[] = {
    {"connect", RetryOperation::Connect}, {"request", RetryOperation::Request}};

RetryOperation readRetryOperation(const YAML::Node &N) {
  RetryOperation O;
  if (readEntryHead(N, "retry-operations",
                    {"name", "kind", "substring", "return-type", "disabled"}, O))
    return O; // a disabling entry needs nothing but its name
  if (const YAML::Node V = N["kind"])
    O.What = readEnum<RetryOperation::Kind>(V, "kind", OperationKindNames);
  if (const YAML::Node V = N["substring"])
    O.Substring = readBool(V, "substring");
  if (const YAML::Node V = N["return-type"])
    O.ReturnType = readBool(V, "return-type");
  return O;
}

const std::pair<llvm::StringRef, RetryWait::Unit> WaitUnitNames[] = {
    {"s", RetryWait::Seconds},      {"ms", RetryWait::Millis},
    {"us", RetryWait::Micros},      {"ns", RetryWait::Nanos},
    {"chrono", RetryWait::Chrono},  {"timespec", RetryWait::Timespec},
    {"timeval", RetryWait::Timeval}};

RetryWait readRetryWait(const YAML::Node &N) {
  RetryWait W;
  if (readEntryHead(N, "retry-waits",
                    {"name", "duration", "unit", "null-args", "timer", "disabled"}, W))
    return W; // a disabling entry needs nothing but its name
  for (llvm::StringRef Required : {"duration", "unit"})
    if (!N[Required.str()])
      fail(N, llvm::formatv("missing '{0}' in retry-waits entry '{1}'", Required, W.Name)
                  .str());
  W.Duration = readUnsigned(N["duration"], "duration");
  W.In = readEnum<RetryWait::Unit>(N["unit"], "unit", WaitUnitNames);
  if (const YAML::Node V = N["null-args"])
    W.NullArgs = readUnsignedList(V, "null-args");
  if (const YAML::Node V = N["timer"])
    W.Timer = readBool(V, "timer");
  return W;
}

RandomSource readRandomSource(const YAML::Node &N) {
  RandomSource R;
  readEntryHead(N, "random-sources", {"name", "disabled"}, R);
  return R;
}

ReconnectName readReconnectName(const YAML::Node &N) {
  ReconnectName R;
  readEntryHead(N, "reconnect-functions", {"name", "disabled"}, R);
  return R;
}
// --- end retry pack --------------------------------------------------------
// ---- endpoints pack

std::vector<std::string> readStringList(const YAML::Node &N, llvm::StringRef Key) {
  if (!N.IsSequence())
    fail(N, llvm::formatv("'{0}' must be a list of strings", Key).str());
  std::vector<std::string> Out;
  for (const YAML::Node &Item : N)
    Out.push_back(readString(Item, Key));
  return Out;
}

/// Regexes are checked here, so a pack cannot make the analyzer hang or
/// fail later: bounded, no backreferences or nested quantifiers, valid.
std::vector<std::string> readRegexList(const YAML::Node &N) {
  if (!N.IsSequence())
    fail(N, "'regexes' must be a list of strings");
  std::vector<std::string> Out;
  for (const YAML::Node &Item : N) {
    std::string Pattern = readString(Item, "regexes");
    std::string Why = unsafeRegexReason(Pattern);
    if (!Why.empty())
      fail(Item, llvm::formatv("regex '{0}' {1}; simplify it or use 'globs'", Pattern, Why)
                     .str());
    std::string Error;
    if (!llvm::Regex(Pattern, llvm::Regex::IgnoreCase).isValid(Error))
      fail(Item, llvm::formatv("invalid regex '{0}': {1}", Pattern, Error).str());
    Out.push_back(std::move(Pattern));
  }
  return Out;
}

void readAllow(const YAML::Node &N, EndpointAllow &A) {
  if (const YAML::Node V = N["hosts"])
    A.Hosts = readStringList(V, "hosts");
  if (const YAML::Node V = N["globs"])
    A.Globs = readStringList(V, "globs");
  if (const YAML::Node V = N["regexes"])
    A.Regexes = readRegexList(V);
}

const std::pair<llvm::StringRef, EndpointRule::Kind> EndpointKindNames[] = {
    {"environment", EndpointRule::Environment},
    {"internal-suffix", EndpointRule::InternalSuffix},
    {"public-suffix", EndpointRule::PublicSuffix},
    {"documentation", EndpointRule::Documentation},
    {"reference-urls", EndpointRule::ReferenceUrls},
    {"allowlist", EndpointRule::Allowlist},
    {"test-paths", EndpointRule::TestPaths}};

EndpointRule readEndpointRule(const YAML::Node &N) {
  EndpointRule R;
  if (readEntryHead(N, "endpoints",
                    {"name", "kind", "environment", "labels", "in-path", "weak-switch", "suffixes", "urls",
                     "paths", "hosts", "globs", "regexes", "rules", "allow", "disabled"},
                    R))
    return R; // a disabling entry needs nothing but its name
  if (!N["kind"])
    fail(N, llvm::formatv("missing 'kind' in endpoints entry '{0}'", R.Name).str());
  R.What = readEnum<EndpointRule::Kind>(N["kind"], "kind", EndpointKindNames);
  // Which keys each kind needs and allows.
  auto Require = [&](llvm::StringRef Key) {
    if (!N[Key.str()])
      fail(N, llvm::formatv("missing '{0}' in endpoints entry '{1}'", Key, R.Name).str());
  };
  auto OnlyFor = [&](llvm::StringRef Key, bool Allowed) {
    if (N[Key.str()] && !Allowed)
      fail(N[Key.str()], llvm::formatv("'{0}' does not apply to an endpoints entry of kind "
                                       "'{1}'",
                                       Key, N["kind"].Scalar())
                             .str());
  };
  bool Env = R.What == EndpointRule::Environment;
  bool Suffix = R.What == EndpointRule::InternalSuffix ||
                R.What == EndpointRule::PublicSuffix ||
                R.What == EndpointRule::Documentation;
  bool Allow = R.What == EndpointRule::Allowlist;
  OnlyFor("environment", Env);
  OnlyFor("labels", Env);
  OnlyFor("in-path", Env);
  OnlyFor("weak-switch", Env);
  OnlyFor("suffixes", Suffix);
  OnlyFor("urls", R.What == EndpointRule::ReferenceUrls);
  OnlyFor("paths", R.What == EndpointRule::TestPaths);
  OnlyFor("hosts", Allow);
  OnlyFor("globs", Allow);
  OnlyFor("regexes", Allow);
  OnlyFor("rules", Allow);
  OnlyFor("allow", Env || R.What == EndpointRule::InternalSuffix);
  if (Env) {
    Require("environment");
    Require("labels");
    R.EnvironmentName = readString(N["environment"], "environment");
    R.Labels = readStringList(N["labels"], "labels");
    for (std::string &L : R.Labels)
      L = llvm::StringRef(L).lower();
    if (const YAML::Node V = N["in-path"])
      R.InPath = readBool(V, "in-path");
    if (const YAML::Node V = N["weak-switch"])
      R.WeakSwitch = readBool(V, "weak-switch");
  } else if (Suffix) {
    Require("suffixes");
    R.Suffixes = readStringList(N["suffixes"], "suffixes");
    for (std::string &S : R.Suffixes)
      S = llvm::StringRef(S).ltrim('.').lower();
  } else if (R.What == EndpointRule::ReferenceUrls) {
    Require("urls");
    R.Urls = readStringList(N["urls"], "urls");
  } else if (R.What == EndpointRule::TestPaths) {
    Require("paths");
    R.Paths = readStringList(N["paths"], "paths");
  } else if (Allow) {
    readAllow(N, R.Allow);
    if (R.Allow.empty())
      fail(N, llvm::formatv("allowlist entry '{0}' needs 'hosts', 'globs' or 'regexes'",
                            R.Name)
                  .str());
    if (const YAML::Node V = N["rules"])
      R.Rules = readStringList(V, "rules");
  }
  if (const YAML::Node V = N["allow"]) {
    requireMap(V, "'allow'");
    rejectUnknownKeys(V, "'allow'", {"hosts", "globs", "regexes"});
    readAllow(V, R.Allow);
  }
  return R;
}
// ---- end of endpoints pack

// --- time-values pack (premortem-time-truncation, premortem-week-year-format)
const std::pair<llvm::StringRef, TimeValueRule::Kind> TimeValueKindNames[] = {
    {"epoch-function", TimeValueRule::EpochFunction},
    {"epoch-type", TimeValueRule::EpochType},
    {"epoch-field", TimeValueRule::EpochField},
    {"long-offset", TimeValueRule::LongOffset},
    {"wire-format", TimeValueRule::WireFormat}};

TimeValueRule readTimeValue(const YAML::Node &N) {
  TimeValueRule R;
  if (readEntryHead(N, "time-values", {"name", "kind", "disabled"}, R))
    return R; // a disabling entry needs nothing but its name
  if (!N["kind"])
    fail(N, llvm::formatv("missing 'kind' in time-values entry '{0}'", R.Name).str());
  R.What = readEnum<TimeValueRule::Kind>(N["kind"], "kind", TimeValueKindNames);
  return R;
}

DateFormatter readDateFormatter(const YAML::Node &N) {
  DateFormatter F;
  if (readEntryHead(N, "date-formatters", {"name", "format", "disabled"}, F))
    return F;
  const YAML::Node V = N["format"];
  if (!V)
    fail(N, llvm::formatv("missing 'format' in date-formatters entry '{0}'", F.Name).str());
  llvm::StringRef S = V.IsScalar() ? llvm::StringRef(V.Scalar()) : "";
  if (S == "first-string")
    F.Format = DateFormatter::FirstString;
  else if (S == "braces")
    F.Format = DateFormatter::Braces;
  else if (!S.empty() && !S.getAsInteger(10, F.Arg))
    F.Format = DateFormatter::Argument;
  else
    fail(V, "'format' must be an argument index, first-string or braces");
  return F;
}
// --- end time-values pack
// --- fallbacks pack

FallbackDeclaration readFallback(const YAML::Node &N) {
  FallbackDeclaration F;
  if (readEntryHead(N, "fallback-declarations",
                    {"name", "also", "declare", "support", "disabled"}, F))
    return F;
  if (!N["declare"])
    fail(N, llvm::formatv("missing 'declare' in fallback-declarations entry '{0}'",
                          F.Name)
                .str());
  F.Declare = readString(N["declare"], "declare");
  if (const YAML::Node A = N["also"])
    F.Also = readStringList(A, "also");
  if (const YAML::Node S = N["support"])
    F.Support = readBool(S, "support");
  return F;
}

Platform readPlatform(const YAML::Node &N) {
  Platform P;
  if (readEntryHead(N, "platforms", {"name", "headers", "defines", "disabled"}, P))
    return P;
  if (!N["headers"])
    fail(N, llvm::formatv("missing 'headers' in platforms entry '{0}'", P.Name).str());
  P.Headers = readStringList(N["headers"], "headers");
  if (const YAML::Node D = N["defines"])
    P.Defines = readStringList(D, "defines");
  return P;
}
// --- end fallbacks pack

/// Reads a list section of Root whose entries are keyed by 'name'.
template <typename T, typename ReadFn>
void readNamedList(const YAML::Node &Root, llvm::StringRef Key, ReadFn Read,
                   std::vector<T> &Out) {
  const YAML::Node List = Root[Key.str()];
  if (!List)
    return;
  if (!List.IsSequence())
    fail(List, llvm::formatv("'{0}' must be a list", Key).str());
  llvm::StringSet<> Seen;
  for (const YAML::Node &Entry : List) {
    T Item = Read(Entry);
    if (!Seen.insert(Item.Name).second)
      fail(Entry, llvm::formatv("duplicate {0} entry '{1}'", Key, Item.Name).str());
    Out.push_back(std::move(Item));
  }
}

RulePack readPack(const YAML::Node &Root) {
  if (!Root.IsDefined() || Root.IsNull())
    throw SchemaError{Root.Mark(), "empty rule pack: expected 'version: 1'"};
  requireMap(Root, "a rule pack");
  rejectUnknownKeys(Root, "a rule pack",
                    {"version", "time-functions", "null-consumers", "trusted-sources",
                     "calendar", "date-guards", "date-builders", "date-parsers",
                     "day-adders",
                     "certificates",
                     // retry pack
                     "retry-operations", "retry-waits", "random-sources",
                     "reconnect-functions",
                     "endpoints",
                     // time-values pack
                     "time-values", "date-formatters",
                     // fallbacks pack
                     "fallback-declarations", "platforms"});
  RulePack Pack;
  if (!Root["version"])
    fail(Root, "missing 'version' in the rule pack");
  Pack.Version = readUnsigned(Root["version"], "version");
  if (Pack.Version != 1)
    fail(Root["version"],
         llvm::formatv("unsupported rule pack version {0} (this premortem reads version 1)",
                       Pack.Version)
             .str());
  readNamedList(Root, "time-functions", readTimeFunction, Pack.TimeFunctions);
  readNamedList(Root, "null-consumers", readNullConsumer, Pack.NullConsumers);
  readNamedList(Root, "trusted-sources", readTrustedSource, Pack.TrustedSources);
  readNamedList(Root, "calendar", readCalendarType, Pack.CalendarTypes);
  readNamedList(Root, "date-guards", readDateGuard, Pack.DateGuards);
  readNamedList(Root, "date-builders", readDateBuilder, Pack.DateBuilders);
  readNamedList(Root, "date-parsers", readDateParser, Pack.DateParsers);
  readNamedList(Root, "day-adders", readDayAdder, Pack.DayAdders);
  readNamedList(Root, "certificates", readCertFunction, Pack.CertFunctions);
  // retry pack
  readNamedList(Root, "retry-operations", readRetryOperation, Pack.RetryOperations);
  readNamedList(Root, "retry-waits", readRetryWait, Pack.RetryWaits);
  readNamedList(Root, "random-sources", readRandomSource, Pack.RandomSources);
  readNamedList(Root, "reconnect-functions", readReconnectName, Pack.ReconnectNames);
  readNamedList(Root, "endpoints", readEndpointRule, Pack.EndpointRules);
  // time-values pack
  readNamedList(Root, "time-values", readTimeValue, Pack.TimeValues);
  readNamedList(Root, "date-formatters", readDateFormatter, Pack.DateFormatters);
  // fallbacks pack
  readNamedList(Root, "fallback-declarations", readFallback, Pack.Fallbacks);
  readNamedList(Root, "platforms", readPlatform, Pack.Platforms);
  return Pack;
}

llvm::Error makeError(llvm::StringRef File, const YAML::Mark &M, llvm::StringRef What) {
  // yaml-cpp marks are 0-based; an unknown position is reported as 1:1.
  unsigned Line = M.line >= 0 ? M.line + 1 : 1;
  unsigned Col = M.column >= 0 ? M.column + 1 : 1;
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      llvm::formatv("{0}:{1}:{2}: error: {3}", File, Line, Col, What).str());
}

} // namespace

llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text, llvm::StringRef FileName) {
  try {
    return readPack(YAML::Load(Text.str()));
  } catch (const SchemaError &E) {
    return makeError(FileName, E.Where, E.What);
  } catch (const YAML::Exception &E) {
    return makeError(FileName, E.mark, E.msg);
  }
}

} // namespace clang::tidy::premortem
