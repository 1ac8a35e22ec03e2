// The same client done safely: the environment and the endpoint are read at
// run time, and the compiled-in default is a documentation name that cannot
// reach any real service. premortem stays silent here.
#include <cstdlib>
#include <string>

enum class Environment { Production, PreProduction };

static Environment environmentFromConfig() {
  const char *Env = std::getenv("VALIDATION_ENV");
  return Env && std::string(Env) == "preprod" ? Environment::PreProduction
                                              : Environment::Production;
}

std::string validationEndpoint() {
  if (const char *Url = std::getenv("VALIDATION_URL"))
    return Url;
  // Placeholder until configuration is loaded; never a real host.
  return environmentFromConfig() == Environment::Production
             ? "https://validation.example.com/v1/check"
             : "https://validation-preprod.example.com/v1/check";
}

int main() { return validationEndpoint().empty(); }
