#!/usr/bin/env python3
"""check_line_hashes.py SARIF ROOT: every result's primaryLocationLineHash is
what GitHub computes for its file and line (line_hashes.py, the independent
reimplementation of codeql-action's fingerprints.ts). Prints "line hashes: N ok".
"""
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from line_hashes import line_hashes  # noqa: E402

sarif, root = sys.argv[1], sys.argv[2]
with open(sarif, encoding="utf-8") as f:
    results = json.load(f)["runs"][0]["results"]
bad = 0
for res in results:
    loc = res["locations"][0]["physicalLocation"]
    path = os.path.join(root, urllib.parse.unquote(loc["artifactLocation"]["uri"]))
    line = loc["region"]["startLine"]
    with open(path, "rb") as f:
        want = line_hashes(f.read()).get(line)
    got = res.get("partialFingerprints", {}).get("primaryLocationLineHash")
    if got != want:
        print(f"{path}:{line}: primaryLocationLineHash {got}, GitHub computes {want}", file=sys.stderr)
        bad += 1
if bad or not results:
    sys.exit(1)
print(f"line hashes: {len(results)} ok")
