#!/usr/bin/env python3
"""Validate SARIF files the way code scanning will read them.

Three gates, all must pass (the multitool always exits 0, and it reports
nothing at all when an enum value is invalid, hence the schema check):
  1. JSON schema (SARIF 2.1.0, the multitool's bundled schema) with ajv;
  2. Microsoft SARIF multitool, rule kinds Sarif and Gh, level Error: zero results;
  3. GitHub ingestion rules the multitool misses: security-severity is a string,
     at most 20 tags per rule, one run per file, relative result URIs.
Exit 0 when every file passes, 1 otherwise (one line per problem on stderr).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile


def own_checks(path, doc):
    problems = []
    runs = doc.get("runs", [])
    if len(runs) != 1:
        problems.append(f"{path}: expected exactly one run, found {len(runs)}")
    for run in runs:
        for rule in run.get("tool", {}).get("driver", {}).get("rules", []):
            props = rule.get("properties", {})
            sev = props.get("security-severity")
            if sev is not None and not isinstance(sev, str):
                problems.append(f"{path}: rule {rule.get('id')}: security-severity must be a string")
            if len(props.get("tags", [])) > 20:
                problems.append(f"{path}: rule {rule.get('id')}: more than 20 tags")
        for res in run.get("results", []):
            for loc in res.get("locations", []):
                uri = loc.get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "")
                if uri.startswith("/") or "://" in uri:
                    problems.append(f"{path}: result URI '{uri}' is not relative to the source root")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm-dir", required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    mods = os.path.join(args.npm_dir, "node_modules")
    multitool = os.path.join(mods, "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
    schema = os.path.join(mods, "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json")
    ajv = os.path.join(mods, ".bin", "ajv")
    for tool in (multitool, schema, ajv):
        if not os.path.exists(tool):
            print(f"validate_sarif: error: {tool} is missing; run 'make deps'", file=sys.stderr)
            return 2

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, path in enumerate(args.files):
            try:
                with open(path, encoding="utf-8") as f:
                    doc = json.load(f)
            except (OSError, ValueError) as e:
                problems.append(f"{path}: not readable JSON: {e}")
                continue
            problems += own_checks(path, doc)
            as_json = os.path.join(tmp, f"f{i}.json")  # ajv picks its parser by extension
            shutil.copyfile(path, as_json)
            r = subprocess.run([ajv, "validate", "--spec=draft2020", "-c", "ajv-formats",
                                "--strict=false", "-s", schema, "-d", as_json],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"{path}: schema: {(r.stdout + r.stderr).strip()}")
            out = os.path.join(tmp, f"f{i}.validation.sarif")
            r = subprocess.run([multitool, "validate", path, "--rule-kind", "Gh;Sarif",
                                "--level", "Error", "-o", out, "--log", "ForceOverwrite"],
                               capture_output=True, text=True,
                               env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1"))
            try:
                with open(out, encoding="utf-8") as f:
                    results = [res for run in json.load(f).get("runs", [])
                               for res in run.get("results", []) or []]
            except (OSError, ValueError):
                problems.append(f"{path}: multitool produced no report: {r.stdout.strip()} {r.stderr.strip()}")
                continue
            for res in results:
                problems.append(f"{path}: multitool {res.get('ruleId')}: "
                                f"{res.get('message', {}).get('text', '')}")
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"validate_sarif: {len(args.files)} file(s) valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
