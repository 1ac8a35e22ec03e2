// C++: std::string / string_view / QString constants, raw and u8 strings,
// templates (one report per literal), static_assert, macros.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-hardcoded-endpoint %t -- -std=c++17 -nostdinc -nostdinc++ -isystem %inputs/mock-headers
#include <string>
#include <string_view>

class QString {
public:
  QString(const char *);
};

const std::string kStagingApi = "https://api.stage.contoso.com/v2";
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: endpoint 'api.stage.contoso.com' looks like staging (label 'stage'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
constexpr std::string_view kInternal = "metrics.internal:9090";
// CHECK-MESSAGES: :[[@LINE-1]]:41: warning: endpoint 'metrics.internal' looks like an internal network (suffix '.internal'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const QString kQtHost = "https://int.contoso.net/login";
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: endpoint 'int.contoso.net' looks like integration (label 'int'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const char *const kHosts[] = {"db-dev.contoso.com", "db.contoso.com"};
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: endpoint 'db-dev.contoso.com' looks like development (label 'dev'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
// CHECK-MESSAGES: :[[@LINE-2]]:54: remark: endpoint 'db.contoso.com' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]

// Raw strings: the columns follow the raw string's body.
const char *kRaw = R"(https://sandbox.contoso.com/)";
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: endpoint 'sandbox.contoso.com' looks like sandbox (label 'sandbox'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const char *kRawDelim = R"xy(10.0.0.8)xy";
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: endpoint '10.0.0.8' looks like a private network (address in 10.0.0.0/8, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const char *kU8 = u8"http://qa-api.contoso.com/";
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: endpoint 'qa-api.contoso.com' looks like test (label 'qa'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const char16_t *kU16 = u"uat.contoso.com";
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: endpoint 'uat.contoso.com' looks like user-acceptance test (label 'uat'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const char32_t *kU32 = U"169.254.169.254";
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: endpoint '169.254.169.254' looks like a private network (address in 169.254.0.0/16, link-local); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const wchar_t *kWideRaw = LR"(http://dev.contoso.com/)";
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: endpoint 'dev.contoso.com' looks like development (label 'dev'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

// Templates: reported once, not once per instantiation.
template <typename T> struct Client {
  const char *endpoint() const { return "https://stg.contoso.com/"; }
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: endpoint 'stg.contoso.com' looks like staging (label 'stg'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
};
template struct Client<int>;
template struct Client<long>;

template <typename T> const char *pick() { return "preprod.contoso.com"; }
// CHECK-MESSAGES: :[[@LINE-1]]:52: warning: endpoint 'preprod.contoso.com' looks like pre-production (label 'preprod'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
const char *a = pick<int>();
const char *b = pick<char>();

static_assert(true, "https://staging.contoso.com/");

#define STAGING_HOST "staging-gw.contoso.com"
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: endpoint 'staging-gw.contoso.com' looks like staging (label 'staging'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
std::string hostFor(int i) { return i ? STAGING_HOST : "prod-gw.contoso.com"; }
// CHECK-MESSAGES: :[[@LINE-1]]:57: remark: endpoint 'prod-gw.contoso.com' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]

// Negatives: loopback, documentation, namespaces.
const std::string kFine[] = {"http://localhost:8080", "https://api.example.net/", "http://www.w3.org/XML/1998/namespace", "::1"};
