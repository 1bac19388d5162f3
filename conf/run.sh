#!/bin/sh
# make run: creates var/ with demo data on first use, writes the lighttpd
# config and runs lighttpd in the foreground until Ctrl-C.
set -eu
root=$(pwd)
bin="$root/${BUILD:-build/release}"
state="$root/var"
port=${PORT:-8080}
mkdir -p "$state"

export PORTAL_CONTENT_DB="$state/content.db" PORTAL_PRIVATE_DB="$state/private.db"
export PORTAL_SECRET_FILE="$state/secret.key" PORTAL_SQL_DIR="$root/sql"
export PORTAL_SEARCH_LOG="$state/log/search-queries.log"
# The mount point as write-config.sh normalises it ("/xxgk/" -> "/xxgk").
base=$(printf '%s' "${PORTAL_BASE_PATH:-}" | sed -e 's|//*|/|g' -e 's|/$||' -e 's|^\([^/]\)|/\1|')
if [ ! -f "$state/content.db" ]; then
    # Feeds and sitemaps take their absolute URLs from the site_url setting only.
    export PORTAL_SITE_URL="${PORTAL_SITE_URL:-http://127.0.0.1:$port$base}"
    # The one-time password file is the operator's alone (0600).
    (umask 077; "$bin/portalctl" init | tee "$state/first-login.txt")
    "$bin/portalctl" extract >/dev/null    # the demo's attachments become searchable
else
    "$bin/portalctl" migrate >/dev/null
    "$bin/portalctl" search-stats >/dev/null   # 热门搜索 from the last run's searches
fi

sh "$root/conf/write-config.sh" "$root" "$bin" "$state" "$port" > "$state/lighttpd.conf"
lighttpd -tt -f "$state/lighttpd.conf"

echo
echo "Portal running at http://127.0.0.1:$port$base/   (Ctrl-C stops it)"
echo "Staff area: http://127.0.0.1:$port$base/admin/login"
if [ -f "$state/first-login.txt" ]; then
    echo "First staff login: see $state/first-login.txt (user admin); add more with"
    echo "    echo 'PASSWORD' | PORTAL_PRIVATE_DB=var/private.db $bin/portalctl user add NAME ROLE"
fi
echo "Logs: $state/log/"
# Notices wait in the outbox (private.db) until a relay is configured; with
# one, they are sent every minute while the portal runs (README "Notices").
if [ -n "${PORTAL_SMTP_HOST:-}" ] && [ -n "${PORTAL_MAIL_FROM:-}" ]; then
    echo "Notices: sent every minute through $PORTAL_SMTP_HOST (log: $state/log/notify.log)"
    (while sleep 60; do "$bin/portalctl" notify >> "$state/log/notify.log" 2>&1; done) &
    notifier=$!
    trap 'kill $notifier 2>/dev/null' EXIT INT TERM
    lighttpd -D -f "$state/lighttpd.conf"
    exit
fi
echo "Notices: no mail relay configured (PORTAL_SMTP_HOST, PORTAL_MAIL_FROM); they wait in the outbox"
exec lighttpd -D -f "$state/lighttpd.conf"
