#!/usr/bin/env python3
"""same_findings.py A.sarif B.sarif: exit 0 when both report the same
findings with the same fingerprints (rule, URI, region, premortem/v1,
primaryLocationLineHash), each as often; else print the difference, exit 1.
Prints `SAME n` with the number of findings."""
import collections
import json
import sys


def findings(path):
    with open(path) as f:
        run = json.load(f)["runs"][0]
    out = collections.Counter()
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        reg = loc["region"]
        fp = r.get("partialFingerprints", {})
        out[(r["ruleId"], loc["artifactLocation"]["uri"], reg["startLine"], reg["startColumn"],
             reg["endLine"], reg["endColumn"], fp.get("premortem/v1"),
             fp.get("primaryLocationLineHash"))] += 1
    return out


a, b = findings(sys.argv[1]), findings(sys.argv[2])
if a != b:
    for k in sorted((a - b).keys()):
        print(f"only in {sys.argv[1]}: {k}")
    for k in sorted((b - a).keys()):
        print(f"only in {sys.argv[2]}: {k}")
    sys.exit(1)
print(f"SAME {sum(a.values())}")
