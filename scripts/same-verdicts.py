#!/usr/bin/env python3
"""same-verdicts.py NAME WAY=REPORT.json WAY=REPORT.json...: the engine's JSON reports of one provider,
verified different ways (the plugin, the command line's distribution, the Docker image), give every
interaction the same verdict. An interaction is its pact file's name, its index and its description
(two files may hold the same description); the reports' folders differ, so locations are not compared.
Exits 1 naming the interactions whose verdicts differ, or a report that is missing or empty."""
import json
import os
import sys


def verdicts(way, path):
    if not os.path.isfile(path):
        sys.exit(f"same-verdicts: no {way} report at {path}; verify that way first")
    report = json.load(open(path))
    found = {(p["location"].replace("\\", "/").split("/")[-1], i["index"], i["description"]): i["outcome"]
             for p in report["pacts"] for i in p["interactions"]}
    if not found or report.get("partial"):
        sys.exit(f"same-verdicts: the {way} report {path} is {'partial' if found else 'empty'}")
    return found


name, ways = sys.argv[1], [arg.split("=", 1) for arg in sys.argv[2:]]
reports = {way: verdicts(way, path) for way, path in ways}
first, expected = next(iter(reports.items()))
for way, found in reports.items():
    if found != expected:
        keys = sorted(set(found) | set(expected))
        differ = [f"{k[0]} #{k[1]} {k[2]!r}: {first} {expected.get(k)}, {way} {found.get(k)}"
                  for k in keys if found.get(k) != expected.get(k)]
        sys.exit(f"same-verdicts {name}: verdicts differ:\n  " + "\n  ".join(differ))
outcomes = ", ".join(f"{n} {o}" for o, n in sorted(
    {o: list(expected.values()).count(o) for o in expected.values()}.items()))
print(f"same-verdicts {name}: {len(expected)} interactions, the same verdict each from "
      f"{', '.join(reports)} ({outcomes})")
