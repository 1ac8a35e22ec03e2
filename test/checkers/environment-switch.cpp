// C++: constexpr booleans, enumerator defaults, if constexpr, templates.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -std=c++17 -nostdinc -nostdinc++ -isystem %inputs/mock-headers

const char *getenv(const char *);

constexpr bool kUseTestServer = true;
constexpr bool kUseStagingBackend = false;
constexpr const char *kDeploymentTarget = "uat";

enum class Environment { Production, Staging, PreProd, Dev };
enum class Color { Red, Stage };
enum Tier { TierProd, TierSandbox };

struct Client {
  Environment env = Environment::Staging;
  Environment other = Environment::Production;
  Color color = Color::Stage;
};

void connect(Environment e = Environment::PreProd);
void connect2(Environment e = Environment::Production);
Tier g_tier = TierSandbox;

const char *endpoint() {
  if constexpr (kUseTestServer)
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
  static constexpr bool kUseSandboxApi = true;
};
Service<int> s1;
Service<long> s2;

#define DEFAULT_ENV Environment::Staging
struct Other { Environment env = DEFAULT_ENV; };
