#!/bin/sh
# Mints a bearer token the Grill Chef 2.1 accepts for an hour: <unix time>.<HMAC-SHA256 of the time>.
# In a real pipeline this is a call to the identity service; the POM runs it once per run (<command>).
set -eu
minted=$(date +%s)
mac=$(printf '%s' "$minted" | openssl dgst -sha256 -hmac "${GRILL_TOKEN_SECRET:-nightly-grill-token-secret}" -r | cut -d' ' -f1)
printf 'Bearer %s.%s\n' "$minted" "$mac"
