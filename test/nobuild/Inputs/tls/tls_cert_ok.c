// The same helper adding days to a time_t, every conversion checked.
#include "config.h"
#include <stdio.h>
#include <time.h>
#include <mbedtls/x509_crt.h>

int make_validity(mbedtls_x509write_cert *crt, long days) {
  char not_before[16], not_after[16];
  time_t now = time(NULL);
  time_t end = now + days * 86400;
  struct tm tm;
  if (!gmtime_r(&now, &tm))
    return -1;
  strftime(not_before, sizeof not_before, "%Y%m%d%H%M%S", &tm);
  if (!gmtime_r(&end, &tm))
    return -1;
  strftime(not_after, sizeof not_after, "%Y%m%d%H%M%S", &tm);
  return mbedtls_x509write_crt_set_validity(crt, not_before, not_after);
}
