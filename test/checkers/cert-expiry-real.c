// RUN: %check_tidy %s premortem-cert-expiry %t -- -nostdinc -isystem %inputs/mock-headers

// Shapes of real certificate-generation code (OpenSSL apps, demos and
// tutorials, mbedTLS cert_write, GnuTLS certtool, NSS certutil, FreeRDP
// makecert, small C helpers).

#include <gnutls/x509.h>
#include <mbedtls/x509_crt.h>
#include <nss/cert.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

// OpenSSL apps/lib/apps.c set_cert_times (3.x): every result checked.
int set_cert_times(X509 *x, const char *startdate, const char *enddate, int days) {
  if (startdate == NULL || strcmp(startdate, "today") == 0) {
    if (X509_gmtime_adj(X509_getm_notBefore(x), 0) == NULL)
      return 0;
  } else {
    if (!ASN1_TIME_set_string_X509(X509_getm_notBefore(x), startdate))
      return 0;
  }
  if (enddate == NULL) {
    if (X509_time_adj_ex(X509_getm_notAfter(x), days, 0, NULL) == NULL)
      return 0;
  } else if (!ASN1_TIME_set_string_X509(X509_getm_notAfter(x), enddate)) {
    return 0;
  }
  return 1;
}

// OpenSSL 1.0 apps/x509.c (x509_certify): results ignored.
int x509_certify_old(X509 *x, int days) {
  if (X509_gmtime_adj(X509_get_notBefore(x), 0L) == NULL)
    return 0;
  X509_gmtime_adj(X509_get_notAfter(x), (long)60 * 60 * 24 * days);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_gmtime_adj' is ignored; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:60: warning: validity in seconds is passed to 'X509_gmtime_adj' as a 'long' offset{{.*}}
  return 1;
}

// demos/x509/mkcert.c and countless tutorials.
int mkcert(X509 *x, int days) {
  X509_gmtime_adj(X509_get_notBefore(x), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_gmtime_adj' is ignored; {{.*}}
  X509_gmtime_adj(X509_get_notAfter(x), (long)60 * 60 * 24 * days);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_gmtime_adj' is ignored; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:60: warning: validity in seconds is passed to 'X509_gmtime_adj' as a 'long' offset{{.*}}
  return X509_sign(x, NULL, EVP_sha256());
}

// FreeRDP winpr makecert: int product before the cast to long.
int makecert_freerdp(X509 *x, int duration_years) {
  X509_gmtime_adj(X509_get_notBefore(x), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_gmtime_adj' is ignored; {{.*}}
  X509_gmtime_adj(X509_get_notAfter(x), (long)(60 * 60 * 24 * 365 * duration_years));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'X509_gmtime_adj' is ignored; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:67: warning: validity in seconds is computed in 'int' {{.*}}
  return 1;
}

// A C helper that prints "YYYYMMDDHHMMSSZ" one year ahead.
int one_year_string(X509 *x) {
  char notafter[16];
  time_t now = time(NULL);
  struct tm *tm = gmtime(&now);
  if (!tm)
    return 0;
  sprintf(notafter, "%04d%02d%02d%02d%02d%02dZ", tm->tm_year + 1900 + 1, tm->tm_mon + 1,
          tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec);
  if (!ASN1_TIME_set_string(X509_getm_notAfter(x), notafter))
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: validity date passed to 'ASN1_TIME_set_string' comes from 'tm'{{.*}}
    // CHECK-MESSAGES: :[[@LINE-4]]:50: note: year of 'tm' is shifted here
    return 0;
  return 1;
}

// The same via strftime of a shifted struct tm.
int one_year_strftime(X509 *x, time_t now) {
  struct tm tm;
  char buf[32];
  gmtime_r(&now, &tm);
  tm.tm_year += 1;
  strftime(buf, sizeof buf, "%Y%m%d%H%M%SZ", &tm);
  return ASN1_TIME_set_string_X509(X509_getm_notAfter(x), buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'ASN1_TIME_set_string_X509' comes from 'tm'{{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: year of 'tm' is shifted here
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: the shifted date is converted or formatted here
}

// The leap day handled by going through time_t: silent.
int one_year_days(X509 *x, time_t now) {
  return ASN1_TIME_adj(X509_getm_notAfter(x), now, 365, 0) != NULL;
}

// mbedTLS programs/x509/cert_write.c: strings from the command line, result
// checked.
int cert_write(mbedtls_x509write_cert *crt, const char *not_before, const char *not_after) {
  int ret = mbedtls_x509write_crt_set_validity(crt, not_before, not_after);
  if (ret != 0)
    return ret;
  return 0;
}

// mbedTLS with a year printed shifted.
int mbedtls_one_year(mbedtls_x509write_cert *crt, const struct tm *now) {
  char from[16], to[16];
  snprintf(from, sizeof from, "%04d%02d%02d%02d%02d%02d", now->tm_year + 1900,
           now->tm_mon + 1, now->tm_mday, now->tm_hour, now->tm_min, now->tm_sec);
  snprintf(to, sizeof to, "%04d%02d%02d%02d%02d%02d", now->tm_year + 1900 + 1,
           now->tm_mon + 1, now->tm_mday, now->tm_hour, now->tm_min, now->tm_sec);
  return mbedtls_x509write_crt_set_validity(crt, from, to);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'mbedtls_x509write_crt_set_validity' comes from 'now'{{.*}}writes an invalid certificate{{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:55: note: year of 'now' is shifted here
}

// GnuTLS certtool: time_t arithmetic in 64 bits, result checked: silent.
int certtool_expiry(gnutls_x509_crt_t crt, int days) {
  time_t secs = (time_t)days * 24 * 60 * 60;
  int result = gnutls_x509_crt_set_expiration_time(crt, time(NULL) + secs);
  if (result < 0)
    return result;
  result = gnutls_x509_crt_set_activation_time(crt, time(NULL));
  if (result < 0)
    return result;
  return 0;
}

// GnuTLS: the "no well-defined expiration" idiom: silent.
void certtool_no_expiry(gnutls_x509_crt_t crt) {
  gnutls_x509_crt_set_expiration_time(crt, (time_t)-1);
}

// GnuTLS: result ignored.
void gnutls_ignored(gnutls_x509_crt_t crt, time_t end) {
  gnutls_x509_crt_set_expiration_time(crt, end);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: result of 'gnutls_x509_crt_set_expiration_time' is ignored; it returns a negative error code {{.*}}
}

// NSS certutil MakeV1Cert: months added to a PRExplodedTime (a month
// shift, not a year shift), CERT_CreateValidity checked: silent here.
CERTValidity *certutil_validity(int validityMonths) {
  PRExplodedTime printableTime;
  PRTime now = PR_Now();
  PR_ExplodeTime(now, PR_GMTParameters, &printableTime);
  printableTime.tm_month += validityMonths;
  PRTime after = PR_ImplodeTime(&printableTime);
  CERTValidity *validity = CERT_CreateValidity(now, after);
  if (!validity)
    return NULL;
  return validity;
}

// NSS: years added to the exploded time.
CERTValidity *nss_years(int years) {
  PRExplodedTime t;
  PRTime now = PR_Now();
  PR_ExplodeTime(now, PR_GMTParameters, &t);
  t.tm_year += years;
  PRTime after = PR_ImplodeTime(&t);
  return CERT_CreateValidity(now, after);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: validity date passed to 'CERT_CreateValidity' comes from 't'{{.*}}silently moves it to 1 March{{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: year of 't' is shifted here
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: the shifted date is converted or formatted here
}

// NSS: seconds added to a PRTime.
CERTValidity *nss_seconds(int days) {
  PRTime now = PR_Now();
  CERTValidity *v = CERT_CreateValidity(now, now + (PRTime)days * 24 * 60 * 60);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: this value counts seconds but 'CERT_CreateValidity' takes PRTime{{.*}}
  return v;
}
