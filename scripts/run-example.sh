#!/usr/bin/env bash
# The main job on a fresh machine: start Docker if needed, build the images offline, install the
# plugin, and verify the Grill Chef provider container against the Sous Chef's pact. Another example
# by its folder's name: `bash scripts/run-example.sh spring-boot-provider` (further arguments go to
# Maven).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/docker-up.sh
# The main job needs the provider's images, not the verifier's own (bash scripts/build-images.sh builds it).
PACT_SKIP_VERIFIER_IMAGE=true bash scripts/build-images.sh
# No registry is reachable here, so Ryuk (Testcontainers' reaper) cannot be pulled; the verifier
# removes what it starts itself.
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
example=grill-chef
if [ $# -gt 0 ] && [ -f "examples/$1/pom.xml" ]; then
  example=$1
  shift
fi
# The JUnit 5 module only when the example uses it: the main job installs what it runs.
modules=(-pl pact-maven-plugin -am)
if grep -q '<artifactId>pact-junit5</artifactId>' "examples/$example/pom.xml"; then
  modules=()
fi
mvn -B -q install -DskipTests "${modules[@]}"
mvn -B -f "examples/$example/pom.xml" verify "$@"
