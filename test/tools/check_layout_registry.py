#!/usr/bin/env python3
"""Compare `clang-tidy --list-checks` (stdin) with checks/Checks.def."""
import re
import sys

root = sys.argv[1]
with open(f"{root}/checks/Checks.def", encoding="utf-8") as f:
    want = sorted("premortem-" + n for n in re.findall(r'^PREMORTEM_CHECK\(\w+,\s*"([\w-]+)"', f.read(), re.M))
got = sorted(l.strip() for l in sys.stdin if l.strip().startswith("premortem-"))
if got != want:
    print(f"registered checks differ from Checks.def:\n  plugin:     {got}\n  Checks.def: {want}")
    sys.exit(1)
print(f"registry: {len(got)} check(s) match Checks.def")
