// URLs, host:port, host names and addresses in C string literals; the
// pre-production validation incident of 2007 (see docs/checks/hardcoded-endpoint.md).
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-hardcoded-endpoint %t -- -nostdinc -isystem %inputs/mock-headers
#include <stddef.h>
#include <stdio.h>

int log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int http_get(const char *url);

/* Non-production labels in the host, as a whole label or a label part. */
static const char *kValidation = "https://wga-preprod.validation.contoso.net/v1/check";
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: endpoint 'wga-preprod.validation.contoso.net' looks like pre-production (label 'preprod'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kStaging = "https://api.staging.contoso.com";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: endpoint 'api.staging.contoso.com' looks like staging (label 'staging'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kStg2 = "stg2.contoso.com:8443";
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: endpoint 'stg2.contoso.com' looks like staging (label 'stg'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kUat = "http://uat-login.contoso.com/";
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: endpoint 'uat-login.contoso.com' looks like user-acceptance test (label 'uat'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kDev = "dev01.api.contoso.net";
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: endpoint 'dev01.api.contoso.net' looks like development (label 'dev'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kPrePath = "https://api.contoso.com/preprod/v2/";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: endpoint 'api.contoso.com' looks like pre-production (path segment 'preprod'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kQa = "qa.contoso.com";
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: endpoint 'qa.contoso.com' looks like test (label 'qa'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kPreProd2 = "https://checkout-pre-prod.contoso.io/";
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: endpoint 'checkout-pre-prod.contoso.io' looks like pre-production (label 'pre-prod'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

/* Internal suffixes and private or link-local addresses. */
static const char *kCorp = "license.corp";
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: endpoint 'license.corp' looks like an internal network (suffix '.corp'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kCluster = "http://validator.default.svc.cluster.local:8080/";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: endpoint 'validator.default.svc.cluster.local' looks like an internal network (suffix '.svc.cluster.local'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kPrivate = "10.20.0.15:1883";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: endpoint '10.20.0.15' looks like a private network (address in 10.0.0.0/8, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kCgnat = "100.64.3.9";
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: endpoint '100.64.3.9' looks like a private network (address in 100.64.0.0/10, RFC 6598); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kRfc1918 = "http://192.168.1.20/admin";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: endpoint '192.168.1.20' looks like a private network (address in 192.168.0.0/16, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kV6Ula = "fd12:3456:789a::1";
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: endpoint 'fd12:3456:789a::1' looks like a private network (address in fc00::/7, unique local); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kV6LinkLocal = "http://[fe80::1%25eth0]:8080/";
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: endpoint 'fe80::1' looks like a private network (address in fe80::/10, link-local); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kV6Bracket = "[fd00::2]:443";
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: endpoint 'fd00::2' looks like a private network (address in fc00::/7, unique local); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

/* Production endpoints are notes. */
static const char *kProd = "https://validation.contoso.com/v1/check";
// CHECK-MESSAGES: :[[@LINE-1]]:29: remark: endpoint 'validation.contoso.com' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kProdIp = "8.8.8.8";
// CHECK-MESSAGES: :[[@LINE-1]]:31: remark: endpoint '8.8.8.8' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kProdV6 = "2606:4700:4700::1111";
// CHECK-MESSAGES: :[[@LINE-1]]:31: remark: endpoint '2606:4700:4700::1111' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]

/* Never flagged: loopback, unspecified, documentation names and ranges. */
static const char *kLoop[] = {"localhost:8080", "127.0.0.1", "http://127.1.2.3:80/", "::1",
                              "[::1]:443", "0.0.0.0", "::", "http://localhost/x",
                              "::ffff:127.0.0.1", "255.255.255.255"};
static const char *kDocs[] = {"https://api.example.com/v1", "staging.example.org", "host.test",
                              "preprod.invalid", "dev.example", "app.localhost",
                              "192.0.2.10", "198.51.100.7:80", "203.0.113.5", "2001:db8::1",
                              "http://[2001:db8::2]:8080/"};
/* Standards, namespaces, licenses. */
static const char *kNs[] = {"http://www.w3.org/2001/XMLSchema", "http://schemas.xmlsoap.org/soap/envelope/",
                            "https://www.gnu.org/licenses/gpl-3.0.html",
                            "https://json.schemastore.org/sarif-2.1.0.json"};
/* Not endpoints: versions, OIDs, file names, identifiers, invalid addresses. */
static const char *kNot[] = {"1.2.3", "version 1.2.3.4", "v1.2.3.4", "2.5.4.3", "1.3.6.1.4.1.311",
                             "256.1.1.1", "01.02.03.04", "main.c", "config.sh", "readme.md",
                             "obj.field", "com.contoso.app", "user@staging.contoso.com",
                             "12:30:45", "dead::beef", "%s://%s:%d/", "http://%s/api",
                             "file:///etc/hosts", "http:///nohost", "http://proxy/",
                             "std::string", "a.b.c", "Foo.Bar.com", "x.dev(1)"};

/* Prose and format strings: production links are documentation; staging is not. */
void messages(void) {
  puts("see https://docs.contoso.com/errors for help");
  log_printf("fetching https://cdn.contoso.com/%s\n", "x");
  log_printf("using https://staging.contoso.com/%s\n", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: endpoint 'staging.contoso.com' looks like staging (label 'staging'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
}

/* Concatenated literals and escapes: the columns are those of the endpoint. */
static const char *kSplit = "https://" "api-stg.contoso.com" "/v1";
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: endpoint 'api-stg.contoso.com' looks like staging (label 'stg'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kEscaped = "\x68ost=" "stage.contoso.com";
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: endpoint 'stage.contoso.com' looks like staging (label 'stage'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

/* Macros: reported where the literal is written, once. */
#define VALIDATION_URL "https://wga-ppe.validation.contoso.net/"
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: endpoint 'wga-ppe.validation.contoso.net' looks like pre-production (label 'ppe'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
#define FETCH(u) http_get(u)
void use_macros(void) {
  http_get(VALIDATION_URL);
  http_get(VALIDATION_URL);
  FETCH("http://sandbox.payments.contoso.com/");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: endpoint 'sandbox.payments.contoso.com' looks like sandbox (label 'sandbox'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
}

/* Wide and UTF-16/32 literals. */
typedef int wchar_t;
static const wchar_t *kWide = L"https://staging.contoso.com/";
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: endpoint 'staging.contoso.com' looks like staging (label 'staging'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kU8 = u8"10.1.2.3";
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: endpoint '10.1.2.3' looks like a private network (address in 10.0.0.0/8, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

/* static_assert messages, asm text and annotations are not endpoints. */
_Static_assert(1, "see https://staging.contoso.com/assert");
__asm__(".section .comment\n.ascii \"https://staging.contoso.com/asm\"");
void asm_operands(void) { __asm__ volatile("" : : "r"(0) : "memory"); }
__attribute__((annotate("see", "https://staging.contoso.com/annotate"))) int annotated(void);

static const char *kIpv4Port = "172.16.5.4:5432";
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: endpoint '172.16.5.4' looks like a private network (address in 172.16.0.0/12, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
static const char *kPublicIpPort = "52.1.2.3:443";
// CHECK-MESSAGES: :[[@LINE-1]]:37: remark: endpoint '52.1.2.3' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]

/* Version numbers next to a version are not addresses; a server variable is. */
int strcmp(const char *, const char *);
const char *zlibVersion(void);
int new_zlib(void) { return strcmp(zlibVersion(), "1.2.0.4") >= 0; }
static const char *kMinVer = "1.2.3.4";
static const char *kServer = "10.4.5.6";
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: endpoint '10.4.5.6' looks like a private network (address in 10.0.0.0/8, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

/* Lengths and format identifiers are not endpoints. */
static const unsigned long kLen = sizeof("http://i.ru") - 1;
static const char *kProfile = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest";
static const char *kFormat = "http://formats.contoso.com/spec/2.1/record";
