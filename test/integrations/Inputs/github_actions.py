#!/usr/bin/env python3
"""github_actions.py ACTION WORKFLOW PROJECT EVENT BASE_SHA OUT_DIR

Checks the shape of integrations/github/action.yml and premortem.yml, then
runs what a GitHub runner would run for EVENT (push or pull_request) in the
git repository PROJECT: the workflow's configure step and the action's
"Run premortem" step, with the inputs the workflow passes (expressions
evaluated for EVENT) and the action's defaults. premortem must be on PATH.
Prints the step's outputs (sarif-file, exit-code).
"""
import os
import re
import subprocess
import sys

import yaml

action_path, workflow_path, project, event, base_sha, out_dir = sys.argv[1:]
action = yaml.safe_load(open(action_path))
workflow = yaml.safe_load(open(workflow_path))


def require(cond, what):
    if not cond:
        sys.exit(f"github_actions.py: {what}")


# The action: composite, the documented inputs, upload-sarif@v4 with a
# category and the fork guard.
require(action["runs"]["using"] == "composite", "action.yml is not a composite action")
for name in ("build-dir", "checks", "category", "fail-on"):
    require(name in action["inputs"], f"action.yml has no input {name}")
steps = {s.get("name"): s for s in action["runs"]["steps"]}
# (The clock step's upload is checked by github_clock_step.py.)
upload = [s for s in action["runs"]["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")
          and "clock" not in s.get("name", "")]
require(len(upload) == 1 and upload[0]["uses"].endswith("@v4"), "no upload-sarif@v4 step")
require(upload[0]["with"]["category"] == "${{ inputs.category }}", "upload-sarif without the category")
require("head.repo.full_name == github.repository" in upload[0]["if"], "upload not skipped for forks")
run_step = steps["Run premortem"]
require("--format sarif" in run_step["run"], "the driver does not write SARIF")

# The workflow: push to the default branch and pull requests, the
# permission upload-sarif needs, the action used with changed-since on PRs.
on = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1: on == true
require("push" in on and "pull_request" in on, "workflow not on push and pull_request")
job = next(iter(workflow["jobs"].values()))
require(job["permissions"].get("security-events") == "write", "no security-events: write")
uses = [s for s in job["steps"] if "integrations/github@" in s.get("uses", "")]
require(len(uses) == 1, "the workflow does not use the action")
checkout = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
require(checkout and checkout[0].get("with", {}).get("fetch-depth") == 0,
        "checkout without fetch-depth: 0 (--changed-since needs the base commit)")
configure = [s for s in job["steps"] if s.get("name", "").startswith("Configure")]
require(len(configure) == 1, "no configure step")


def evaluate(expr, inputs):
    expr = expr.strip()
    m = re.fullmatch(r"inputs\.([\w-]+)", expr)
    if m:
        return inputs[m.group(1)]
    if expr == "runner.temp":
        return out_dir
    if expr == "github.event_name == 'pull_request' && github.event.pull_request.base.sha || ''":
        return base_sha if event == "pull_request" else ""
    sys.exit(f"github_actions.py: cannot evaluate ${{{{ {expr} }}}}")


def substitute(text, inputs):
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: evaluate(m.group(1), inputs), str(text))


# Inputs: the action's defaults, overridden by the workflow's `with`.
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
for k, v in uses[0].get("with", {}).items():
    require(k in inputs, f"the workflow passes an unknown input {k}")
    inputs[k] = substitute(v, {})

env = dict(os.environ)
subprocess.run(["bash", "-e", "-c", configure[0]["run"]], cwd=project, env=env, check=True,
               stdout=subprocess.DEVNULL)
output = os.path.join(out_dir, "github_output")
open(output, "w").close()
env["GITHUB_OUTPUT"] = output
for k, v in run_step["env"].items():
    env[k] = substitute(v, inputs)
status = subprocess.run(["bash", "-c", run_step["run"]], cwd=project, env=env).returncode
print(f"step-status={status}")
print(open(output).read(), end="")
sys.exit(status)
