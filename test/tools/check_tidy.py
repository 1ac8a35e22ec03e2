#!/usr/bin/env python3
"""Run one checker test through the clang-tidy plugin and the premortem driver.

Usage (from lit, via %check_tidy):
  check_tidy.py [--check-suffix S] [--config YAML] [--expect-errors]
                SOURCE CHECK TMP [-- compiler args]

Semantics follow clang-tidy's check_clang_tidy.py (own implementation):
 * CHECK-* comment lines are stripped (keeping '//' so line numbers stay) and
   the result is written to TMP with SOURCE's extension;
 * clang-tidy -load PLUGIN --checks=-*,CHECK runs on it; its messages are
   FileChecked against CHECK-MESSAGES[-S] lines with
   -implicit-check-not={{warning|error}}: (no CHECK-MESSAGES: no findings);
 * CHECK-FIXES[-S] lines are FileChecked (--match-full-lines) against the file
   after clang-tidy -fix;
 * the premortem driver runs on the same stripped file and must report exactly
   the same findings (file, line, column, level, message, check) and notes;
 * with CHECK-FIXES, the driver's --fix must rewrite the file so that the
   same CHECK-FIXES lines match.
"""
import argparse
import os
import re
import subprocess
import sys

FINDING = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*?)(?: \[([\w.,-]+)\])?$")


def run(cmd, expect_ok=None):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if expect_ok is not None and (r.returncode == 0) != expect_ok:
        sys.exit(f"check_tidy: unexpected exit code {r.returncode} from: {' '.join(cmd)}\n"
                 f"--- stdout\n{r.stdout}\n--- stderr\n{r.stderr}")
    return r


def filecheck(args, source, prefixes, text, extra=()):
    cmd = [args.filecheck, source, "--check-prefixes=" + ",".join(prefixes), *extra]
    r = subprocess.run(cmd, input=text, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"check_tidy: FileCheck failed ({' '.join(prefixes)}):\n{r.stderr}\n"
                 f"--- input\n{text}")


def findings(text, path):
    out = []
    for line in text.splitlines():
        m = FINDING.match(line)
        # clang-tidy -fix adds a note of its own for each applied fix.
        if m and m.group(5) == "FIX-IT applied suggested code changes":
            continue
        if m and os.path.basename(m.group(1)) == os.path.basename(path):
            out.append((int(m.group(2)), int(m.group(3)), m.group(4), m.group(5), m.group(6) or ""))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang-tidy", required=True)
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--filecheck", required=True)
    ap.add_argument("--check-suffix", default="")
    ap.add_argument("--config", default="{}")
    ap.add_argument("--expect-errors", action="store_true",
                    help="the file does not compile; clang-tidy and the driver fail")
    ap.add_argument("source")
    ap.add_argument("check")
    ap.add_argument("tmp")
    ap.add_argument("compiler_args", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cargs = args.compiler_args
    if cargs and cargs[0] == "--":
        cargs = cargs[1:]

    with open(args.source, encoding="utf-8") as f:
        original = f.read()
    suffix = "-" + args.check_suffix if args.check_suffix else ""
    msg_prefix, fix_prefix = "CHECK-MESSAGES" + suffix, "CHECK-FIXES" + suffix
    has_messages = re.search(re.escape(msg_prefix) + r":", original) is not None
    has_fixes = re.search(re.escape(fix_prefix) + r":", original) is not None
    stripped = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", original)
    ext = os.path.splitext(args.source)[1]
    tmp = args.tmp + ext
    os.makedirs(os.path.dirname(os.path.abspath(tmp)), exist_ok=True)

    def write_tmp():
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(stripped)

    # 1. clang-tidy with the plugin, applying fixes.
    write_tmp()
    ok = None if args.expect_errors else True
    tidy = run([args.clang_tidy, "-load", args.plugin, "--checks=-*," + args.check,
                "--config=" + args.config, "-fix", "--quiet", tmp, "--", *cargs],
               expect_ok=None)
    if args.expect_errors and tidy.returncode == 0:
        sys.exit("check_tidy: expected clang-tidy to report compile errors")
    if not args.expect_errors and tidy.returncode != 0:
        sys.exit(f"check_tidy: clang-tidy failed ({tidy.returncode}):\n{tidy.stdout}\n{tidy.stderr}")
    tidy_out = tidy.stdout
    if has_messages:
        filecheck(args, args.source, [msg_prefix], tidy_out,
                  ["-implicit-check-not={{warning|error}}:"])
    elif not args.expect_errors:
        bad = [l for l in tidy_out.splitlines() if re.search(r"(warning|error):", l)]
        if bad:
            sys.exit("check_tidy: expected no findings, got:\n" + "\n".join(bad))
    if has_fixes:
        with open(tmp, encoding="utf-8") as f:
            fixed = f.read()
        filecheck(args, args.source, [fix_prefix], fixed, ["--match-full-lines"])

    # 2. The driver on the same (unfixed) file must find exactly the same.
    write_tmp()
    drv = run([args.driver, "--checks=" + args.check, "--tidy-config=" + args.config,
               "--format=text", tmp, "--", *cargs])
    b = [f for f in findings(drv.stdout, tmp) if not f[4].startswith("clang-diagnostic")]
    # Exit codes: 3 when a TU failed, else 1 exactly when a warning was reported.
    want_rc = 3 if args.expect_errors else (1 if any(f[2] != "note" for f in b) else 0)
    if drv.returncode != want_rc:
        sys.exit(f"check_tidy: driver exited {drv.returncode}, expected {want_rc}:\n"
                 f"{drv.stdout}\n{drv.stderr}")
    # clang-tidy -fix adds "FIX-IT applied ..." notes the driver (no -fix) has not.
    a = [f for f in findings(tidy_out, tmp) if not f[4].startswith("clang-diagnostic")
         and not (f[2] == "note" and f[3].startswith("FIX-IT "))]
    if a != b:
        sys.exit("check_tidy: plugin and driver disagree\n--- plugin\n" +
                 "\n".join(map(str, a)) + "\n--- driver\n" + "\n".join(map(str, b)))

    # 3. The driver's --fix must rewrite the file as clang-tidy -fix did.
    if has_fixes:
        write_tmp()
        drv = run([args.driver, "--checks=" + args.check, "--tidy-config=" + args.config,
                   "--format=text", "--fix", tmp, "--", *cargs])
        if drv.returncode != want_rc:
            sys.exit(f"check_tidy: driver --fix exited {drv.returncode}, expected {want_rc}:\n"
                     f"{drv.stderr}")
        with open(tmp, encoding="utf-8") as f:
            fixed = f.read()
        filecheck(args, args.source, [fix_prefix], fixed, ["--match-full-lines"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
