#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Recall on real bug-fix pairs (eval/pairs/<id>.yaml), per half of SPLIT.md.

Each pair names a Debian source package, the buggy and the fixed version of
one file, and the bug line(s) in the buggy version. A version is either a
Debian version (`apt-get source PKG=VERSION`, through a private apt state that
knows bullseye, bookworm, trixie and sid; bench/fetch-corpus's functions are
reused) or a Debian version plus a patch of eval/pairs/ that is applied to or
reversed from that tree (`patch: <file>`, `patch_direction: reverse|apply`).
`fixed_file` names the file in the fixed version when it moved.

premortem analyzes the file from the root of the source tree the way a user
without a build would: no compilation database, no flags. If the driver
refuses a file without a database, the file is analyzed once more with
`-- -I<every folder of the tree holding headers>` and the output says so.

Per half:
  buggy flagged   the buggy version has a finding within +-2 lines of a bug
                  line: by the expected check, and by any check;
  fixed flagged   the fixed version still has a finding within +-2 lines of
                  the fixed place (`fixed_lines`);
  findings        total findings in the file, buggy versus fixed.

The held-out half is only counted: per-pair results are written to
eval/results/pairs-<half>.json but printed only for the tuning half.

    eval/pairs.py [--build build] [--half tuning|held-out|both] [--only id,..]
                  [--cache DIR]

CACHE (downloads, trees) defaults to $PREMORTEM_PAIRS_CACHE or eval/corpus/pairs
(git-ignored). Exit 0 when every pair ran, 1 when a pair could not be
materialized or analyzed, 2 on usage errors. python3 stdlib + python3-yaml.
"""
import argparse
import glob
import importlib.machinery
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
debsrc = importlib.machinery.SourceFileLoader(
    "fetch_corpus", os.path.join(ROOT, "bench", "fetch-corpus")).load_module()

# Debian releases whose sources may hold a buggy or a fixed version. Only the
# private apt state lists them; the machine's apt configuration is not touched.
RELEASES = "bullseye trixie sid"  # bookworm: the machine's own, from fetch-corpus
NEAR = 2  # a finding this many lines from a bug line counts as "at" it
KINDS = ("cert-expiry", "days-per-year", "fixed-year-table", "hardcoded-endpoint",
         "leap-year-formula", "leap-year-loop", "retry-without-jitter",
         "time-truncation", "tm-field-range", "unchecked-time-conversion",
         "week-year-format", "year-arithmetic", "environment-switch")


def log(msg):
    print(f"eval/pairs: {msg}", file=sys.stderr, flush=True)


def load_pairs():
    pairs = []
    for path in sorted(glob.glob(os.path.join(HERE, "pairs", "*.yaml"))):
        with open(path) as f:
            p = yaml.safe_load(f)
        pid = os.path.basename(path)[:-5]
        problems = []
        if p.get("id") != pid:
            problems.append(f"id {p.get('id')!r} is not the file name")
        for key in ("project", "package", "kind", "file", "bug_lines", "bug_text",
                    "fixed_lines", "buggy", "fixed", "evidence", "description"):
            if key not in p:
                problems.append(f"missing {key}")
        if p.get("kind") not in KINDS:
            problems.append(f"unknown kind {p.get('kind')!r}")
        if problems:
            raise SystemExit(f"eval/pairs: error: {path}: {'; '.join(problems)}")
        pairs.append(p)
    return pairs


def apt_state(cache):
    """bench/fetch-corpus's private apt state plus the other releases' deb-src."""
    env = debsrc.make_apt_state(cache)
    state = os.path.join(cache, "apt")
    extra = os.path.join(state, "parts", "releases.sources")
    stamp = os.path.join(state, "updated-releases")
    if not os.path.exists(stamp):
        with open(extra, "w") as f:
            f.write("Types: deb-src\nURIs: http://deb.debian.org/debian\n"
                    f"Suites: {RELEASES}\nComponents: main\n"
                    "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n")
        log("apt-get update (private state, bullseye..sid sources)")
        debsrc.run(["apt-get", "update"], env=env)
        open(stamp, "w").close()
    return env


def source_tree(pkg, version, cache, env):
    """The unpacked Debian source of pkg=version (patches of its series applied)."""
    dest = os.path.join(cache, "src", f"{pkg}_{version.replace(':', '%')}")
    done = os.path.join(dest, ".done")
    if not os.path.exists(done):
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(dest)
        log(f"apt-get source {pkg}={version}")
        debsrc.run(["apt-get", "source", "-q", f"{pkg}={version}"], cwd=dest, env=env)
        open(done, "w").close()
    dirs = [d for d in glob.glob(os.path.join(dest, "*")) if os.path.isdir(d)]
    if len(dirs) != 1:
        raise RuntimeError(f"{pkg}={version}: expected one source folder in {dest}, got {len(dirs)}")
    return dirs[0]


def side_tree(pair, side, cache, env, work):
    """The tree of one side (buggy/fixed): the Debian tree itself, or a
    hard-linked copy with the pair's patch applied or reversed on copies of
    the patched files (the cached tree is never written)."""
    spec = pair[side]
    tree = source_tree(pair["package"], str(spec["version"]), cache, env)
    if "patch" not in spec:
        return tree
    copy = os.path.join(work, side)
    subprocess.run(["cp", "-al", tree, copy], check=True)
    patch = os.path.join(HERE, "pairs", spec["patch"])
    for rel in patched_files(patch):
        path = os.path.join(copy, rel)
        if os.path.exists(path):  # break the hard link before patching
            tmp = path + ".pairs-tmp"
            shutil.copy2(path, tmp)
            os.replace(tmp, path)
    args = ["patch", "-p1", "-s", "--no-backup-if-mismatch", "-i", patch]
    if spec.get("patch_direction", "reverse") == "reverse":
        args.insert(1, "-R")
    p = subprocess.run(args, cwd=copy, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{spec['patch']} does not {spec.get('patch_direction', 'reverse')} "
                           f"on {pair['package']} {spec['version']}: {p.stdout.strip()} {p.stderr.strip()}")
    return copy


def patched_files(patch):
    """Files a -p1 unified diff writes (its +++ lines, first component stripped)."""
    files = []
    with open(patch, errors="replace") as f:
        for line in f:
            if line.startswith("+++ "):
                name = line[4:].split("\t")[0].strip()
                files.append(name.split("/", 1)[1] if "/" in name else name)
    return files


def header_dirs(tree):
    dirs = set()
    for dirpath, dirnames, filenames in os.walk(tree):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "debian"]
        if any(n.endswith((".h", ".hh", ".hpp", ".hxx", ".inc")) for n in filenames):
            dirs.add(dirpath)
    return sorted(dirs)


def analyze(premortem, tree, rel, out):
    """premortem on one file from the tree's root. Returns (findings, mode)."""
    base = [premortem, "--format", "sarif", "-o", out, "--source-root", tree,
            "--fail-on", "error", "-j", "1", rel]
    p = subprocess.run(base, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, errors="replace")
    mode = "no database, no flags"
    if p.returncode == 2 and "no compilation database" in p.stderr:
        mode = "-- -I<header folders> (the driver refuses a file without a database)"
        p = subprocess.run(base + ["--"] + ["-I" + d for d in header_dirs(tree)], cwd=tree,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           errors="replace")
    if p.returncode == 2 or not os.path.exists(out):
        last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
        raise RuntimeError(f"premortem exit {p.returncode} on {rel}: {last}")
    with open(out) as f:
        run = json.load(f)["runs"][0]
    # Notifications are the driver's and clang's errors (a file that did not
    # parse fully): a miss with errors is not the same as a miss on clean code.
    errors = sum(1 for inv in run.get("invocations", [])
                 for n in inv.get("toolExecutionNotifications", [])
                 if n.get("level", "error") == "error")
    found = []
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        if os.path.normpath(loc["artifactLocation"]["uri"]) != os.path.normpath(rel):
            continue
        found.append({"check": r["ruleId"].removeprefix("premortem-"),
                      "line": loc["region"]["startLine"]})
    return found, mode, errors


def near(found, lines, check=None):
    return any(abs(f["line"] - l) <= NEAR and (check is None or f["check"] == check)
               for f in found for l in lines)


def line_text(tree, rel, line):
    with open(os.path.join(tree, rel), errors="replace") as f:
        text = f.read().splitlines()
    return text[line - 1] if 0 < line <= len(text) else ""


def evaluate(pair, premortem, cache, env):
    work = tempfile.mkdtemp(prefix=f"pairs-{pair['id']}-")
    try:
        row = {"id": pair["id"], "kind": pair["kind"]}
        for side in ("buggy", "fixed"):
            tree = side_tree(pair, side, cache, env, work)
            if side == "buggy":
                got = line_text(tree, pair["file"], pair["bug_lines"][0])
                if pair["bug_text"] not in got:
                    raise RuntimeError(f"bug line {pair['bug_lines'][0]} of {pair['file']} "
                                       f"does not hold {pair['bug_text']!r} (has {got.strip()!r})")
            rel = pair["file"] if side == "buggy" else pair.get("fixed_file", pair["file"])
            found, mode, errors = analyze(premortem, tree, rel,
                                          os.path.join(work, f"{side}.sarif"))
            lines = pair["bug_lines"] if side == "buggy" else pair["fixed_lines"]
            row[side] = {"findings": len(found), "mode": mode, "errors": errors,
                         "at_bug_expected": near(found, lines, pair["kind"]),
                         "at_bug_any": near(found, lines),
                         "checks_at_bug": sorted({f["check"] for f in found
                                                  if near([f], lines)})}
        return row
    finally:
        shutil.rmtree(work, ignore_errors=True)


def summarize(half, rows, failed):
    n = len(rows)
    return {"half": half, "pairs": n, "failed": failed,
            "buggy_flagged_expected": sum(r["buggy"]["at_bug_expected"] for r in rows),
            "buggy_flagged_any": sum(r["buggy"]["at_bug_any"] for r in rows),
            "fixed_still_flagged_any": sum(r["fixed"]["at_bug_any"] for r in rows),
            "findings_buggy": sum(r["buggy"]["findings"] for r in rows),
            "findings_fixed": sum(r["fixed"]["findings"] for r in rows),
            "buggy_with_parse_errors": sum(1 for r in rows if r["buggy"]["errors"])}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--half", choices=("tuning", "held-out", "both"), default="both")
    ap.add_argument("--only", default="")
    ap.add_argument("--cache", default=os.environ.get(
        "PREMORTEM_PAIRS_CACHE", os.path.join(HERE, "corpus", "pairs")))
    args = ap.parse_args()
    premortem = os.path.abspath(os.path.join(args.build, "bin", "premortem"))
    if not os.access(premortem, os.X_OK):
        print(f"eval/pairs: error: {premortem} not built (make build)", file=sys.stderr)
        return 2
    pairs = load_pairs()
    table = split.load("pair")
    for p in pairs:
        if table.get(p["id"]) != split.half_by_rule(p["id"]):
            print(f"eval/pairs: error: pair {p['id']} is not in SPLIT.md's pairs table as "
                  f"{split.half_by_rule(p['id'])}", file=sys.stderr)
            return 2
    cache = os.path.abspath(args.cache)
    os.makedirs(cache, exist_ok=True)
    env = apt_state(cache)
    only = set(filter(None, args.only.split(",")))
    out_dir = os.path.join(HERE, "results")
    os.makedirs(out_dir, exist_ok=True)
    summaries, any_failed, modes = [], False, set()
    for half in (("tuning", "held-out") if args.half == "both" else (args.half,)):
        rows, failed = [], []
        for p in pairs:
            if split.half_by_rule(p["id"]) != half or (only and p["id"] not in only):
                continue
            try:
                row = evaluate(p, premortem, cache, env)
            except (RuntimeError, OSError, subprocess.CalledProcessError) as e:
                log(f"{p['id']}: {e}")
                failed.append(p["id"])
                continue
            rows.append(row)
            modes.update((row["buggy"]["mode"], row["fixed"]["mode"]))
            if half == "tuning":
                b, f = row["buggy"], row["fixed"]
                print(f"  {p['id']:<34} {p['kind']:<26} buggy: "
                      f"{'HIT' if b['at_bug_expected'] else ('hit-other' if b['at_bug_any'] else 'miss'):<9} "
                      f"{','.join(b['checks_at_bug']) or '-':<28} fixed: "
                      f"{'still' if f['at_bug_any'] else 'clean'} "
                      f"findings {b['findings']}->{f['findings']}"
                      f"{' (parse errors ' + str(b['errors']) + '/' + str(f['errors']) + ')' if b['errors'] or f['errors'] else ''}")
        s = summarize(half, rows, failed)
        summaries.append(s)
        any_failed |= bool(failed)
        with open(os.path.join(out_dir, f"pairs-{half}.json"), "w") as f:
            json.dump({"summary": s, "pairs": rows}, f, indent=1)
    for m in sorted(modes):
        print(f"analysis mode: {m}")
    cols = ["half", "pairs", "buggy_flagged_expected", "buggy_flagged_any",
            "fixed_still_flagged_any", "findings_buggy", "findings_fixed",
            "buggy_with_parse_errors"]
    print(" | ".join(cols + ["failed"]))
    for s in summaries:
        print(" | ".join([str(s[c]) for c in cols] + [str(len(s["failed"]))]))
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
