//===----------------------------------------------------------------------===//
// Rule packs: the knowledge the checks use (which calls convert times, how
// they fail), read from YAML. This header has no yaml-cpp in it.
//===----------------------------------------------------------------------===//
#ifndef PREMORTEM_CHECKS_SUPPORT_RULEPACK_H
#define PREMORTEM_CHECKS_SUPPORT_RULEPACK_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::premortem {

/// The value a conversion returns when it fails.
enum class FailureValue {
  Zero,     // FALSE / 0
  Null,     // NULL pointer
  MinusOne, // (time_t)-1
  NonZero,  // an errno_t other than 0
  NtError,  // an NTSTATUS for which NT_SUCCESS() is false
};

/// What a conversion does with an impossible date such as 29 Feb 2013.
enum class InvalidDate { NotApplicable, Fails, Normalizes, Accepts };

/// One entry of the `time-functions` pack.
struct TimeFunction {
  std::string Name; // unqualified function name
  std::string Api;  // c, posix, msvc-crt, win32, nt, openssl, boringssl, ...
  FailureValue Failure = FailureValue::Zero;
  InvalidDate OnInvalidDate = InvalidDate::NotApplicable;
  std::optional<unsigned> Input;  // argument holding the time value converted
  std::optional<unsigned> Output; // out-parameter written only on success
  std::string Consequence;        // extra words for the diagnostic, optional
  bool Disabled = false;          // a user pack turning a default entry off
};

/// One entry of the `null-consumers` pack: a function that dereferences some
/// pointer arguments, so passing it NULL crashes the program.
struct NullConsumer {
  std::string Name;                  // unqualified function name
  std::vector<unsigned> Args;        // pointer arguments it dereferences
  std::optional<unsigned> StringsFrom; // variadic: char pointers from here on
  bool Disabled = false;
};

/// One entry of the `trusted-sources` pack: a call that yields the current
/// time from the system clock. Its value is always a valid date, so a
/// conversion of it cannot fail in practice.
struct TrustedSource {
  std::string Name;              // unqualified function name
  std::vector<unsigned> Outputs; // arguments it fills with the time
  bool Returns = false;          // its result is the time (`time(NULL)`)
  bool Disabled = false;
};

/// One entry of the `calendar` pack: a record whose fields hold a calendar
/// date, and which fields hold the year, month and day.
struct CalendarType {
  std::string Name;      // record name or typedef name (`tm`, `SYSTEMTIME`)
  std::string Year;      // field names
  std::string Month;
  std::string Day;
  unsigned MonthBase = 1; // the value January has in the month field (tm: 0)
  unsigned YearBase = 0;  // the year a stored 0 means (tm: 1900; full years: 0)
  bool Disabled = false;
};

/// One entry of the `date-guards` pack: a function whose call handles 29
/// February on the path it is on.
struct DateGuard {
  enum Kind { LeapTest, Clamp };
  std::string Name; // unqualified function name
  Kind What = LeapTest;
  bool Disabled = false;
};

// --- date-builders (premortem-year-arithmetic) -----------------------------
/// One entry of the `date-builders` pack: a constructor, factory or setter
/// that builds a date from a year, a month and a day. Rebuilding a date with
/// a shifted year and the old day gives 29 February in a non-leap year.
struct DateBuilder {
  std::string Name; // function, `Class::method`, or class for constructors
  unsigned Year = 0, Month = 1, Day = 2; // argument positions
  bool Disabled = false;
};

/// One entry of the `date-parsers` pack: a call that reads a date from a
/// string (a parser or a certificate validity setter). A date printed with a
/// shifted year and the old day and then parsed is 29 February in a non-leap
/// year.
struct DateParser {
  std::string Name;            // function or `Class::method`
  std::vector<unsigned> Inputs; // arguments holding date strings
  bool Disabled = false;
};
// --- end date-builders ------------------------------------------------------
// --- day-adders (premortem-days-per-year) -----------------------------------
/// One entry of the `day-adders` pack: a call or constructor that adds a
/// count of days (or hours, seconds) to a date, or makes a duration of one.
/// A count of 365 days there is a year taken as 365 days.
struct DayAdder {
  enum Kind { Adds, Span };
  std::string Name;  // function, `Class::method`, or class for constructors
  unsigned Count = 0; // the argument holding the count
  int64_t Seconds = 86400; // one unit of the count, in seconds
  Kind What = Adds;  // Adds: the call adds to a date; Span: it makes a duration
  unsigned Args = 0; // only calls with this many arguments (0: any)
  bool Disabled = false;
};
// --- end day-adders ---------------------------------------------------------
//===--- certificates section (premortem-cert-expiry) ---------------------===//

/// What a certificate-validity call returns when it fails.
enum class CertFailure {
  Zero,     // 0 / FALSE
  Null,     // a NULL pointer
  Negative, // a negative error code (GnuTLS, wolfSSL)
  NonZero,  // an error code other than 0 (mbedTLS)
  None,     // no result to check: it throws or cannot fail
};

/// What a validity call does with 29 February of a non-leap year.
enum class CertLeapDay { NotApplicable, Fails, Accepts, Normalizes, Throws };

/// Which ASN.1 time type a call produces, for the UTCTime 2050 limit.
enum class CertUtcTime { No, Always, Object };

/// One entry of the `certificates` pack: a call that sets a certificate's
/// validity, how it fails and which arguments hold dates and offsets.
struct CertFunction {
  std::string Name; // unqualified name, or Class::method (Botan)
  std::string Api;  // openssl, boringssl, mbedtls, gnutls, nss, win32, ...
  CertFailure Failure = CertFailure::Zero;
  CertLeapDay OnInvalidDate = CertLeapDay::NotApplicable;
  std::vector<unsigned> Dates;          // arguments holding a validity date
  bool Microseconds = false;            // integer dates are in microseconds
  std::optional<unsigned> OffsetDays;   // argument holding a day offset
  std::optional<unsigned> OffsetSeconds; // argument holding a seconds offset
  std::optional<unsigned> Object;       // the ASN1_TIME argument written
  CertUtcTime UtcTime = CertUtcTime::No;
  std::optional<unsigned> ImplicitYear; // NULL here: the library adds a year
  std::optional<unsigned> Validates;    // checks this ASN1_TIME argument
  /// With IntoFields: the call is a validity call only when its argument
  /// Output designates a field of one of these names (CERT_INFO.NotAfter).
  std::optional<unsigned> Output;
  std::vector<std::string> IntoFields;
  std::string Consequence;              // optional words for the diagnostic
  bool Disabled = false;
};

/// The enabled certificates entry called Name, or null.
const CertFunction *findCertFunction(const struct RulePack &Pack, llvm::StringRef Name);

//===--- end of certificates section --------------------------------------===//
// --- retry pack (premortem-retry-without-jitter) ---------------------------

/// One entry of `retry-operations`: a call that can fail and is worth
/// retrying (connect, send, a request). A name is matched against the end of
/// the callee's qualified name (`connect`, `tcp::socket::connect`); with
/// `substring: true` it matches any callee whose name contains it.
struct RetryOperation {
  enum Kind { Connect, Request };
  std::string Name;
  Kind What = Request;
  bool Substring = false;
  bool ReturnType = false; // Name is a status type returned by operations
  bool Disabled = false;
};

/// One entry of `retry-waits`: a call that waits, and which argument holds
/// the delay.
struct RetryWait {
  enum Unit { Seconds, Millis, Micros, Nanos, Chrono, Timespec, Timeval };
  std::string Name;
  unsigned Duration = 0; // argument index of the delay
  Unit In = Seconds;
  std::vector<unsigned> NullArgs; // a wait only when these are null or 0
  bool Timer = false;             // arms a timer instead of blocking
  bool Disabled = false;
};

/// One entry of `random-sources`: a function, or a class whose members
/// produce random values (engines, distributions, jitter helpers).
struct RandomSource {
  std::string Name;
  bool Disabled = false;
};

/// One entry of `reconnect-functions`: a word that, contained in a
/// function's name, marks it as a reconnect or retry path.
struct ReconnectName {
  std::string Name;
  bool Disabled = false;
};

// --- end retry pack --------------------------------------------------------
// ---- endpoints pack (premortem-hardcoded-endpoint, premortem-environment-switch)

/// Hosts and URLs never reported: exact hosts, globs over the host or the
/// URL, and bounded regexes over the host (gitleaks-style allowlists).
struct EndpointAllow {
  std::vector<std::string> Hosts;
  std::vector<std::string> Globs;
  std::vector<std::string> Regexes;
  bool empty() const { return Hosts.empty() && Globs.empty() && Regexes.empty(); }
};

/// One entry of the `endpoints` pack.
struct EndpointRule {
  enum Kind {
    Environment,    // labels naming a non-production environment
    InternalSuffix, // host suffixes of internal networks (`.corp`)
    PublicSuffix,   // top-level labels that make `a.b.com` a host name
    Documentation,  // host suffixes reserved for documentation (`example.com`)
    ReferenceUrls,  // URL globs of standards, namespaces and licenses
    Allowlist,      // the user's allowlist (global, or for some rules)
    TestPaths,      // file globs of test code, where nothing is reported
  };
  std::string Name;
  Kind What = Environment;
  std::string EnvironmentName;       // environment: `pre-production`
  std::vector<std::string> Labels;   // environment: `preprod`, `pre-prod`
  bool InPath = false;               // environment: also match URL path segments
  bool WeakSwitch = false;           // environment: a switch needs a place word
  std::vector<std::string> Suffixes; // internal/public-suffix, documentation
  std::vector<std::string> Urls;     // reference-urls
  std::vector<std::string> Paths;    // test-paths
  EndpointAllow Allow;               // allowlist, or a rule's own allowlist
  std::vector<std::string> Rules;    // allowlist: only for these rules
  bool Disabled = false;
};
// ---- end of endpoints pack

// --- time-values pack (premortem-time-truncation, premortem-week-year-format)
/// One entry of `time-values`: a name that tells premortem-time-truncation
/// what a value is or where it goes.
struct TimeValueRule {
  enum Kind {
    EpochFunction, // returns a point in time since 1970 (`time`, `mktime`)
    EpochType,     // a typedef holding one (`time_t`, `__time64_t`)
    EpochField,    // a field holding one (`tv_sec`, `st_mtime`)
    LongOffset,    // takes seconds offsets as `long` (`X509_gmtime_adj`)
    WireFormat,    // packs a value into a fixed-width wire field (`htonl`)
  };
  std::string Name;
  Kind What = EpochFunction;
  bool Disabled = false;
};

/// One entry of `date-formatters`: a function that formats a date with
/// strftime conversions, and where its format is.
struct DateFormatter {
  enum Where {
    Argument,    // argument Arg is a strftime format
    FirstString, // the first string argument is one (date::format)
    Braces,      // the first string argument is a std::format string whose
                 // chrono specs sit in {:...} fields
  };
  std::string Name; // C functions unqualified, C++ qualified (`std::put_time`)
  Where Format = Argument;
  unsigned Arg = 0;
  bool Disabled = false;
};

/// The enabled time-values entry called Name of kind What, or null.
const TimeValueRule *findTimeValue(const struct RulePack &Pack, llvm::StringRef Name,
                                   TimeValueRule::Kind What);
// --- end time-values pack

// --- fallbacks pack (analysis without a build: docs/driver.md) -------------
/// One entry of `fallback-declarations`: the C text declaring Name (and the
/// names in Also) for a file that uses Name while no header found declares
/// it. Name must be named by another section of the packs (the packs stay
/// the one list of APIs), unless Support marks it as a type the other
/// declarations need (`WORD`, `BOOL`).
struct FallbackDeclaration {
  std::string Name;
  std::vector<std::string> Also; // other names the text declares
  std::string Declare;           // C text; valid C and C++
  bool Support = false;
  bool Disabled = false;
};

/// One entry of `platforms`: a target a file is written for when it
/// includes one of Headers, and the macros its compilers predefine.
struct Platform {
  std::string Name;
  std::vector<std::string> Headers;
  std::vector<std::string> Defines; // NAME or NAME=VALUE
  bool Disabled = false;
};
// --- end fallbacks pack -----------------------------------------------------

struct RulePack {
  unsigned Version = 1;
  std::vector<CalendarType> CalendarTypes;
  std::vector<DateGuard> DateGuards;
  std::vector<DateBuilder> DateBuilders; // date-builders
  std::vector<DateParser> DateParsers;   // date-parsers
  std::vector<DayAdder> DayAdders;       // day-adders
  std::vector<TimeFunction> TimeFunctions;
  std::vector<NullConsumer> NullConsumers;
  std::vector<TrustedSource> TrustedSources;
  std::vector<CertFunction> CertFunctions; // certificates (premortem-cert-expiry)
  // retry pack
  std::vector<RetryOperation> RetryOperations;
  std::vector<RetryWait> RetryWaits;
  std::vector<RandomSource> RandomSources;
  std::vector<ReconnectName> ReconnectNames;
  std::vector<EndpointRule> EndpointRules; // endpoints pack
  // time-values pack
  std::vector<TimeValueRule> TimeValues;
  std::vector<DateFormatter> DateFormatters;
  // end time-values pack
  // fallbacks pack
  std::vector<FallbackDeclaration> Fallbacks;
  std::vector<Platform> Platforms;
  // end fallbacks pack
};

/// Parses one pack. Errors read "File:line:col: error: what".
/// Implemented in RulePackYaml.cpp, the only yaml-cpp user.
llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef FileName);

/// Adds Overlay to Base: entries with the same name replace Base's, disabled
/// entries remove them, new names are appended.
void mergeRulePack(RulePack &Base, const RulePack &Overlay);

/// The enabled entry called Name, or null.
const TimeFunction *findTimeFunction(const RulePack &Pack, llvm::StringRef Name);

/// The enabled null-consumers entry called Name, or null.
const NullConsumer *findNullConsumer(const RulePack &Pack, llvm::StringRef Name);

/// The enabled trusted-sources entry called Name, or null.
const TrustedSource *findTrustedSource(const RulePack &Pack, llvm::StringRef Name);

/// The enabled calendar entry called Name, or null.
const CalendarType *findCalendarType(const RulePack &Pack, llvm::StringRef Name);

/// The enabled date-guards entry called Name, or null.
const DateGuard *findDateGuard(const RulePack &Pack, llvm::StringRef Name);

// --- date-builders ----------------------------------------------------------
/// The enabled date-builders entry for QualifiedName (`QDate`,
/// `boost::gregorian::date`, `COleDateTime::SetDate`, `g_date_new_dmy`):
/// an entry matches the full name or a `::`-separated tail of it.
const DateBuilder *findDateBuilder(const RulePack &Pack, llvm::StringRef QualifiedName);
/// The enabled date-parsers entry for QualifiedName, matched the same way.
const DateParser *findDateParser(const RulePack &Pack, llvm::StringRef QualifiedName);
// --- end date-builders ------------------------------------------------------
// --- day-adders -------------------------------------------------------------
/// The enabled day-adders entry for QualifiedName, matched as date-builders.
const DayAdder *findDayAdder(const struct RulePack &Pack, llvm::StringRef QualifiedName);
// --- end day-adders ---------------------------------------------------------

/// True if Consumer dereferences argument Index; IsCharPointer tells whether
/// that argument is a character pointer (for variadic `%s` arguments).
bool dereferencesArgument(const NullConsumer &Consumer, unsigned Index,
                          bool IsCharPointer);

/// How the failure value is written in C, for diagnostics ("FALSE", "NULL").
llvm::StringRef spellFailure(FailureValue V);

} // namespace clang::tidy::premortem

#endif
