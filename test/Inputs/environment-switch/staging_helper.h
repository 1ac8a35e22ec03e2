/* An include guard whose name has an environment word: it routes nothing. */
#ifndef STORAGE_UTIL_STAGING_HELPER_H_
#define STORAGE_UTIL_STAGING_HELPER_H_
int helper(void);
#endif
