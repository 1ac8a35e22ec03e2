// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <wincrypt.h>

// The 2012 transfer certificate: end = today with wYear + 1.
PCCERT_CONTEXT transfer_cert(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *name) {
  SYSTEMTIME start, end;
  GetSystemTime(&start);
  end = start;
  end.wYear += 1;
  return CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, &start, &end, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'CertCreateSelfSignCertificate' comes from 'end', whose year was shifted without handling 29 February; on a leap day 'CertCreateSelfSignCertificate' rejects the date that does not exist and returns NULL (clamp the day to 28 February, or use a day-based validity) [premortem-cert-expiry]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'end' is shifted here
}

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

PCCERT_CONTEXT transfer_cert_fixed(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *name) {
  SYSTEMTIME start, end;
  GetSystemTime(&start);
  end = start;
  end.wYear += 1;
  if (end.wMonth == 2 && end.wDay == 29 && !is_leap(end.wYear))
    end.wDay = 28;
  return CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, &start, &end, nullptr);
}

// CERT_INFO.NotAfter filled by SystemTimeToFileTime from the shifted date.
bool fill_info(CERT_INFO &info, SYSTEMTIME now) {
  if (!SystemTimeToFileTime(&now, &info.NotBefore))
    return false;
  now.wYear++;
  return SystemTimeToFileTime(&now, &info.NotAfter) != 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date written into 'NotAfter' by 'SystemTimeToFileTime' comes from 'now'{{.*}}rejects the date that does not exist and returns 0{{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'now' is shifted here
}

// Another FILETIME is not a certificate's validity: silent here.
bool not_validity(FILETIME &ft, SYSTEMTIME now) {
  now.wYear++;
  return SystemTimeToFileTime(&now, &ft) != 0;
}

// A template: reported once.
template <typename Name>
PCCERT_CONTEXT transfer_cert_t(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, Name *name, SYSTEMTIME end) {
  end.wYear += 1;
  return CertCreateSelfSignCertificate(key, name, 0, nullptr, nullptr, nullptr, &end, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'CertCreateSelfSignCertificate' comes from 'end'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: year of 'end' is shifted here
}
void use(HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key, CERT_NAME_BLOB *a, SYSTEMTIME e) {
  transfer_cert_t(key, a, e);
  transfer_cert_t<CERT_NAME_BLOB>(key, a, e);
}
