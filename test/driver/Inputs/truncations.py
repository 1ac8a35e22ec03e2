#!/usr/bin/env python3
"""truncations.py DB OUTDIR PREMORTEM: run PREMORTEM -p OUTDIR on every
truncation of DB (about 40 cuts spread over the file, every byte of the
first entry's end and of the closing bracket included) and
check each is exit 2 with one "FILE:LINE:COL: invalid compilation database"
line."""
import os
import re
import subprocess
import sys

db, outdir, premortem = sys.argv[1:4]
text = open(db, encoding="utf-8").read()
target = os.path.join(outdir, "compile_commands.json")
pattern = re.compile(r"^premortem: error: .*compile_commands\.json:\d+:\d+: "
                     r"invalid compilation database: .+\n$")
bad = []
end = len(text.rstrip())
cuts = set(range(0, end, max(1, end // 40)))
first_end = text.index("}") + 1
cuts |= set(range(first_end - 3, first_end + 3)) | set(range(end - 3, end))
for cut in sorted(c for c in cuts if 0 <= c < end):
    with open(target, "w", encoding="utf-8") as out:
        out.write(text[:cut])
    run = subprocess.run([premortem, "-p", outdir], capture_output=True, text=True)
    if run.returncode != 2 or not pattern.match(run.stderr):
        bad.append(f"cut at {cut}: exit {run.returncode}: {run.stderr!r}")
if bad:
    sys.exit("\n".join(bad))
print("every truncation: exit 2, one line with FILE:LINE:COL")
