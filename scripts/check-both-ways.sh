#!/usr/bin/env bash
# check-both-ways.sh EXAMPLE PROVIDER: after `mvn verify` of an example that verifies its provider
# both as JUnit 5 tests (pact-junit5, reports in target/pact-junit5) and with the plugin's verify
# goal (target/pact): the verdicts are the same for every interaction, and the test report
# (Surefire's or Failsafe's) has one test case per interaction, named after it.
set -euo pipefail
cd "$1"
PROVIDER=$2 python3 - <<'PY'
import json, glob, os, xml.etree.ElementTree as ET
provider = os.environ["PROVIDER"]
def verdicts(path):
    report = json.load(open(path))
    # An interaction is its pact file and its place in it (two files may hold the same description).
    return {(p["location"].split("/")[-1], i["index"], i["description"]): i["outcome"]
            for p in report["pacts"] for i in p["interactions"]}
plugin = verdicts(f"target/pact/reports/{provider}.json")
junit = verdicts(f"target/pact-junit5/reports/{provider}.json")
assert plugin == junit, f"verdicts differ: plugin {plugin} JUnit 5 {junit}"
xml = [f for f in glob.glob("target/*-reports/TEST-*.xml") if "Pact" in f and "Consumer" not in f]
assert len(xml) == 1, f"expected one JUnit 5 verification report, found {xml}"
cases = [c.get("name") for c in ET.parse(xml[0]).getroot().iter("testcase")]
assert len(cases) == len(plugin), f"{len(cases)} test cases in {xml[0]}, {len(plugin)} interactions"
descriptions = {d for (_, _, d) in plugin}
assert all(any(d in c for d in descriptions) for c in cases), f"test cases not named after their interactions: {cases}"
print(f"check-both-ways {os.getcwd().split('/')[-1]}: {len(plugin)} interactions, the same verdict "
      f"both ways ({', '.join(sorted(set(plugin.values())))}); {xml[0].split('/')[1]}: {len(cases)} "
      f"test cases, e.g. {cases[0]!r}")
PY
