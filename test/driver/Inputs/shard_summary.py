#!/usr/bin/env python3
"""shard_summary.py UNITS SARIF...: how shard reports cover the units.

UNITS is the number of unitK.c files. Every unit has a finding of its own,
so the units a shard analyzed are the unitK.c URIs in its results. Prints
`SHARD i units=a,b,...` per report, then `PARTITION exact` when every unit
is in exactly one report, else `PARTITION missing=... twice=...`.
"""
import json
import re
import sys

count, reports = int(sys.argv[1]), sys.argv[2:]
seen = {}
for i, path in enumerate(reports, 1):
    with open(path) as f:
        run = json.load(f)["runs"][0]
    units = sorted({int(m.group(1)) for r in run["results"]
                    for m in [re.fullmatch(r"(?:.*/)?unit(\d+)\.c",
                                           r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])]
                    if m})
    print(f"SHARD {i} units={','.join(map(str, units))}")
    for u in units:
        seen[u] = seen.get(u, 0) + 1
missing = [u for u in range(count) if u not in seen]
twice = [u for u, n in seen.items() if n > 1]
print("PARTITION exact" if not missing and not twice
      else f"PARTITION missing={missing} twice={twice}")
