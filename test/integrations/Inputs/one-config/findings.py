#!/usr/bin/env python3
"""findings.py ROOT FILE: the findings in clang-tidy text output, one
"path:line:col: check" line each (path relative to ROOT), sorted."""
import os
import re
import sys

root, path = os.path.realpath(sys.argv[1]), sys.argv[2]
found = set()
with open(path, encoding="utf-8") as f:
    for line in f:
        m = re.match(r"(\S+):(\d+):(\d+): (?:warning|error): .* \[([\w-]+)(?:,[^\]]*)?\]$", line.rstrip())
        if m:
            file = os.path.relpath(os.path.realpath(m.group(1)), root)
            found.add(f"{file}:{m.group(2)}:{m.group(3)}: {m.group(4)}")
print("\n".join(sorted(found)))
