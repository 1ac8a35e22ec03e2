#!/usr/bin/env python3
"""check_related_links.py SARIF: every result with related locations links
each of them from its message text as "[text](id)" (SARIF 3.11.6), every
link names an existing related location, and literal brackets are escaped.
Prints the messages that carry links."""
import json
import re
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    run = json.load(f)["runs"][0]
errors = []
for res in run["results"]:
    text = res["message"]["text"]
    ids = {rel["id"] for rel in res.get("relatedLocations", [])}
    # Links: an unescaped '[' ... unescaped ']' followed by '(id)'.
    links = {int(m.group(1)) for m in re.finditer(r"(?<!\\)\]\((\d+)\)", text)}
    if links != ids:
        errors.append(f"{res['ruleId']}: links {sorted(links)} != related ids {sorted(ids)}: {text}")
    if ids:
        print(text)
if errors:
    sys.exit("\n".join(errors))
