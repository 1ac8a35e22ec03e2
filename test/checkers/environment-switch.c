// Compile-time environment switches in C: macros and constants.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -nostdinc -isystem %inputs/mock-headers
#include <stdlib.h>

int connect_to(const char *url);

/* Flags that select a non-production environment. */
#define USE_STAGING 1
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'USE_STAGING' selects staging at compile time (word 'staging') and with it endpoint 'https://api.contoso.com/'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
#define PREPROD
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'PREPROD' selects pre-production at compile time (word 'preprod'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
#define USE_TEST_SERVER 1
#define SANDBOX_API_URL_ON true
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'SANDBOX_API_URL_ON' selects sandbox at compile time (word 'sandbox'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
#define API_ENV "preprod"
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'API_ENV' selects pre-production at compile time (value "preprod"); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
#define USE_PRE_PROD 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_PRE_PROD' selects pre-production at compile time (word 'pre-prod'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]

/* Not switches: off, expressions, function-like, words that are not environments. */
/* 'sandbox' is weak for switches (weak-switch): process isolation, unless the
   name says where traffic goes or the branch selects an endpoint. */
#define ENABLE_SANDBOX 1
#define USE_SANDBOX 1
#define SANDBOX_MODE true
#if USE_SANDBOX
static const char *sandbox_kind = "seccomp";
#endif
#define USE_UAT 0
#define USE_SANDBOX_FROM_ENV (getenv("SANDBOX") != NULL)
#define STAGING_URL(x) x
#define TEST_MODE 1
#define ENABLE_DEV_LOGGING 1
#define HAVE_INT_API 1
#define DEPLOY_ENV "production"
#define TEST_DIR "/tmp"

int start(void) {
#if USE_STAGING
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: note: 'USE_STAGING' selects endpoint 'https://api.contoso.com/' here
  return connect_to("https://api.contoso.com/");
#endif
#ifdef PREPROD
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:8: note: 'PREPROD' chooses what the program talks to here
  return 2;
#endif
  return USE_TEST_SERVER;
}

/* Constants. */
static const int kUseStagingApi = 1;
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:18: warning: 'kUseStagingApi' selects staging at compile time (word 'staging') and with it endpoint 'https://api.staging.contoso.com/'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
static const int kUseSandboxApi = 0;
static const char kEnvironment[] = "staging";
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:19: warning: 'kEnvironment' selects staging at compile time (value "staging"); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
static const char kTier[] = "prod";

int pick(void) {
  if (kUseStagingApi)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:7: note: 'kUseStagingApi' selects endpoint 'https://api.staging.contoso.com/' here
    return connect_to("https://api.staging.contoso.com/");
  return kUseSandboxApi;
}

/* Runtime choices are silent. */
int runtime(void) {
  const int use_staging = getenv("USE_STAGING") != NULL;
  return use_staging;
}

/* Macros defined in a macro expansion or used through another macro. */
#define CHOOSE(env) ((env) ? 1 : 0)
int chosen(void) { return CHOOSE(USE_PRE_PROD); }
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:34: note: 'USE_PRE_PROD' chooses what the program talks to here

/* NoCrash-ish: an environment macro defined twice. */
#undef USE_TEST_SERVER
#define USE_TEST_SERVER 1
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: 'USE_TEST_SERVER' selects test at compile time (word 'test'); a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
