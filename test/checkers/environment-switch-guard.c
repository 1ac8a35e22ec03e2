// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-environment-switch %t -- -nostdinc -isystem %inputs/mock-headers -I %inputs/environment-switch

// Include guards are not switches, in a header (leveldb's
// STORAGE_LEVELDB_UTIL_ENV_POSIX_TEST_HELPER_H_ was reported) or here.
#ifndef APP_STAGING_ROUTES_H
#define APP_STAGING_ROUTES_H
#include "staging_helper.h"

#define USE_STAGING 1
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'USE_STAGING' selects staging at compile time (word 'staging'){{.*}} [premortem-environment-switch]

int route(void) { return helper(); }
#endif
