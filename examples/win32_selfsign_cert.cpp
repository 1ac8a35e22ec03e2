// The 2012 leap-day transfer certificate through CryptoAPI: the end time is
// today with wYear + 1, and the NULL that CertCreateSelfSignCertificate
// returns for 29 Feb of the next year goes unnoticed, so the agent carries on
// without a certificate.
#include "win32_time.h"

static PCCERT_CONTEXT g_transfer_cert;

void createTransferCert(unsigned long key, CERT_NAME_BLOB *subject) {
  SYSTEMTIME start, end;
  GetSystemTime(&start);
  end = start;
  end.wYear += 1; // "valid for one year"
  CertCreateSelfSignCertificate(key, subject, 0, nullptr, nullptr, &start, &end, nullptr);
}

// The fix: clamp 29 February, and check the result.
static bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool createTransferCertFixed(unsigned long key, CERT_NAME_BLOB *subject) {
  SYSTEMTIME start, end;
  GetSystemTime(&start);
  end = start;
  end.wYear += 1;
  if (end.wMonth == 2 && end.wDay == 29 && !isLeap(end.wYear))
    end.wDay = 28;
  g_transfer_cert =
      CertCreateSelfSignCertificate(key, subject, 0, nullptr, nullptr, &start, &end, nullptr);
  return g_transfer_cert != nullptr;
}
