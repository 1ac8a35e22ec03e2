// Exact column ranges of endpoints in wide, UTF-16/32, u8 and raw literals
// with escapes, universal character names, non-ASCII text, and across
// adjacent literals and macros: the plugin's ranges (caret lines), the
// driver's JSON byte columns and SARIF code-point columns.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-hardcoded-endpoint %t -- -std=c++17 -nostdinc -nostdinc++
// RUN: %clang_tidy --load %plugin --checks='-*,premortem-hardcoded-endpoint' --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s -- -std=c++17 -nostdinc -nostdinc++ 2>&1 | %FileCheck --check-prefix=RANGE --strict-whitespace %s
// RUN: %expect_exit 1 %driver --checks premortem-hardcoded-endpoint --rules %inputs/hardcoded-endpoint/no-test-paths.yaml --format json %s -- -std=c++17 -nostdinc -nostdinc++ > %t.json
// RUN: %FileCheck --check-prefix=JSON %s < %t.json
// RUN: %expect_exit 1 %driver --checks premortem-hardcoded-endpoint --rules %inputs/hardcoded-endpoint/no-test-paths.yaml --format sarif %s -- -std=c++17 -nostdinc -nostdinc++ > %t.sarif
// RUN: %FileCheck --check-prefix=SARIF %s < %t.sarif

const wchar_t *kW1 = L"\thttps://api.staging.contoso.net/v1";
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: endpoint 'api.staging.contoso.net' looks like staging (label 'staging'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const char16_t *kU16 = u"\u00e9 http://qa.contoso.net:8080/x";
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: endpoint 'qa.contoso.net' looks like test (label 'qa'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const char32_t *kU32 = U"caf\u00e9\U0001F600 10.1.2.3";
// CHECK-MESSAGES: :[[@LINE-1]]:46: warning: endpoint '10.1.2.3' looks like a private network (address in 10.0.0.0/8, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const char16_t *kU16Emoji = u"😀 https://dev.contoso.net";
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: endpoint 'dev.contoso.net' looks like development (label 'dev'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const char *kU8 = u8"\x41\101 https://stg.contoso.net";
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: endpoint 'stg.contoso.net' looks like staging (label 'stg'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const wchar_t *kWRaw = LR"ep(\t https://uat.contoso.net)ep";
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: endpoint 'uat.contoso.net' looks like user-acceptance test (label 'uat'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const wchar_t *kWEnd = L"https://int.contoso.net\x2f";
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: endpoint 'int.contoso.net' looks like integration (label 'int'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

const wchar_t *kWCat = L"\x20https://"
                       L"sandbox.contoso.net/api";
// CHECK-MESSAGES: :[[@LINE-2]]:30: warning: endpoint 'sandbox.contoso.net' looks like sandbox (label 'sandbox'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

#define WIDE_HOST L"\tpreprod.contoso.net"
const wchar_t *kWMacro = WIDE_HOST;
// CHECK-MESSAGES: :[[@LINE-2]]:23: warning: endpoint 'preprod.contoso.net' looks like pre-production (label 'preprod'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]

// The plugin: the caret line covers exactly the endpoint.
// RANGE: :12:26: warning: endpoint 'api.staging.contoso.net'
// RANGE-NEXT:{{^ *}}12 | {{.*}}
// RANGE-NEXT:{{^ *\| {26}\^~{33}$}}
// RANGE: :15:33: warning: endpoint 'qa.contoso.net'
// RANGE-NEXT:{{^ *}}15 | {{.*}}
// RANGE-NEXT:{{^ *\| {33}\^~{27}$}}
// RANGE: :18:46: warning: endpoint '10.1.2.3'
// RANGE-NEXT:{{^ *}}18 | {{.*}}
// RANGE-NEXT:{{^ *\| {46}\^~{7}$}}
// RANGE: :24:31: warning: endpoint 'stg.contoso.net'
// RANGE-NEXT:{{^ *}}24 | {{.*}}
// RANGE-NEXT:{{^ *\| {31}\^~{22}$}}
// RANGE: :27:33: warning: endpoint 'uat.contoso.net'
// RANGE-NEXT:{{^ *}}27 | {{.*}}
// RANGE-NEXT:{{^ *\| {33}\^~{22}$}}
// RANGE: :30:26: warning: endpoint 'int.contoso.net'
// RANGE-NEXT:{{^ *}}30 | {{.*}}
// RANGE-NEXT:{{^ *\| {26}\^~{26}$}}

// The driver: JSON byte columns (end exclusive).
// JSON:      "line": 12,
// JSON-NEXT: "column": 26,
// JSON-NEXT: "endLine": 12,
// JSON-NEXT: "endColumn": 60,
// JSON:      "line": 15,
// JSON-NEXT: "column": 33,
// JSON-NEXT: "endLine": 15,
// JSON-NEXT: "endColumn": 61,
// JSON:      "line": 18,
// JSON-NEXT: "column": 46,
// JSON-NEXT: "endLine": 18,
// JSON-NEXT: "endColumn": 54,
// JSON:      "line": 21,
// JSON-NEXT: "column": 36,
// JSON-NEXT: "endLine": 21,
// JSON-NEXT: "endColumn": 59,
// JSON:      "line": 24,
// JSON-NEXT: "column": 31,
// JSON-NEXT: "endLine": 24,
// JSON-NEXT: "endColumn": 54,
// JSON:      "line": 27,
// JSON-NEXT: "column": 33,
// JSON-NEXT: "endLine": 27,
// JSON-NEXT: "endColumn": 56,
// JSON:      "line": 30,
// JSON-NEXT: "column": 26,
// JSON-NEXT: "endLine": 30,
// JSON-NEXT: "endColumn": 53,
// JSON:      "line": 33,
// JSON-NEXT: "column": 30,
// JSON-NEXT: "endLine": 34,
// JSON-NEXT: "endColumn": 49,
// JSON:      "line": 37,
// JSON-NEXT: "column": 23,
// JSON-NEXT: "endLine": 37,
// JSON-NEXT: "endColumn": 42,

// In SARIF, code-point columns (the emoji is one).
// SARIF:      "startLine": 12,
// SARIF-NEXT: "startColumn": 26,
// SARIF-NEXT: "endLine": 12,
// SARIF-NEXT: "endColumn": 60
// SARIF:      "startLine": 15,
// SARIF-NEXT: "startColumn": 33,
// SARIF-NEXT: "endLine": 15,
// SARIF-NEXT: "endColumn": 61
// SARIF:      "startLine": 18,
// SARIF-NEXT: "startColumn": 46,
// SARIF-NEXT: "endLine": 18,
// SARIF-NEXT: "endColumn": 54
// SARIF:      "startLine": 21,
// SARIF-NEXT: "startColumn": 33,
// SARIF-NEXT: "endLine": 21,
// SARIF-NEXT: "endColumn": 56
// SARIF:      "startLine": 24,
// SARIF-NEXT: "startColumn": 31,
// SARIF-NEXT: "endLine": 24,
// SARIF-NEXT: "endColumn": 54
// SARIF:      "startLine": 27,
// SARIF-NEXT: "startColumn": 33,
// SARIF-NEXT: "endLine": 27,
// SARIF-NEXT: "endColumn": 56
// SARIF:      "startLine": 30,
// SARIF-NEXT: "startColumn": 26,
// SARIF-NEXT: "endLine": 30,
// SARIF-NEXT: "endColumn": 53
// SARIF:      "startLine": 33,
// SARIF-NEXT: "startColumn": 30,
// SARIF-NEXT: "endLine": 34,
// SARIF-NEXT: "endColumn": 49
// SARIF:      "startLine": 37,
// SARIF-NEXT: "startColumn": 23,
// SARIF-NEXT: "endLine": 37,
// SARIF-NEXT: "endColumn": 42
