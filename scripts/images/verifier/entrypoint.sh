#!/bin/sh
# The verifier in a container (the "Docker wormhole"): it starts the provider and its sidecars as
# siblings through the mounted socket and reaches their published ports on the Docker host as this
# container sees it. Testcontainers finds that host itself on a Docker Engine (the bridge network's
# gateway); Docker Desktop's is host.docker.internal, which Testcontainers does not try, so it is
# named here whenever it resolves (Desktop, or `--add-host host.docker.internal:host-gateway`).
# TESTCONTAINERS_HOST_OVERRIDE given to `docker run -e` wins.
if [ -z "${TESTCONTAINERS_HOST_OVERRIDE:-}" ] && getent hosts host.docker.internal >/dev/null 2>&1; then
  export TESTCONTAINERS_HOST_OVERRIDE=host.docker.internal
fi
# Java 17 takes user.home from the password database, not $HOME: a --user with no entry there
# would get "?", and files meant for the home would land in the mounted project.
JAVA_OPTS="-Duser.home=$HOME ${JAVA_OPTS:-}"
export JAVA_OPTS
exec /opt/pact-testcontainers/bin/pact-testcontainers "$@"
