// C++: constexpr booleans, enumerator defaults, if constexpr, templates.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -std=c++17 -nostdinc -nostdinc++ -isystem %inputs/mock-headers

const char *getenv(const char *);

constexpr bool kUseTestServer = true;
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'kUseTestServer' selects test at compile time (word 'test') and with it endpoint 'https://test.contoso.com/'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
constexpr bool kUseStagingBackend = false;
constexpr const char *kDeploymentTarget = "uat";
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:23: warning: 'kDeploymentTarget' selects user-acceptance test at compile time (value "uat"); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]

enum class Environment { Production, Staging, PreProd, Dev };
enum class Color { Red, Stage };
enum Tier { TierProd, TierSandbox };

struct Client {
  Environment env = Environment::Staging;
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:21: warning: 'Staging' as the default value of 'env' selects staging at compile time (enumerator word 'staging'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
  Environment other = Environment::Production;
  Color color = Color::Stage;
};

void connect(Environment e = Environment::PreProd);
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:30: warning: 'PreProd' as the default argument of 'e' selects pre-production at compile time (enumerator word 'pre-prod'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
void connect2(Environment e = Environment::Production);
Tier g_tier = TierSandbox;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:15: warning: 'TierSandbox' as the default value of 'g_tier' selects sandbox at compile time (enumerator word 'sandbox'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]

const char *endpoint() {
  if constexpr (kUseTestServer)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:17: note: 'kUseTestServer' selects endpoint 'https://test.contoso.com/' here
    return "https://test.contoso.com/";
  else
    return "https://contoso.com/";
}

// Runtime configuration: silent.
const bool kUseStagingFromEnv = getenv("USE_STAGING") != nullptr;
Environment fromConfig(const char *s) {
  Environment e = Environment::Production;
  if (s[0] == 's')
    e = Environment::Staging;
  return e;
}

// Templates: one report.
template <typename T> struct Service {
  Environment env = Environment::Dev;
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:21: warning: 'Dev' as the default value of 'env' selects development at compile time (enumerator word 'dev'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
  static constexpr bool kUseSandboxApi = true;
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:25: warning: 'kUseSandboxApi' selects sandbox at compile time (word 'sandbox'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
};
Service<int> s1;
Service<long> s2;

#define DEFAULT_ENV Environment::Staging
struct Other { Environment env = DEFAULT_ENV; };
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:34: warning: 'Staging' as the default value of 'env' selects staging at compile time (enumerator word 'staging'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
