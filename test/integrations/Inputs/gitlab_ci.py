#!/usr/bin/env python3
"""gitlab_ci.py RECIPE check
   gitlab_ci.py RECIPE script OUT.sh [--with-install]

check: the shape of integrations/gitlab/premortem.gitlab-ci.yml: a Debian 12
job that installs the premortem package (not a build of premortem), writes
the Code Quality report with --format codeclimate and uploads it as the
codequality report, also when the job fails.
script: writes the job as the runner executes it (variables exported,
before_script if --with-install, then script, in one `bash -eo pipefail`).
"""
import re
import shlex
import sys

import yaml

recipe_path, mode = sys.argv[1:3]
recipe = yaml.safe_load(open(recipe_path))


def require(cond, what):
    if not cond:
        sys.exit(f"gitlab_ci.py: {what}")


job = recipe["premortem"]
variables = recipe.get("variables", {})
before, script = job["before_script"], job["script"]
everything = "\n".join(before + script)
if mode == "check":
    require(job["image"] == "debian:12", "the job does not run on debian:12")
    require(any('curl -fsSL -o /tmp/premortem.deb "$PREMORTEM_DEB_URL"' in l for l in before),
            "before_script does not download the package")
    require(any("apt-get install" in l and "/tmp/premortem.deb" in l for l in before),
            "before_script does not install the package")
    require(variables.get("PREMORTEM_DEB_URL", "").endswith(".deb"), "no PREMORTEM_DEB_URL")
    for forbidden in (r"install-deps", r"(^|[\s;&|])make\b", r"ninja -C", r"cmake --build", r"cmake --install"):
        require(not re.search(forbidden, everything, re.M), f"the job builds premortem ('{forbidden}')")
    report = job["artifacts"]["reports"]["codequality"]
    require(f"--format codeclimate -o {report}" in everything,
            "the codequality report is not what --format codeclimate writes")
    require(job["artifacts"]["when"] == "always", "the report is not uploaded when the job fails")
    require("CI_MERGE_REQUEST_DIFF_BASE_SHA" in everything and "--changed-since" in everything,
            "merge requests are not limited to their changed lines")
    print("gitlab recipe: ok")
elif mode == "script":
    out = sys.argv[3]
    lines = ["set -eo pipefail"]
    lines += [f"export {k}={shlex.quote(str(v))}" for k, v in variables.items()
              if k != "PREMORTEM_DEB_URL"]
    lines.append('export PREMORTEM_DEB_URL="${PREMORTEM_DEB_URL:-%s}"' % variables["PREMORTEM_DEB_URL"])
    if "--with-install" in sys.argv[4:]:
        lines += before
    lines += script
    open(out, "w").write("\n".join(lines) + "\n")
else:
    sys.exit(f"gitlab_ci.py: unknown mode {mode}")
