#!/usr/bin/env python3
"""github_sharded.py ACTION WORKFLOW PROJECT OUT_DIR

Checks the shape of integrations/github/sharded.yml (a shard matrix whose
jobs run the action with `shard: ${{ matrix.shard }}/N` and upload their
SARIF as artifacts; a merge job after them, allowed to upload to code
scanning, that runs the action with `merge:`), then runs what the runners
would: the configure step, the action's "Run premortem" step once per matrix
entry, and its "Merge shard reports" step over the shard reports (as
download-artifact lays them out: one folder per artifact). premortem must
be on PATH. Prints each step's status and the merged sarif-file.
"""
import os
import re
import shutil
import subprocess
import sys

import yaml

action_path, workflow_path, project, out_dir = sys.argv[1:]
action = yaml.safe_load(open(action_path))
workflow = yaml.safe_load(open(workflow_path))


def require(cond, what):
    if not cond:
        sys.exit(f"github_sharded.py: {what}")


steps = {s.get("name"): s for s in action["runs"]["steps"]}
for name in ("shard", "merge", "cache"):
    require(name in action["inputs"], f"action.yml has no input {name}")
require("Merge shard reports" in steps, "action.yml has no merge step")
cache_steps = [s for s in action["runs"]["steps"] if s.get("uses", "").startswith("actions/cache@")]
require(any("premortem-cache" in s["with"]["path"] for s in cache_steps),
        "the action does not keep the result cache")

shard_job, merge_job = workflow["jobs"]["shard"], workflow["jobs"]["merge"]
matrix = shard_job["strategy"]["matrix"]["shard"]
uses = [s for s in shard_job["steps"] if "integrations/github@" in s.get("uses", "")]
require(len(uses) == 1, "the shard job does not use the action")
m = re.fullmatch(r"\$\{\{ matrix\.shard \}\}/(\d+)", uses[0]["with"]["shard"])
require(m and int(m.group(1)) == len(matrix) and matrix == list(range(1, len(matrix) + 1)),
        "shard input is not ${{ matrix.shard }}/N over a matrix 1..N")
require(any(s.get("uses", "").startswith("actions/upload-artifact@") for s in shard_job["steps"]),
        "the shard job does not upload its report")
require(merge_job["needs"] == "shard", "the merge job does not wait for the shards")
require(merge_job["permissions"].get("security-events") == "write", "no security-events: write")
merge_uses = [s for s in merge_job["steps"] if "integrations/github@" in s.get("uses", "")]
require(len(merge_uses) == 1 and merge_uses[0]["with"].get("merge"), "no merge step in the merge job")
require(any(s.get("uses", "").startswith("actions/download-artifact@") for s in merge_job["steps"]),
        "the merge job does not download the shard reports")
configure = [s for s in shard_job["steps"] if s.get("name", "").startswith("Configure")]


def run_step(step, inputs, temp, env):
    def evaluate(expr):
        expr = expr.strip()
        if expr == "runner.temp":
            return temp
        mm = re.fullmatch(r"inputs\.([\w-]+)", expr)
        require(mm, f"cannot evaluate {expr}")
        return inputs[mm.group(1)]
    env = dict(env)
    for k, v in step["env"].items():
        env[k] = re.sub(r"\$\{\{(.*?)\}\}", lambda x: evaluate(x.group(1)), str(v))
    output = os.path.join(temp, "github_output")
    open(output, "w").close()
    env["GITHUB_OUTPUT"] = output
    status = subprocess.run(["bash", "-c", step["run"]], cwd=project, env=env).returncode
    return status, dict(line.split("=", 1) for line in open(output).read().split("\n") if line)


defaults = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
env = dict(os.environ)
subprocess.run(["bash", "-e", "-c", configure[0]["run"]], cwd=project, env=env, check=True,
               stdout=subprocess.DEVNULL)
artifacts = os.path.join(project, "shards")  # the merge job's workspace
for shard in matrix:
    inputs = dict(defaults)
    for k, v in uses[0]["with"].items():
        inputs[k] = str(v).replace("${{ matrix.shard }}", str(shard))
    temp = os.path.join(out_dir, f"runner{shard}")
    os.makedirs(temp)
    status, outputs = run_step(steps["Run premortem"], inputs, temp, env)
    print(f"shard {shard} step-status={status} exit-code={outputs.get('exit-code')}")
    folder = os.path.join(artifacts, f"premortem-shard-{shard}")
    os.makedirs(folder)
    shutil.copy(outputs["sarif-file"], folder)
inputs = dict(defaults)
inputs.update({k: str(v) for k, v in merge_uses[0]["with"].items()})
temp = os.path.join(out_dir, "merge")
os.makedirs(temp)
status, outputs = run_step(steps["Merge shard reports"], inputs, temp, env)
print(f"merge step-status={status}")
print(f"sarif-file={outputs.get('sarif-file')}")
sys.exit(status)
