#!/usr/bin/env bash
# The nightly matrix (examples/nightly: 4 Grill Chef images x 6 consumer versions, <parallelism>4)
# against its slowest single cell run alone (the verify goal, container start included), alternating.
# Target: the matrix in less than 1.5x that cell. Usage: RUNS=5 bash benchmarks/matrix.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
nightly="$root/examples/nightly"
runs=${RUNS:-5}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
plugin=io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT
secs() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
matrix=(); cell=()
for _ in $(seq 1 "$runs"); do
  matrix+=("$(secs mvn -B -o -q -f "$nightly/pom.xml" verify)")
  # the slowest cell: the newest image against the pact it breaks (its failure report is the most work)
  cell+=("$(secs mvn -B -o -q -f "$nightly/pom.xml" "$plugin:verify" -Dpact.provider.image=pactcontainers/example-grill-chef:2.0 \
    -Dpact.files="$nightly/pacts/sous-chef-1.0.0.json" -Dpact.outputDirectory="$nightly/target/one-cell")")
done
. "$root/benchmarks/lib.sh"
m=$(printf '%s\n' "${matrix[@]}" | median); c=$(printf '%s\n' "${cell[@]}" | median)
echo "| run | wall (s), $runs runs | median (s) |"
echo "|---|---|---:|"
echo "| matrix, 4 images x 6 consumer versions, parallelism 4 | ${matrix[*]} | $m |"
echo "| slowest single cell (verify goal, container start included) | ${cell[*]} | $c |"
echo "matrix / single cell: $(echo "scale=2; $m / $c" | bc)x (target < 1.5x)"
