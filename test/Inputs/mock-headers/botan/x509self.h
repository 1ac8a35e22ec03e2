// Mock <botan/x509self.h>: certificate options (Botan 2.x/3.x).
#ifndef MOCK_BOTAN_X509SELF_H
#define MOCK_BOTAN_X509SELF_H
#include <chrono>
#include <stdint.h>
#include <string>
namespace Botan {
class X509_Time {
public:
  X509_Time();
  explicit X509_Time(const std::chrono::system_clock::time_point &time);
};
class X509_Cert_Options {
public:
  std::string common_name;
  X509_Time start;
  X509_Time end;
  // Throws Invalid_Argument for a date that does not exist.
  void not_before(const std::string &time);
  void not_after(const std::string &time);
  X509_Cert_Options(const std::string &opts = "", uint32_t expire_time = 365 * 24 * 60 * 60);
};
} // namespace Botan
#endif
