#!/usr/bin/env bash
# The differential conformance suite: the same corpus of pacts (one edge each, conformance/Conformance.java),
# verified by this plugin, the Rust verifier (pact-cli 18.1.2) and pact-jvm's Maven plugin 4.6.17 against one
# recording provider. Prints a table of verdicts and of where the requests differ, and fails when our verdict
# differs from the Rust verifier's on a case not listed, with its reason, in conformance/known-differences.txt,
# or when the message pacts' verdicts through @MessageProvider methods differ from those through the message endpoint.
#   bash conformance/run.sh            (CONFORMANCE_SKIP_INSTALL=true when the plugin is already installed)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/conformance"
work=$(mktemp -d)
port=${CONFORMANCE_PORT:-18090}
export PACT_DO_NOT_TRACK=true
trap 'kill $provider_pid 2>/dev/null || true; rm -rf "$work"' EXIT

if [ "${CONFORMANCE_SKIP_INSTALL:-false}" != true ]; then
  (cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip)
fi
tools="$here/.tools"
pact_cli="$tools/package/standalone/pact"
if [ ! -x "$pact_cli" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm pack -q @pact-foundation/pact-cli-linux-x64@18.1.2 >/dev/null && tar xzf pact-foundation-pact-cli-linux-x64-18.1.2.tgz)
fi

java "$here/Conformance.java" generate "$work" >&2
java "$here/Conformance.java" serve "$port" "$work" > "$work/provider.log" 2>&1 &
provider_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/_admin/run/none" >/dev/null && break; sleep 0.1; done

# failed_ids LOG: the case ids a verifier reported as failed or errored
ids() { grep -oE "$1" "$2" | grep -oE 'c[0-9]{3}' | sort -u || true; }

curl -sf "http://127.0.0.1:$port/_admin/run/ours" >/dev/null
mvn -B -f "$here/ours/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dbench.port="$port" \
  -Dbench.pacts="$work/pacts" -Dpact.outputDirectory="$work/ours-out" > "$work/ours.log" 2>&1 || true
mvn -B -f "$here/ours/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dbench.port="$port" \
  -Dbench.pacts="$work/pacts-messages" -Dpact.messageUrl=/_pact/message -Dpact.outputDirectory="$work/ours-out-messages" \
  >> "$work/ours.log" 2>&1 || true
# The message pacts again, the messages from @MessageProvider methods answering the same replies (a class that
# Conformance.java generated, compiled from the test sources of conformance/ours-messages): no message endpoint.
curl -sf "http://127.0.0.1:$port/_admin/run/ours-methods" >/dev/null
mvn -B -f "$here/ours-messages/pom.xml" test-compile io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify \
  -Dbench.port="$port" -Dbench.sources="$work/message-providers" -Dbench.pacts="$work/pacts-messages" \
  -Dpact.outputDirectory="$work/ours-out-methods" > "$work/ours-methods.log" 2>&1 || true
# Ours from the JSON reports (the console's wording is for people): every interaction that did not pass.
failed() {
  python3 - "$@" <<'PY'
import json, re, sys
ids = set()
for f in sys.argv[1:]:
    for pact in json.load(open(f))["pacts"]:
        ids.update(m.group(0) for i in pact["interactions"] if i["outcome"] != "passed"
                   for m in [re.match(r"c[0-9]{3}", i["description"])] if m)
if ids:
    print("\n".join(sorted(ids)))
PY
}
failed "$work"/ours-out/reports/*.json "$work"/ours-out-messages/reports/*.json > "$work/verdicts-ours.txt"
failed "$work"/ours-out-messages/reports/*.json > "$work/verdicts-ours-endpoint.txt"
methods_reports=$(ls "$work"/ours-out-methods/reports/*.json 2>/dev/null || true)
if [ -z "$methods_reports" ]; then
  echo "message providers: no report written; see the build's log:" >&2
  tail -n 30 "$work/ours-methods.log" >&2
  exit 1
fi
failed $methods_reports > "$work/verdicts-ours-methods.txt"
endpoint_cases=$(ls "$work/pacts-messages" | wc -l)
methods_cases=$(python3 -c 'import json,sys; print(sum(len(p["interactions"]) for f in sys.argv[1:] for p in json.load(open(f))["pacts"]))' $methods_reports)
echo "message pacts: $endpoint_cases case(s); through the message endpoint $(wc -l < "$work/verdicts-ours-endpoint.txt") did not pass ($(paste -sd' ' "$work/verdicts-ours-endpoint.txt")), through @MessageProvider methods $(wc -l < "$work/verdicts-ours-methods.txt") of $methods_cases did not pass ($(paste -sd' ' "$work/verdicts-ours-methods.txt"))" >&2
asked=$(grep -c '_pact/message' "$work/requests-ours-methods.jsonl" 2>/dev/null || true)
if [ "${asked:-0}" != 0 ]; then
  echo "message providers: $asked message(s) asked of the message endpoint, which the methods should have produced" >&2
  exit 1
fi
if [ "$methods_cases" != "$endpoint_cases" ] || ! diff "$work/verdicts-ours-endpoint.txt" "$work/verdicts-ours-methods.txt" >&2; then
  echo "message providers: the verdicts differ from the message endpoint's (above)" >&2
  exit 1
fi

curl -sf "http://127.0.0.1:$port/_admin/run/rust" >/dev/null
"$pact_cli" verifier --dir "$work/pacts" --provider-name conformance-provider --hostname 127.0.0.1 --port "$port" \
  --state-change-url "http://127.0.0.1:$port/_pact/state" --state-change-teardown > "$work/rust.log" 2>&1 || true
"$pact_cli" verifier --dir "$work/pacts-messages" --provider-name conformance-provider --hostname 127.0.0.1 --port "$port" \
  --transports "message:$port/_pact/message" --state-change-url "http://127.0.0.1:$port/_pact/state" >> "$work/rust.log" 2>&1 || true
ids '^[0-9]+\) Verifying a pact between .* - c[0-9]{3}' "$work/rust.log" > "$work/verdicts-rust.txt"

curl -sf "http://127.0.0.1:$port/_admin/run/pactjvm" >/dev/null
mvn -B -f "$here/pact-jvm/pom.xml" au.com.dius.pact.provider:maven:4.6.17:verify -Dbench.port="$port" \
  -Dbench.pacts="$work/pacts" > "$work/pactjvm.log" 2>&1 || true
ids '^[0-9]+\) Verifying a pact between .* - c[0-9]{3}' "$work/pactjvm.log" > "$work/verdicts-pactjvm.txt"

for v in ours rust pactjvm; do
  echo "$v: $(wc -l < "$work/verdicts-$v.txt") case(s) failed, $(grep -c . "$work/requests-$v.jsonl" 2>/dev/null || echo 0) request(s) recorded" >&2
done
if [ -n "${CONFORMANCE_KEEP:-}" ]; then cp -r "$work" "$CONFORMANCE_KEEP"; fi
java "$here/Conformance.java" compare "$work" "$here/known-differences.txt"
