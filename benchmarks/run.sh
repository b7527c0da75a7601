#!/usr/bin/env bash
# Benchmarks pact-testcontainers against pact-jvm's Maven plugin 4.6.17 and the Rust verifier
# (pact-cli 18.1.2): same host provider, state setup and teardown on every interaction, whole
# process timed (mvn included), runs alternated, median of BENCH_RUNS. Prints one table.
#   BENCH_SIZES="10 100 1000" BENCH_RUNS=3 bash benchmarks/run.sh
# Ours alone at more sizes (how the cost per interaction scales), after the comparison:
#   BENCH_SIZES="" BENCH_OURS_SIZES="10 100 1000 10000" bash benchmarks/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/benchmarks"
work=$(mktemp -d)
trap 'kill $provider_pid 2>/dev/null || true; rm -rf "$work"' EXIT
sizes=${BENCH_SIZES-"10 100 1000"}
ours_sizes=${BENCH_OURS_SIZES:-}
runs=${BENCH_RUNS:-3}
port=${BENCH_PORT:-18080}
export PACT_DO_NOT_TRACK=true

command -v /usr/bin/time >/dev/null 2>&1 && /usr/bin/time -f %e true 2>/dev/null || {
  apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }

echo "== setting up: our plugin, pact-jvm's plugin, the Rust verifier" >&2
(cd "$root" && mvn -B -q install -DskipTests)
tools="$bench/.tools"
pact_cli="$tools/package/standalone/pact"
if [ ! -x "$pact_cli" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm pack -q @pact-foundation/pact-cli-linux-x64@18.1.2 >/dev/null && tar xzf pact-foundation-pact-cli-linux-x64-18.1.2.tgz)
fi
mvn -B -q -f "$bench/pact-jvm/pom.xml" dependency:resolve-plugins >/dev/null 2>&1 || true

java "$bench/HostProvider.java" "$port" > "$work/provider.log" 2>&1 &
provider_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/items/1" >/dev/null && break; sleep 0.1; done

# command NAME DIR: the verifier's whole command line (mvn execs java, so time sees the JVM itself)
command_of() {
  case $1 in
    ours) echo mvn -B -q -f "$bench/ours/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify \
      -Dbench.port="$port" -Dbench.pacts="$2" -Dpact.outputDirectory="$work/out" ;;
    pactjvm) echo mvn -B -q -f "$bench/pact-jvm/pom.xml" au.com.dius.pact.provider:maven:4.6.17:verify \
      -Dbench.port="$port" -Dbench.pacts="$2" ;;
    rust) echo "$pact_cli" verifier --file "$2/bench-consumer-bench-provider.json" --hostname 127.0.0.1 --port "$port" \
      --state-change-url "http://127.0.0.1:$port/_pact/state" --state-change-teardown --loglevel error ;;
  esac
}

# measure NAME DIR: prints "seconds maxrss_kb exit"
measure() {
  local name=$1 dir=$2 rc=0
  # shellcheck disable=SC2046
  /usr/bin/time -f "%e %M" -o "$work/time" $(command_of "$name" "$dir") > "$work/$name.log" 2>&1 || rc=$?
  echo "$(tail -1 "$work/time") $rc"
}
. "$root/benchmarks/lib.sh"

echo "== verdicts on a pact where 1 interaction in 10 is broken (all must fail) and on a good one (all must pass)" >&2
java "$bench/GeneratePacts.java" "$work/broken" 20 broken
java "$bench/GeneratePacts.java" "$work/good" 20
verdicts_ok=true
for v in ours pactjvm rust; do
  b=$(measure $v "$work/broken" | awk '{print $3}')
  g=$(measure $v "$work/good" | awk '{print $3}')
  echo "  $v: broken pact exit $b, good pact exit $g" >&2
  if [ "$b" = 0 ] || [ "$g" != 0 ]; then verdicts_ok=false; fi
done

if [ -n "$sizes" ]; then
  printf '\n| interactions | ours (s) | pact-jvm (s) | Rust (s) | ours RSS (MiB) | pact-jvm RSS (MiB) | Rust RSS (MiB) | pact-jvm / ours | Rust / ours |\n'
  printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
fi
for n in $sizes; do
  dir="$work/pacts-$n"
  java "$bench/GeneratePacts.java" "$dir" "$n"
  : > "$work/ours.t"; : > "$work/pactjvm.t"; : > "$work/rust.t"
  : > "$work/ours.m"; : > "$work/pactjvm.m"; : > "$work/rust.m"
  for r in $(seq 1 "$runs"); do
    # alternate the order so no verifier always runs on a warmer machine
    order="ours pactjvm rust"; [ $((r % 2)) = 0 ] && order="rust pactjvm ours"
    for v in $order; do
      read -r t m rc < <(measure $v "$dir")
      if [ "$rc" != 0 ]; then echo "$v failed on $n interactions (exit $rc); see below" >&2; tail -20 "$work/$v.log" >&2; exit 1; fi
      echo "$t" >> "$work/$v.t"; echo "$m" >> "$work/$v.m"
    done
  done
  to=$(median < "$work/ours.t"); tj=$(median < "$work/pactjvm.t"); tr=$(median < "$work/rust.t")
  mo=$(median < "$work/ours.m"); mj=$(median < "$work/pactjvm.m"); mr=$(median < "$work/rust.m")
  printf '| %s | %s | %s | %s | %d | %d | %d | %.1fx | %.1fx |\n' "$n" "$to" "$tj" "$tr" $((mo / 1024)) $((mj / 1024)) $((mr / 1024)) \
    "$(echo "$tj / $to" | bc -l)" "$(echo "$tr / $to" | bc -l)"
done

if [ -n "$ours_sizes" ]; then
  printf '\n| interactions | ours (s) | ours RSS (MiB) | ms per interaction from the previous size |\n'
  printf '|---:|---:|---:|---:|\n'
  prev_n=""; prev_t=""
  for n in $ours_sizes; do
    dir="$work/pacts-$n"
    [ -d "$dir" ] || java "$bench/GeneratePacts.java" "$dir" "$n"
    : > "$work/ours.t"; : > "$work/ours.m"
    for _ in $(seq 1 "$runs"); do
      read -r t m rc < <(measure ours "$dir")
      if [ "$rc" != 0 ]; then echo "ours failed on $n interactions (exit $rc)" >&2; tail -20 "$work/ours.log" >&2; exit 1; fi
      echo "$t" >> "$work/ours.t"; echo "$m" >> "$work/ours.m"
    done
    t=$(median < "$work/ours.t"); m=$(median < "$work/ours.m")
    per="-"; [ -n "$prev_n" ] && per=$(printf '%.2f' "$(echo "($t - $prev_t) * 1000 / ($n - $prev_n)" | bc -l)")
    printf '| %s | %s | %d | %s |\n' "$n" "$t" $((m / 1024)) "$per"
    prev_n=$n; prev_t=$t
  done
fi
echo
if $verdicts_ok; then echo "verdicts: all three verifiers agree (broken pact fails, good pact passes)"; else echo "verdicts: DISAGREE"; exit 1; fi
