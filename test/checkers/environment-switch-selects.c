// The message names the endpoint a switch selects: the taken branch of its
// #if/#ifdef/#ifndef/#elif group (#define lines included), or the branch of
// an if or ?: on it; -D switches too.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -nostdinc -DUSE_SANDBOX_GATEWAY

int connect_to(const char *url);

/* #ifdef selecting a #define. */
#define USE_STAGING 1
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'USE_STAGING' selects staging at compile time (word 'staging') and with it endpoint 'https://api-staging.contoso.net'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
#ifdef USE_STAGING
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:8: note: 'USE_STAGING' selects endpoint 'https://api-staging.contoso.net' here
#define API_BASE "https://api-staging.contoso.net"
#else
#define API_BASE "https://api.contoso.net"
#endif

/* #ifndef: the #else branch is the one taken. */
#define USE_PREPROD_LICENSING 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_PREPROD_LICENSING' selects pre-production at compile time (word 'preprod') and with it endpoint 'wga-preprod.validation.contoso.net'; {{.*}}
#ifndef USE_PREPROD_LICENSING
#define LICENSE_HOST "wga.validation.contoso.net"
#else
// CHECK-MESSAGES-DAG: :[[@LINE-3]]:9: note: 'USE_PREPROD_LICENSING' selects endpoint 'wga-preprod.validation.contoso.net' here
#define LICENSE_HOST "wga-preprod.validation.contoso.net"
#endif

/* #elif: the branch of the #elif that is taken. */
#define USE_QA_SERVER 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_QA_SERVER' selects test at compile time (word 'qa') and with it endpoint 'https://q-qa.contoso.net/v1'; {{.*}}
#if defined(USE_PRODUCTION_SERVER)
static const char *kQueue = "https://q.contoso.net/v1";
#elif USE_QA_SERVER
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:7: note: 'USE_QA_SERVER' selects endpoint 'https://q-qa.contoso.net/v1' here
static const char *kQueue = "https://q-qa.contoso.net/v1";
#else
static const char *kQueue = "https://q-dev.contoso.net/v1";
#endif

/* A ?: on a macro switch in code. */
#define USE_DEV_BACKEND 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_DEV_BACKEND' selects development at compile time (word 'dev') and with it endpoint 'https://dev.backend.contoso.net'; {{.*}}
const char *backend(void) {
  return USE_DEV_BACKEND ? "https://dev.backend.contoso.net" : "https://backend.contoso.net";
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:10: note: 'USE_DEV_BACKEND' selects endpoint 'https://dev.backend.contoso.net' here
}

/* if on a constant in C; a negated one selects the else branch. */
static const int kUseSandboxPayments = 1;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:18: warning: 'kUseSandboxPayments' selects sandbox at compile time (word 'sandbox') and with it endpoint 'https://api.sandbox.paypal.com/v1'; {{.*}}
static const int kUseStagingAuth = 1;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:18: warning: 'kUseStagingAuth' selects staging at compile time (word 'staging') and with it endpoint 'https://auth.staging.contoso.net'; {{.*}}
int pay(void) {
  if (kUseSandboxPayments)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:7: note: 'kUseSandboxPayments' selects endpoint 'https://api.sandbox.paypal.com/v1' here
    return connect_to("https://api.sandbox.paypal.com/v1");
  return connect_to("https://api.paypal.com/v1");
}
int auth(void) {
  if (!kUseStagingAuth)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:8: note: 'kUseStagingAuth' selects endpoint 'https://auth.staging.contoso.net' here
    return connect_to("https://auth.contoso.net");
  else
    return connect_to("https://auth.staging.contoso.net");
}

/* A branch without an endpoint (or with documentation names only): the
   note says where the switch is used, without an endpoint. */
#define USE_UAT_SERVER 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_UAT_SERVER' selects user-acceptance test at compile time (word 'uat'); a build {{.*}}
#if USE_UAT_SERVER
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: note: 'USE_UAT_SERVER' chooses what the program talks to here
static const char *kDoc = "https://api.example.com/";
#endif

/* Negative: an #if on something else does not name an endpoint for a
   switch used later. */
#if 1
static const char *kOther = "https://other-staging.contoso.net";
#endif

/* -DUSE_SANDBOX_GATEWAY: reported where it is tested, with the endpoint. */
#ifdef USE_SANDBOX_GATEWAY
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:8: warning: 'USE_SANDBOX_GATEWAY' selects sandbox at compile time on the command line (word 'sandbox') and with it endpoint 'gateway.sandbox.push.apple.com:2195'; {{.*}}
static const char *kApns = "gateway.sandbox.push.apple.com:2195";
#else
static const char *kApns = "gateway.push.apple.com:2195";
#endif

/* The branch reads a constant that holds the endpoint (the incident's shape). */
static const char *const kPreprodUrl = "https://wga-preprod.validation.contoso.net/v1/check";
static const char *const kProductionUrl = "https://validation.contoso.com/v1/check";
#define USE_PREPROD_VALIDATION 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_PREPROD_VALIDATION' selects pre-production at compile time (word 'preprod') and with it endpoint 'https://wga-preprod.validation.contoso.net/v1/check'; {{.*}}
const char *validation_endpoint(void) {
#if USE_PREPROD_VALIDATION
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: note: 'USE_PREPROD_VALIDATION' selects endpoint 'https://wga-preprod.validation.contoso.net/v1/check' here
  return kPreprodUrl;
#else
  return kProductionUrl;
#endif
}
