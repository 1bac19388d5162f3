#!/bin/sh
# The production layout, one Unix user per program (README, "One Unix user
# per program"; review finding 15.11). Run as root before the first
# `portalctl init`, and again after an upgrade from the one-user layout:
# it is safe to repeat and fixes owners and modes of files already there.
#
# usage: install-layout.sh [STATE [LOGS]]   (defaults /var/lib/portal, /var/log/portal)
#
#   portal-public   portal.fcgi, both pools: reads content.db; cannot open
#                   anything in STATE/private (applications, staff, secret)
#   portal-apply    apply.fcgi: private.db, content.db read
#   portal-admin    admin.fcgi and portalctl: both databases
#
# Group portal holds all three (content.db and its -wal/-shm files, the
# search log); group portal-private only portal-apply and portal-admin.
set -eu
state=${1:-/var/lib/portal}
logs=${2:-/var/log/portal}
[ "$(id -u)" = 0 ] || { echo "install-layout.sh: run as root" >&2; exit 1; }

for group in portal portal-private; do
    getent group "$group" >/dev/null || groupadd --system "$group"
done
for user in portal-public portal-apply portal-admin; do
    getent passwd "$user" >/dev/null ||
        useradd --system --gid portal --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
done
usermod --append --groups portal-private portal-apply
usermod --append --groups portal-private portal-admin

# Set-group-ID directories: what a handler creates inside takes the
# directory's group, and the handlers' umask 007 leaves it group-writable.
install -d -o root -g portal -m 0750 "$state"
install -d -o portal-admin -g portal -m 2770 "$state/content"
install -d -o portal-admin -g portal-private -m 2770 "$state/private"
install -d -o portal-public -g portal -m 2770 "$logs"

for file in "$state"/content/content.db "$state"/content/content.db-wal "$state"/content/content.db-shm; do
    [ -e "$file" ] && chgrp portal "$file" && chmod 0660 "$file"
done
for file in "$state"/private/private.db "$state"/private/private.db-wal "$state"/private/private.db-shm; do
    [ -e "$file" ] && chgrp portal-private "$file" && chmod 0660 "$file"
done
if [ -e "$state/private/secret.key" ]; then
    chgrp portal-private "$state/private/secret.key" && chmod 0640 "$state/private/secret.key"
fi
exit 0
