#!/usr/bin/env python3
"""check_codeclimate.py FILE N: FILE is a GitLab Code Quality report with N
issues, each of the shape GitLab reads (description, check_name,
fingerprint unique, severity in GitLab's set, location.path relative,
location.lines.begin >= 1). Prints "path:line check severity" per issue."""
import json
import sys

path, want = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8") as f:
    issues = json.load(f)
errors = []
if not isinstance(issues, list):
    sys.exit("codeclimate: the report is not a JSON array")
seen = set()
for i, issue in enumerate(issues):
    def need(cond, what):
        if not cond:
            errors.append(f"issue {i}: {what}")
    need(isinstance(issue.get("description"), str) and issue["description"], "description")
    need(isinstance(issue.get("check_name"), str) and issue["check_name"], "check_name")
    fp = issue.get("fingerprint")
    need(isinstance(fp, str) and fp and fp not in seen, "fingerprint missing or not unique")
    seen.add(fp)
    need(issue.get("severity") in {"info", "minor", "major", "critical", "blocker"}, "severity")
    loc = issue.get("location", {})
    need(isinstance(loc.get("path"), str) and loc["path"] and not loc["path"].startswith("/"),
         "location.path must be relative to the repository")
    begin = loc.get("lines", {}).get("begin")
    need(isinstance(begin, int) and begin >= 1, "location.lines.begin")
    if not errors:
        print(f"{loc['path']}:{begin} {issue['check_name']} {issue['severity']}")
if len(issues) != want:
    errors.append(f"{len(issues)} issues, expected {want}")
if errors:
    sys.exit("codeclimate: " + "; ".join(errors))
