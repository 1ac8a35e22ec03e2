#!/usr/bin/env python3
"""other_tidy_versions.py PLUGIN BUILT_MAJOR SOURCE: load the plugin into every
other clang-tidy-N on PATH and require a clean refusal.

A clang-tidy that can open the plugin must run premortem's guard: one line
naming both versions, exit 2, no crash. One that cannot open it (a much older
LLVM lacks symbols) must fail with its own loader error, again without a
crash. Prints one line per version tried; exits 1 on a violation, 0 when all
refused cleanly, and prints UNSUPPORTED when no other clang-tidy exists.
"""
import os
import re
import subprocess
import sys

plugin, built, source = sys.argv[1], sys.argv[2], sys.argv[3]
found = {}  # major -> first clang-tidy-N on PATH
for d in os.environ.get("PATH", "").split(os.pathsep):
    if os.path.isdir(d):
        for name in os.listdir(d):
            m = re.fullmatch(r"clang-tidy-(\d+)", name)
            if m and m.group(1) != built:
                found.setdefault(int(m.group(1)), os.path.join(d, name))
if not found:
    print("UNSUPPORTED: no clang-tidy of another version on PATH")
    sys.exit(0)

guard = re.compile(r"^error: premortem: this plugin was built for clang-tidy %s but is "
                   r"loaded into '.*'; use the plugin built for that version$" % built)
bad = 0
for major, tool in sorted(found.items()):
    p = subprocess.run([tool, "-load", plugin, "--checks=-*,premortem-*", source, "--"],
                       capture_output=True, text=True)
    err = p.stderr.splitlines()
    if p.returncode < 0 or p.returncode >= 128 or "PLEASE submit a bug report" in p.stderr:
        verdict, bad = f"crashed (exit {p.returncode})", 1
    elif any(guard.match(l) for l in err):
        verdict = "refused by the guard" if p.returncode == 2 else f"guard but exit {p.returncode}"
        bad |= p.returncode != 2
    elif p.returncode != 0 and any(l.startswith("Error opening") for l in err):
        verdict = "refused by the loader"
    else:
        verdict, bad = f"ran (exit {p.returncode})", 1
    print(f"clang-tidy-{major}: {verdict}")
sys.exit(bad)
