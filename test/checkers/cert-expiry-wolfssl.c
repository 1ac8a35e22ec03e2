// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wolfssl/wolfcrypt/asn_public.h>

#define ASN_GENERALIZED_TIME 0x18

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// ---------------------------------------------------------------------------
// wolfSSL copies a hand-filled afterDate (DER tag, length, then the
// characters) into the certificate without a calendar check.
// ---------------------------------------------------------------------------

int after_date_printed(Cert *cert, const struct tm *now) {
  cert->afterDate[0] = ASN_GENERALIZED_TIME;
  cert->afterDate[1] = 15;
  snprintf((char *)cert->afterDate + 2, CTC_DATE_SIZE - 2, "%04d%02d%02d%02d%02d%02dZ",
           now->tm_year + 1900 + 1, now->tm_mon + 1, now->tm_mday, now->tm_hour,
           now->tm_min, now->tm_sec);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: validity date written into 'afterDate' by 'snprintf' comes from 'now', whose year was shifted without handling 29 February; on a leap day wolfSSL copies the date that does not exist into the certificate (clamp the day to 28 February, or use a day-based validity) [premortem-cert-expiry]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: year of 'now' is shifted here
  cert->afterDateSz = 17;
  return 0;
}

int after_date_strftime(Cert *cert, byte *der, word32 derSz, RsaKey *key, WC_RNG *rng) {
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_year += 2;
  cert->afterDate[0] = ASN_GENERALIZED_TIME;
  cert->afterDate[1] = 15;
  strftime((char *)&cert->afterDate[2], CTC_DATE_SIZE - 2, "%Y%m%d%H%M%SZ", &tm);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: validity date written into 'afterDate' by 'strftime' comes from 'tm'{{.*}}wolfSSL copies{{.*}}
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: year of 'tm' is shifted here
  cert->afterDateSz = 17;
  return wc_MakeSelfCert(cert, der, derSz, key, rng);
}

// Formatted into a local buffer first, then copied.
int after_date_copied(Cert *cert, struct tm tm) {
  char buf[20];
  tm.tm_year++;
  snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  cert->afterDate[0] = ASN_GENERALIZED_TIME;
  cert->afterDate[1] = 15;
  memcpy(cert->afterDate + 2, buf, 15);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: validity date written into 'afterDate' by 'memcpy' comes from 'tm'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: the shifted date is converted or formatted here
  cert->afterDateSz = 17;
  return 0;
}

// A local Cert, the usual wolfSSL example shape.
int make_cert(byte *der, word32 derSz, RsaKey *key, WC_RNG *rng) {
  Cert cert;
  struct tm tm;
  time_t now = time(NULL);
  wc_InitCert(&cert);
  gmtime_r(&now, &tm);
  cert.afterDate[0] = ASN_GENERALIZED_TIME;
  cert.afterDate[1] = 15;
  snprintf((char *)cert.afterDate + 2, sizeof cert.afterDate - 2, "%04d%02d%02d000000Z",
           tm.tm_year + 1901, tm.tm_mon + 1, tm.tm_mday);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: validity date written into 'afterDate' by 'snprintf' comes from 'tm'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: year of 'tm' is shifted here
  cert.afterDateSz = 17;
  return wc_MakeSelfCert(&cert, der, derSz, key, rng);
}

// ---------------------------------------------------------------------------
// Silent: daysValid (day-based, leap safe), the day clamped, the year not
// shifted, a buffer that is not a validity date.
// ---------------------------------------------------------------------------

int days_valid(byte *der, word32 derSz, RsaKey *key, WC_RNG *rng) {
  Cert cert;
  wc_InitCert(&cert);
  cert.daysValid = 365 * 2;
  return wc_MakeSelfCert(&cert, der, derSz, key, rng);
}

int after_date_clamped(Cert *cert, struct tm tm) {
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900))
    tm.tm_mday = 28;
  cert->afterDate[0] = ASN_GENERALIZED_TIME;
  cert->afterDate[1] = 15;
  strftime((char *)cert->afterDate + 2, CTC_DATE_SIZE - 2, "%Y%m%d%H%M%SZ", &tm);
  cert->afterDateSz = 17;
  return 0;
}

int before_date_now(Cert *cert, const struct tm *now) {
  cert->beforeDate[0] = ASN_GENERALIZED_TIME;
  cert->beforeDate[1] = 15;
  snprintf((char *)cert->beforeDate + 2, CTC_DATE_SIZE - 2, "%04d%02d%02d%02d%02d%02dZ",
           now->tm_year + 1900, now->tm_mon + 1, now->tm_mday, now->tm_hour, now->tm_min,
           now->tm_sec);
  cert->beforeDateSz = 17;
  return 0;
}

int other_buffer(struct tm tm) {
  char label[32];
  tm.tm_year += 1;
  return snprintf(label, sizeof label, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday);
}

// wolfSSL's own spelling of snprintf: reported at the macro's use.
#define XSNPRINTF snprintf
int after_date_macro(Cert *cert, const struct tm *now) {
  cert->afterDate[0] = ASN_GENERALIZED_TIME;
  cert->afterDate[1] = 15;
  XSNPRINTF((char *)cert->afterDate + 2, CTC_DATE_SIZE - 2, "%04d%02d%02d000000Z",
            now->tm_year + 1900 + 10, now->tm_mon + 1, now->tm_mday);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: validity date written into 'afterDate' by 'snprintf' comes from 'now'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: year of 'now' is shifted here
  cert->afterDateSz = 17;
  return 0;
}
