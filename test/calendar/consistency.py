#!/usr/bin/env python3
"""Calendar consistency: every check that asks the calendar model must agree.

  consistency.py generate DIR   writes DIR/<family>.c and DIR/<family>.json
  consistency.py verify DIR     reads DIR/<family>.out (clang-tidy output)

Each family is a table of equivalent forms (leap tests, February fix-ups,
clamps, non-Gregorian names) expanded into one function per form and per
check that consumes it, plus a control function per check without the form
(which must be reported, so the table cannot pass by silence). A form is
silent in every consuming check, or the test fails naming the form and the
check that disagrees.
"""
import json
import re
import sys
from pathlib import Path

# Equivalent complete Gregorian leap tests of the year expression {y}.
LEAP_TESTS = {
    "mod-4-100-400": "(({y}) % 4 == 0 && ({y}) % 100 != 0) || ({y}) % 400 == 0",
    "and-3": "(({y}) & 3) == 0 && (({y}) % 100 != 0 || ({y}) % 400 == 0)",
    "and-3-mod-25-and-15": "(({y}) & 3) == 0 && ((({y}) % 25) != 0 || (({y}) & 15) == 0)",
    "mod-4-25-16": "({y}) % 4 == 0 && (({y}) % 25 != 0 || ({y}) % 16 == 0)",
    "negated-remainders": "!(({y}) % 4) && ((({y}) % 100) || !(({y}) % 400))",
    "ternary-chain": "(({y}) % 400 == 0 ? 1 : ({y}) % 100 == 0 ? 0 : ({y}) % 4 == 0)",
    "helper-call": "cc_is_leap({y})",
    "pack-helper": "g_date_is_leap_year({y})",
}

# Contexts a leap test appears in, after the year shift: {t} is the test.
LEAP_CONTEXTS = {
    "condition": "if ({t})\n    n++;",
    "sum": "n = 28 + ({t});",
    "table-index": "n = lengths[({t}) ? 1 : 0];",
    "ternary": "n = ({t}) ? 29 : 28;",
}

# 29-February handling of the shifted `tm` (struct tm, 0-based month).
FEBRUARY_FIXUPS = {
    "fixup-equal": "if (tm.tm_mon == 1 && tm.tm_mday == 29)\n    tm.tm_mday = 28;",
    "fixup-greater": "if (tm.tm_mday > 28)\n    tm.tm_mday = 28;",
    "clamp-ternary": "tm.tm_mday = tm.tm_mday > 28 ? 28 : tm.tm_mday;",
    "clamp-helper": "tm.tm_mday = cc_clamp_day(tm.tm_mday, tm.tm_mon, tm.tm_year + 1900);",
    "pack-clamp": "if (tm.tm_mday > days_in_month(tm.tm_mon, tm.tm_year))\n    tm.tm_mday = 1;",
    "month-reset": "tm.tm_mon = 0;",
    "day-reset": "tm.tm_mday = 1;",
}

# Names of non-Gregorian calendars (the other-calendars pack).
OTHER_CALENDARS = ["hijri", "persian", "jalali", "hebrew", "lunar", "chinese",
                   "islamic", "shamsi", "coptic", "ethiopic", "julian"]

PRELUDE = """\
#include <openssl/x509.h>
#include <time.h>

int g_date_is_leap_year(int year);
int days_in_month(int mon, int year);
static int cc_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int cc_clamp_day(int d, int m, int y) { return d > 28 && m == 1 && !cc_is_leap(y) ? 28 : d; }
static const int lengths[2] = {28, 29};
"""

# Per consuming check: a function using {body} (statements after the shift)
# in a date that then reaches what the check reports.
SHIFT_USES = {
    "premortem-year-arithmetic": (
        "time_t {name}(struct tm tm) {{\n  int n = 0;\n  tm.tm_year += 1;\n  {body}\n"
        "  (void)n;\n  return mktime(&tm);\n}}\n"),
    "premortem-cert-expiry": (
        "int {name}(X509 *x, struct tm tm) {{\n  int n = 0;\n  tm.tm_year += 1;\n  {body}\n"
        "  (void)n;\n  return ASN1_TIME_set(X509_getm_notAfter(x), mktime(&tm)) != NULL;\n}}\n"),
}

# What each check says when it reports the shifted date (the control).
SHIFT_MESSAGES = {
    "premortem-year-arithmetic": "without handling 29 February",
    "premortem-cert-expiry": "without handling 29 February",
}


class Unit:
    def __init__(self):
        self.text = PRELUDE
        self.cases = []  # {name, check, form, expect, first, last}

    def add(self, check, form, expect, code):
        first = self.text.count("\n") + 1
        self.text += code
        last = self.text.count("\n")
        name = re.search(r"\b(\w+)\(", code.split("\n")[0]).group(1)
        self.cases.append(dict(name=name, check=check, form=form, expect=expect,
                               first=first, last=last))


def ident(s):
    return re.sub(r"\W", "_", s)


def leap_tests():
    u = Unit()
    for check, tmpl in SHIFT_USES.items():
        c = ident(check[len("premortem-"):])
        u.add(check, "control", "report", tmpl.format(name=f"{c}_control", body=";"))
        for form, test in LEAP_TESTS.items():
            for ctx, stmt in LEAP_CONTEXTS.items():
                body = stmt.format(t=test.format(y="tm.tm_year + 1900"))
                u.add(check, f"{form} in {ctx}", "silent",
                      tmpl.format(name=f"{c}_{ident(form)}_{ctx.replace('-', '_')}", body=body))
    # premortem-leap-year-formula: each form as a helper is the complete rule.
    u.add("premortem-leap-year-formula", "control", "report",
          "int formula_control(int year) { return year % 4 == 0; }\n")
    for form, test in LEAP_TESTS.items():
        if form in ("helper-call", "pack-helper"):
            continue  # the helper itself is the form
        u.add("premortem-leap-year-formula", form, "silent",
              f"int formula_{ident(form)}(int year) {{ return {test.format(y='year')}; }}\n")
        u.add("premortem-leap-year-formula", f"{form} in sum", "silent",
              f"int formula_feb_{ident(form)}(int year) {{ return 28 + ({test.format(y='year')}); }}\n")
    return u


def february():
    u = Unit()
    for check, tmpl in SHIFT_USES.items():
        c = ident(check[len("premortem-"):])
        u.add(check, "control", "report", tmpl.format(name=f"{c}_control", body=";"))
        for form, fix in FEBRUARY_FIXUPS.items():
            u.add(check, form, "silent", tmpl.format(name=f"{c}_{ident(form)}", body=fix))
    return u


def calendars():
    u = Unit()
    for check, tmpl in SHIFT_USES.items():
        c = ident(check[len("premortem-"):])
        u.add(check, "control", "report", tmpl.format(name=f"{c}_gregorian_add", body=";"))
        for word in OTHER_CALENDARS:
            u.add(check, word, "silent", tmpl.format(name=f"{c}_{word}_add", body=";"))
    u.add("premortem-leap-year-formula", "control", "report",
          "int gregorian_is_leap(int year) { return year % 4 == 0; }\n")
    for word in OTHER_CALENDARS:
        u.add("premortem-leap-year-formula", word, "silent",
              f"int {word}_is_leap(int year) {{ return year % 4 == 0; }}\n")
    return u


FAMILIES = {"leap-tests": leap_tests, "february": february, "calendars": calendars}
LEAP_FORMULA_MESSAGE = "leap-year test"


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for family, make in FAMILIES.items():
        u = make()
        (out / f"{family}.c").write_text(u.text)
        (out / f"{family}.json").write_text(json.dumps(u.cases))


def verify(out):
    failures, total = [], 0
    for family in FAMILIES:
        cases = json.loads((out / f"{family}.json").read_text())
        found = []
        for line in (out / f"{family}.out").read_text().splitlines():
            m = re.match(r".*?:(\d+):\d+: warning: (.*) \[(premortem-[\w-]+)\]$", line)
            if m:
                found.append((int(m.group(1)), m.group(2), m.group(3)))
        for c in cases:
            total += 1
            msg = LEAP_FORMULA_MESSAGE if c["check"] == "premortem-leap-year-formula" \
                else SHIFT_MESSAGES[c["check"]]
            hits = [f for f in found if f[2] == c["check"] and msg in f[1]
                    and c["first"] <= f[0] <= c["last"]]
            if (c["expect"] == "report") != bool(hits):
                failures.append(f"{family}: {c['check']} {'misses' if not hits else 'reports'} "
                                f"'{c['form']}' ({c['name']}, expected {c['expect']})")
    for f in failures:
        print("DISAGREE:", f)
    print(f"consistency: {total - len(failures)} of {total} cases agree")
    return 1 if failures else 0


if __name__ == "__main__":
    mode, out = sys.argv[1], Path(sys.argv[2])
    sys.exit(generate(out) if mode == "generate" else verify(out))
