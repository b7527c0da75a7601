#!/usr/bin/env bash
# The command line as a non-Java team gets it: the distribution (.tar.gz) unpacked, then
# bin/pact-testcontainers verifies examples/grill-chef with options and examples/menu-board with a
# pact-verify.yml translated one to one from its POM; each example's verdicts, interaction by
# interaction, are the plugin's (its report from `mvn verify` of the example, which test-all runs
# first). Reports go to examples/*/target/pact-cli, where check-image.sh compares the image's with
# them. Needs the module built (mvn install or package: target/pact-testcontainers-*.tar.gz), Docker
# and the example images (test-all does it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
archive=$(ls "$root"/pact-testcontainers-cli/target/pact-testcontainers-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
cli=$(ls -d "$work"/pact-testcontainers-*/)bin/pact-testcontainers
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}

expect() { # WHAT STATUS OUTPUT-FILE TEXT
  local status=$2 log=$3 text=$4
  if [ "$status" != 0 ] || ! grep -qF -- "$text" "$log"; then
    cat "$log" >&2
    echo "check-cli: $1: exit status $status, expected 0 and '$text'" >&2
    exit 1
  fi
  echo "check-cli: $1: ok"
}

echo "== the command line's distribution: $(basename "$archive")"
mkdir -p "$work/grill-chef"
rm -rf "$root"/examples/grill-chef/target/pact-cli "$root"/examples/menu-board/target/pact-cli
status=0
(cd "$work/grill-chef" && "$cli" verify --image pactcontainers/example-grill-chef:latest --port 8000 \
  --wait-path /health -s /_pact/state -n grill-chef -d "$root/examples/grill-chef/pacts" \
  -o "$root/examples/grill-chef/target/pact-cli") \
  > "$work/grill-chef.log" 2>&1 || status=$?
expect "examples/grill-chef with options" "$status" "$work/grill-chef.log" \
  'Pact verification of "grill-chef": 5 passed, 0 failed, 0 errored'

mkdir -p "$work/menu-board"
cat > "$work/menu-board/pact-verify.yml" <<YAML
# examples/menu-board/pom.xml's <configuration>, key for key
providerName: menu-board
pactDirectory: $root/examples/menu-board/pacts
provider:
  image: pactcontainers/example-menu-board:latest
  port: 3000
  waitFor:
    logMessage: .*listening on 3000.*
stateChangeUrl: /_pact/state
YAML
status=0
(cd "$work/menu-board" && "$cli" verify --config pact-verify.yml -o "$root/examples/menu-board/target/pact-cli") \
  > "$work/menu-board.log" 2>&1 || status=$?
expect "examples/menu-board from pact-verify.yml" "$status" "$work/menu-board.log" \
  'Pact verification of "menu-board":'
for example in grill-chef menu-board; do
  python3 "$root/scripts/same-verdicts.py" "examples/$example" \
    "plugin=$root/examples/$example/target/pact/reports/$example.json" \
    "distribution=$root/examples/$example/target/pact-cli/reports/$example.json"
done
