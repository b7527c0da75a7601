#!/usr/bin/env bash
# The container path: how long from `mvn verify` to the first replayed request, against how long the
# same image takes from `docker run` to answering (polled every 10 ms). The provider logs epoch ms.
#   RUNS=5 bash benchmarks/container-path.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/benchmarks"
runs=${RUNS:-5}
image=pactcontainers/bench-timed-provider:latest
bash "$root/scripts/docker-up.sh"
bash "$root/scripts/build-images.sh"
docker image inspect "$image" >/dev/null 2>&1 || docker build -q -t "$image" "$bench/container" >/dev/null
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
(cd "$root" && mvn -B -q install -DskipTests)
now() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > /tmp/cp.docker; : > /tmp/cp.ours; : > /tmp/cp.poll
for _ in $(seq 1 "$runs"); do
  t0=$(now)
  id=$(docker run -d -p 127.0.0.1::8000 "$image")
  port=$(docker port "$id" 8000 | head -1 | sed 's/.*://')
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.01; done
  echo $(( $(now) - t0 )) >> /tmp/cp.docker
  docker rm -f "$id" >/dev/null

  t0=$(now)
  mvn -B -q -f "$bench/container/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify >/dev/null
  log="$bench/container/target/pact/logs/timed-provider.log"
  first=$(awk '$1 == "REQ" && $3 == "/items/1" {print $2; exit}' "$log")
  listening=$(awk '$1 == "LISTENING" {print $2; exit}' "$log")
  ready=$(awk '$1 == "REQ" && $3 == "/health" {print $2; exit}' "$log")
  echo $(( first - t0 )) >> /tmp/cp.ours
  echo $(( ready - listening )) >> /tmp/cp.poll
done
d=$(median < /tmp/cp.docker); o=$(median < /tmp/cp.ours); p=$(median < /tmp/cp.poll)
echo "docker run to first answer:            ${d} ms (median of $runs)"
echo "mvn verify to first replayed request:  ${o} ms"
echo "beyond the container's own readiness:  $(( o - d )) ms (target: 500)"
echo "listening to our first readiness probe: ${p} ms (target: 50)"
