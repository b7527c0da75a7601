#!/usr/bin/env bash
# Writes the list of classes the verify goal loads on the main job, in the order it loads them, for
# the plugin's ClassPreloader (pact-maven-plugin/src/main/resources/META-INF/pact-maven-plugin/
# preload-classes.txt). Run it after changing dependencies; ClassPreloaderTest fails when a listed
# class is gone. Needs Docker and the example's image (scripts/build-images.sh) and the plugin installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
MAVEN_OPTS="-Xlog:class+load:file=$log" mvn -B -o -q -f "$root/examples/grill-chef/pom.xml" verify >/dev/null
out="$root/pact-maven-plugin/src/main/resources/META-INF/pact-maven-plugin/preload-classes.txt"
# From the goal's start on: the plugin jar's classes and the JDK's that are not in its CDS archive.
# Lambdas and hidden classes cannot be named; the shaded SLF4J is named as relocated.
awk '/ io\.pactcontainers\.maven\.VerifyMojo source:/ {on = 1}
     on && ($4 ~ /pact-maven-plugin-.*\.jar$/ || $4 ~ /^jrt:/) && $2 !~ /\$\$Lambda|\/0x/ {print $2}' "$log" > "$out"
echo "preload-classes: $(wc -l < "$out") classes written to $out"
