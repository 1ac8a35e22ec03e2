#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes the bash and zsh completions of the premortem driver.

They are generated at build time from the built driver's own `--help` and
`--list-checks`, so every option it documents completes, and nothing it does
not. Option values: `a|b|c` placeholders complete to their choices, check
placeholders to the check names, DIR to folders and FILE-like ones to files.

usage: make-completions.py DRIVER BASH_OUT ZSH_OUT
"""
import re
import subprocess
import sys

# An option line of --help: two spaces, the option, its placeholder (if any).
OPTION = re.compile(r"^  (-{1,2}[A-Za-z][\w-]*)(?:[ =]([^ ]+))?(?:  |$)")
CHECK_ARGS = {"GLOBS", "CHECK"}
DIR_ARGS = {"DIR"}
NO_COMPLETION_ARGS = {"N", "ID", "REV", "YAML", "ARGS", "TEXT", "REGEX", "URL", "ARG"}


def run(driver, *args):
    result = subprocess.run([driver, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"make-completions: '{driver} {' '.join(args)}' failed "
                 f"(exit {result.returncode}): {result.stderr.strip()}")
    return result.stdout


def options(help_text):
    """[(option, kind, choices)]; kind: flag, check, dir, file, choice, word."""
    found = []
    for line in help_text.splitlines():
        m = OPTION.match(line)
        if not m or m.group(1) == "--":
            continue
        name, arg = m.group(1), m.group(2)
        if arg is None:
            found.append((name, "flag", []))
        elif "|" in arg:
            found.append((name, "choice", arg.split("|")))
        elif arg in CHECK_ARGS:
            found.append((name, "check", []))
        elif arg in DIR_ARGS:
            found.append((name, "dir", []))
        elif arg in NO_COMPLETION_ARGS:
            found.append((name, "word", []))
        else:
            found.append((name, "file", []))
    if not any(name == "--help" for name, _, _ in found):
        sys.exit("make-completions: no option found in --help (did its layout change?)")
    return found


def bash(opts, checks):
    cases = []
    for kind, action in (("check", 'COMPREPLY=($(compgen -W "$checks" -- "$cur"))'),
                         ("dir", 'COMPREPLY=($(compgen -d -- "$cur"))'),
                         ("file", 'COMPREPLY=($(compgen -f -- "$cur"))'),
                         ("word", "COMPREPLY=()")):
        names = "|".join(n for n, k, _ in opts if k == kind)
        if names:
            cases.append(f"    {names}) {action}; return ;;")
    for name, kind, choices in opts:
        if kind == "choice":
            cases.append(f"    {name}) COMPREPLY=($(compgen -W \"{' '.join(choices)}\" -- \"$cur\")); return ;;")
    all_opts = " ".join(n for n, _, _ in opts)
    return f"""# bash completion for premortem; generated from `premortem --help` at build time.
_premortem() {{
  local cur prev checks="{' '.join(checks)}"
  cur="${{COMP_WORDS[COMP_CWORD]}}"
  prev="${{COMP_WORDS[COMP_CWORD-1]}}"
  local i
  for ((i = 1; i < COMP_CWORD; i++)); do
    # after `--` come compiler arguments: complete files
    [[ "${{COMP_WORDS[i]}}" == "--" ]] && {{ COMPREPLY=($(compgen -f -- "$cur")); return; }}
  done
  case "$prev" in
{chr(10).join(cases)}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "{all_opts}" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -o filenames -o bashdefault -F _premortem premortem
"""


def zsh_quote(text):
    return text.replace("\\", "\\\\").replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def zsh(opts, checks):
    specs = []
    for name, kind, choices in opts:
        if kind == "flag":
            specs.append(f"'{name}'")
        elif kind == "check":
            specs.append(f"'{name}[check]:check:->checks'")
        elif kind == "dir":
            specs.append(f"'{name}[folder]:folder:_files -/'")
        elif kind == "file":
            specs.append(f"'{name}[file]:file:_files'")
        elif kind == "choice":
            specs.append(f"'{name}[value]:value:({' '.join(choices)})'")
        else:
            specs.append(f"'{name}[value]:value: '")
    lines = " \\\n    ".join(specs)
    return f"""#compdef premortem
# zsh completion for premortem; generated from `premortem --help` at build time.
local -a premortem_checks
premortem_checks=({' '.join(zsh_quote(c) for c in checks)})
local state
_arguments -S \\
    {lines} \\
    '*::path:_files'
case $state in
  checks) _values -s , check $premortem_checks ;;
esac
"""


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    driver, bash_out, zsh_out = sys.argv[1:]
    opts = options(run(driver, "--help"))
    checks = [line.split()[0] for line in run(driver, "--list-checks").splitlines() if line.strip()]
    with open(bash_out, "w") as f:
        f.write(bash(opts, checks))
    with open(zsh_out, "w") as f:
        f.write(zsh(opts, checks))


if __name__ == "__main__":
    main()
