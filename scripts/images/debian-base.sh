#!/usr/bin/env bash
# Makes the image pactcontainers/debian:SUITE offline when it is missing: no registry is reachable
# on our machines, so the base comes from debootstrap (minbase) out of the Debian mirror apt uses.
# Usage: bash scripts/images/debian-base.sh bookworm|trixie
set -euo pipefail
suite=$1
base=pactcontainers/debian:$suite
if docker image inspect "$base" >/dev/null 2>&1; then
  exit 0
fi
command -v debootstrap >/dev/null 2>&1 || { apt-get update -q >/dev/null; apt-get install -y -q debootstrap >/dev/null; }
mirror=$(sed -n 's/^URIs: *\(http[^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
echo "build-images: debootstrap $suite from $mirror" >&2
debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >/dev/null
rm -rf "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin
tar --numeric-owner -C "$rootfs" -c . | docker import - "$base" >/dev/null
