#!/usr/bin/env python3
"""%expect_exit N CMD ARGS...: run CMD (stdio inherited); succeed only if it exits with N.

lit's internal shell has no $?, and `not` accepts any non-zero code; exit codes
are part of premortem's contract, so tests assert them exactly.
"""
import subprocess
import sys

want = int(sys.argv[1])
rc = subprocess.call(sys.argv[2:])
if rc != want:
    sys.stderr.write(f"expect_exit: '{' '.join(sys.argv[2:])}' exited {rc}, expected {want}\n")
    sys.exit(1)
