#!/usr/bin/env bash
# The break is caught: the same image, run as a release that renames "name" to "title"
# (-Dproducts.nameField=title), fails verification naming the field. Run after `mvn verify` built
# the image and wrote the pact (scripts/test-all.sh does).
set -uo pipefail
cd "$(dirname "$0")"
out=$(mvn -B io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dproducts.nameField=title 2>&1)
status=$?
fail() { echo "check-renamed-field: $1" >&2; echo "$out" | tail -40 >&2; exit 1; }
[ "$status" -ne 0 ] || fail "the renamed field passed verification"
grep -q 'BUILD FAILURE' <<<"$out" || fail "no BUILD FAILURE"
grep -qF '$.name: expected key "name" with "28 Degrees" (a string), but it was missing' <<<"$out" || fail "the mismatch does not name the field"
grep -qF '+  "title" : "28 Degrees",' <<<"$out" || fail "the diff does not show the renamed field"
grep -qF 'Pact verification of "product-service": 2 passed, 2 failed, 0 errored' <<<"$out" || fail "not the expected totals"
echo "check-renamed-field: the renamed field fails verification, named: ok"
