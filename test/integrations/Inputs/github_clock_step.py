#!/usr/bin/env python3
"""github_clock_step.py ACTION PROJECT OUT_DIR [NAME=VALUE...]

Checks that the clock-command input of integrations/github/action.yml is off
by default (empty, and the clock steps only run when it is set), then runs the
action's "Run premortem clock" step in PROJECT with the action's defaults
overridden by NAME=VALUE inputs, as a runner would. premortem must be on PATH.
Prints the step's status and outputs.
"""
import os
import re
import subprocess
import sys

import yaml

action_path, project, out_dir = sys.argv[1:4]
action = yaml.safe_load(open(action_path))
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
if inputs.get("clock-command", None) != "":
    sys.exit("github_clock_step.py: clock-command is not an input that is off by default")
steps = {s.get("name"): s for s in action["runs"]["steps"]}
step = steps["Run premortem clock"]
if step.get("if") != "inputs.clock-command != ''":
    sys.exit("github_clock_step.py: the clock step does not depend on clock-command")
upload = steps["Upload premortem clock SARIF to code scanning"]
if upload["with"]["category"] != "${{ inputs.category }}-clock":
    sys.exit("github_clock_step.py: the clock SARIF has no category of its own")
for arg in sys.argv[4:]:
    name, value = arg.split("=", 1)
    if name not in inputs:
        sys.exit(f"github_clock_step.py: unknown input {name}")
    inputs[name] = value


def evaluate(expr):
    expr = expr.strip()
    m = re.fullmatch(r"inputs\.([\w-]+)", expr)
    if m:
        return inputs[m.group(1)]
    if expr == "runner.temp":
        return out_dir
    sys.exit(f"github_clock_step.py: cannot evaluate ${{{{ {expr} }}}}")


env = dict(os.environ)
output = os.path.join(out_dir, "github_output")
open(output, "w").close()
env["GITHUB_OUTPUT"] = output
for k, v in step["env"].items():
    env[k] = re.sub(r"\$\{\{(.*?)\}\}", lambda m: evaluate(m.group(1)), str(v))
status = subprocess.run(["bash", "-c", step["run"]], cwd=project, env=env).returncode
print(f"step-status={status}")
print(open(output).read(), end="")
sys.exit(0)
