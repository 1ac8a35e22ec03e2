//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/support/rules/RulePack.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::premortem {

template <typename T>
static void mergeByName(std::vector<T> &Base, const std::vector<T> &Overlay) {
  for (const T &Entry : Overlay) {
    auto It = llvm::find_if(Base, [&](const T &B) { return B.Name == Entry.Name; });
    if (Entry.Disabled) {
      if (It != Base.end())
        Base.erase(It);
      continue;
    }
    if (It != Base.end())
      *It = Entry;
    else
      Base.push_back(Entry);
  }
}

void mergeRulePack(RulePack &Base, const RulePack &Overlay) {
  mergeByName(Base.TimeFunctions, Overlay.TimeFunctions);
  mergeByName(Base.NullConsumers, Overlay.NullConsumers);
  mergeByName(Base.TrustedSources, Overlay.TrustedSources);
  mergeByName(Base.CalendarTypes, Overlay.CalendarTypes);
  mergeByName(Base.DateGuards, Overlay.DateGuards);
  mergeByName(Base.DateBuilders, Overlay.DateBuilders); // date-builders
  mergeByName(Base.DateParsers, Overlay.DateParsers);   // date-parsers
  mergeByName(Base.DayAdders, Overlay.DayAdders);       // day-adders
  mergeByName(Base.CertFunctions, Overlay.CertFunctions); // certificates
  // retry pack
  mergeByName(Base.RetryOperations, Overlay.RetryOperations);
  mergeByName(Base.RetryWaits, Overlay.RetryWaits);
  mergeByName(Base.RandomSources, Overlay.RandomSources);
  mergeByName(Base.ReconnectNames, Overlay.ReconnectNames);
  mergeByName(Base.EndpointRules, Overlay.EndpointRules); // endpoints pack
  // time-values pack
  mergeByName(Base.TimeValues, Overlay.TimeValues);
  mergeByName(Base.DateFormatters, Overlay.DateFormatters);
  // end time-values pack
  // fallbacks pack
  mergeByName(Base.Fallbacks, Overlay.Fallbacks);
  mergeByName(Base.Platforms, Overlay.Platforms);
  // end fallbacks pack
}

/// The enabled entry called Name in one section, or null.
template <typename T>
static const T *findEnabled(const std::vector<T> &Entries, llvm::StringRef Name) {
  for (const T &E : Entries)
    if (E.Name == Name && !E.Disabled)
      return &E;
  return nullptr;
}

const CalendarType *findCalendarType(const RulePack &Pack, llvm::StringRef Name) {
  return findEnabled(Pack.CalendarTypes, Name);
}

const DateGuard *findDateGuard(const RulePack &Pack, llvm::StringRef Name) {
  return findEnabled(Pack.DateGuards, Name);
}

// --- date-builders ----------------------------------------------------------
/// The enabled entry whose name is QualifiedName or a `::`-separated tail.
template <typename T>
static const T *findQualified(const std::vector<T> &Entries, llvm::StringRef Q) {
  for (const T &E : Entries) {
    if (E.Disabled)
      continue;
    if (Q == E.Name || (Q.ends_with(E.Name) && Q.drop_back(E.Name.size()).ends_with("::")))
      return &E;
  }
  return nullptr;
}

const DateBuilder *findDateBuilder(const RulePack &Pack, llvm::StringRef QualifiedName) {
  return findQualified(Pack.DateBuilders, QualifiedName);
}

const DateParser *findDateParser(const RulePack &Pack, llvm::StringRef QualifiedName) {
  return findQualified(Pack.DateParsers, QualifiedName);
}
// --- end date-builders ------------------------------------------------------
// --- day-adders -------------------------------------------------------------
const DayAdder *findDayAdder(const RulePack &Pack, llvm::StringRef QualifiedName) {
  return findQualified(Pack.DayAdders, QualifiedName);
}
// --- end day-adders ---------------------------------------------------------

const TimeFunction *findTimeFunction(const RulePack &Pack, llvm::StringRef Name) {
  return findEnabled(Pack.TimeFunctions, Name);
}

const NullConsumer *findNullConsumer(const RulePack &Pack, llvm::StringRef Name) {
  return findEnabled(Pack.NullConsumers, Name);
}

const TrustedSource *findTrustedSource(const RulePack &Pack, llvm::StringRef Name) {
  return findEnabled(Pack.TrustedSources, Name);
}

// certificates section (premortem-cert-expiry)
const CertFunction *findCertFunction(const RulePack &Pack, llvm::StringRef Name) {
  return findEnabled(Pack.CertFunctions, Name);
}
// end of certificates section

// --- time-values pack
const TimeValueRule *findTimeValue(const RulePack &Pack, llvm::StringRef Name,
                                   TimeValueRule::Kind What) {
  const TimeValueRule *R = findEnabled(Pack.TimeValues, Name);
  return R && R->What == What ? R : nullptr;
}
// --- end time-values pack

bool dereferencesArgument(const NullConsumer &Consumer, unsigned Index,
                          bool IsCharPointer) {
  if (llvm::is_contained(Consumer.Args, Index))
    return true;
  return IsCharPointer && Consumer.StringsFrom && Index >= *Consumer.StringsFrom;
}

llvm::StringRef spellFailure(FailureValue V) {
  switch (V) {
  case FailureValue::Zero:
    return "0";
  case FailureValue::Null:
    return "NULL";
  case FailureValue::MinusOne:
    return "(time_t)-1";
  case FailureValue::NonZero:
    return "a nonzero error code";
  case FailureValue::NtError:
    return "a failure NTSTATUS";
  }
  return "";
}

} // namespace clang::tidy::premortem
