// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <botan/x509self.h>

// not_after parses the string and throws Invalid_Argument for a date that
// does not exist.
void options_leap(Botan::X509_Cert_Options &opts) {
  opts.not_before("20240229000000Z");
  opts.not_after("20250229000000Z");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: date "20250229000000Z" passed to 'not_after' does not exist; it throws (use a date that exists, such as the last day of the month) [premortem-cert-expiry]
}

// A template: reported once.
template <typename Options>
void options_for(Options &opts) {
  opts.not_after("20270229000000Z");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: date "20270229000000Z" passed to 'not_after' {{.*}}
}
void instantiate(Botan::X509_Cert_Options &a, Botan::X509_Cert_Options &b) {
  options_for(a);
  options_for(b);
}

// The default 365-day validity and dates that exist: silent.
void options_fine(Botan::X509_Cert_Options &opts, const std::string &until) {
  Botan::X509_Cert_Options defaults("CN=test");
  opts.not_before("20240229000000Z");
  opts.not_after("20250228000000Z");
  opts.not_after(until);
}

// A class of the same shape outside Botan is not Botan's.
struct X509_Cert_Options {
  void not_after(const char *s);
};
void not_botan(X509_Cert_Options &o) { o.not_after("20250229000000Z"); }

#define LEAP_END "20290229000000Z"
void from_macro(Botan::X509_Cert_Options &opts) {
  opts.not_after(LEAP_END);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: date "20290229000000Z" passed to 'not_after' {{.*}}
}
