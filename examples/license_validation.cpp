// The 2007 pre-production validation incident, reduced: a license-validation
// client shipped with its pre-production settings. The build switch was left
// on and the endpoint was written into the code, so production copies asked
// the pre-production service, which did not know their keys, and genuine
// customers were told their copies were not genuine.
#include <string>

#define USE_PREPROD_VALIDATION 1 // left on after the last test run

static const char *const kPreprodUrl = "https://wga-preprod.validation.contoso.net/v1/check";
static const char *const kProductionUrl = "https://validation.contoso.com/v1/check";

std::string validationEndpoint() {
#if USE_PREPROD_VALIDATION
  return kPreprodUrl;
#else
  return kProductionUrl;
#endif
}

int main() { return validationEndpoint().empty(); }
