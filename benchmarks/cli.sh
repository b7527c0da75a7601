#!/usr/bin/env bash
# The command line as the main job (issue 32 item 4): the Grill Chef image against its two pacts
# (examples/grill-chef/pacts, 5 interactions), whole processes, runs alternated, RUNS each; prints
# medians of wall time and CPU (user+sys of the client process: the verifier's own CPU inside the
# image is the engine's and is not counted), the ratios to the Rust script, and where the image's
# and the distribution's time goes (--timings).
#   image     docker run --rm of pactcontainers/verifier verify (socket mounted, the example as /project;
#             the image's Java 25 with its ahead-of-time cache)
#   rust      docker run -d of the provider, poll /health every 25 ms, the Rust verifier with state
#             set-up and teardown, docker rm -f (as main-job.sh's rust, on the same 5 interactions)
#   dist      the distribution's bin/pact-testcontainers verify, as unpacked (no CDS archive)
#   dist-cds  the same after one training run made its lib/pact-testcontainers.jsa (README), on the
#             machine's java (17 here)
#   image-host  the same with --network host (Linux): no network of its own for the verifier's container
#   floor     docker run --rm pactcontainers/verifier --version: a container and a JVM, no verification
# Targets: image <= 1.6x rust, distribution <= 1.3x rust.
# Usage: RUNS=7 bash benchmarks/cli.sh   (needs the distribution built, the verifier image and the
# example images: mvn -B install -DskipTests && bash scripts/build-images.sh). Don't run it beside
# builds: figures from a loaded machine say little.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
example="$root/examples/grill-chef"
runs=${RUNS:-7}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true} PACT_DO_NOT_TRACK=true
tools="$root/conformance/.tools"; pact_cli="$tools/package/standalone/pact"
if [ ! -x "$pact_cli" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm pack -q @pact-foundation/pact-cli-linux-x64@18.1.2 >/dev/null && tar xzf pact-foundation-pact-cli-linux-x64-18.1.2.tgz)
fi
image=pactcontainers/example-grill-chef:latest
docker image inspect pactcontainers/verifier >/dev/null
out=$(mktemp -d) work=$(mktemp -d)
trap 'rm -rf "$out" "$work"' EXIT
tar -xzf "$(ls "$root"/pact-testcontainers-cli/target/pact-testcontainers-*.tar.gz | head -n 1)" -C "$work"
mv "$work"/pact-testcontainers-*/ "$work/dist"
cp -r "$work/dist" "$work/dist-cds"
# The training run the README gives for the distribution (any verification does; the same one here).
JAVA_OPTS="-XX:ArchiveClassesAtExit=$work/dist-cds/lib/pact-testcontainers.jsa" \
  "$work/dist-cds/bin/pact-testcontainers" verify --image "$image" --port 8000 --wait-path /health \
  -s /_pact/state -n grill-chef -d "$example/pacts" -o "$work/training" >/dev/null 2>&1

image() {
  docker run --rm ${NETWORK:-} -v /var/run/docker.sock:/var/run/docker.sock -v "$example:/project:ro" -w /project \
    -e TESTCONTAINERS_RYUK_DISABLED pactcontainers/verifier verify --image "$image" --port 8000 \
    --wait-path /health -s /_pact/state -n grill-chef -d pacts -o /tmp/pact "$@"
}
image-host() { NETWORK="--network host" image "$@"; }
floor() { docker run --rm pactcontainers/verifier --version; }
distribution() { # FOLDER [OPTION...]
  local folder=$1
  shift
  "$work/$folder/bin/pact-testcontainers" verify --image "$image" --port 8000 --wait-path /health \
    -s /_pact/state -n grill-chef -d "$example/pacts" -o "$work/reports" "$@"
}
dist() { distribution dist "$@"; }
dist-cds() { distribution dist-cds "$@"; }
# The Rust verifier fails the article's pact (2 of the 5 interactions: it sends its bodies without a
# Content-Type, so the Grill Chef answers 400); it still makes every call, so its exit status is not
# taken, as in main-job.sh; its verdicts are printed once below.
rust() {
  local id port
  id=$(docker run -d -p 127.0.0.1::8000 "$image")
  port=$(docker port "$id" 8000/tcp | head -1 | sed 's/.*://')
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.025; done
  "$pact_cli" verifier --dir "$example/pacts" --provider-name grill-chef --hostname 127.0.0.1 --port "$port" \
    --state-change-url "http://127.0.0.1:$port/_pact/state" --state-change-teardown || true
  docker rm -f "$id" >/dev/null
}
export -f image image-host floor distribution dist dist-cds rust
export example image work pact_cli
measure() { # name -> appends "wall cpu" to $out/name; a failed run stops the benchmark
  if ! /usr/bin/time -f "%e %U %S" -o "$out/t" bash -c "$1" >"$out/$1.log" 2>&1; then
    cat "$out/$1.log" >&2
    echo "cli bench: $1 failed" >&2
    exit 1
  fi
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$out/t" >> "$out/$1"
}
# Once, outside the figures: every way verifies the 5 interactions (the Rust verifier's summary too).
for way in image dist dist-cds rust; do measure "$way"; done
for way in image dist dist-cds; do
  echo "$way: $(grep -h 'Pact verification of' "$out/$way.log")" >&2
done
echo "rust: $(grep -c '(.*OK.*)' "$out/rust.log") checks OK, $(grep -h 'There w' "$out/rust.log" | sed 's/\x1b\[[0-9;]*m//g')" >&2
rm -f "$out"/image "$out"/dist "$out"/dist-cds "$out"/rust
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq 1 "$runs"); do
  for way in image rust image-host dist dist-cds floor; do measure "$way"; done
done
. "$root/benchmarks/lib.sh"
col() { awk -v c="$2" '{print $c}' "$out/$1" | median; }
echo "$runs runs each, alternated; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "| way | wall (s) | CPU of the client (s) | walls |"
echo "|---|---:|---:|---|"
for way in image image-host rust dist dist-cds floor; do
  echo "| $way | $(col "$way" 1) | $(col "$way" 2) | $(awk '{printf "%s ", $1}' "$out/$way")|"
done
ratio() { echo "scale=2; $(col "$1" 1) / $(col rust 1)" | bc; }
echo "image / rust: $(ratio image)x, image-host / rust: $(ratio image-host)x (target <= 1.6); dist / rust: $(ratio dist)x, dist-cds / rust: $(ratio dist-cds)x (target <= 1.3)"
echo "== where the time goes (--timings), one run each"
for way in image dist-cds; do
  echo "-- $way"
  bash -c "$way --timings" 2>&1 | sed -n '/^Timings/,$p'
done
