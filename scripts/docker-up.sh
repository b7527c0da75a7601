#!/usr/bin/env bash
# Makes sure a Docker engine answers. On a normal machine (Docker Desktop, CI service, DOCKER_HOST)
# it does nothing. On our bare Debian machines it installs docker.io and starts dockerd.
set -euo pipefail

if docker info >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "docker-up: no Docker engine answers and we are not root; start Docker and retry" >&2
  exit 1
fi
if ! command -v dockerd >/dev/null 2>&1; then
  echo "docker-up: installing docker.io" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q docker.io debootstrap cgroupfs-mount >/dev/null
fi
command -v debootstrap >/dev/null 2>&1 || { apt-get update -q >/dev/null; apt-get install -y -q debootstrap >/dev/null; }
if [ ! -d /sys/fs/cgroup/devices ] && command -v cgroupfs-mount >/dev/null 2>&1; then
  cgroupfs-mount || true
fi
# A dockerd that was killed leaves its pid file, and (where nothing reaps it) a zombie under that
# pid: dockerd then refuses to start ("pid file found"). Neither is a running engine.
if [ -f /var/run/docker.pid ]; then
  state=$(ps -o stat= -p "$(cat /var/run/docker.pid)" 2>/dev/null || true)
  case "$state" in ""|Z*) rm -f /var/run/docker.pid ;; esac
fi
echo "docker-up: starting dockerd" >&2
setsid dockerd --bip 172.17.0.1/16 >/var/log/dockerd.log 2>&1 </dev/null &
for _ in $(seq 1 150); do
  if docker info >/dev/null 2>&1; then
    exit 0
  fi
  sleep 0.2
done
echo "docker-up: dockerd did not answer within 30 s; see /var/log/dockerd.log" >&2
tail -20 /var/log/dockerd.log >&2 || true
exit 1
