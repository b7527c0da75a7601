#!/usr/bin/env bash
# Builds pactcontainers/verifier:latest offline from the command line's distribution
# (pact-testcontainers-cli/target/pact-testcontainers-*.tar.gz, made by `mvn package` or `install`):
#   1. `docker build` of this folder: a jlinked Java 25 and the unpacked distribution (:untrained), on
#      the Debian 13 base (made here by ../debian-base.sh when missing);
#   2. a training run of that image with the Docker socket (training/: a tiny provider and pact),
#      which writes the verifier's ahead-of-time cache (-XX:AOTCacheOutput) and must pass;
#   3. `docker build` of :untrained plus the cache as :latest; :untrained is untagged again.
# Skipped when :latest was built from the same distribution, files and base image (a label).
# Usage: bash scripts/images/verifier/build.sh [DISTRIBUTION.tar.gz]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
dist=${1:-$(ls "$root"/pact-testcontainers-cli/target/pact-testcontainers-*.tar.gz 2>/dev/null | head -n 1 || true)}
if [ -z "$dist" ] || [ ! -f "$dist" ]; then
  echo "build-verifier: no distribution in pact-testcontainers-cli/target; run mvn -B install -DskipTests first" >&2
  exit 2
fi
image=pactcontainers/verifier
bash "$here/../debian-base.sh" trixie
socket=${DOCKER_SOCKET:-/var/run/docker.sock}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/context" "$work/cds"
tar -xzf "$dist" -C "$work"
mv "$work"/pact-testcontainers-*/ "$work/context/dist"
cp "$here/Dockerfile" "$here/entrypoint.sh" "$work/context/"

# What the image is made of: the distribution's files (not the archive's dates), this folder, the base.
hash=$( (cd "$work/context" && find . -type f -print0 | sort -z | xargs -0 sha256sum;
  cd "$here" && find training -type f -print0 | sort -z | xargs -0 sha256sum;
  docker image inspect -f '{{.Id}}' pactcontainers/debian:trixie pactcontainers/python:bookworm) | sha256sum | cut -c1-16)
current=$(docker image inspect -f '{{index .Config.Labels "io.pactcontainers.context-hash"}}' "$image:latest" 2>/dev/null || true)
if [ "$current" = "$hash" ]; then
  exit 0
fi
echo "build-images: building $image:latest from $(basename "$dist")" >&2
# --force-rm: a failed step leaves no container behind (the legacy builder keeps it otherwise).
docker build -q --force-rm -t "$image:untrained" "$work/context" >/dev/null

# The training run, as a user runs the image (socket mounted, the pacts' folder as the working
# directory); its reports stay in the container, which --rm removes.
status=0
docker run --rm --label io.pactcontainers.verifier-training=true \
  -v "$socket:/var/run/docker.sock" -v "$here/training:/training:ro" -v "$work/cds:/cds" -w /training \
  -e TESTCONTAINERS_RYUK_DISABLED=true -e JAVA_OPTS=-XX:AOTCacheOutput=/cds/pact-testcontainers.aot \
  "$image:untrained" verify --config pact-verify.yml -o /tmp/pact > "$work/training.log" 2>&1 || status=$?
if [ "$status" != 0 ] || [ ! -s "$work/cds/pact-testcontainers.aot" ]; then
  cat "$work/training.log" >&2
  echo "build-verifier: the training run of $image:untrained exited with $status (cache written: $([ -s "$work/cds/pact-testcontainers.aot" ] && echo yes || echo no))" >&2
  docker rmi "$image:untrained" >/dev/null 2>&1 || true
  exit 1
fi
docker build -q --force-rm --label "io.pactcontainers.context-hash=$hash" -t "$image:latest" -f - "$work/cds" >/dev/null <<DOCKERFILE
FROM $image:untrained
COPY pact-testcontainers.aot /opt/pact-testcontainers/lib/pact-testcontainers.aot
DOCKERFILE
docker rmi "$image:untrained" >/dev/null
echo "build-images: $image:latest built ($(docker image inspect -f '{{.Size}}' "$image:latest" | awk '{printf "%d MB", $1 / 1000000}'), AOT cache $(du -k "$work/cds/pact-testcontainers.aot" | cut -f1) KiB)" >&2
