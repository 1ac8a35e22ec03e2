#!/usr/bin/env python3
"""expect_lines.py N FILE: FILE has exactly N lines; echo it for FileCheck.

Bad input must give ONE clear line on stderr, and nothing on stdout.
"""
import sys

want, path = int(sys.argv[1]), sys.argv[2]
with open(path, encoding="utf-8", errors="replace") as f:
    text = f.read()
lines = text.splitlines()
sys.stdout.write(text)
if len(lines) != want:
    sys.exit(f"expect_lines: {path} has {len(lines)} line(s), expected {want}:\n{text}")
