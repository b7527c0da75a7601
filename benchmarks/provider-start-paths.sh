#!/usr/bin/env bash
# The provider's life cycle in a fresh JVM, the product's way (Testcontainers, through the library)
# and straight on Docker's Engine API, alternating, RUNS times each, with the example's JVM flags;
# prints each run and the medians (ms from main(), and the whole java process's wall time).
# Needs Docker, the example image (scripts/build-images.sh) and the library built (mvn install).
# Usage: RUNS=7 bash benchmarks/provider-start-paths.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-7}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
classes=$(mktemp -d); out=$(mktemp)
trap 'rm -rf "$classes" "$out"' EXIT
# The library and its dependencies (the plugin's jar needs Maven's classes for its logging).
mvn -B -q -o -f "$root/pact-testcontainers/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classes/cp.txt" >/dev/null
jar="$(ls "$root"/pact-testcontainers/target/pact-testcontainers-*.jar | grep -v -e sources -e javadoc -e tests | head -1):$(cat "$classes/cp.txt")"
javac -d "$classes" -cp "$jar" "$root/benchmarks/ProviderStartPaths.java"
flags=$(cat "$root/examples/grill-chef/.mvn/jvm.config")
image=pactcontainers/example-grill-chef:latest
for _ in $(seq 1 "$runs"); do
  for path in testcontainers engine-api; do
    line=$( { /usr/bin/time -f "wall=%e" java $flags -cp "$classes:$jar" ProviderStartPaths "$path" "$image" 8000; } 2>&1 | grep -E "docker=|wall=" | tr '\n' ' ')
    echo "$line" | tee -a "$out"
  done
done
. "$root/benchmarks/lib.sh"
for path in testcontainers engine-api; do
  field() { grep "^$path " "$out" | sed -E "s/.*$1=([0-9.]+).*/\1/" | median; }
  echo "$path (medians): Docker answered $(field docker) ms, provider answered $(field ready) ms, container removed $(field removed) ms; java process $(field wall) s"
done
