// ReportProduction: false turns production notes off; warnings stay.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml, premortem-hardcoded-endpoint.ReportProduction: false}}' %s premortem-hardcoded-endpoint %t -- -nostdinc

const char *kProd = "https://validation.contoso.com/v1/check";
const char *kPre = "https://validation-preprod.contoso.com/v1/check";
// CHECK-MESSAGES: :[[@LINE-1]]:21: warning: endpoint 'validation-preprod.contoso.com' looks like pre-production (label 'preprod'); shipped, it sends production traffic to the wrong environment; load endpoints from configuration [premortem-hardcoded-endpoint]
