#!/usr/bin/env bash
# After `mvn verify` of this example: the JUnit 5 tests and the plugin gave the same verdict on every
# interaction, and Surefire's report has one test case per interaction.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import json, glob, xml.etree.ElementTree as ET
def verdicts(path):
    report = json.load(open(path))
    # An interaction is its pact file and its place in it (two files may hold the same description).
    return {(p["location"].split("/")[-1], i["index"], i["description"]): i["outcome"]
            for p in report["pacts"] for i in p["interactions"]}
plugin = verdicts("target/pact/reports/grill-chef.json")
junit = verdicts("target/pact-junit5/reports/grill-chef.json")
assert plugin == junit, f"verdicts differ: plugin {plugin} JUnit 5 {junit}"
suite = ET.parse(glob.glob("target/surefire-reports/TEST-*GrillChefPactTest.xml")[0]).getroot()
cases = [c.get("name") for c in suite.iter("testcase")]
assert len(cases) == len(plugin), f"{len(cases)} test cases in Surefire's report, {len(plugin)} interactions"
assert all("sous-chef: " in c for c in cases), f"test cases not named after their interactions: {cases}"
print(f"check-both-ways: {len(plugin)} interactions, the same verdict both ways "
      f"({', '.join(sorted(set(plugin.values())))}); Surefire: {len(cases)} test cases, e.g. {cases[0]!r}")
PY
