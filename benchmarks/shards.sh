#!/usr/bin/env bash
# Shards: a provider that takes 10 ms per request (benchmarks/shards/server.py), 1,000 interactions,
# each with a state set up and torn down (3,000 requests, 30 s of waiting in series), verified with
# 1 and with 4 containers, alternating. Prints the wall times, the speed-up and whether the verdicts
# are the same. Usage: RUNS=3 N=1000 bash benchmarks/shards.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/benchmarks/shards"
runs=${RUNS:-3}; n=${N:-1000}; shards=${SHARDS:-4}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
image=pactcontainers/bench-slow-provider:latest
docker build -q -t "$image" "$bench" >/dev/null
mkdir -p "$bench/target/pacts"
python3 - "$n" > "$bench/target/pacts/bench-consumer-slow-provider.json" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({"consumer": {"name": "bench-consumer"}, "provider": {"name": "slow-provider"},
  "interactions": [{"description": f"get item {i}", "providerStates": [{"name": f"item {i} exists"}],
                    "request": {"method": "GET", "path": f"/items/{i}"},
                    "response": {"status": 200, "body": {"id": i, "name": f"item {i}"}}} for i in range(n)],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}}))
PY
goal=io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify
run() { # shards -> "seconds passed"
  local t0 t1
  t0=$(date +%s.%N)
  mvn -B -q -f "$bench/pom.xml" "$goal" -Dpact.shards="$1" -Dpact.outputDirectory="$bench/target/out-$1" >/dev/null
  t1=$(date +%s.%N)
  passed=$(python3 -c "import json,sys; r=json.load(open('$bench/target/out-$1/reports/slow-provider.json')); print(sum(i['outcome']=='passed' for p in r['pacts'] for i in p['interactions']))")
  echo "$(echo "$t1 - $t0" | bc) $passed"
}
one=(); many=()
for _ in $(seq 1 "$runs"); do
  read -r t p1 <<<"$(run 1)"; one+=("$t")
  read -r t p4 <<<"$(run "$shards")"; many+=("$t")
done
. "$root/benchmarks/lib.sh"
m1=$(printf '%s\n' "${one[@]}" | median); m4=$(printf '%s\n' "${many[@]}" | median)
echo "| containers | runs (s) | median (s) | passed |"
echo "|---:|---|---:|---:|"
echo "| 1 | ${one[*]} | $m1 | $p1 of $n |"
echo "| $shards | ${many[*]} | $m4 | $p4 of $n |"
echo "speed-up with $shards shards: $(echo "scale=2; $m1 / $m4" | bc)x; verdicts $([ "$p1" = "$p4" ] && echo identical || echo DIFFERENT)"
