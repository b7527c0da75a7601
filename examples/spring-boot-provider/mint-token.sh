#!/bin/sh
# Mints a bearer token the product service accepts for an hour: <unix time>.<HMAC-SHA256 of the time>.
# A real pipeline asks its identity service; the POM runs this once per run (<headers><header><command>).
set -eu
minted=$(date +%s)
mac=$(printf '%s' "$minted" | openssl dgst -sha256 -hmac "$PRODUCTS_TOKEN_SECRET" -r | cut -d' ' -f1)
printf 'Bearer %s.%s\n' "$minted" "$mac"
