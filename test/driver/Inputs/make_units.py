#!/usr/bin/env python3
"""make_units.py DIR N: N translation units of different sizes in DIR.

unit<K>.c includes shared.h (one finding there, seen by every unit) and has
one finding of its own; K extra comment lines make the sizes differ, so the
shards have something to balance. Writes DIR/compile_commands.json.
"""
import json
import os
import sys

root, count = os.path.abspath(sys.argv[1]), int(sys.argv[2])
os.makedirs(root, exist_ok=True)
with open(os.path.join(root, "shared.h"), "w") as f:
    f.write("#include <time.h>\n"
            "static inline void shared_renew(struct tm tm) {\n"
            "  tm.tm_year += 1;\n"
            "  mktime(&tm);\n"
            "}\n")
entries = []
for k in range(count):
    name = f"unit{k}.c"
    with open(os.path.join(root, name), "w") as f:
        f.write('#include "shared.h"\n')
        f.write("// padding\n" * (k * 37 % 101))
        f.write(f"void own{k}(struct tm tm) {{\n  shared_renew(tm);\n  tm.tm_year += 2;\n  mktime(&tm);\n}}\n")
    entries.append({"directory": root, "file": name, "arguments": ["cc", "-c", name]})
with open(os.path.join(root, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
