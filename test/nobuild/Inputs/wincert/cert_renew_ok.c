// The same renewal, clamping 29 February first: nothing to report.
#include <windows.h>
#include <wincrypt.h>
#include "renew.h"

static BOOL validity_end(FILETIME *not_after) {
  SYSTEMTIME end;
  GetSystemTime(&end);
  end.wYear += 1;
  if (end.wMonth == 2 && end.wDay == 29)
    end.wDay = 28;
  return SystemTimeToFileTime(&end, not_after);
}

BOOL renew_certificate(HCERTSTORE store, PCCERT_CONTEXT old_cert) {
  FILETIME not_after;
  if (!validity_end(&not_after))
    return FALSE;
  return renew_store_replace(store, old_cert, &not_after);
}
