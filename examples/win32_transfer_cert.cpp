// The 2012 leap-day outage, reduced: a guest agent made a transfer certificate
// "valid for one year" by adding 1 to the year of today's date. On 29 Feb 2012
// that is 29 Feb 2013, which does not exist: SystemTimeToFileTime fails, the
// FILETIME stays unset, and the certificate gets garbage validity.
#include "win32_time.h"

struct CertValidity {
  FILETIME NotBefore;
  FILETIME NotAfter;
};

CertValidity makeTransferCertValidity() {
  SYSTEMTIME Now;
  GetSystemTime(&Now);
  CertValidity V;
  SystemTimeToFileTime(&Now, &V.NotBefore);

  SYSTEMTIME End = Now;
  End.wYear += 1; // "valid for one year"
  SystemTimeToFileTime(&End, &V.NotAfter);
  return V;
}

int main() {
  CertValidity V = makeTransferCertValidity();
  return V.NotAfter.dwHighDateTime == 0;
}
