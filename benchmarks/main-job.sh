#!/usr/bin/env bash
# The main job (the Grill Chef image against the Sous Chef's 3 interactions) done five ways,
# alternating, RUNS times each; prints medians of wall time, CPU (user+sys) and peak RSS, our
# plugin's own time (verify minus the same build with -Dpact.skip=true) and the ratios.
#   ours      mvn verify of examples/grill-chef (the container included)
#   skip      the same with -Dpact.skip=true (Maven's start and loading the plugin)
#   validate  mvn validate (Maven's start alone)
#   rust      docker run -d, poll /health every 25 ms, the Rust verifier with state setup and teardown, docker rm -f
#   pactjvm   docker run -d, poll /health every 25 ms, pact-jvm's Maven plugin 4.6.17, docker rm -f
# Usage: RUNS=5 bash benchmarks/main-job.sh   (the Rust verifier comes from conformance/.tools, fetched by npm)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/benchmarks/main-job"
example="$root/examples/grill-chef"
runs=${RUNS:-5}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true} PACT_DO_NOT_TRACK=true
tools="$root/conformance/.tools"; pact_cli="$tools/package/standalone/pact"
if [ ! -x "$pact_cli" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm pack -q @pact-foundation/pact-cli-linux-x64@18.1.2 >/dev/null && tar xzf pact-foundation-pact-cli-linux-x64-18.1.2.tgz)
fi
image=pactcontainers/example-grill-chef:latest
pacts=$(mktemp -d); cp "$example/pacts/sous-chef-grill-chef.json" "$pacts/"
out=$(mktemp -d)
trap 'rm -rf "$pacts" "$out"' EXIT

container() { # starts the image, waits for /health; prints "id port"
  local id port
  id=$(docker run -d -p 127.0.0.1::8000 "$image")
  port=$(docker port "$id" 8000/tcp | head -1 | sed 's/.*://')
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.025; done
  echo "$id $port"
}
rust() {
  read -r id port <<<"$(container)"
  "$pact_cli" verifier --dir "$pacts" --provider-name grill-chef --hostname 127.0.0.1 --port "$port" \
    --state-change-url "http://127.0.0.1:$port/_pact/state" --state-change-teardown >/dev/null 2>&1
  docker rm -f "$id" >/dev/null
}
pactjvm() {
  read -r id port <<<"$(container)"
  mvn -B -o -q -f "$here/pact-jvm-pom.xml" au.com.dius.pact.provider:maven:4.6.17:verify -Dbench.port="$port" \
    -Dbench.pacts="$pacts" >/dev/null 2>&1
  docker rm -f "$id" >/dev/null
}
export -f container rust pactjvm; export pacts here image pact_cli
measure() { # name command... -> appends "wall cpu rss" to $out/name
  local name=$1; shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$out/t" bash -c "$*" >/dev/null 2>&1; then
    echo "main-job: '$*' failed" >&2; exit 1
  fi
  awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024}' "$out/t" >> "$out/$name"
}
pactjvm >/dev/null 2>&1 || true # resolve pact-jvm once, outside the figures
for _ in $(seq 1 "$runs"); do
  measure ours mvn -B -o -q -f "$example/pom.xml" verify
  measure rust rust
  measure skip mvn -B -o -q -f "$example/pom.xml" verify -Dpact.skip=true
  measure pactjvm pactjvm
  measure validate mvn -B -o -q -f "$example/pom.xml" validate
done
. "$root/benchmarks/lib.sh"
col() { awk -v c="$2" '{print $c}' "$out/$1" | median; }
echo "| command | wall (s) | CPU (s) | peak RSS (MiB) | walls |"
echo "|---|---:|---:|---:|---|"
for v in ours skip validate rust pactjvm; do
  echo "| $v | $(col $v 1) | $(col $v 2) | $(col $v 3) | $(awk '{printf "%s ", $1}' "$out/$v")|"
done
own=$(echo "$(col ours 1) - $(col skip 1)" | bc)
echo "our plugin's own time (ours - skip): $own s; the whole docker run + Rust script: $(col rust 1) s; ratio $(echo "scale=2; $own / $(col rust 1)" | bc)x (target <= 1)"
echo "ours / docker run + pact-jvm: $(echo "scale=2; $(col ours 1) / $(col pactjvm 1)" | bc)x (target < 1)"
