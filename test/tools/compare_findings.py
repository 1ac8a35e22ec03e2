#!/usr/bin/env python3
"""Compare the findings in two compiler-style outputs (clang-tidy and premortem).

Usage: compare_findings.py PLUGIN_OUTPUT DRIVER_OUTPUT
Findings are 'file:line:col: level: message [check]' lines (paths compared by
their absolute form); exit 1 with both lists when they differ. Prints the count.
"""
import os
import re
import sys

FINDING = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*?)(?: \[([\w.,-]+)\])?$")


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = FINDING.match(line.rstrip("\n"))
            if m and not (m.group(6) or "").startswith("clang-diagnostic"):
                out.append((os.path.realpath(m.group(1)), int(m.group(2)), int(m.group(3)),
                            m.group(4), m.group(5), m.group(6) or ""))
    return sorted(out)


a, b = load(sys.argv[1]), load(sys.argv[2])
if a != b:
    print("findings differ\n--- plugin\n" + "\n".join(map(str, a)) + "\n--- driver\n" + "\n".join(map(str, b)))
    sys.exit(1)
print(f"same findings: {len([f for f in a if f[3] != 'note'])} warning(s), {len([f for f in a if f[3] == 'note'])} note(s)")
