#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Runs a bash completion function as bash would for a command line and
prints COMPREPLY (space-separated, sorted). The last word is the one being
completed.

usage: complete_bash.py COMPLETION_FILE WORD...
"""
import subprocess
import sys

completion, words = sys.argv[1], sys.argv[2:]
quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
script = f""". '{completion}'
COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}
_premortem
printf '%s\\n' "${{COMPREPLY[@]}}" | sort | tr '\\n' ' ' | sed 's/ $//'; echo
"""
result = subprocess.run(["bash", "--norc", "-c", script], capture_output=True, text=True)
sys.stdout.write(result.stdout)
sys.stderr.write(result.stderr)
sys.exit(result.returncode)
