// Mock <botan/x509_ca.h>: signing a request with an explicit validity
// (Botan 2.x/3.x).
#ifndef MOCK_BOTAN_X509_CA_H
#define MOCK_BOTAN_X509_CA_H
#include <botan/x509self.h>
namespace Botan {
class PKCS10_Request;
class RandomNumberGenerator;
class X509_Certificate {};
class X509_CA {
public:
  X509_Certificate sign_request(const PKCS10_Request &req, RandomNumberGenerator &rng,
                                const X509_Time &not_before, const X509_Time &not_after) const;
};
} // namespace Botan
#endif
