// RUN: %check_tidy %s premortem-unchecked-time-conversion %t -- -std=c++17 -nostdinc -isystem %inputs/mock-headers

#include <cstring>
#include <ctime>
#include <iomanip>
#include <openssl/asn1.h>

int std_qualified(std::time_t t) {
  return std::gmtime(&t)->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gmtime' can return NULL when it cannot convert the time, and dereferencing its result crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}

void global_qualified(std::tm &tm) {
  tm.tm_year += 1;
  ::mktime(&tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'tm.tm_year' was shifted; 'mktime' does not fail on 29 February of a non-leap year, it silently moves the date to 1 March (clamp the day to the target month, then check the result) [premortem-unchecked-time-conversion]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'tm.tm_year' is shifted here
}

auto put_time_consumer(std::time_t t) {
  return std::put_time(std::localtime(&t), "%F");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'localtime' can return NULL when it cannot convert the time, and passing its result to 'put_time' crashes the program (check the result for NULL first) [premortem-unchecked-time-conversion]
}

std::tm by_reference(std::time_t t) {
  const std::tm &ref = *std::localtime(&t);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'localtime' can return NULL {{.*}}
  return ref;
}

// Unevaluated operands.
using year_type = decltype(std::gmtime(nullptr)->tm_year);
bool no_throw = noexcept(*std::localtime(nullptr));
unsigned long size = sizeof(std::gmtime(nullptr)->tm_mon);

// Correct C++ idioms.
int condition_variable(std::time_t t) {
  if (const std::tm *p = std::gmtime(&t))
    return p->tm_year;
  return -1;
}

struct bad_time {};
int throws(std::time_t t) {
  auto *p = std::localtime(&t);
  if (p == nullptr)
    throw bad_time{};
  return p->tm_mday;
}

[[noreturn]] void fail(const char *why);
int noreturn_helper(std::time_t t) {
  std::tm *p = std::gmtime(&t);
  if (!p)
    fail("gmtime");
  return p->tm_mon;
}

int explicit_bool(std::time_t t) {
  std::tm *p = std::gmtime(&t);
  if (!static_cast<bool>(p))
    return 0;
  return p->tm_sec;
}

std::tm copy_checked(std::time_t t) {
  std::tm out{};
  if (std::tm *p = std::localtime(&t))
    out = *p;
  return out;
}

// Lambdas are functions of their own.
int lambdas(std::time_t t) {
  auto checked = [](std::time_t v) {
    std::tm *p = std::gmtime(&v);
    return p ? p->tm_year : -1;
  };
  auto unchecked = [](std::time_t v) {
    std::tm *p = std::gmtime(&v);
    return p->tm_year;
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'p' may be NULL here: 'gmtime' returns NULL {{.*}}
    // CHECK-MESSAGES: :[[@LINE-3]]:18: note: 'p' is set from 'gmtime' here
  };
  return checked(t) + unchecked(t);
}

// Templates: one warning per location, however many instantiations.
template <typename T> int year_of(T t) {
  return std::gmtime(&t)->tm_year;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gmtime' can return NULL {{.*}}
}
template <typename T> int month_of(std::time_t t) {
  T *p = std::localtime(&t);
  return p->tm_mon;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'p' may be NULL here: 'localtime' returns NULL {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'p' is set from 'localtime' here
}
template <typename T> void shift_year(T &date) {
  date.tm_year += 1;
  std::mktime(&date);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'mktime' is ignored after 'date.tm_year' was shifted; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'date.tm_year' is shifted here
}
template <typename T> int checked_in_template(T t) {
  std::tm *p = std::gmtime(&t);
  return p ? p->tm_year : 0;
}
template <typename T> int never_instantiated(T t) {
  // Dependent: nothing to say until instantiated.
  return std::gmtime(&t)->tm_year;
}

int use_templates(std::tm &tm) {
  shift_year(tm);
  return year_of<std::time_t>(0) + year_of<long>(1) + month_of<std::tm>(0) +
         month_of<const std::tm>(0) + checked_in_template(0L);
}

// Methods and user functions that share a name are not the library's.
struct Clock {
  std::tm *gmtime(const std::time_t *) const;
  std::time_t mktime(std::tm *) const;
};
namespace mylib {
std::tm *localtime(const std::time_t *);
}
int same_names(const Clock &c, std::time_t t, std::tm *tm) {
  tm->tm_year++;
  c.mktime(tm);
  return c.gmtime(&t)->tm_year + mylib::localtime(&t)->tm_year;
}

// Out-parameter read in C++.
int out_param(const ASN1_TIME *s) {
  std::tm tm;
  ASN1_TIME_to_tm(s, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'ASN1_TIME_to_tm' is ignored but 'tm' is read afterwards; {{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is read here
  return tm.tm_year;
}

int out_param_assigned(const ASN1_TIME *s, const std::tm &fallback) {
  std::tm tm;
  ASN1_TIME_to_tm(s, &tm);
  tm = fallback;
  return tm.tm_year;
}

// Values straight from the clock (trusted-sources) convert without failing.
int from_clock() {
  auto now = std::time(nullptr);
  std::tm tm;
  localtime_r(&now, &tm);
  std::timespec ts;
  std::timespec_get(&ts, TIME_UTC);
  std::tm utc;
  gmtime_r(&ts.tv_sec, &utc);
  return tm.tm_year + utc.tm_year;
}

template <typename T> int from_clock_template() {
  T now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  return tm.tm_year;
}

template <typename T> int shifted_clock_template(T offset) {
  T now = std::time(nullptr);
  now += offset;
  std::tm tm;
  gmtime_r(&now, &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gmtime_r' is ignored but 'tm' is read afterwards; {{.*}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: 'tm' is read here
  return tm.tm_year;
}

int use_clock_templates() {
  return from_clock_template<std::time_t>() + shifted_clock_template<std::time_t>(3600);
}
