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
# A dockerd that was killed leaves its pid file and its containerd's, and (where nothing reaps them
# yet) zombies under those pids: dockerd then refuses to start ("pid file found") or waits for a
# containerd that will never answer. Neither is a running engine.
for pidfile in /var/run/docker.pid /var/run/docker/containerd/containerd.pid; do
  if [ -f "$pidfile" ]; then
    state=$(ps -o stat= -p "$(cat "$pidfile")" 2>/dev/null || true)
    case "$state" in ""|Z*) rm -f "$pidfile" ;; esac
  fi
done
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
