// NoCrash: invalid code, odd literals.
// RUN: %check_tidy --expect-errors --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-hardcoded-endpoint %t -- -std=c++17 -nostdinc -nostdinc++

const char *a = "http://[" "::1";
const char *b = "http://[:::]:99999999/" missing_semicolon
const char *c = undeclared("https://staging.contoso.com/");
template <typename T> const char *d = T::x("10.0.0.1");
const char *e = "\xff\xfe staging.contoso.com \0 10.0.0.1";
const char *f = R"(
)";
