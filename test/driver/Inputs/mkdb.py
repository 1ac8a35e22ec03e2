#!/usr/bin/env python3
"""mkdb.py DIR FILE... [-- ARG...]: write DIR/compile_commands.json.

One entry per FILE (a path relative to DIR), compiled in DIR as
`cc ARG... -c FILE`. A compilation database holds absolute paths, so driver
tests write theirs at run time instead of checking one in.
"""
import json
import os
import sys

args = sys.argv[1:]
extra = []
if "--" in args:
    extra = args[args.index("--") + 1:]
    args = args[:args.index("--")]
root, files = os.path.abspath(args[0]), args[1:]
entries = [{"directory": root, "file": f, "arguments": ["cc", *extra, "-c", f]} for f in files]
with open(os.path.join(root, "compile_commands.json"), "w", encoding="utf-8") as out:
    json.dump(entries, out, indent=1)
