// A user pack adds an environment label, allowlists hosts (exact, glob,
// regex; global, for one rule, and inside a rule) and disables an entry.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/user-pack.yaml}}' %s premortem-hardcoded-endpoint %t -- -nostdinc
//
// Without the pack this file is under test/ (the tmp file is in build/test/):
// the default test-paths globs silence everything.
// RUN: %check_tidy --check-suffix=NONE %s premortem-hardcoded-endpoint %t -- -nostdinc
//
// Malformed packs: one 'file:line:col: error:' line, exit code 2, no hang.
// RUN: %expect_exit 2 %driver --rules %inputs/hardcoded-endpoint/catastrophic.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=NESTED
// NESTED: catastrophic.yaml:5:15: error: regex '(a+)+$' has a nested quantifier (a repeated group that repeats inside), which can take exponential time; simplify it or use 'globs'
// RUN: %expect_exit 2 %driver --rules %inputs/hardcoded-endpoint/backref.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=BACKREF
// BACKREF: backref.yaml:5:15: error: regex '(x)\1' uses a backreference; simplify it or use 'globs'
// RUN: %expect_exit 2 %driver --rules %inputs/hardcoded-endpoint/invalid-regex.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=INVALID
// INVALID: invalid-regex.yaml:5:15: error: invalid regex 'foo(bar': {{.*}}
// RUN: %expect_exit 2 %driver --rules %inputs/hardcoded-endpoint/wrong-key.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=KEY
// KEY: wrong-key.yaml:7:11: error: 'urls' does not apply to an endpoints entry of kind 'environment'
// RUN: %expect_exit 2 %driver --rules %inputs/hardcoded-endpoint/bad-kind.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=KIND
// KIND: bad-kind.yaml:4:11: error: 'kind' must be one of: environment, internal-suffix, public-suffix, documentation, reference-urls, allowlist, test-paths
// RUN: %expect_exit 2 %driver --rules %inputs/hardcoded-endpoint/empty-allow.yaml %s -- 2>&1 | %FileCheck %s --check-prefix=EMPTY
// EMPTY: empty-allow.yaml:3:5: error: allowlist entry 'bad' needs 'hosts', 'globs' or 'regexes'
// The plugin reports the same error as a configuration error.
// RUN: %not %clang_tidy -load %plugin --checks='-*,premortem-hardcoded-endpoint' --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/catastrophic.yaml}}' %s -- -nostdinc 2>&1 | %FileCheck %s --check-prefix=PLUGIN
// PLUGIN: catastrophic.yaml:5:15: {{(error: )?}}regex '(a+)+$' has a nested quantifier

/* The user's label: reported. */
const char *a = "https://wpp.validation.contoso.net/";
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: endpoint 'wpp.validation.contoso.net' looks like pre-production (label 'wpp'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
/* Allowlisted: exact host, glob, regex. */
const char *b = "https://staging.partner.com/";
const char *c = "https://img.stage.cdn.contoso.net/";
const char *d = "https://mirror12.contoso.com/dev/";
/* The regex is anchored: this one is not allowed. */
const char *e = "https://mirror12.contoso.com.dev.contoso.net/";
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: endpoint 'mirror12.contoso.com.dev.contoso.net' looks like development (label 'dev'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
/* Allowlist for private addresses only. */
const char *f = "10.99.1.2";
const char *g = "10.98.1.2";
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: endpoint '10.98.1.2' looks like a private network (address in 10.0.0.0/8, RFC 1918); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
/* The staging entry's own allowlist. */
const char *h = "https://stage.contoso-status.com/";
const char *i = "https://stage.contoso.com/";
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: endpoint 'stage.contoso.com' looks like staging (label 'stage'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
/* sandbox is disabled: the host is production. */
const char *j = "https://sandbox.contoso.com/";
// CHECK-MESSAGES: :[[@LINE-1]]:18: remark: endpoint 'sandbox.contoso.com' is a hard-coded production endpoint; moving or failing over needs a rebuild, load endpoints from configuration [premortem-hardcoded-endpoint]
