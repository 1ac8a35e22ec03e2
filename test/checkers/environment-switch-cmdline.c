// Switches set on the command line are reported where the code tests them.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -nostdinc -DSTAGING -DUSE_DEV_SERVER=1 -DUSE_UAT=0 -DNDEBUG
// The default test-paths globs silence the same file (it runs from build/test/).
// RUN: %check_tidy %s premortem-environment-switch %t -check-suffix=NONE -- -nostdinc -DSTAGING

const char *base_url(void) {
#ifdef STAGING
  return "https://staging.contoso.com";
#elif defined(USE_DEV_SERVER)
  return "https://dev.contoso.com";
#else
  return "https://contoso.com";
#endif
}

#if USE_UAT
int uat;
#endif
