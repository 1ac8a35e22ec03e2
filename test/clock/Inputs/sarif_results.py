"""Prints the rules, results and command line of a `premortem clock` SARIF file."""
import json
import sys

run = json.load(open(sys.argv[1]))["runs"][0]
print("RULES", " ".join(r["id"] for r in run["tool"]["driver"]["rules"]))
for res in run["results"]:
    loc = res["locations"][0]["physicalLocation"]
    print("RESULT", res["ruleId"], res["level"],
          f'{loc["artifactLocation"]["uri"]}:{loc["region"]["startLine"]}',
          res["message"]["text"])
for note in run["invocations"][0].get("toolExecutionNotifications", []):
    print("NOTE", note["level"], note["message"]["text"])
print("COMMAND", run["invocations"][0]["commandLine"])
