#!/usr/bin/env python3
"""Layout test: checks/Checks.def is the one list of checks, and nothing drifts.

For every PREMORTEM_CHECK(Class, "name", ...) it requires:
  * checks/<Class>.h and .cpp, the header declaring the class, its /// summary
    equal to the summary in Checks.def;
  * docs/checks/<name>.md titled '# premortem-<name>', whose first paragraph is
    the summary, with 'Why', 'Options' and 'Limitations' sections, and a
    'Rule pack' section naming the rules/<pack>.yaml files the check reads;
  * those rule packs exist and have entries;
  * checker tests test/checkers/<name>*.{c,cpp}: at least one C and one C++
    file, every file run through %check_tidy (plugin and driver), and among
    them a macro case, a template case and a NoCrash case.
And in reverse: no docs page, checker test, rule pack or check source that
belongs to no registered check.
Prints one line per problem; exit 1 if any.
"""
import glob
import os
import re
import sys

root = sys.argv[1]
problems = []


def read(path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def exists(path):
    return os.path.exists(os.path.join(root, path))


entries = re.findall(
    r'^PREMORTEM_CHECK\((\w+),\s*"([\w-]+)",\s*"(\w+)",\s*"([\w-]+)",\s*"([^"]*)",\s*"([^"]*)",\s*"([^"]*)"\)',
    read("checks/Checks.def"), re.M | re.S)
if not entries:
    problems.append("checks/Checks.def: no PREMORTEM_CHECK entries parsed")
names = {name for _, name, *_ in entries}
classes = {cls for cls, *_ in entries}
packs_used = set()

for cls, name, level, precision, secsev, tags, summary in entries:
    if level not in ("note", "warning", "error"):
        problems.append(f"{name}: level '{level}' is not note, warning or error")
    if precision not in ("very-high", "high", "medium", "low"):
        problems.append(f"{name}: precision '{precision}' is not a SARIF precision")
    if secsev and not re.fullmatch(r"\d+(\.\d)?", secsev):
        problems.append(f"{name}: security-severity '{secsev}' is not a number string")
    # Sources and the header summary.
    for ext in (".h", ".cpp"):
        if not exists(f"checks/{cls}{ext}"):
            problems.append(f"{name}: checks/{cls}{ext} is missing")
    if exists(f"checks/{cls}.h"):
        header = read(f"checks/{cls}.h")
        if not re.search(rf"class {cls}\b", header):
            problems.append(f"{name}: checks/{cls}.h does not declare class {cls}")
        m = re.search(r"((?:^///[^\n]*\n)+)", header, re.M)
        doc = " ".join(l[3:].strip() for l in m.group(1).splitlines()) if m else ""
        if summary not in doc:
            problems.append(f"{name}: the /// summary in checks/{cls}.h differs from Checks.def")
    # Docs page.
    page = f"docs/checks/{name}.md"
    if not exists(page):
        problems.append(f"{name}: {page} is missing")
    else:
        text = read(page)
        lines = text.split("\n")
        if lines[0].strip() != f"# premortem-{name}":
            problems.append(f"{name}: {page} must start with '# premortem-{name}'")
        paras = [p for p in text.split("\n\n")[1:] if p.strip()]
        first = " ".join(paras[0].split()) if paras else ""
        if first != summary:
            problems.append(f"{name}: the first paragraph of {page} differs from the Checks.def summary")
        for section in ("Why", "Options", "Rule pack", "Limitations"):
            if not re.search(rf"^## {section}\b", text, re.M):
                problems.append(f"{name}: {page} has no '## {section}' section")
        m = re.search(r"^## Rule pack\b(.*?)(?=^## |\Z)", text, re.M | re.S)
        packs = set(re.findall(r"rules/([\w-]+\.yaml)", m.group(1))) if m else set()
        if m and not packs and "no rule pack" not in m.group(1).lower():
            problems.append(f"{name}: {page} 'Rule pack' names no rules/<pack>.yaml (or says 'no rule pack')")
        for pack in packs:
            packs_used.add(pack)
            if not exists(f"rules/{pack}"):
                problems.append(f"{name}: rules/{pack} named in {page} does not exist")
            elif not re.search(r"^\s*-\s+name:", read(f"rules/{pack}"), re.M):
                problems.append(f"{name}: rules/{pack} has no entries")
    # Checker tests.
    tests = sorted(glob.glob(os.path.join(root, "test/checkers", f"{name}*.c")) +
                   glob.glob(os.path.join(root, "test/checkers", f"{name}*.cpp")))
    tests = [t for t in tests if re.fullmatch(rf"{re.escape(name)}(-[\w-]+)?\.(c|cpp)", os.path.basename(t))]
    if not any(t.endswith(".c") for t in tests):
        problems.append(f"{name}: no C checker test test/checkers/{name}*.c")
    if not any(t.endswith(".cpp") for t in tests):
        problems.append(f"{name}: no C++ checker test test/checkers/{name}*.cpp")
    body = ""
    for t in tests:
        text = open(t, encoding="utf-8").read()
        body += text
        if not re.search(rf"RUN: %check_tidy .*premortem-{name}\b", text):
            problems.append(f"{name}: {os.path.relpath(t, root)} does not run %check_tidy with premortem-{name}")
    for what, pattern in (("macro", r"^\s*#\s*define\b"), ("template", r"\btemplate\s*<"),
                          ("NoCrash", r"\bNoCrash")):
        if tests and not re.search(pattern, body, re.M):
            problems.append(f"{name}: its checker tests have no {what} case")

# Reverse direction: orphans.
for page in glob.glob(os.path.join(root, "docs/checks/*.md")):
    base = os.path.basename(page)[:-3]
    if base not in names and base != "index":
        problems.append(f"docs/checks/{base}.md documents no registered check")
for t in glob.glob(os.path.join(root, "test/checkers/*.c*")):
    base = os.path.basename(t)
    if not any(re.fullmatch(rf"{re.escape(n)}(-[\w-]+)?\.(c|cpp)", base) for n in names):
        problems.append(f"test/checkers/{base} tests no registered check")
# Packs the driver reads (fallback declarations for analysis without a
# build) are named in docs/driver.md instead of a check's page.
packs_used |= set(re.findall(r"rules/([\w-]+\.yaml)", read("docs/driver.md")))
for pack in glob.glob(os.path.join(root, "rules/*.yaml")):
    if os.path.basename(pack) not in packs_used:
        problems.append(f"rules/{os.path.basename(pack)} is read by no check (name it in a docs page's 'Rule pack', or in docs/driver.md when the driver reads it)")
for src in glob.glob(os.path.join(root, "checks/*Check.h")):
    cls = os.path.basename(src)[:-2]
    if cls not in classes:
        problems.append(f"checks/{cls}.h is not registered in checks/Checks.def")

for p in problems:
    print(p)
print(f"layout: {len(entries)} check(s), {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
