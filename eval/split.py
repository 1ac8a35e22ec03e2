# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The one reader of eval/SPLIT.md, the record of which half each project and
each bug-fix pair belongs to (run.py and pairs.py both ask it)."""
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def half_by_rule(name):
    """The rule the table was made with: sha256(name), even -> tuning."""
    return "tuning" if int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % 2 == 0 \
        else "held-out"


def load(kind):
    """Name -> half for kind 'project' (corpus rows) or 'pair' (pair rows,
    whose third column is the word `pair`)."""
    halves = {}
    with open(os.path.join(HERE, "SPLIT.md")) as f:
        for line in f:
            m = re.match(r"^\|\s*`([^`]+)`\s*\|\s*(tuning|held-out)\s*\|\s*([^|]*?)\s*\|", line)
            if m and (m.group(3) == "pair") == (kind == "pair"):
                halves[m.group(1)] = m.group(2)
    return halves
