#!/usr/bin/env bash
# The verifier's Docker image as a Python or Node team runs it: the socket mounted, the project as
# /project, --user the caller (with the socket's group). Builds pactcontainers/verifier first when
# the distribution changed (scripts/images/verifier/build.sh), then:
#   - examples/grill-chef and examples/menu-board through the image, their verdicts interaction by
#     interaction the same as the plugin's and the distribution's (test-all runs `mvn verify` of each
#     example and check-cli.sh before this);
#   - examples/ticket-printer, a Python message provider with no POM, only through the image, as a
#     user other than root where we are root: its reports land in the project, owned by that user;
#   - a broken contract through the image exits 1 naming the interaction; a missing provider image
#     exits 2 with one ERROR line and no stack trace;
#   - nothing is left: no container of the image, no container or network of these runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/images/verifier/build.sh"
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
socket=/var/run/docker.sock
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# This check's own containers: the verifier's carry a label, the providers' the verifier's host name.
check=check-image-$$

verifier() { # PROJECT-DIR USER VERIFY-ARGS...: the README's docker run line
  local project=$1 user=$2
  shift 2
  docker run --rm -v "$socket:/var/run/docker.sock" -v "$project:/project" -w /project \
    --user "$user" --group-add "$(stat -c %g "$socket")" -e TESTCONTAINERS_RYUK_DISABLED \
    --label "io.pactcontainers.check=$check" --hostname "$check" \
    pactcontainers/verifier verify "$@"
}
fail() { # LOG MESSAGE
  cat "$1" >&2
  echo "check-image: $2" >&2
  exit 1
}
run() { # NAME EXPECTED-STATUS TEXT PROJECT-DIR USER VERIFY-ARGS...: the status and the text, or fail
  local name=$1 expected=$2 text=$3 status=0
  shift 3
  verifier "$@" > "$work/$name.log" 2>&1 || status=$?
  [ "$status" = "$expected" ] || fail "$work/$name.log" "$name: exit status $status, expected $expected"
  grep -qF -- "$text" "$work/$name.log" || fail "$work/$name.log" "$name: the output lacks '$text'"
  echo "check-image: $name: exit status $status, '$text'"
}

echo "== the verifier's image: $(docker image inspect -f '{{.Id}}' pactcontainers/verifier | cut -c8-19)"
me="$(id -u):$(id -g)"
rm -rf "$root"/examples/grill-chef/target/pact-image "$root"/examples/menu-board/target/pact-image
run grill-chef 0 'Pact verification of "grill-chef": 5 passed, 0 failed, 0 errored' "$root/examples/grill-chef" "$me" \
  --image pactcontainers/example-grill-chef:latest --port 8000 --wait-path /health -s /_pact/state \
  -n grill-chef -d pacts -o target/pact-image
run menu-board 0 'Pact verification of "menu-board": 2 passed, 0 failed, 0 errored' "$root/examples/menu-board" "$me" \
  --image pactcontainers/example-menu-board:latest --port 3000 --wait-log '.*listening on 3000.*' \
  -s /_pact/state -n menu-board -d pacts -o target/pact-image
for example in grill-chef menu-board; do
  python3 "$root/scripts/same-verdicts.py" "examples/$example" \
    "plugin=$root/examples/$example/target/pact/reports/$example.json" \
    "distribution=$root/examples/$example/target/pact-cli/reports/$example.json" \
    "image=$root/examples/$example/target/pact-image/reports/$example.json"
done

# The Python team's project: a copy of the example (its folder holds no POM), owned by its user.
[ ! -e "$root/examples/ticket-printer/pom.xml" ] || { echo "check-image: examples/ticket-printer has a POM" >&2; exit 1; }
project="$work/ticket-printer"
cp -r "$root/examples/ticket-printer" "$project"
user=$me
if [ "$(id -u)" = 0 ]; then user=4321:4321; fi
chown -R "$user" "$project"
run ticket-printer 0 'Pact verification of "ticket-printer": 2 passed, 0 failed, 0 errored' "$project" "$user" \
  --image pactcontainers/example-ticket-printer:latest --port 8000 --wait-path /health \
  -s /_pact/state --message-url /_pact/message -n ticket-printer -d pacts
python3 "$root/scripts/same-verdicts.py" examples/ticket-printer "image=$project/target/pact/reports/ticket-printer.json"
owners=$(find "$project/target" -printf '%U:%G %p\n' | grep -v "^$user " || true)
[ -z "$owners" ] || { echo "check-image: reports not owned by $user:"$'\n'"$owners" >&2; exit 1; }
echo "check-image: ticket-printer: $(find "$project/target" -type f | wc -l) files under target/, all owned by $user"

# A broken contract: the consumer now expects the voided ticket's reason as a number.
mkdir -p "$work/broken/pacts"
python3 - "$root/examples/ticket-printer/pacts/expo-screen-ticket-printer.json" "$work/broken/pacts/broken.json" <<'PY'
import json, sys
pact = json.load(open(sys.argv[1]))
voided = next(m for m in pact["messages"] if m["description"] == "a ticket was voided")
voided["contents"]["reason"] = 42
json.dump(pact, open(sys.argv[2], "w"))
PY
# The summary's line: the console's own shows [2/2] only once a run is 2 s old.
run broken-contract 1 'FAILED #1 "a ticket was voided" given "an order for a table is open"' "$work/broken" "$me" \
  --image pactcontainers/example-ticket-printer:latest --port 8000 --wait-path /health \
  -s /_pact/state --message-url /_pact/message -n ticket-printer -d pacts -o /tmp/pact
run missing-image 2 'ERROR: Image not found locally and could not be pulled: pactcontainers/example-no-such-provider:1.0' \
  "$work/broken" "$me" --image pactcontainers/example-no-such-provider:1.0 --port 8000 -n ticket-printer -d pacts -o /tmp/pact
errors=$(grep -c 'ERROR' "$work/missing-image.log" || true)
if [ "$errors" != 1 ] || grep -q '^\s*at [a-z]' "$work/missing-image.log"; then
  fail "$work/missing-image.log" "missing-image: expected one ERROR line and no stack trace"
fi

# Nothing left: the verifier's containers went with --rm, the providers' and networks with the verifier.
left=$( (docker ps -aq --filter "label=io.pactcontainers.check=$check"
  docker ps -aq --filter "label=io.pactcontainers.host=$check"
  docker network ls -q --filter "label=io.pactcontainers.host=$check") | wc -l)
[ "$left" = 0 ] || { echo "check-image: $left container(s) or network(s) left behind" >&2; exit 1; }
echo "check-image: nothing left behind (containers and networks of these runs: 0)"
