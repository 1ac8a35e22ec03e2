// Switches set on the command line are reported where the code tests them.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -nostdinc -DSTAGING -DUSE_DEV_SERVER=1 -DUSE_UAT=0 -DNDEBUG
// The default test-paths globs silence the same file (it runs from build/test/).
// RUN: %check_tidy --check-suffix=NONE %s premortem-environment-switch %t -- -nostdinc -DSTAGING

const char *base_url(void) {
#ifdef STAGING
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'STAGING' selects staging at compile time on the command line (word 'staging') and with it endpoint 'https://staging.contoso.com'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
  return "https://staging.contoso.com";
#endif
#if defined(USE_DEV_SERVER)
// CHECK-MESSAGES-DAG: :[[@LINE-1]]:13: warning: 'USE_DEV_SERVER' selects development at compile time on the command line (word 'dev') and with it endpoint 'https://dev.contoso.com'; a build with this setting ships pre-production routing to production, choose the environment at run time from configuration [premortem-environment-switch]
  return "https://dev.contoso.com";
#else
  return "https://contoso.com";
#endif
}

#if USE_UAT
int uat;
#endif
