// Compile-time environment switches in C: macros and constants.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -nostdinc -isystem %inputs/mock-headers
#include <stdlib.h>

int connect_to(const char *url);

/* Flags that select a non-production environment. */
#define USE_STAGING 1
#define PREPROD
#define USE_TEST_SERVER 1
#define SANDBOX_MODE true
#define API_ENV "preprod"
#define USE_PRE_PROD 1

/* Not switches: off, expressions, function-like, words that are not environments. */
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
  return connect_to("https://api.contoso.com/");
#endif
#ifdef PREPROD
  return 2;
#endif
  return USE_TEST_SERVER;
}

/* Constants. */
static const int kUseStagingApi = 1;
static const int kUseSandboxApi = 0;
static const char kEnvironment[] = "staging";
static const char kTier[] = "prod";

int pick(void) {
  if (kUseStagingApi)
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

/* NoCrash-ish: an environment macro defined twice. */
#undef USE_TEST_SERVER
#define USE_TEST_SERVER 1
