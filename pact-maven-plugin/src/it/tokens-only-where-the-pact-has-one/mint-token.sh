#!/bin/sh
# Mints a token for a client as the Pantry's identity service would (a fresh one on every run):
# <client>.<unix time>.<HMAC-SHA256 of "<client>.<unix time>" with the client's secret>.
set -eu
client=$1
case "$client" in
  web) secret=it-web-signing-secret ;;
  mobile) secret=it-mobile-signing-secret ;;
  *) echo "mint-token: unknown client $client" >&2; exit 2 ;;
esac
minted=$(date +%s)
mac=$(printf '%s.%s' "$client" "$minted" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)
printf 'Bearer %s.%s.%s\n' "$client" "$minted" "$mac"
