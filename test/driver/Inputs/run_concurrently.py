#!/usr/bin/env python3
"""run_concurrently.py N CMD ARGS...: start CMD N times at once, `{i}` in an
argument replaced by the run's number (1..N); wait for all. Prints
`EXIT i code` per run, in order, and each run's stdout to OUT{i} when an
argument is `--stdout-prefix=P` (removed from CMD): P{i}.txt."""
import subprocess
import sys

n, cmd = int(sys.argv[1]), sys.argv[2:]
prefix = None
for a in list(cmd):
    if a.startswith("--stdout-prefix="):
        prefix = a.split("=", 1)[1]
        cmd.remove(a)
procs = []
for i in range(1, n + 1):
    out = open(f"{prefix}{i}.txt", "w") if prefix else subprocess.DEVNULL
    procs.append(subprocess.Popen([a.replace("{i}", str(i)) for a in cmd], stdout=out))
for i, p in enumerate(procs, 1):
    print(f"EXIT {i} {p.wait()}")
