# premortem lit configuration. Substitutions:
#   %plugin %driver %clang_tidy %clang %FileCheck %not %python
#   %check_tidy     run a checker test through the plugin and the driver
#   %expect_exit N  run a command and require exit code N
#   %validate_sarif validate SARIF files (multitool Sarif+Gh rules and JSON schema)
#   %run_clang_tidy run-clang-tidy of the LLVM built against; %llvm_major its major
#   %src_root %rules_dir %examples %inputs
#   %obj_root       the build folder (bench/ smoke run)
#   %calendar_model the calendar model dump tool (test/tools/calendar-model)
#   %fuzz_dir       the libFuzzer targets (feature `libfuzzer` when built)
#   %deb            the Debian package of the build (feature `deb-package` when made)
import os
import lit.formats

config.name = "premortem"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "tools"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.premortem_obj_root, "test")

tools = os.path.join(config.premortem_src_root, "test", "tools")
py = config.python
config.substitutions += [
    ("%check_tidy", f"{py} {tools}/check_tidy.py --clang-tidy {config.clang_tidy} "
                    f"--plugin {config.premortem_plugin} --driver {config.premortem_driver} "
                    f"--filecheck {config.filecheck}"),
    ("%expect_exit", f"{py} {tools}/expect_exit.py"),
    ("%validate_sarif", f"{py} {tools}/validate_sarif.py --npm-dir {config.npm_dir}"),
    ("%run_clang_tidy", "run-clang-tidy-" + config.llvm_major),
    ("%llvm_major", config.llvm_major),
    ("%plugin", config.premortem_plugin),
    ("%driver", config.premortem_driver),
    ("%calendar_model", config.premortem_calendar_model),
    ("%clang_tidy", config.clang_tidy),
    ("%clang", config.clang),
    ("%FileCheck", config.filecheck),
    ("%not", config.not_tool),
    ("%python", py),
    ("%src_root", config.premortem_src_root),
    ("%rules_dir", os.path.join(config.premortem_src_root, "rules")),
    ("%examples", os.path.join(config.premortem_src_root, "examples")),
    ("%inputs", os.path.join(config.premortem_src_root, "test", "Inputs")),
    ("%obj_root", config.premortem_obj_root),
    ("%fuzz_dir", os.path.join(config.premortem_obj_root, "bin", "fuzz")),
]
if os.path.exists(os.path.join(config.premortem_obj_root, "bin", "fuzz", "fuzz-rule-pack")):
    config.available_features.add("libfuzzer")
config.available_features.add("plugin")
# Tests that create device nodes (mknod) need root.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    config.available_features.add("root")
config.available_features.add("llvm-" + config.llvm_major)
# Debian's libssl-dev (installed by .ci/install-deps) for the OpenSSL
# end-to-end test of premortem-cert-expiry.
# The Debian package of this build, when `make package` made it: its contents
# are checked (building it is too slow for the suite; make package-test
# installs it).
version = open(os.path.join(config.premortem_src_root, "VERSION")).read().strip()
deb = os.path.join(config.premortem_obj_root,
                   f"premortem-llvm{config.llvm_major}_{version}_amd64.deb")
config.substitutions.append(("%deb", deb))
if os.path.exists(deb):
    config.available_features.add("deb-package")
# --format codeclimate (the GitLab Code Quality report).
import subprocess
try:
    help_text = subprocess.run([config.premortem_driver, "--help"], capture_output=True,
                               text=True, timeout=60).stdout
except OSError:
    help_text = ""
if "codeclimate" in help_text:
    config.available_features.add("codeclimate")
if os.path.exists("/usr/include/openssl/x509.h"):
    config.available_features.add("libssl")

# A .clang-tidy above the build tree must not leak into tests.
config.environment["CLANG_NO_DEFAULT_CONFIG"] = "1"
# Deterministic SARIF timestamps in tests.
config.environment["SOURCE_DATE_EPOCH"] = "1330473600"
for var in ("HOME", "PATH", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
