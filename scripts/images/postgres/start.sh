#!/bin/sh
# Creates the database and user the environment names (POSTGRES_DB, POSTGRES_USER, as the official
# image's variables) with the server on its socket only, so that the port opens only once it is
# ready; then runs the server in the foreground.
set -eu
db=${POSTGRES_DB:-app}
user=${POSTGRES_USER:-app}
su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/postgresql/15/main -o '-c config_file=/etc/postgresql/15/main/postgresql.conf -c listen_addresses=' -w start" >/dev/null
su postgres -c "psql -q -c \"CREATE USER \\\"$user\\\" SUPERUSER\"" >/dev/null
su postgres -c "psql -q -c \"CREATE DATABASE \\\"$db\\\" OWNER \\\"$user\\\"\"" >/dev/null
su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/postgresql/15/main -w stop" >/dev/null
echo "database $db ready for $user"
exec su postgres -c "/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main -c config_file=/etc/postgresql/15/main/postgresql.conf"
