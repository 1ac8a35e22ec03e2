#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""premortem's accuracy evaluation (`make eval`).

For every project of eval/corpus.json that eval/fetch made ready, premortem
analyzes the selected files the way a user without a build would: in the root
of the source tree, no compilation database, no flags. Every finding is looked
up in eval/triage.yaml (judged by its `premortem/v1` fingerprint) and counted
per half of eval/SPLIT.md:

  true / debatable / false / untriaged findings, false alarms per 20 kLOC,
  precision (true / (true + false)),

and, with --headerless, the same files once more with every project header
removed: findings that appear only without headers are listed (issue: analysis
without a build must add no false alarm). With --fixits, every fix-it premortem
offers is applied to a hard-linked copy of the tree and each rewritten file
must still compile as well as before (`clang -fsyntax-only`, same flags).

    eval/run.py [--build build] [--corpus DIR] [--half tuning|held-out|both]
                [--only a,b] [--headerless] [--fixits] [--show-untriaged]
                [--by-hand]

Results go to eval/results/<half>.json. Exit 0 when every project ran, 1 when a
project could not be analyzed at all, 2 on usage errors. python3 stdlib +
python3-yaml (installed by .ci/install-deps).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import split  # noqa: E402  (eval/split.py: the one reader of SPLIT.md)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VERDICTS = ("true", "debatable", "false")


def log(msg):
    print(f"eval: {msg}", file=sys.stderr, flush=True)


def load_triage():
    path = os.path.join(HERE, "triage.yaml")
    with open(path) as f:
        data = yaml.safe_load(f) or {}
    judged = {}
    for e in data.get("findings") or []:
        if e.get("verdict") not in VERDICTS:
            raise SystemExit(f"eval: error: {path}: bad verdict {e.get('verdict')!r} for {e.get('fingerprint')}")
        judged[(e["project"], e["fingerprint"])] = e
    return judged


def header_folders(src):
    """Every folder of the tree that holds a header, as -I arguments: what a
    user without a build would pass by hand (for drivers that need flags)."""
    dirs = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if any(n.endswith((".h", ".hh", ".hpp", ".hxx")) for n in filenames):
            dirs.append("-I" + dirpath)
    return dirs


def run_premortem(premortem, src, files, out, jobs, by_hand=False):
    cmd = [premortem, "--format", "sarif", "-o", out, "--source-root", src,
           "--fail-on", "error", "-j", str(jobs)] + files
    if by_hand:
        cmd += ["--"] + header_folders(src)
    p = subprocess.run(cmd, cwd=src, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, errors="replace")
    return p.returncode, p.stderr


def results_of(sarif_path):
    with open(sarif_path) as f:
        run = json.load(f)["runs"][0]
    found = []
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        found.append({
            "check": r["ruleId"],
            "file": loc["artifactLocation"]["uri"],
            "line": loc["region"]["startLine"],
            "fingerprint": r["partialFingerprints"]["premortem/v1"],
            "message": r["message"]["text"],
            "fixit": bool(r.get("fixes")),
        })
    notes = [n["message"]["text"]
             for inv in run.get("invocations", [])
             for n in inv.get("toolExecutionNotifications", [])]
    return found, notes


def headerless_copy(src, files, dest):
    """The selected files alone, in their folders, with no project header."""
    for rel in files:
        os.makedirs(os.path.join(dest, os.path.dirname(rel)), exist_ok=True)
        shutil.copy2(os.path.join(src, rel), os.path.join(dest, rel))


def fixit_check(premortem, clang, src, files, work):
    """Applies every fix-it to a hard-linked copy; returns files that compiled
    before the fix and do not after (`--fix` replaces files by rename, so the
    original tree is never written)."""
    copy = os.path.join(work, "fixed")
    subprocess.run(["cp", "-al", src, copy], check=True)
    before = {f: compiles(clang, copy, f) for f in files}
    subprocess.run([premortem, "--fix", "--fail-on", "error", "-j", "2"] + files,
                   cwd=copy, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    broken = []
    for f in files:
        if os.stat(os.path.join(copy, f)).st_ino == os.stat(os.path.join(src, f)).st_ino:
            continue  # not rewritten
        if before[f] and not compiles(clang, copy, f):
            broken.append(f)
    return broken


def compiles(clang, root, rel):
    p = subprocess.run([clang, "-fsyntax-only", "-w", rel], cwd=root,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return p.returncode == 0


def evaluate(project, args, premortem, judged):
    src, files = project["src"], project["files"]
    work = tempfile.mkdtemp(prefix=f"eval-{project['name']}-")
    try:
        sarif = os.path.join(work, "full.sarif")
        rc, err = run_premortem(premortem, src, files, sarif, args.jobs, args.by_hand)
        if rc == 2 or not os.path.exists(sarif):
            log(f"{project['name']}: premortem exit {rc}: {err.strip().splitlines()[-1] if err.strip() else ''}")
            return None
        found, notes = results_of(sarif)
        row = {"project": project["name"], "lines": project["lines"],
               "files": len(files), "exit": rc, "notifications": len(notes),
               "findings": []}
        for f in found:
            j = judged.get((project["name"], f["fingerprint"]))
            f["verdict"] = j["verdict"] if j else "untriaged"
            row["findings"].append(f)
        if args.headerless:
            bare = os.path.join(work, "bare")
            headerless_copy(src, files, bare)
            hs = os.path.join(work, "bare.sarif")
            run_premortem(premortem, bare, files, hs, args.jobs, args.by_hand)
            full_prints = {f["fingerprint"] for f in found}
            extra = [f for f in results_of(hs)[0] if f["fingerprint"] not in full_prints]
            for f in extra:
                j = judged.get((project["name"], f["fingerprint"]))
                f["verdict"] = j["verdict"] if j else "untriaged"
            row["headerless_only"] = extra
        if args.fixits and any(f["fixit"] for f in found):
            row["broken_by_fixit"] = fixit_check(premortem, args.clang, src, files, work)
        return row
    finally:
        shutil.rmtree(work, ignore_errors=True)


def summarize(half, rows):
    lines = sum(r["lines"] for r in rows)
    count = {v: 0 for v in VERDICTS + ("untriaged",)}
    for r in rows:
        for f in r["findings"]:
            count[f["verdict"]] += 1
    judged = count["true"] + count["false"]
    s = {"half": half, "projects": len(rows), "kloc": round(lines / 1000, 1), **count,
         "false_per_20kloc": round(count["false"] / (lines / 20000), 2) if lines else None,
         "precision": round(count["true"] / judged, 2) if judged else None,
         "headerless_only": sum(len(r.get("headerless_only", [])) for r in rows),
         "headerless_only_false": sum(1 for r in rows for f in r.get("headerless_only", [])
                                      if f["verdict"] == "false"),
         "unsafe_fixits": sum(len(r.get("broken_by_fixit", [])) for r in rows)}
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--corpus", default=os.environ.get(
        "PREMORTEM_EVAL_CORPUS", os.path.join(HERE, "corpus")))
    ap.add_argument("--half", choices=("tuning", "held-out", "both"), default="both")
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--headerless", action="store_true")
    ap.add_argument("--fixits", action="store_true")
    ap.add_argument("--clang", default=os.environ.get("CLANG", "clang-19"))
    ap.add_argument("--show-untriaged", action="store_true")
    ap.add_argument("--by-hand", action="store_true",
                    help="pass every header folder as -I after -- (for a driver "
                         "that cannot analyze without a database)")
    args = ap.parse_args()
    premortem = os.path.abspath(os.path.join(args.build, "bin", "premortem"))
    if not os.access(premortem, os.X_OK):
        print(f"eval: error: {premortem} not built (make build)", file=sys.stderr)
        return 2
    halves, judged = split.load("project"), load_triage()
    only = set(filter(None, args.only.split(",")))
    out_dir = os.path.join(HERE, "results")
    os.makedirs(out_dir, exist_ok=True)
    failed, summaries = [], []
    for half in (("tuning", "held-out") if args.half == "both" else (args.half,)):
        rows = []
        for name in sorted(n for n, h in halves.items() if h == half):
            if only and name not in only:
                continue
            meta = os.path.join(args.corpus, name, "project.json")
            if not os.path.exists(meta):
                log(f"{name}: not fetched (eval/fetch --only {name})")
                failed.append(name)
                continue
            with open(meta) as f:
                row = evaluate(json.load(f), args, premortem, judged)
            if row is None:
                failed.append(name)
                continue
            rows.append(row)
            log(f"{name}: {row['files']} files, {row['lines']} lines, exit {row['exit']}, "
                f"{row['notifications']} notifications, {len(row['findings'])} findings")
            # Held-out findings are listed only when asked for by name: they
            # are judged to measure, never to tune (SPLIT.md).
            if args.show_untriaged and (half == "tuning" or args.half == "held-out"):
                for f in row["findings"] + row.get("headerless_only", []):
                    if f["verdict"] == "untriaged":
                        print(f"untriaged {name} {f['fingerprint']} {f['file']}:{f['line']} "
                              f"{f['check']}: {f['message']}")
        s = summarize(half, rows)
        summaries.append(s)
        with open(os.path.join(out_dir, f"{half}.json"), "w") as f:
            json.dump({"summary": s, "projects": rows}, f, indent=1)
    cols = ["half", "projects", "kloc", "true", "debatable", "false", "untriaged",
            "false_per_20kloc", "precision", "headerless_only", "headerless_only_false",
            "unsafe_fixits"]
    print(" | ".join(cols))
    for s in summaries:
        print(" | ".join(str(s[c]) for c in cols))
    if failed:
        log(f"not analyzed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
