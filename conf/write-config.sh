#!/bin/sh
# Writes a lighttpd config for one portal instance.
# usage: write-config.sh ROOT BIN STATE PORT > lighttpd.conf
# ROOT: the source tree (htdocs, templates, sql); BIN: the built programs;
# STATE: where databases, sockets, logs and the error pages live. PORTAL_*
# variables in the environment are passed on to the handlers, and so are
# ASAN_OPTIONS and UBSAN_OPTIONS when set (the sanitizer build's tests need
# their reports). PORTAL_SOCKET_DIR (e.g. /run/portal): the handlers run as
# their own users on sockets there (conf/systemd/) and lighttpd does not start
# them. PORTAL_TRUSTED_PROXY (an address, e.g. 127.0.0.1 for nginx
# on the same host) makes lighttpd take the client address and scheme from
# that proxy's X-Forwarded-For and X-Forwarded-Proto.
set -eu
root=$1 bin=$2 state=$3 port=$4
mkdir -p "$state/run" "$state/log" "$state/tmp" "$state/errors"

# The mount point: "/xxgk/" -> "/xxgk", "/" or unset -> "" (the root).
base=$(printf '%s' "${PORTAL_BASE_PATH:-}" | sed -e 's|//*|/|g' -e 's|/$||')
case "$base" in
    "") ;;
    /*) printf '%s' "$base" | grep -Eq '^(/[a-z0-9_-]+)+$' || { echo "PORTAL_BASE_PATH: only /[a-z0-9_-] segments" >&2; exit 1; } ;;
    *) base="/$base"; printf '%s' "$base" | grep -Eq '^(/[a-z0-9_-]+)+$' || { echo "PORTAL_BASE_PATH: only /[a-z0-9_-] segments" >&2; exit 1; } ;;
esac

# lighttpd's own error pages link to the style sheet and the home page: the
# copies under STATE carry the mount point.
for page in "$root"/htdocs/errors/status-*.html; do
    sed -e "s|href=\"/|href=\"$base/|g" "$page" > "$state/errors/${page##*/}"
done

# Behind a reverse proxy: only that proxy's forwarded headers are believed.
proxy=${PORTAL_TRUSTED_PROXY:-}
if [ -n "$proxy" ]; then
    printf '%s' "$proxy" | grep -Eq '^[0-9a-fA-F.:]+$' || { echo "PORTAL_TRUSTED_PROXY: one IP address" >&2; exit 1; }
    extforward="server.modules += ( \"mod_extforward\" )\nextforward.forwarder = ( \"$proxy\" => \"trust\" )\nextforward.headers = ( \"X-Forwarded-For\" )"
else
    extforward="# No reverse proxy in front (PORTAL_TRUSTED_PROXY unset): X-Forwarded-* headers are ignored."
fi

env_line="\"PORTAL_CONTENT_DB\" => \"$state/content.db\", \"PORTAL_PRIVATE_DB\" => \"$state/private.db\", \"PORTAL_TEMPLATES\" => \"$root/templates\", \"PORTAL_SECRET_FILE\" => \"$state/secret.key\", \"PORTAL_SEARCH_LIMIT_FILE\" => \"$state/run/search-limit\""
# Queries and their day only, for 热门搜索 (portalctl search-stats counts them).
env_line="$env_line, \"PORTAL_SEARCH_LOG\" => \"${PORTAL_SEARCH_LOG:-$state/log/search-queries.log}\""
[ -n "$base" ] && env_line="$env_line, \"PORTAL_BASE_PATH\" => \"$base\""
for name in PORTAL_APPLY_RATE PORTAL_STATUS_RATE PORTAL_SEARCH_BUDGET_MS PORTAL_SEARCH_RATE PORTAL_SEARCH_BURST PORTAL_SEARCH_PRIORITY PORTAL_TODAY PORTAL_EXTRACT_PATH PORTAL_EXTRACT_TIMEOUT \
            ASAN_OPTIONS UBSAN_OPTIONS; do
    eval "value=\${$name:-}"
    [ -n "$value" ] && env_line="$env_line, \"$name\" => \"$value\""
done

# Handlers started by lighttpd (the default), or already running as their own
# users on sockets in PORTAL_SOCKET_DIR (conf/systemd/): then lighttpd only connects.
sockets=${PORTAL_SOCKET_DIR:-$state/run}
if [ -n "${PORTAL_SOCKET_DIR:-}" ]; then
    spawned='/"bin-path"\|"bin-environment"\|"max-procs"/d'
else
    spawned='/@KEEP-EVERY-LINE@/d'
fi

sed -e "$spawned" -e "s|@SOCKETS@|$sockets|g" -e "s|@ROOT@|$root|g" -e "s|@BIN@|$bin|g" -e "s|@STATE@|$state|g" \
    -e "s|@PORT@|$port|g" -e "s|@BIND@|${PORTAL_BIND:-127.0.0.1}|g" \
    -e "s|@BASE@|$base|g" -e "s|@PORTAL_PROCS@|${PORTAL_PROCS:-2}|g" -e "s|@SEARCH_PROCS@|${PORTAL_SEARCH_PROCS:-2}|g" -e "s|@ENV@|$env_line|g" -e "s|@EXTFORWARD@|$extforward|" \
    "$root/conf/lighttpd.conf.in"
