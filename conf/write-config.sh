#!/bin/sh
# Writes a lighttpd config for one portal instance.
# usage: write-config.sh ROOT BIN STATE PORT > lighttpd.conf
# ROOT: the source tree (htdocs, templates, sql); BIN: the built programs;
# STATE: where databases, sockets and logs live. PORTAL_* variables in the
# environment are passed on to the handlers, and so are ASAN_OPTIONS and
# UBSAN_OPTIONS when set (the sanitizer build's tests need their reports).
set -eu
root=$1 bin=$2 state=$3 port=$4
mkdir -p "$state/run" "$state/log" "$state/tmp"

# The mount point: "/xxgk/" -> "/xxgk", "/" or unset -> "" (the root).
base=$(printf '%s' "${PORTAL_BASE_PATH:-}" | sed -e 's|//*|/|g' -e 's|/$||')
case "$base" in
    "") ;;
    /*) printf '%s' "$base" | grep -Eq '^(/[a-z0-9_-]+)+$' || { echo "PORTAL_BASE_PATH: only /[a-z0-9_-] segments" >&2; exit 1; } ;;
    *) base="/$base"; printf '%s' "$base" | grep -Eq '^(/[a-z0-9_-]+)+$' || { echo "PORTAL_BASE_PATH: only /[a-z0-9_-] segments" >&2; exit 1; } ;;
esac

env_line="\"PORTAL_CONTENT_DB\" => \"$state/content.db\", \"PORTAL_PRIVATE_DB\" => \"$state/private.db\", \"PORTAL_TEMPLATES\" => \"$root/templates\", \"PORTAL_SECRET_FILE\" => \"$state/secret.key\""
[ -n "$base" ] && env_line="$env_line, \"PORTAL_BASE_PATH\" => \"$base\""
for name in PORTAL_APPLY_RATE PORTAL_STATUS_RATE PORTAL_TODAY ASAN_OPTIONS UBSAN_OPTIONS; do
    eval "value=\${$name:-}"
    [ -n "$value" ] && env_line="$env_line, \"$name\" => \"$value\""
done

sed -e "s|@ROOT@|$root|g" -e "s|@BIN@|$bin|g" -e "s|@STATE@|$state|g" \
    -e "s|@PORT@|$port|g" -e "s|@BIND@|${PORTAL_BIND:-127.0.0.1}|g" \
    -e "s|@BASE@|$base|g" -e "s|@PORTAL_PROCS@|${PORTAL_PROCS:-2}|g" -e "s|@ENV@|$env_line|g" \
    "$root/conf/lighttpd.conf.in"
