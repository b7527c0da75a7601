#!/usr/bin/env bash
# Every test: unit tests, the specification cases, the compatibility suite, the container ITs, the
# invoker builds in src/it, the examples (with the plugin, the command line and its Docker image), the differential conformance suite and the fault suite. Sets up Docker and the images first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/docker-up.sh
# What was on the engine before: it may be shared with another build, whose containers are not ours.
before=$(docker ps -aq --no-trunc | sort)
# The verifier's image is built by check-image.sh, from the distribution this run's mvn install makes.
PACT_SKIP_VERIFIER_IMAGE=true bash scripts/build-images.sh
# The HTML report is checked in a real browser (HtmlReportBrowserIT): Debian's chromium and its driver.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "test-all: installing chromium and chromium-driver" >&2
  apt-get install -y -q chromium chromium-driver >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }
fi
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
mvn -B install -Prun-its "$@"
for example in examples/*/pom.xml; do
  echo "== example $(dirname "$example")"
  mvn -B -f "$example" verify
done
# The command line's distribution on the same examples, as a team without Maven runs it, then the
# Docker image (built here from that distribution) on them and on a Python message provider.
bash scripts/check-cli.sh
bash scripts/check-image.sh
bash scripts/check-boms.sh
bash scripts/check-both-ways.sh examples/grill-chef-junit5 grill-chef
# Before check-renamed-field, which verifies a renamed field into the same report folder.
bash scripts/check-both-ways.sh examples/spring-boot-provider product-service
bash examples/spring-boot-provider/check-renamed-field.sh
echo "== the plugin's help goal and documentation site"
help=$(mvn -B io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:help -Ddetail -Dgoal=verify)
for expected in 'pact:verify' 'failFast (Default: false)' 'User property: pact.failFast' 'User property: pact.lastFailed'; do
  grep -qF -- "$expected" <<< "$help" || { echo "test-all: the help goal does not show '$expected'" >&2; exit 1; }
done
mvn -B -q site -pl pact-maven-plugin -DskipTests -Dinvoker.skip=true
for page in plugin-info verify-mojo can-i-deploy-mojo record-undeployment-mojo create-or-update-version-mojo help-mojo; do
  [ -s "pact-maven-plugin/target/site/$page.html" ] || { echo "test-all: the site has no $page.html" >&2; exit 1; }
done
grep -q 'pact.lastFailed' pact-maven-plugin/target/site/verify-mojo.html || { echo "test-all: verify-mojo.html lacks pact.lastFailed" >&2; exit 1; }
echo "help goal and site: ok"
bash scripts/release-check.sh
echo "== differential conformance against the Rust verifier and pact-jvm"
CONFORMANCE_SKIP_INSTALL=true bash conformance/run.sh
bash faults/run.sh
# Left behind: containers new since the start, but not those of a verifier still running (another
# build's, by the pid it labels them with; every run this script started has ended).
left=()
for id in $(comm -13 <(echo "$before") <(docker ps -aq --no-trunc | sort)); do
  pid=$(docker inspect -f '{{index .Config.Labels "io.pactcontainers.pid"}}' "$id" 2>/dev/null) || continue
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then continue; fi
  left+=("$id")
done
if [ "${#left[@]}" -gt 0 ]; then
  echo "test-all: ${#left[@]} container(s) left behind:" >&2
  docker ps -a --no-trunc | grep -F -f <(printf '%s\n' "${left[@]}") >&2
  exit 1
fi
