#!/usr/bin/env bash
# What a release would publish, checked before there is one: the project at a release version
# (SNAPSHOT dropped, as the release plugin does) is deployed with -Prelease to a file repository;
# every module has its jar, sources and Javadoc jars and a POM with licence, SCM, developers and URL;
# a second build gives the same jars byte for byte (project.build.outputTimestamp); and a user's
# project verifies the Grill Chef with the plugin taken from that repository, with an empty local
# repository: what a user of the released version gets, not what `mvn install` left here.
# Part of scripts/test-all.sh; Docker and the example images must be up (test-all does that).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=0.1.0
failed=0
check() { # WHAT COMMAND...
  local what=$1; shift
  if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; failed=$((failed + 1)); fi
}

echo "== release check: $version"
mkdir -p "$work/src"
tar -C "$root" --exclude=target -c pom.xml LICENSE pact-testcontainers pact-maven-plugin pact-junit5 pact-testcontainers-cli | tar -C "$work/src" -x
sed -i "s/0\.1\.0-SNAPSHOT/$version/g" "$work/src/pom.xml" "$work/src/pact-testcontainers/pom.xml" "$work/src/pact-maven-plugin/pom.xml" "$work/src/pact-junit5/pom.xml" "$work/src/pact-testcontainers-cli/pom.xml"
# Nothing of this version may reach ~/.m2: the user's build below must find it only in the file repository.
build() { # extra maven arguments...
  mvn -B -q -f "$work/src/pom.xml" -Prelease -DskipTests -Dinvoker.skip=true -Dmaven.install.skip=true \
    -Dspotless.check.skip=true "$@"
}
build clean deploy -DaltDeploymentRepository="local-release::file://$work/repo" > "$work/deploy.log" 2>&1 \
  || { tail -40 "$work/deploy.log"; exit 1; }
repo="$work/repo/io/pactcontainers"
for module in pact-testcontainers pact-maven-plugin pact-junit5 pact-testcontainers-cli; do
  dir="$repo/$module/$version"
  for file in "$module-$version.jar" "$module-$version-sources.jar" "$module-$version-javadoc.jar" "$module-$version.pom"; do
    check "$module: $file deployed" test -s "$dir/$file"
  done
done
# The command line's distribution (bin/ and lib/), beside its jar.
for ext in tar.gz zip; do
  check "pact-testcontainers-cli: its distribution .$ext deployed" test -s "$repo/pact-testcontainers-cli/$version/pact-testcontainers-cli-$version.$ext"
done
parent="$repo/pact-testcontainers-parent/$version/pact-testcontainers-parent-$version.pom"
for element in '<licenses>' '<scm>' '<developers>' '<url>https://github.com/pactcontainers/pact-testcontainers</url>'; do
  check "the parent POM (inherited by both) has $element" grep -qF "$element" "$parent"
done

# Reproducible: built again, every jar is the same, byte for byte.
mkdir -p "$work/first"
for module in pact-testcontainers pact-maven-plugin pact-junit5 pact-testcontainers-cli; do cp "$repo/$module/$version/"*.jar "$work/first/"; done
build clean package > "$work/package.log" 2>&1 || { tail -40 "$work/package.log"; exit 1; }
for jar in "$work/first/"*.jar; do
  name=$(basename "$jar")
  module=${name%%-$version*}
  check "$name is the same when built again" cmp -s "$jar" "$work/src/$module/target/$name"
done

# A user's project takes the plugin from the file repository, with an empty local repository.
mkdir -p "$work/user"
cp -r "$root/examples/grill-chef/pacts" "$work/user/"
sed -e "s|<version>0.1.0-SNAPSHOT</version>|<version>$version</version>|" \
    -e "s|</build>|</build><pluginRepositories><pluginRepository><id>local-release</id><url>file://$work/repo</url></pluginRepository></pluginRepositories>|" \
    "$root/examples/grill-chef/pom.xml" > "$work/user/pom.xml"
mvn -B -f "$work/user/pom.xml" -Dmaven.repo.local="$work/user-m2" verify > "$work/user.log" 2>&1 || true
check "the user's build takes the plugin from the file repository" grep -q "Downloaded from local-release: file://$work/repo/io/pactcontainers/pact-maven-plugin/$version/pact-maven-plugin-$version.jar" "$work/user.log"
check "and verifies the Grill Chef with it" grep -q 'Pact verification of "grill-chef": 5 passed, 0 failed, 0 errored' "$work/user.log"
check "BUILD SUCCESS" grep -q "BUILD SUCCESS" "$work/user.log"
if [ "$failed" -gt 0 ]; then
  tail -30 "$work/user.log"
  echo "release check: $failed failed"
  exit 1
fi
echo "release check: all passed"
