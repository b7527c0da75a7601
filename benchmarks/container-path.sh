#!/usr/bin/env bash
# The container path: how long from `mvn verify` to the first replayed request, against how long the
# same image takes from `docker run` to answering (polled every 10 ms). The provider logs epoch ms.
# Also measured, to split the total: Maven alone (an empty project's `mvn validate`) and Maven with
# the plugin loaded but skipping (-Dpact.skip=true); what remains is the verifier's own work.
#   RUNS=7 bash benchmarks/container-path.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/benchmarks"
runs=${RUNS:-7}
image=pactcontainers/bench-timed-provider:latest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$root/scripts/docker-up.sh"
bash "$root/scripts/build-images.sh"
docker image inspect "$image" >/dev/null 2>&1 || docker build -q -t "$image" "$bench/container" >/dev/null
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
(cd "$root" && mvn -B -q install -DskipTests)
cat > "$work/pom.xml" <<'POM'
<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>empty</artifactId>
<version>1</version><packaging>pom</packaging></project>
POM
now() { date +%s%3N; }
. "$root/benchmarks/lib.sh"
goal=io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify
for f in docker dockerlag running ours poll known maven skip; do : > "$work/$f"; done
for _ in $(seq 1 "$runs"); do
  t0=$(now)
  id=$(docker run -d -p 127.0.0.1::8000 "$image")
  returned=$(now)
  port=$(docker port "$id" 8000 | head -1 | sed 's/.*://')
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.01; done
  echo $(( $(now) - t0 )) >> "$work/docker"
  # How long after the provider listens Docker's start call returns: no client can know earlier.
  echo $(( returned - $(docker logs "$id" | awk '$1 == "LISTENING" {print $2; exit}') )) >> "$work/dockerlag"
  # The same verification against the container already running: what starting it ourselves adds.
  t0=$(now)
  mvn -B -q -f "$bench/container/pom.xml" "$goal" -Dpact.provider.baseUrl="http://127.0.0.1:$port" >/dev/null
  echo $(( $(docker logs "$id" | awk -v t="$t0" '$1 == "REQ" && $3 == "/items/1" && $2 >= t {print $2; exit}') - t0 )) >> "$work/running"
  docker rm -f "$id" >/dev/null

  t0=$(now)
  mvn -B -q -f "$bench/container/pom.xml" "$goal" -Dorg.slf4j.simpleLogger.log.io.pactcontainers=debug > "$work/verify.log"
  # When Docker showed the container started with its port mapped: no poll can reach it earlier.
  started=$(sed -n 's/.*Provider port mapped at \([0-9]*\),.*/\1/p' "$work/verify.log" | head -1)
  log="$bench/container/target/pact/logs/timed-provider.log"
  first=$(awk '$1 == "REQ" && $3 == "/items/1" {print $2; exit}' "$log")
  listening=$(awk '$1 == "LISTENING" {print $2; exit}' "$log")
  ready=$(awk '$1 == "REQ" && $3 == "/health" {print $2; exit}' "$log")
  echo $(( first - t0 )) >> "$work/ours"
  echo $(( ready - listening )) >> "$work/poll"
  echo $(( ready - (listening > started ? listening : started) )) >> "$work/known"

  t0=$(now); mvn -B -q -o -f "$work/pom.xml" validate >/dev/null; echo $(( $(now) - t0 )) >> "$work/maven"
  t0=$(now); mvn -B -q -f "$bench/container/pom.xml" "$goal" -Dpact.skip=true >/dev/null; echo $(( $(now) - t0 )) >> "$work/skip"
done
d=$(median < "$work/docker"); o=$(median < "$work/ours"); p=$(median < "$work/poll")
k=$(median < "$work/known"); m=$(median < "$work/maven"); s=$(median < "$work/skip")
echo "medians of $runs runs, ms"
echo "docker run to first answer:                      $d"
echo "mvn verify to first replayed request:            $o   (beyond the container: $(( o - d )))"
echo "  against the container already running:        $(median < "$work/running")   (so starting it costs $(( o - $(median < "$work/running") )), the container itself $d)"
echo "  Maven alone (empty project, mvn validate):     $m"
echo "  Maven + loading the plugin (-Dpact.skip=true): $s"
echo "  the verifier's own work to the first request:  $(( o - s ))   (beyond the container: $(( o - s - d )); target 500)"
echo "listening to our first readiness probe:          $p   (all runs: $(sort -n "$work/poll" | tr '\n' ' '))"
echo "  listening to docker run -d returning (same image): $(median < "$work/dockerlag")   (all runs: $(sort -n "$work/dockerlag" | tr '\n' ' '))"
echo "  listening and started (Docker inspect shows the port mapped)"
echo "  to our first readiness probe:                  $k   (target 50; all runs: $(sort -n "$work/known" | tr '\n' ' '))"
