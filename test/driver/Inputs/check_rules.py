#!/usr/bin/env python3
"""check_rules.py SARIF CHECKS_DEF: the SARIF rules are exactly the checks of
Checks.def, in order, with the metadata GitHub code scanning reads.
check_rules.py --list LIST CHECKS_DEF: LIST (--list-checks output) names every
check of Checks.def with its summary, in order.
check_rules.py --explain DRIVER CHECKS_DEF DOCS: --explain prints each
check's docs/checks/<name>.md, with or without the premortem- prefix.

Checked per rule: id, name (UpperCamel), shortDescription (the summary),
fullDescription (<= 1024 characters), help.text and help.markdown (the docs
page), helpUri, defaultConfiguration.level, properties.tags, precision,
problem.severity, and security-severity: a string exactly where Checks.def
gives one. Prints "rules: N ok".
"""
import json
import re
import sys


def load_checks(def_path):
    with open(def_path, encoding="utf-8") as f:
        text = f.read()
    checks = []
    for m in re.finditer(r"^PREMORTEM_CHECK\((.*?)\)\s*$", text, re.M | re.S):
        lits = [s.replace('\\"', '"').replace("\\\\", "\\")
                for s in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))]
        name, level, precision, secsev, tags = lits[:5]
        checks.append(dict(name=name, level=level, precision=precision, secsev=secsev,
                           tags=[t for t in tags.split(";") if t], summary="".join(lits[5:])))
    return checks


if sys.argv[1] == "--list":
    checks = load_checks(sys.argv[3])
    with open(sys.argv[2], encoding="utf-8") as f:
        got = [re.split(r"\s{2,}", line.rstrip("\n"), maxsplit=1) for line in f]
    want = [["premortem-" + c["name"], c["summary"]] for c in checks]
    if got != want:
        sys.exit(f"--list-checks printed {got}, Checks.def has {want}")
    print(f"list: {len(got)} ok")
    sys.exit(0)
if sys.argv[1] == "--explain":
    import subprocess
    driver, checks, docs = sys.argv[2], load_checks(sys.argv[3]), sys.argv[4]
    for c in checks:
        with open(f"{docs}/{c['name']}.md", encoding="utf-8") as f:
            page = f.read()
        for arg in ("premortem-" + c["name"], c["name"]):
            out = subprocess.run([driver, "--explain", arg], capture_output=True, text=True)
            if out.returncode != 0 or out.stdout != page:
                sys.exit(f"--explain {arg} (exit {out.returncode}) differs from {docs}/{c['name']}.md")
    print(f"explain: {len(checks)} ok")
    sys.exit(0)

sarif_path, def_path = sys.argv[1], sys.argv[2]
checks = load_checks(def_path)
with open(sarif_path, encoding="utf-8") as f:
    rules = json.load(f)["runs"][0]["tool"]["driver"]["rules"]

problems = []
if [r["id"] for r in rules] != ["premortem-" + c["name"] for c in checks]:
    problems.append(f"rule ids {[r['id'] for r in rules]} != Checks.def {[c['name'] for c in checks]}")
severity = {"error": "error", "warning": "warning", "note": "recommendation"}
for rule, check in zip(rules, checks):
    rid = rule["id"]
    want_name = "".join(p[:1].upper() + p[1:] for p in check["name"].split("-"))
    props = rule.get("properties", {})
    expect = {
        "name": (rule.get("name"), want_name),
        "shortDescription": (rule["shortDescription"]["text"], check["summary"]),
        "level": (rule["defaultConfiguration"]["level"], check["level"]),
        "precision": (props.get("precision"), check["precision"]),
        "problem.severity": (props.get("problem.severity"), severity[check["level"]]),
    }
    for key, (got, want) in expect.items():
        if got != want:
            problems.append(f"{rid}: {key} is {got!r}, expected {want!r}")
    full = rule["fullDescription"]["text"]
    if not full or len(full) > 1024:
        problems.append(f"{rid}: fullDescription empty or longer than 1024 characters")
    if not rule["help"]["text"].strip() or not rule["help"]["markdown"].strip():
        problems.append(f"{rid}: help.text or help.markdown is empty")
    if not rule.get("helpUri", "").endswith(f"/docs/checks/{check['name']}.md"):
        problems.append(f"{rid}: helpUri {rule.get('helpUri')!r} is not the docs page")
    tags = props.get("tags", [])
    if [t for t in tags if t != "security"] != check["tags"] or len(tags) > 20:
        problems.append(f"{rid}: tags {tags} != {check['tags']}")
    if check["secsev"]:
        if props.get("security-severity") != check["secsev"] or "security" not in tags:
            problems.append(f"{rid}: security-severity must be the string {check['secsev']!r} with a 'security' tag")
    elif "security-severity" in props:
        problems.append(f"{rid}: security-severity set but Checks.def gives none")
for p in problems:
    print(p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"rules: {len(rules)} ok")
