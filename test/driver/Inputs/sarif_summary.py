#!/usr/bin/env python3
"""sarif_summary.py FILE: one line per fact of a premortem SARIF log, for FileCheck.

  RUN successful=B notifications=N config=N category=ID root=URI start=T end=T
  RULE index id name level precision severity tags=a,b [security=S]
  RESULT rule=ID index=N level=L uri=U base=B region=L:C-L:C line-hash=H v1=H
  RELATED id=N uri=U region=L:C-L:C message=M
  FLOW uri:L:C -> uri:L:C ...   (codeFlows[0].threadFlows[0], in order)
  FIX description=D uri=U deleted=L:C-L:C text=T
  NOTIFICATION level=L uri=U message=M
"""
import json
import sys


def region(r):
    return f"{r.get('startLine')}:{r.get('startColumn')}-{r.get('endLine')}:{r.get('endColumn')}"


with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
for run in log["runs"]:
    inv = run["invocations"][0]
    print(f"RUN successful={str(inv['executionSuccessful']).lower()} "
          f"notifications={len(inv.get('toolExecutionNotifications', []))} "
          f"config={len(inv.get('toolConfigurationNotifications', []))} "
          f"category={run.get('automationDetails', {}).get('id', '-')} "
          f"root={run['originalUriBaseIds']['%SRCROOT%']['uri']} "
          f"start={inv.get('startTimeUtc', '-')} end={inv.get('endTimeUtc', '-')}")
    for i, rule in enumerate(run["tool"]["driver"]["rules"]):
        p = rule.get("properties", {})
        sec = f" security={p['security-severity']}" if "security-severity" in p else ""
        print(f"RULE {i} {rule['id']} {rule['name']} {rule['defaultConfiguration']['level']} "
              f"{p.get('precision')} {p.get('problem.severity')} tags={','.join(p.get('tags', []))}{sec}")
    for n in inv.get("toolExecutionNotifications", []):
        loc = n.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {})
        print(f"NOTIFICATION level={n.get('level')} uri={loc.get('uri')} message={n['message']['text']}")
    for res in run["results"]:
        loc = res["locations"][0]["physicalLocation"]
        fp = res.get("partialFingerprints", {})
        print(f"RESULT rule={res['ruleId']} index={res['ruleIndex']} level={res['level']} "
              f"uri={loc['artifactLocation']['uri']} base={loc['artifactLocation'].get('uriBaseId', '-')} "
              f"region={region(loc['region'])} line-hash={fp.get('primaryLocationLineHash')} "
              f"v1={fp.get('premortem/v1')}")
        for rel in res.get("relatedLocations", []):
            pl = rel["physicalLocation"]
            print(f"RELATED id={rel['id']} uri={pl['artifactLocation']['uri']} "
                  f"region={region(pl['region'])} message={rel['message']['text']}")
        for flow in res.get("codeFlows", []):
            steps = [s["location"]["physicalLocation"] for s in flow["threadFlows"][0]["locations"]]
            print("FLOW " + " -> ".join(f"{p['artifactLocation']['uri']}:{p['region']['startLine']}:"
                                          f"{p['region']['startColumn']}" for p in steps))
        for fix in res.get("fixes", []):
            for change in fix["artifactChanges"]:
                for rep in change["replacements"]:
                    print(f"FIX description={fix.get('description', {}).get('text', '-')} "
                          f"uri={change['artifactLocation']['uri']} deleted={region(rep['deletedRegion'])} "
                          f"text={rep.get('insertedContent', {}).get('text', '')}")
