#!/usr/bin/env bash
# Builds, offline and only when missing, every image the ITs and examples need.
# No registry is reachable on our machines, so the Debian base comes from debootstrap and the
# runtimes from Debian packages installed inside `docker build` (apt over http needs no registry).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

have() { docker image inspect "$1" >/dev/null 2>&1; }

base=pactcontainers/debian:bookworm
if ! have "$base"; then
  command -v debootstrap >/dev/null 2>&1 || { apt-get update -q >/dev/null; apt-get install -y -q debootstrap >/dev/null; }
  mirror=$(sed -n 's/^URIs: *\(http[^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
  mirror=${mirror:-http://deb.debian.org/debian}
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  echo "build-images: debootstrap bookworm from $mirror" >&2
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
  rm -rf "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin
  tar --numeric-owner -C "$rootfs" -c . | docker import - "$base" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

build() { # name context
  if ! have "$1"; then
    echo "build-images: building $1" >&2
    docker build -q -t "$1" "$2" >/dev/null
  fi
}
build pactcontainers/python:bookworm "$here/images/python"
build pactcontainers/node:bookworm "$here/images/node"
build pactcontainers/redis:bookworm "$here/images/redis"
for example in "$root"/examples/*/; do
  [ -f "$example/Dockerfile" ] || continue
  build "pactcontainers/example-$(basename "$example"):latest" "$example"
done
