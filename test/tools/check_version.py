#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The version is in one place, VERSION; everything that shows it agrees.

Checks that `premortem --version` prints it, that CHANGELOG.md has its
section, and that every pin of a premortem release in the docs and
integrations (`rev: vX.Y.Z`, `premortem...@vX.Y.Z`, package file names)
names it. Prints one line per problem and a summary.

usage: check_version.py SRC_ROOT DRIVER
"""
import glob
import os
import re
import subprocess
import sys


def main():
    src, driver = sys.argv[1:3]
    version = open(os.path.join(src, "VERSION")).read().strip()
    problems = []
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        problems.append(f"VERSION: '{version}' is not MAJOR.MINOR.PATCH")
    first = subprocess.run([driver, "--version"], capture_output=True, text=True).stdout.splitlines()
    if not first or first[0] != f"premortem {version}":
        problems.append(f"--version prints {first[:1]}, not 'premortem {version}'")
    changelog = open(os.path.join(src, "CHANGELOG.md")).read()
    if not re.search(rf"^## {re.escape(version)}\b", changelog, re.M):
        problems.append(f"CHANGELOG.md: no '## {version}' section")
    pins = [re.compile(r"\brev: v(\d+\.\d+\.\d+)"),
            re.compile(r"premortem[\w/.-]*@v(\d+\.\d+\.\d+)"),
            re.compile(r"premortem-llvm\d+_(\d+\.\d+\.\d+)_amd64\.deb"),
            re.compile(r"releases/download/v(\d+\.\d+\.\d+)/")]
    files = [os.path.join(src, "README.md")] + glob.glob(os.path.join(src, "docs", "**", "*.md"), recursive=True) \
        + [f for f in glob.glob(os.path.join(src, "integrations", "**", "*"), recursive=True) if os.path.isfile(f)]
    count = 0
    for path in sorted(files):
        for n, line in enumerate(open(path, errors="replace"), 1):
            for pin in pins:
                for m in pin.finditer(line):
                    count += 1
                    if m.group(1) != version:
                        problems.append(f"{os.path.relpath(path, src)}:{n}: pins {m.group(1)}, VERSION is {version}")
    for p in problems:
        print(p)
    print(f"version {version}: {count} pin(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
