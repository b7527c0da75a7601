#!/usr/bin/env bash
# Every test: unit tests, the specification cases, the compatibility suite, the container ITs, the
# invoker builds in src/it, the examples, the differential conformance suite and the fault suite. Sets up Docker and the images first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/docker-up.sh
bash scripts/build-images.sh
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
bash examples/spring-boot-provider/check-renamed-field.sh
echo "== differential conformance against the Rust verifier and pact-jvm"
CONFORMANCE_SKIP_INSTALL=true bash conformance/run.sh
bash faults/run.sh
left=$(docker ps -aq | wc -l)
if [ "$left" -gt 0 ]; then
  echo "test-all: $left container(s) left behind:" >&2
  docker ps -a >&2
  exit 1
fi
