#!/usr/bin/env bash
# Builds, offline and only when missing or changed, every image the ITs and examples need.
# No registry is reachable on our machines, so the Debian base comes from debootstrap and the
# runtimes from Debian packages installed inside `docker build` (apt over http needs no registry).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

bash "$here/images/debian-base.sh" bookworm

# The hash of what goes into an image (its build context, less build output and pacts), kept as a
# label: an image is rebuilt when its sources changed, not only when it is missing.
context_hash() {
  (cd "$1" && find . -type f -not -path './target/*' -not -path './pacts/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}
build() { # name context [what else the image depends on, e.g. its base image's id]
  local hash current
  hash=$(context_hash "$2")${3:-}
  current=$(docker image inspect -f '{{index .Config.Labels "io.pactcontainers.context-hash"}}' "$1" 2>/dev/null || true)
  if [ "$current" != "$hash" ]; then
    echo "build-images: building $1" >&2
    docker build -q --label "io.pactcontainers.context-hash=$hash" -t "$1" "$2" >/dev/null
  fi
}
build pactcontainers/python:bookworm "$here/images/python"
build pactcontainers/node:bookworm "$here/images/node"
build pactcontainers/redis:bookworm "$here/images/redis"
build pactcontainers/java:bookworm "$here/images/java"
build pactcontainers/postgres:15 "$here/images/postgres"
build pactcontainers/fault-provider:latest "$root/faults/provider"
for example in "$root"/examples/*/; do
  [ -f "$example/Dockerfile" ] || continue
  build "pactcontainers/example-$(basename "$example"):latest" "$example"
done
# The nightly example's rows: tags of the Grill Chef, oldest first (the matrix orders them by creation).
base=$(docker image inspect -f '{{.Id}}' pactcontainers/example-grill-chef:latest | cut -c8-19)
for tag in "$root"/examples/nightly/images/*/; do
  build "pactcontainers/example-grill-chef:$(basename "$tag")" "$tag" "-$base"
done
# The verifier's image needs the command line's distribution (mvn install makes it): built when one is
# there, unless the caller builds it later (test-all.sh, after its mvn install, through check-image.sh).
if [ "${PACT_SKIP_VERIFIER_IMAGE:-}" != true ]; then
  if ls "$root"/pact-testcontainers-cli/target/pact-testcontainers-*.tar.gz >/dev/null 2>&1; then
    bash "$here/images/verifier/build.sh"
  else
    echo "build-images: pactcontainers/verifier not built: it needs the command line's distribution (mvn -B install -DskipTests, then this script again)" >&2
  fi
fi
