// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <botan/calendar.h>
#include <botan/x509self.h>
#include <chrono>

// ---------------------------------------------------------------------------
// X509_Cert_Options::end from a calendar_point rebuilt with year + 1:
// calendar_point does not validate, 29 February 2025 becomes 1 March.
// ---------------------------------------------------------------------------

void one_year(Botan::X509_Cert_Options &opts) {
  auto now = std::chrono::system_clock::now();
  Botan::calendar_point today(now);
  Botan::calendar_point expiry(today.year() + 1, today.month(), today.day(), today.hour(),
                               today.minutes(), today.seconds());
  opts.end = Botan::X509_Time(expiry.to_std_timepoint());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: validity date assigned to 'end' is a 'Botan::calendar_point' built from a shifted year and the original day without handling 29 February; on a leap day the conversion silently moves it to 1 March (clamp the day to 28 February, or use a day-based validity) [premortem-cert-expiry]
  // CHECK-MESSAGES: :[[@LINE-4]]:32: note: year of the 'Botan::calendar_point' is shifted here
}

// Built in the argument.
void inline_build(Botan::X509_Cert_Options &opts, int years) {
  Botan::calendar_point now = Botan::calendar_value(std::chrono::system_clock::now());
  opts.end = Botan::X509_Time(
      Botan::calendar_point(now.year() + years, now.month(), now.day(), 0, 0, 0)
          .to_std_timepoint());
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: validity date assigned to 'end' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: year of the {{.*}}
}

// A template: reported once.
template <typename Opts> void templated(Opts &opts, const Botan::calendar_point &cp) {
  Botan::calendar_point e(cp.year() + 1, cp.month(), cp.day(), 0, 0, 0);
  opts.end = Botan::X509_Time(e.to_std_timepoint());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: validity date assigned to 'end' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: year of the {{.*}}
}
void use_templated(Botan::X509_Cert_Options &a, Botan::X509_Cert_Options &b,
                   const Botan::calendar_point &cp) {
  templated(a, cp);
  templated(b, cp);
}

// ---------------------------------------------------------------------------
// Silent: a duration from now, the day clamped, start from now, a field
// that is not a validity.
// ---------------------------------------------------------------------------

void duration(Botan::X509_Cert_Options &opts) {
  auto now = std::chrono::system_clock::now();
  opts.start = Botan::X509_Time(now);
  opts.end = Botan::X509_Time(now + std::chrono::hours(24 * 365));
}

void clamped(Botan::X509_Cert_Options &opts, const Botan::calendar_point &today) {
  unsigned day = today.day();
  if (today.month() == 2 && day == 29)
    day = 28;
  Botan::calendar_point expiry(today.year() + 1, today.month(), day, 0, 0, 0);
  opts.end = Botan::X509_Time(expiry.to_std_timepoint());
}

void same_year(Botan::X509_Cert_Options &opts, const Botan::calendar_point &today) {
  Botan::calendar_point expiry(today.year(), 12, 31, 23, 59, 59);
  opts.end = Botan::X509_Time(expiry.to_std_timepoint());
}

struct Window {
  Botan::X509_Time end;
};
void not_options(Window &w, const Botan::calendar_point &today) {
  Botan::calendar_point e(today.year() + 1, today.month(), today.day(), 0, 0, 0);
  Botan::X509_Time other(e.to_std_timepoint());
  (void)other;
}

// Botan 2.x accessors.
void botan2(Botan::X509_Cert_Options &opts) {
  Botan::calendar_point now = Botan::calendar_value(std::chrono::system_clock::now());
  Botan::calendar_point expiry(now.get_year() + 1, now.get_month(), now.get_day(), 12, 0, 0);
  opts.end = Botan::X509_Time(expiry.to_std_timepoint());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: validity date assigned to 'end' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: year of the {{.*}}
}

// X509_CA::sign_request with an explicit not_after, through two locals.
#include <botan/x509_ca.h>
Botan::X509_Certificate sign(const Botan::X509_CA &ca, const Botan::PKCS10_Request &req,
                             Botan::RandomNumberGenerator &rng) {
  auto now = std::chrono::system_clock::now();
  Botan::calendar_point today(now);
  Botan::calendar_point e(today.year() + 3, today.month(), today.day(), 0, 0, 0);
  Botan::X509_Time not_after(e.to_std_timepoint());
  return ca.sign_request(req, rng, Botan::X509_Time(now), not_after);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'sign_request' is a 'Botan::calendar_point' built from a shifted year and the original day {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: year of the {{.*}}
}

// A duration: silent.
Botan::X509_Certificate sign_days(const Botan::X509_CA &ca, const Botan::PKCS10_Request &req,
                                  Botan::RandomNumberGenerator &rng) {
  auto now = std::chrono::system_clock::now();
  return ca.sign_request(req, rng, Botan::X509_Time(now),
                         Botan::X509_Time(now + std::chrono::hours(24 * 365 * 3)));
}
