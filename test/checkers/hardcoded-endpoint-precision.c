// Precision: strings from real code that look like endpoints and are not
// (OIDs, dotted identifiers, file names, e-mail, format strings,
// namespaces), and environment words inside ordinary words.
// RUN: %check_tidy --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml, premortem-hardcoded-endpoint.ReportProduction: false}}' %s premortem-hardcoded-endpoint %t -- -nostdinc

int snprintf(char *, unsigned long, const char *, ...) __attribute__((format(printf, 3, 4)));

/* Versions and OIDs (X.509, PKCS, SNMP MIBs). */
static const char *kVersions[] = {"1.2.3", "10.0.19041.1", "6.1.7601.17514", "2.4.57.1",
                                  "v10.2.3.4", "1.0.0.0"};
static const char *kOids[] = {"1.2.840.113549", "1.2.840.113549.1.1.11", "2.16.840.1.101.3.4.2.1",
                              ".1.3.6.1.2.1.1.3.0", "1.3.6.1.4.1.2021.10.1.3.1",
                              "1.3.6.1.5.5.7.3.1", "0.9.2342.19200300.100.1.25",
                              "OID.2.5.4.3"};
/* Dotted identifiers: D-Bus names, reverse-DNS application ids, Java packages. */
static const char *kIds[] = {"org.freedesktop.DBus", "org.freedesktop.NetworkManager.Settings",
                             "org.gnome.Shell.Extensions", "com.example.app", "com.contoso.Staging",
                             "io.github.contoso.TestApp", "net.openvpn.v3.sessions",
                             "java.lang.String", "org.apache.http.impl.client",
                             "de.contoso.dev.Service", "com.apple.security.sandbox"};
/* File names and library sonames. */
static const char *kFiles[] = {"config.local.json", "libfoo.so.1.2", "settings.dev.yaml",
                               "app.staging.ini", "test.c", "sandbox.conf", "qa.log",
                               "/etc/hosts.allow", "libssl.so.3", "preprod.env"};
/* E-mail addresses are contacts, not endpoints. */
static const char *kMail[] = {"support@contoso.com", "qa-team@staging.contoso.com",
                              "mailto:dev@contoso.net", "<admin@intranet.corp>"};
/* Format strings build names from parts. */
void names(char *buf, const char *a, const char *b) {
  snprintf(buf, 64, "%s.%s", a, b);
  snprintf(buf, 64, "%s.local", a);
  snprintf(buf, 64, "%s.%s.svc.cluster.local", a, b);
  snprintf(buf, 64, "_%s._tcp.local", a);
}
/* Namespaces and schema identifiers. */
static const char *kNs[] = {"urn:ietf:params:xml:ns:netconf:base:1.0",
                            "http://www.freedesktop.org/standards/dbus",
                            "http://schemas.microsoft.com/SMI/2005/WindowsSettings",
                            "http://purl.org/dc/elements/1.1/",
                            "http://ns.adobe.com/xap/1.0/",
                            "urn:oasis:names:tc:SAML:2.0:assertion",
                            "http://www.w3.org/2000/09/xmldsig#"};
/* Environment words inside ordinary words are not labels. */
static const char *kWords[] = {"https://latest.contoso.com/", "https://contest.contoso.com/",
                               "https://international.contoso.com/", "https://internet.contoso.com/",
                               "https://devices.contoso.com/", "https://developer.contoso.com/",
                               "https://stagecoach.contoso.com/", "https://qatar.contoso.com/",
                               "https://testament.contoso.com/", "https://intel.contoso.com/",
                               "https://sandboxed-docs.contoso.com/x", "https://uatu.contoso.com/",
                               "https://protest.contoso.com/", "https://attestation.contoso.com/"};
/* Not addresses: times, MAC addresses, ratios, section numbers. */
static const char *kOther[] = {"12:30:45.123", "00:1a:2b:3c:4d:5e", "3.14.15.92.65",
                               "section 4.2.1.3", "1.2.3.4.5", "255.255.255.0/24x"};

/* Production notes: a dotted quad in a table of versions is a version. */
// RUN: %check_tidy --check-suffix=NOTES --config '{CheckOptions: {premortem.RulesFile: %inputs/hardcoded-endpoint/no-test-paths.yaml}}' %s premortem-hardcoded-endpoint %t -- -nostdinc -DNOTES
#ifdef NOTES
static const char *kKnownVersions[] = {"2.4.57.1", "10.0.19041.1"};
// CHECK-MESSAGES-NOTES-NOT: remark: endpoint '2.4.57.1'
// CHECK-MESSAGES-NOTES-NOT: remark: endpoint '10.0.19041.1'
static const char *kNotesServer = "52.4.57.1";
// CHECK-MESSAGES-NOTES: :[[@LINE-1]]:36: remark: endpoint '52.4.57.1' is a hard-coded production endpoint{{.*}}
#endif

/* Test folders match relative paths from the compile command too
   (`tests/oauthtest.c` in liboauth's build was reported). */
// RUN: rm -rf %t.rel && mkdir -p %t.rel/reltests %t.rel/src
// RUN: cp %s %t.rel/reltests/rel.c && cp %s %t.rel/src/rel.c
// RUN: %python %src_root/test/driver/Inputs/mkdb.py %t.rel reltests/rel.c src/rel.c -- -nostdinc -DREL
// RUN: cd %t.rel && %expect_exit 1 %driver -p %t.rel --checks premortem-hardcoded-endpoint --rules %inputs/hardcoded-endpoint/reltests-paths.yaml --format text > %t.rel/out.txt
// RUN: %FileCheck --check-prefix=REL %s < %t.rel/out.txt
// REL-NOT: reltests{{/|\\}}rel.c
// REL: src{{/|\\}}rel.c:[[@LINE+3]]:{{[0-9]+}}: warning: endpoint 'api.staging.contoso.net'
// REL-NOT: reltests{{/|\\}}rel.c
#ifdef REL
static const char *kRel = "https://api.staging.contoso.net/";
#endif
