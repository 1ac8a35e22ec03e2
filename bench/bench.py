#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""premortem's performance and robustness harness (`make bench`).

For each corpus (bench/fetch-corpus made them: CORPUS/<name>/corpus.json and
db/compile_commands.json) it measures, over the same translation units and in
the same run, interleaved round by round so load drifts hit every mode alike:

  fsyntax   clang -fsyntax-only, one process per TU (what a compile costs)
  parse     premortem --parse-only -j1 (same driver, no check: the floor)
  j1        premortem -j1, every check (--list-checks)
  jN        premortem -jN
  tidy      clang-tidy -load libPremortemTidy.so --checks='-*,premortem-*'

and prints wall time, CPU time (user+sys) and peak RSS (medians over --runs),
the result cache and sharding on the largest multi-TU corpus (issue 21: the
second --cache run on an unchanged tree as a fraction of the first, the units
analyzed again after one header changes, and whether `premortem merge` of 4
--shard reports equals the single run),
the ratios premortem/parse-only, premortem/fsyntax-only, clang-tidy/premortem,
-j1/-jN and RSS premortem/parse-only, and the targets. Robustness, from the
same runs: crashed or failed TUs, hangs (--timeout), SARIF validity and
byte-identical SARIF between -j1 and -jN; optionally a run of a sanitizer
build (--sanitized-build) and the fuzz targets (--fuzz-seconds). Everything
goes to bench/results/bench-<time>-<commit>.json.

Exit status: 0 when every robustness gate passes (performance targets are
reported, not enforced, unless --strict), 1 otherwise, 2 on usage errors.
python3 stdlib only.
"""
import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODES = ["fsyntax", "parse", "j1", "jN", "tidy"]
TARGETS = {
    "overhead": 1.10,   # premortem -j1 / parse-only, at most
    "tidy": 1.0,        # clang-tidy / premortem -j1, at least
    "speedup": 1.8,     # -j1 / -j2 wall, at least (multi-TU corpora)
    "rss": 1.2,         # peak RSS premortem -j1 / parse-only, at most
    "cache": 0.05,      # second --cache run / first (wall), at most
}
SHARDS = 4


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


# --- measuring one command ---------------------------------------------------

class Measure:
    def __init__(self, wall, cpu, rss_kb, status, timed_out, stderr):
        self.wall, self.cpu, self.rss_kb = wall, cpu, rss_kb
        self.status, self.timed_out, self.stderr = status, timed_out, stderr


def measure(cmd, cwd=None, env=None, timeout=None, stdout=None):
    """Runs cmd, returns wall, CPU (user+sys of the process) and peak RSS
    from wait4, so no helper process is counted."""
    err = tempfile.TemporaryFile()
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err,
                         start_new_session=True)
    timed_out = []

    def kill():
        timed_out.append(True)
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    if timer:
        timer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()
    err.seek(0)
    text = err.read().decode(errors="replace")
    err.close()
    return Measure(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, p.returncode,
                   bool(timed_out), text)


# --- corpora ------------------------------------------------------------------

def load_db(db_dir):
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        return json.load(f)


def entry_args(e):
    return list(e["arguments"]) if "arguments" in e else shlex.split(e["command"])


def entry_file(e):
    return os.path.normpath(os.path.join(e["directory"], e["file"]))


def fsyntax_command(e, clang):
    """The DB's compile command as clang -fsyntax-only: same flags, no output."""
    args = entry_args(e)[1:]
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith(("-o", "-MF", "-MT")):
            continue
        out.append(a)
    is_cxx = os.path.splitext(e["file"])[1] in (".cc", ".cpp", ".cxx", ".C", ".c++")
    driver = clang.replace("clang-", "clang++-") if is_cxx and "clang-" in clang else clang
    # As premortem and clang-tidy: warnings never turn into errors.
    return [driver, "-fsyntax-only", "-Wno-error", *out]


def discover(corpus_dir, only, max_tus):
    corpora = []
    if not os.path.isdir(corpus_dir):
        return corpora
    for name in sorted(os.listdir(corpus_dir)):
        meta_path = os.path.join(corpus_dir, name, "corpus.json")
        if not os.path.exists(meta_path) or (only and name not in only):
            continue
        with open(meta_path) as f:
            meta = json.load(f)
        corpora.append(prepare(meta, max_tus))
    return corpora


def prepare(meta, max_tus):
    db = load_db(meta["db"])
    seen, entries = set(), []
    for e in db:
        path = entry_file(e)
        if path not in seen:
            seen.add(path)
            entries.append(e)
    meta["all_files"] = [entry_file(e) for e in entries]
    if max_tus and len(entries) > max_tus:
        # Spread over the whole corpus, the same TUs every time.
        entries = sorted(entries, key=entry_file)
        step = len(entries) / max_tus
        entries = [entries[int(i * step)] for i in range(max_tus)]
    meta = dict(meta)
    meta["entries"] = entries
    meta["files"] = [entry_file(e) for e in entries]
    # SARIF URIs are relative to a folder holding every analyzed file
    # (sqlite3.c is generated next to, not inside, the source tree).
    meta["source"] = os.path.commonpath([meta["source"], *meta["all_files"]])
    meta["measured_tus"] = len(entries)
    meta["measured_lines"] = sum(count_lines(f) for f in meta["files"])
    return meta


def count_lines(path):
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except OSError:
        return 0


def smoke_corpus(work, clang):
    """The bundled examples/ with a generated database: no downloads."""
    ex = os.path.join(ROOT, "examples")
    files = sorted(f for f in os.listdir(ex) if f.endswith((".c", ".cpp")))
    db_dir = os.path.join(work, "examples-db")
    os.makedirs(db_dir, exist_ok=True)
    entries = []
    for f in files:
        drv = clang.replace("clang-", "clang++-") if f.endswith(".cpp") else clang
        entries.append({"directory": ex, "file": os.path.join(ex, f),
                        "arguments": [drv, "-I" + os.path.join(ex, "include"), "-c",
                                      os.path.join(ex, f)]})
    with open(os.path.join(db_dir, "compile_commands.json"), "w") as fh:
        json.dump(entries, fh, indent=1)
    return {"name": "examples", "package": "(premortem examples/)", "version": "-",
            "source": ex, "db": db_dir, "translation_units": len(entries)}


# --- one corpus ---------------------------------------------------------------

class Tools:
    def __init__(self, args):
        b = os.path.abspath(args.build)
        self.premortem = os.path.join(b, "bin", "premortem")
        self.plugin = os.path.join(b, "lib", "libPremortemTidy.so")
        self.clang = args.clang
        self.clang_tidy = args.clang_tidy
        self.jobs = args.jobs
        for p in (self.premortem, self.plugin):
            if not os.path.exists(p):
                sys.exit(f"bench: {p} is missing; build first (ninja -C {args.build})")


def premortem_cmd(t, c, mode, out):
    cmd = [t.premortem, "-p", c["db"], "--source-root", c["source"], "--format", "sarif",
           "-o", out, "--fail-on", "error"]
    if mode == "parse":
        cmd += ["--parse-only", "-j1"]
    elif mode == "j1":
        cmd += ["-j1"]
    else:
        cmd += [f"-j{t.jobs}"]
    return cmd + c["files"]


def run_mode(t, c, mode, work, rnd, env, timeout):
    """One measurement of one mode; returns a dict."""
    if mode == "fsyntax":
        wall = cpu = 0.0
        rss = 0
        failed, hung = [], []
        for e in c["entries"]:
            m = measure(fsyntax_command(e, t.clang), cwd=e["directory"], env=env,
                        timeout=timeout)
            wall += m.wall
            cpu += m.cpu
            rss = max(rss, m.rss_kb)
            if m.timed_out:
                hung.append(entry_file(e))
            elif m.status != 0:
                failed.append(entry_file(e))
        return {"wall": wall, "cpu": cpu, "rss_kb": rss, "status": 1 if failed else 0,
                "failed_tus": failed, "hung": hung}
    if mode == "tidy":
        out = os.path.join(work, f"{c['name']}.tidy.{rnd}.txt")
        cmd = [t.clang_tidy, "-load", t.plugin, "--checks=-*,premortem-*", "--quiet",
               "-p", c["db"], *c["files"]]
        m = measure(cmd, env=env, timeout=timeout, stdout=out)
        findings = 0
        with open(out, errors="replace") as f:
            for line in f:
                if re.search(r": (warning|error|remark): .*\[premortem-[a-z0-9-]+\]$", line.rstrip()):
                    findings += 1
        return {"wall": m.wall, "cpu": m.cpu, "rss_kb": m.rss_kb, "status": m.status,
                "hung": [c["name"]] if m.timed_out else [], "findings": findings,
                "crashed": "Stack dump" in m.stderr or m.status < 0}
    # Same file name in every mode: the SARIF records the command line, which
    # then differs only in what must not matter (-j is left out of it).
    # Then it moves to a folder of its own.
    out = os.path.join(work, f"{c['name']}.sarif")
    m = measure(premortem_cmd(t, c, mode, out), env=env, timeout=timeout)
    out_dir = os.path.join(work, f"{mode}.{rnd}")
    os.makedirs(out_dir, exist_ok=True)
    if os.path.exists(out):
        os.replace(out, os.path.join(out_dir, f"{c['name']}.sarif"))
    out = os.path.join(out_dir, f"{c['name']}.sarif")
    r = {"wall": m.wall, "cpu": m.cpu, "rss_kb": m.rss_kb, "status": m.status,
         "hung": [c["name"]] if m.timed_out else [], "sarif": out,
         "crashed": m.status < 0 or m.status not in (0, 1, 3)}
    if m.status not in (0, 1, 3) and not m.timed_out:
        r["stderr"] = m.stderr[-2000:]
    return r


def sarif_summary(path):
    """(findings per rule, failed TUs, crashed TUs) from a premortem SARIF."""
    try:
        with open(path) as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return None
    run = doc["runs"][0]
    per_rule = {}
    for res in run.get("results", []):
        per_rule[res["ruleId"]] = per_rule.get(res["ruleId"], 0) + 1
    failed, crashed = [], []
    for inv in run.get("invocations", []):
        for n in inv.get("toolExecutionNotifications", []):
            text = n.get("message", {}).get("text", "")
            locs = n.get("locations", [])
            where = (locs[0].get("physicalLocation", {}).get("artifactLocation", {})
                     .get("uri", "?") if locs else "?")
            (crashed if "crash" in text else failed).append(f"{where}: {text}")
    return per_rule, failed, crashed


def median(xs):
    return statistics.median(xs) if xs else None


def bench_corpus(t, c, args, work, env):
    log(f"{c['name']}: {c['measured_tus']} TUs, {c['measured_lines']} lines, "
        f"{args.runs} run(s)")
    modes = [m for m in MODES if m not in args.skip]
    samples = {m: [] for m in modes}
    for rnd in range(args.runs):
        for mode in modes:
            r = run_mode(t, c, mode, work, rnd, env, args.timeout)
            samples[mode].append(r)
            log(f"  {c['name']} {mode:7s} run {rnd + 1}: wall {r['wall']:.2f}s "
                f"cpu {r['cpu']:.2f}s rss {r['rss_kb'] / 1024:.0f} MB")
    res = {k: c[k] for k in ("name", "package", "version", "translation_units",
                             "measured_tus", "measured_lines") if k in c}
    res["modes"] = {}
    for mode, rs in samples.items():
        res["modes"][mode] = {
            "wall": median([r["wall"] for r in rs]),
            "cpu": median([r["cpu"] for r in rs]),
            "rss_mb": median([r["rss_kb"] for r in rs]) / 1024,
            "wall_runs": [round(r["wall"], 3) for r in rs],
            "cpu_runs": [round(r["cpu"], 3) for r in rs],
        }
    M = res["modes"]

    def ratio(a, b, key):
        if a in M and b in M and M[b][key]:
            return M[a][key] / M[b][key]
        return None
    res["ratios"] = {
        "overhead_cpu": ratio("j1", "parse", "cpu"),
        "overhead_wall": ratio("j1", "parse", "wall"),
        "vs_fsyntax_cpu": ratio("j1", "fsyntax", "cpu"),
        "vs_fsyntax_wall": ratio("j1", "fsyntax", "wall"),
        "tidy_vs_premortem_cpu": ratio("tidy", "j1", "cpu"),
        "tidy_vs_premortem_wall": ratio("tidy", "j1", "wall"),
        "speedup_wall": ratio("j1", "jN", "wall"),
        "rss": ratio("j1", "parse", "rss_mb"),
    }
    # Robustness from the same runs.
    rob = {"hangs": sorted({h for rs in samples.values() for r in rs for h in r["hung"]}),
           "fsyntax_failed_tus": samples.get("fsyntax", [{}])[0].get("failed_tus", [])
           if "fsyntax" in samples else []}
    first = {m: samples[m][0] for m in ("parse", "j1", "jN") if m in samples}
    crashes, failed = [], []
    for m, r in first.items():
        s = sarif_summary(r["sarif"])
        if s is None:
            crashes.append(f"{m}: no SARIF written (exit {r['status']}) {r.get('stderr', '')}")
            continue
        per_rule, f, cr = s
        crashes += [f"{m}: {x}" for x in cr]
        if m == "j1":
            failed = f
            res["findings"] = per_rule
            res["findings_total"] = sum(per_rule.values())
        if r.get("crashed"):
            crashes.append(f"{m}: exit {r['status']} {r.get('stderr', '')}")
    for r in samples.get("tidy", [])[:1]:
        res["tidy_findings"] = r["findings"]
        if r["crashed"]:
            crashes.append(f"clang-tidy: crashed (exit {r['status']})")
    rob["crashes"] = crashes
    rob["failed_tus"] = failed
    if "j1" in first and "jN" in first:
        a, b = first["j1"]["sarif"], first["jN"]["sarif"]
        rob["sarif_identical_j1_jN"] = (os.path.exists(a) and os.path.exists(b)
                                        and open(a, "rb").read() == open(b, "rb").read())
    if "j1" in first and os.path.exists(first["j1"]["sarif"]):
        rob["sarif_valid"], rob["sarif_problems"] = validate_sarif(first["j1"]["sarif"], args)
        if args.keep_sarif:
            os.makedirs(args.keep_sarif, exist_ok=True)
            shutil.copy(first["j1"]["sarif"],
                        os.path.join(args.keep_sarif, f"{c['name']}.sarif"))
    if len(c["all_files"]) > len(c["files"]) and args.full_pass:
        # Robustness covers every TU, not only the measured ones: one -jN run.
        out_dir = os.path.join(work, "full")
        os.makedirs(out_dir, exist_ok=True)
        out = os.path.join(out_dir, f"{c['name']}.sarif")
        full = dict(c, files=c["all_files"])
        log(f"  {c['name']} full pass over {len(c['all_files'])} TUs")
        m = measure(premortem_cmd(t, full, "jN", out), env=env, timeout=args.timeout * 4)
        s = sarif_summary(out)
        rob["full_pass"] = {"tus": len(c["all_files"]), "wall": round(m.wall, 1),
                            "status": m.status, "timed_out": m.timed_out}
        if m.timed_out:
            rob["hangs"].append(f"{c['name']} (full pass)")
        if s is None:
            rob["crashes"].append(f"full pass: no SARIF written (exit {m.status}) "
                                  f"{m.stderr[-1000:]}")
        else:
            rob["crashes"] += [f"full pass: {x}" for x in s[2]]
            rob["failed_tus"] = s[1]
            res["findings_all_tus"] = s[0]
            if args.keep_sarif:
                os.makedirs(args.keep_sarif, exist_ok=True)
                shutil.copy(out, os.path.join(args.keep_sarif, f"{c['name']}.all.sarif"))
            valid, problems = validate_sarif(out, args)
            if valid is False:
                rob["sarif_valid"], rob["sarif_problems"] = False, problems
    res["robustness"] = rob
    return res


def validate_sarif(path, args):
    if not args.npm_dir:
        return None, "skipped: no --npm-dir with the SARIF validators"
    p = subprocess.run([sys.executable, os.path.join(ROOT, "test", "tools", "validate_sarif.py"),
                        "--npm-dir", args.npm_dir, path],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode == 0, p.stdout.strip()[-2000:]


# --- sanitizer run and fuzzing ---------------------------------------------------

def sanitized_run(c, args, work, env):
    exe = os.path.join(os.path.abspath(args.sanitized_build), "bin", "premortem")
    out = os.path.join(work, f"{c['name']}.asan.sarif")
    senv = dict(env)
    # LLVM's own allocations that live until exit are not premortem's leaks.
    senv.setdefault("ASAN_OPTIONS", "detect_leaks=0:abort_on_error=1")
    senv.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    cmd = [exe, "-p", c["db"], "--source-root", c["source"], "--format", "sarif", "-o", out,
           f"-j{args.jobs}", *c["all_files"]]
    m = measure(cmd, env=senv, timeout=args.timeout * 4)
    reports = [l for l in m.stderr.splitlines()
               if "Sanitizer" in l or "runtime error:" in l]
    s = sarif_summary(out)
    return {"wall": round(m.wall, 2), "status": m.status, "timed_out": m.timed_out,
            "sanitizer_reports": reports[:20],
            "crashed_tus": s[2] if s else ["no SARIF written"],
            "clean": not reports and not m.timed_out and m.status in (0, 1, 3)
            and s is not None and not s[2]}


def run_fuzzers(args, work):
    fuzz_dir = os.path.join(os.path.abspath(args.build), "bin", "fuzz")
    listing = os.path.join(fuzz_dir, "targets.txt")
    results = {}
    if not os.path.exists(listing):
        return {"skipped": "no fuzz targets built (PREMORTEM_BUILD_FUZZERS=OFF)"}
    for name in open(listing).read().split():
        exe = os.path.join(fuzz_dir, name)
        if not os.path.exists(exe):
            results[name] = {"skipped": "not built"}
            continue
        corpus = os.path.join(work, "fuzz", name)
        os.makedirs(corpus, exist_ok=True)
        seeds = os.path.join(ROOT, "fuzz", "corpus", name)
        artifacts = os.path.join(work, "fuzz", name + "-artifacts") + "/"
        os.makedirs(artifacts, exist_ok=True)
        cmd = [exe, f"-max_total_time={args.fuzz_seconds}", "-timeout=10",
               "-rss_limit_mb=2048", f"-artifact_prefix={artifacts}", "-print_final_stats=1",
               corpus] + ([seeds] if os.path.isdir(seeds) else [])
        if name == "fuzz-rule-pack":
            cmd.append(os.path.join(ROOT, "rules"))
        log(f"fuzzing {name} for {args.fuzz_seconds}s")
        m = measure(cmd, timeout=args.fuzz_seconds + 120)
        runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", m.stderr)
        results[name] = {"status": m.status, "seconds": round(m.wall, 1),
                         "executions": int(runs[-1]) if runs else None,
                         "crashes": sorted(os.listdir(artifacts)),
                         "clean": m.status == 0 and not os.listdir(artifacts)}
        if not results[name]["clean"]:
            results[name]["log"] = m.stderr[-3000:]
    return results


# --- report -------------------------------------------------------------------

def result_keys(path):
    """The findings of a SARIF file as a sorted list of (rule, URI, region,
    premortem/v1, line hash): what must match between merged and single runs."""
    with open(path) as f:
        run = json.load(f)["runs"][0]
    keys = []
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        reg = loc["region"]
        fp = r.get("partialFingerprints", {})
        keys.append((r["ruleId"], loc["artifactLocation"]["uri"], reg["startLine"],
                     reg["startColumn"], reg["endLine"], reg["endColumn"],
                     fp.get("premortem/v1"), fp.get("primaryLocationLineHash")))
    return sorted(keys)


def cache_entries(cache_dir):
    """{file: number of cache entries listing it}: which units read a header.
    Reads the entry layout of driver/ResultCache.cpp (magic line, count,
    "hash path" lines)."""
    users = {}
    for dirpath, _, names in os.walk(cache_dir):
        for n in names:
            if not n.endswith(".entry"):
                continue
            with open(os.path.join(dirpath, n), "rb") as f:
                lines = f.read().split(b"\n")
            count = int(lines[1])
            for line in lines[2:2 + count]:
                path = line.split(b" ", 1)[1].decode(errors="replace")
                users[path] = users.get(path, 0) + 1
    return users


def cache_counts(stderr):
    m = re.search(r"premortem: cache: (\d+) reused, (\d+) analyzed", stderr)
    return (int(m.group(1)), int(m.group(2))) if m else (None, None)


def scale_corpus(t, c, args, work, env):
    """Issue 21 on one corpus: cache on an unchanged tree, after one header
    edit, and 4 merged shards against the single run."""
    base = premortem_cmd(t, c, "jN", None)
    files = base[-len(c["files"]):] if c["files"] else []
    head = base[:len(base) - len(files)]
    out_at = head.index("-o") + 1
    d = os.path.join(work, "scale")
    os.makedirs(d, exist_ok=True)
    cache = os.path.join(d, "cache")
    shutil.rmtree(cache, ignore_errors=True)

    def run(out, extra, timeout=args.timeout):
        cmd = list(head)
        cmd[out_at] = out
        return measure(cmd + extra + ["--progress"] + files, env=env, timeout=timeout)

    res = {}
    log(f"  {c['name']} scale: cache cold, warm")
    single = os.path.join(d, "single.sarif")
    cold = run(single, ["--cache", cache])
    warm = run(os.path.join(d, "warm.sarif"), ["--cache", cache])
    res["cache_cold"] = {"wall": round(cold.wall, 3), "cpu": round(cold.cpu, 3),
                         "counts": cache_counts(cold.stderr)}
    res["cache_warm"] = {"wall": round(warm.wall, 3), "cpu": round(warm.cpu, 3),
                         "counts": cache_counts(warm.stderr)}
    res["cache_ratio_wall"] = warm.wall / cold.wall if cold.wall else None
    res["cache_ratio_cpu"] = warm.cpu / cold.cpu if cold.cpu else None
    res["cache_same_findings"] = (os.path.exists(single) and
                                  result_keys(single) ==
                                  result_keys(os.path.join(d, "warm.sarif")))

    # The project header read by the fewest units (but more than one when
    # there is such a header): touching it must re-analyze exactly those.
    users = cache_entries(cache)
    source = os.path.realpath(c["source"]) + os.sep
    headers = [(n, p) for p, n in users.items()
               if p.startswith(source) and not p.endswith((".c", ".cc", ".cpp", ".cxx"))]
    headers.sort(key=lambda x: (x[0] < 2, x[0], x[1]))
    if headers:
        count, header = headers[0]
        with open(header, "rb") as f:
            original = f.read()
        stat = os.stat(header)
        try:
            with open(header, "ab") as f:
                f.write(b"\n/* premortem bench: touched */\n")
            log(f"  {c['name']} scale: touched {header} ({count} unit(s) include it)")
            touched = run(os.path.join(d, "touched.sarif"), ["--cache", cache])
        finally:
            with open(header, "wb") as f:
                f.write(original)
            os.utime(header, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        reused, analyzed = cache_counts(touched.stderr)
        res["header"] = {"file": os.path.relpath(header, c["source"]), "includers": count,
                         "reanalyzed": analyzed, "reused": reused,
                         "wall": round(touched.wall, 3),
                         "only_includers": analyzed == count}

    log(f"  {c['name']} scale: {SHARDS} shards and merge")
    shard_files, shard_walls = [], []
    for i in range(1, SHARDS + 1):
        out = os.path.join(d, f"shard{i}.sarif")
        m = run(out, ["--shard", f"{i}/{SHARDS}"])
        shard_files.append(out)
        shard_walls.append(round(m.wall, 3))
    merged = os.path.join(d, "merged.sarif")
    mm = measure([t.premortem, "merge", *shard_files, "-o", merged], env=env,
                 timeout=args.timeout)
    res["shards"] = {"count": SHARDS, "walls": shard_walls, "merge_status": mm.status,
                     "merge_wall": round(mm.wall, 3)}
    if mm.status == 0 and os.path.exists(single):
        a, b = result_keys(single), result_keys(merged)
        res["shards"]["findings_single"] = len(a)
        res["shards"]["findings_merged"] = len(b)
        res["shards"]["merged_equals_single"] = a == b
        valid, problems = validate_sarif(merged, args)
        res["shards"]["merged_sarif_valid"] = valid
        if valid is False:
            res["shards"]["merged_sarif_problems"] = problems
    else:
        res["shards"]["merged_equals_single"] = False
        res["shards"]["stderr"] = mm.stderr[-1000:]
    return res


def print_scale(results):
    for r in results:
        s = r.get("scale")
        if not s:
            continue
        h, sh = s.get("header", {}), s["shards"]
        print(f"\nscale {r['name']} ({r['measured_tus']} TUs): cache second/first run "
              f"{fmt(s['cache_ratio_wall'], '.3f')} wall, {fmt(s['cache_ratio_cpu'], '.3f')} cpu "
              f"({s['cache_cold']['wall']}s -> {s['cache_warm']['wall']}s; "
              f"reused/analyzed {s['cache_warm']['counts']}); same findings: "
              f"{s['cache_same_findings']}")
        if h:
            print(f"  touched {h['file']}: included by {h['includers']} unit(s), "
                  f"{h['reanalyzed']} re-analyzed, {h['reused']} reused "
                  f"({'only its includers' if h['only_includers'] else 'MISMATCH'})")
        print(f"  {sh['count']} shards (wall {sh['walls']}) merged: "
              f"{sh.get('findings_merged')} findings vs {sh.get('findings_single')} single; "
              f"equal: {sh['merged_equals_single']}; merged SARIF valid: "
              f"{sh.get('merged_sarif_valid')}")


def fmt(x, spec=".2f"):
    return "-" if x is None else format(x, spec)


def print_table(results, jobs):
    print(f"\n{'corpus':12s} {'TUs':>4s} {'lines':>8s}  {'mode':16s} {'wall s':>8s} "
          f"{'cpu s':>8s} {'RSS MB':>7s}")
    labels = {"fsyntax": "clang -fsyntax", "parse": "parse-only -j1", "j1": "premortem -j1",
              "jN": f"premortem -j{jobs}", "tidy": "clang-tidy+plugin"}
    for r in results:
        first = True
        for mode, m in r["modes"].items():
            head = (f"{r['name']:12s} {r['measured_tus']:4d} {r['measured_lines']:8d}"
                    if first else " " * 26)
            print(f"{head}  {labels[mode]:16s} {fmt(m['wall']):>8s} {fmt(m['cpu']):>8s} "
                  f"{fmt(m['rss_mb'], '.0f'):>7s}")
            first = False
    print(f"\n{'corpus':12s} {'overhead':>9s} {'(wall)':>7s} {'/fsyntax':>9s} "
          f"{'tidy/pm':>8s} {'(wall)':>7s} {'-j1/-j' + str(jobs):>8s} {'RSS':>6s} "
          f"{'findings':>8s} {'crash':>5s} {'fail':>5s} {'SARIF':>6s} {'j1==jN':>6s}")
    for r in results:
        q, rob = r["ratios"], r["robustness"]
        valid = {True: "ok", False: "BAD", None: "skip"}[rob.get("sarif_valid")]
        same = {True: "yes", False: "NO", None: "-"}[rob.get("sarif_identical_j1_jN")]
        print(f"{r['name']:12s} {fmt(q['overhead_cpu'], '.3f'):>9s} "
              f"{fmt(q['overhead_wall'], '.2f'):>7s} {fmt(q['vs_fsyntax_cpu']):>9s} "
              f"{fmt(q['tidy_vs_premortem_cpu']):>8s} {fmt(q['tidy_vs_premortem_wall']):>7s} "
              f"{fmt(q['speedup_wall']):>8s} {fmt(q['rss']):>6s} "
              f"{r.get('findings_total', 0):8d} {len(rob['crashes']):5d} "
              f"{len(rob['failed_tus']):5d} {valid:>6s} {same:>6s}")
    print("\noverhead = premortem -j1 / parse-only (CPU; wall in parentheses), "
          "/fsyntax = premortem -j1 CPU / sum of clang -fsyntax-only CPU,\n"
          "tidy/pm = clang-tidy with the plugin / premortem -j1, RSS = peak RSS "
          "premortem -j1 / parse-only.")


def judge(results, jobs):
    verdicts = []
    for r in results:
        q = r["ratios"]
        v = {}
        if q["overhead_cpu"] is not None:
            v["overhead<=1.10"] = q["overhead_cpu"] <= TARGETS["overhead"]
        if q["tidy_vs_premortem_cpu"] is not None:
            v["not-slower-than-tidy"] = q["tidy_vs_premortem_cpu"] >= TARGETS["tidy"]
        if q["speedup_wall"] is not None and r["measured_tus"] > 1 and jobs == 2:
            v["j2>=1.8x"] = q["speedup_wall"] >= TARGETS["speedup"]
        if q["rss"] is not None:
            v["rss<=1.2x"] = q["rss"] <= TARGETS["rss"]
        sc = r.get("scale")
        if sc:
            if sc.get("cache_ratio_wall") is not None:
                v["cache<=5%"] = sc["cache_ratio_wall"] <= TARGETS["cache"]
            if "header" in sc:
                v["header-only-includers"] = sc["header"]["only_includers"]
            v["shards-merge==single"] = bool(sc["shards"].get("merged_equals_single"))
        r["targets"] = v
        verdicts.append((r["name"], v))
    return verdicts


def git_rev():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                              stdout=subprocess.PIPE, text=True).stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def list_checks(t):
    p = subprocess.run([t.premortem, "--list-checks"], stdout=subprocess.PIPE, text=True)
    return [l.split()[0] for l in p.stdout.splitlines() if l.startswith("premortem-")]


def main():
    env_runs = int(os.environ.get("BENCH_RUNS", "3"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.environ.get("BUILD", os.path.join(ROOT, "build")))
    ap.add_argument("--corpus", default=os.environ.get("PREMORTEM_CORPUS",
                                                       os.path.join(HERE, "corpus")))
    ap.add_argument("--only", default="", help="comma-separated corpus names")
    ap.add_argument("--runs", type=int, default=env_runs, help="runs per mode (BENCH_RUNS)")
    ap.add_argument("--quick", action="store_true",
                    help="one run, at most 8 TUs per corpus, no sanitizer run")
    ap.add_argument("--max-tus", type=int, default=int(os.environ.get("BENCH_MAX_TUS", "40")),
                    help="TUs measured per corpus, spread over it (0: all; BENCH_MAX_TUS)")
    ap.add_argument("--no-full-pass", dest="full_pass", action="store_false",
                    help="skip the unmeasured -jN robustness run over every TU")
    ap.add_argument("--smoke", action="store_true",
                    help="examples/ only, no downloads (the make test smoke run)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--skip", default="",
                    help="modes to skip: " + ",".join(MODES) + ",scale (cache and shards)")
    ap.add_argument("--timeout", type=float, default=1800,
                    help="seconds before one run counts as a hang")
    ap.add_argument("--clang", default=None,
                    help="default: the clang the build's tests use (CMakeCache.txt)")
    ap.add_argument("--clang-tidy", default=None,
                    help="default: the clang-tidy the build's plugin is for (CMakeCache.txt)")
    ap.add_argument("--npm-dir", default=None, help="SARIF validators (PREMORTEM_NPM_DIR)")
    ap.add_argument("--sanitized-build", default=None,
                    help="a -DPREMORTEM_SANITIZE=ON build to run once per corpus")
    ap.add_argument("--fuzz-seconds", type=int,
                    default=int(os.environ.get("BENCH_FUZZ_SECONDS", "0")))
    ap.add_argument("--results", default=os.path.join(HERE, "results"))
    ap.add_argument("--keep-sarif", default=None, help="copy each corpus's SARIF here")
    ap.add_argument("--note", default="", help="free text stored in the JSON (e.g. load)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    args.skip = [s for s in args.skip.split(",") if s]
    if args.quick:
        args.runs = 1
        args.max_tus = min(args.max_tus or 8, 8)
    cache = os.path.join(args.build, "CMakeCache.txt")
    cached = open(cache).read() if os.path.exists(cache) else ""
    def from_cache(entry, fallback):
        m = re.search(rf"^{entry}:[A-Z]+=(.+)$", cached, re.M)
        return m.group(1) if m else fallback
    # The plugin loads only into the clang-tidy of the LLVM it was built
    # against: take the tools of the build, not a fixed release.
    if args.clang is None:
        # By name (clang-<N> on PATH): clang++-<N> is derived from it.
        args.clang = os.path.basename(from_cache("PREMORTEM_CLANG", "clang-19"))
    if args.clang_tidy is None:
        args.clang_tidy = from_cache("PREMORTEM_CLANG_TIDY", "clang-tidy-19")
    if args.npm_dir is None:
        npm_dir = from_cache("PREMORTEM_NPM_DIR", "")
        if npm_dir and os.path.isdir(os.path.join(npm_dir, "node_modules")):
            args.npm_dir = npm_dir
    t = Tools(args)
    checks = list_checks(t)
    work = tempfile.mkdtemp(prefix="premortem-bench-")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1330473600", CLANG_NO_DEFAULT_CONFIG="1")
    if args.smoke:
        corpora = [prepare(smoke_corpus(work, args.clang), args.max_tus)]
    else:
        only = [o for o in args.only.split(",") if o]
        corpora = discover(os.path.abspath(args.corpus), only, args.max_tus)
        if not corpora:
            print(f"bench: no corpus in {args.corpus}; run bench/fetch-corpus first",
                  file=sys.stderr)
            return 2
    load_start = os.getloadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    log(f"checks: {', '.join(checks)}; -j{args.jobs}; load {load_start[0]:.1f}")
    results = []
    multi = [c for c in corpora if c["measured_tus"] > 1]
    largest = max(multi, key=lambda c: (c["measured_tus"], c["measured_lines"]))["name"] \
        if multi and "scale" not in args.skip else None
    for c in corpora:
        r = bench_corpus(t, c, args, work, env)
        if c["name"] == largest:
            r["scale"] = scale_corpus(t, c, args, work, env)
        if args.sanitized_build and not args.quick:
            log(f"{c['name']}: sanitizer build run")
            r["robustness"]["sanitized"] = sanitized_run(c, args, work, env)
        results.append(r)
    fuzz = run_fuzzers(args, work) if args.fuzz_seconds > 0 else {}
    verdicts = judge(results, args.jobs)
    load_end = os.getloadavg()
    print_table(results, args.jobs)
    print_scale(results)
    print(f"\nload average at start {load_start[0]:.1f}, at end {load_end[0]:.1f} "
          f"({os.cpu_count()} cores); runs per mode: {args.runs}; checks: {len(checks)}")
    for name, v in verdicts:
        text = ", ".join(f"{k} {'met' if ok else 'MISSED'}" for k, ok in v.items())
        print(f"targets {name}: {text or '-'}")
    ok = True
    for r in results:
        rob = r["robustness"]
        bad = []
        if rob["crashes"]:
            bad.append(f"{len(rob['crashes'])} crash(es): {rob['crashes'][:3]}")
        if rob["hangs"]:
            bad.append(f"hangs: {rob['hangs']}")
        if rob.get("sarif_valid") is False:
            bad.append(f"invalid SARIF: {rob['sarif_problems'][:500]}")
        if rob.get("sarif_identical_j1_jN") is False:
            bad.append("SARIF differs between -j1 and -jN")
        san = rob.get("sanitized")
        if san is not None:
            print(f"sanitizer run {r['name']}: {'clean' if san['clean'] else 'REPORTS'} "
                  f"({san['wall']}s)")
            if not san["clean"]:
                bad.append(f"sanitizer: {san['sanitizer_reports'][:3] or san['crashed_tus'][:3]}")
        if rob["failed_tus"]:
            print(f"note {r['name']}: {len(rob['failed_tus'])} TU(s) failed to parse "
                  f"(compiler errors, not crashes): {rob['failed_tus'][:3]}")
        for b in bad:
            print(f"ROBUSTNESS {r['name']}: {b}")
            ok = False
    for name, f in fuzz.items():
        if isinstance(f, dict) and "clean" in f:
            print(f"fuzz {name}: {'clean' if f['clean'] else 'CRASH'} after "
                  f"{f['executions']} executions in {f['seconds']}s")
            ok = ok and f["clean"]
        else:
            print(f"fuzz {name}: {f}")
    doc = {
        "schema": 1, "commit": git_rev(), "started": started.isoformat(timespec="seconds"),
        "host": {"cores": os.cpu_count(), "load_start": load_start, "load_end": load_end},
        "runs": args.runs, "jobs": args.jobs, "checks": checks, "note": args.note,
        "smoke": args.smoke, "max_tus": args.max_tus, "targets": TARGETS,
        "corpora": [{k: v for k, v in r.items()} for r in results], "fuzz": fuzz,
    }
    os.makedirs(args.results, exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    path = os.path.join(args.results, f"bench-{stamp}-{doc['commit']}"
                        f"{'-smoke' if args.smoke else ''}.json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
    print(f"\nwrote {path}")
    shutil.rmtree(work, ignore_errors=True)
    if args.strict and any(not ok2 for _, v in verdicts for ok2 in v.values()):
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
