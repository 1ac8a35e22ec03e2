// NoCrash: invalid code around switches.
// RUN: %check_tidy --expect-errors --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -std=c++17 -nostdinc -nostdinc++

enum class Environment { Staging };
constexpr bool kUseStagingApi = undeclared_thing;
struct S { Environment env = Environment::Nope; };
template <typename T> constexpr bool kUseTestServer = T::value;
void f(Environment e = ) {}
#define USE_STAGING
#if USE_STAGING
#endif
extern const bool kUseStagingServer;
const bool kUseStagingServer = false;
extern const int kUseStagingApi2;
