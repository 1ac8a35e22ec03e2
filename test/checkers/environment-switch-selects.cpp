// C++: the endpoint selected by `if constexpr`, ?: on a constant, and by
// an enumerator default through the `case` or comparison that maps it to
// an endpoint.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -std=c++17 -nostdinc -nostdinc++

constexpr bool kUseStagingServer = true;
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'kUseStagingServer' selects staging at compile time (word 'staging') and with it endpoint 'https://api-staging.contoso.net/v1'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
const char *url() {
  if constexpr (kUseStagingServer)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:17: note: 'kUseStagingServer' selects endpoint 'https://api-staging.contoso.net/v1' here
    return "https://api-staging.contoso.net/v1";
  else
    return "https://api.contoso.net/v1";
}

constexpr bool kUsePreprodLicensing = true;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:16: warning: 'kUsePreprodLicensing' selects pre-production at compile time (word 'preprod') and with it endpoint 'https://wga-preprod.contoso.net'; {{.*}}
const char *license() {
  if constexpr (!kUsePreprodLicensing)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:18: note: 'kUsePreprodLicensing' selects endpoint 'https://wga-preprod.contoso.net' here
    return "https://wga.contoso.net";
  else
    return "https://wga-preprod.contoso.net";
}

constexpr bool kUseSandboxPayments = true;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:16: warning: 'kUseSandboxPayments' selects sandbox at compile time (word 'sandbox') and with it endpoint 'https://api.sandbox.paypal.com'; {{.*}}
const char *kPay = kUseSandboxPayments ? "https://api.sandbox.paypal.com" : "https://api.paypal.com";
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:20: note: 'kUseSandboxPayments' selects endpoint 'https://api.sandbox.paypal.com' here

enum class Environment { Production, Staging, Dev, Sandbox };
const char *baseUrl(Environment e) {
  switch (e) {
  case Environment::Production:
    return "https://api.contoso.net";
  case Environment::Staging:
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:8: note: 'Staging' selects endpoint 'https://api-staging.contoso.net' here
    return "https://api-staging.contoso.net";
  case Environment::Dev: {
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:8: note: 'Dev' selects endpoint 'https://dev.contoso.net' here
    const char *u = "https://dev.contoso.net";
    return u;
  }
  case Environment::Sandbox:
    break;
  }
  return "";
}

struct Client {
  Environment env = Environment::Staging;
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:21: warning: 'Staging' as the default value of 'env' selects staging at compile time (enumerator word 'staging') and with it endpoint 'https://api-staging.contoso.net'; {{.*}}
};
void connect(Environment e = Environment::Dev);
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:30: warning: 'Dev' as the default argument of 'e' selects development at compile time (enumerator word 'dev') and with it endpoint 'https://dev.contoso.net'; {{.*}}

// A comparison selects: == the then-branch, != the else-branch.
enum Tier { TierProd, TierSandbox, TierUat };
Tier g_tier = TierSandbox;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:15: warning: 'TierSandbox' as the default value of 'g_tier' selects sandbox at compile time (enumerator word 'sandbox') and with it endpoint 'https://sandbox.contoso.net'; {{.*}}
const char *tierUrl() { return g_tier == TierSandbox ? "https://sandbox.contoso.net" : "https://contoso.net"; }
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:42: note: 'TierSandbox' selects endpoint 'https://sandbox.contoso.net' here
struct Account { Tier tier = TierUat; };
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:30: warning: 'TierUat' as the default value of 'tier' selects user-acceptance test at compile time (enumerator word 'uat') and with it endpoint 'https://uat.contoso.net'; {{.*}}
const char *accountUrl(const Account &a) {
  if (a.tier != TierUat)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:17: note: 'TierUat' selects endpoint 'https://uat.contoso.net' here
    return "https://contoso.net";
  else
    return "https://uat.contoso.net";
}

// Templates: one report, the endpoint from the template's own branch.
template <typename T> const char *pick() {
  if constexpr (kUseStagingServer)
    return "https://stage2.contoso.net";
  return "https://contoso.net";
}
const char *p1 = pick<int>();
const char *p2 = pick<long>();

// Negatives: a constant that selects nothing non-production is not a
// switch, whatever its branches name.
constexpr bool kUseProductionServer = true;
const char *prod() { return kUseProductionServer ? "https://api.contoso.net" : "https://api-staging.contoso.net"; }

// The chosen branch reads a constant that holds the endpoint.
constexpr const char *kIntegrationHost = "int-gw.contoso.net";
constexpr const char *kProductionHost = "gw.contoso.net";
constexpr bool kUseIntegrationGateway = true;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:16: warning: 'kUseIntegrationGateway' selects integration at compile time (word 'integration') and with it endpoint 'int-gw.contoso.net'; {{.*}}
const char *gateway() { return kUseIntegrationGateway ? kIntegrationHost : kProductionHost; }
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:32: note: 'kUseIntegrationGateway' selects endpoint 'int-gw.contoso.net' here
