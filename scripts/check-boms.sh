#!/usr/bin/env bash
# check-boms.sh [MAVEN ARGS]: pact-junit5 runs on the JUnit, Jackson and Testcontainers of the
# user's test class path, which a Spring Boot project takes from Spring Boot's BOM. For each Spring
# Boot line we support, builds examples/grill-chef-junit5 (its JUnit 5 tests against the Grill Chef
# image) with that BOM imported (-Dspring-boot.version), and prints the versions Maven resolved and
# the tests' result, one line each. Under the two oldest BOMs and the newest, the library's sources
# (and pact-junit5's, where the BOM's JUnit is 5.9 or later, the oldest we support) are also
# compiled against that class path, so that an API newer than a BOM's (or removed since) is caught
# even on the paths the example does not take. Exits non-zero if any fails.
#
# Needs pact-junit5 and the library installed (test-all.sh installs them first), Docker and the
# example's image (scripts/build-images.sh). MAVEN ARGS go to every build, e.g.
# -Dmaven.repo.local=DIR. SPRING_BOOT_VERSIONS overrides the list (oldest first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# The newest patch of each line, as on Maven Central when this was written.
versions=${SPRING_BOOT_VERSIONS:-3.1.12 3.2.12 3.3.13 3.4.13 3.5.16 4.0.10}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
logs=$root/target/check-boms
rm -rf "$logs" && mkdir -p "$logs"

# A copy, so that the example's own target/ (read by check-both-ways.sh) is left alone; the pacts
# are where the example's relative paths look for them.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/examples/grill-chef"
cp -r "$root/examples/grill-chef-junit5" "$work/examples/"
rm -rf "$work/examples/grill-chef-junit5/target"
cp -r "$root/examples/grill-chef/pacts" "$work/examples/grill-chef/"
example=$work/examples/grill-chef-junit5

version_of() { # version_of GROUP:ARTIFACT FILE: the version in a dependency:list output
  sed -n "s/^ *$1:jar:\([^:]*\):.*/\1/p" "$2" | head -1
}

# compiles BOOT JUNIT: javac on our sources against the class path Maven resolved under that BOM,
# our own jars left out.
compiles() {
  roots=("$root/pact-testcontainers/src/main/java")
  compiled_what="the library compiles"
  if [ "$(printf '%s\n' 5.9 "$2" | sort -V | head -1)" = 5.9 ]; then
    roots+=("$root/pact-junit5/src/main/java")
    compiled_what="the library and pact-junit5 compile"
  fi
  rm -rf "$work/classes"
  javac -nowarn -proc:none -d "$work/classes" \
    -cp "$(tr ':' '\n' <"$logs/classpath-$1.txt" | grep -v '/io/pactcontainers/' | paste -sd: -)" \
    $(find "${roots[@]}" -name '*.java' ! -name module-info.java) >"$logs/javac-$1.log" 2>&1
}

failed=0
read -r -a all <<<"$versions"
compiled=" ${all[0]} ${all[1]:-} ${all[${#all[@]} - 1]} "
for boot in "${all[@]}"; do
  log=$logs/spring-boot-$boot.log
  goals=(clean dependency:list -DoutputFile="$logs/dependencies-$boot.txt")
  if [[ $compiled == *" $boot "* ]]; then
    goals+=(dependency:build-classpath -Dmdep.outputFile="$logs/classpath-$boot.txt")
  fi
  status=ok
  mvn -B -f "$example/pom.xml" -Dspring-boot.version="$boot" "${goals[@]}" test "$@" >"$log" 2>&1 ||
    status=FAILED
  deps=$logs/dependencies-$boot.txt
  touch "$deps"
  tests=$(sed -n 's/^\[[A-Z]*\] Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\), Skipped: \([0-9]*\)$/\1 run, \2 failed, \3 errors, \4 skipped/p' "$log" | tail -1)
  line="spring-boot $boot: jackson-databind $(version_of com.fasterxml.jackson.core:jackson-databind "$deps")"
  line+=", testcontainers $(version_of org.testcontainers:testcontainers "$deps")"
  line+=", docker-java-api $(version_of com.github.docker-java:docker-java-api "$deps")"
  junit=$(version_of org.junit.jupiter:junit-jupiter-api "$deps")
  line+=", junit-jupiter $junit: tests ${tests:-not run}"
  if [ "$status" = ok ] && [[ $compiled == *" $boot "* ]]; then
    if compiles "$boot" "$junit"; then
      line+="; $compiled_what against it"
    else
      status=FAILED
      line+="; sources do not compile (see $logs/javac-$boot.log)"
    fi
  fi
  if [ "$status" = ok ]; then
    echo "check-boms: $line: ok"
  else
    echo "check-boms: $line: FAILED (see $log)"
    failed=$((failed + 1))
  fi
done
if [ "$failed" -gt 0 ]; then
  echo "check-boms: $failed of ${#all[@]} Spring Boot BOMs failed" >&2
  exit 1
fi
