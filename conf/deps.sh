#!/bin/sh
# Installs the Debian packages the portal needs to build, run and test.
# As root it runs apt-get; otherwise it prints the command to run.
# nginx-light is for tests/http/test_nginx_mount.py, which runs its own nginx
# on a free port; Debian's nginx service itself is not needed (on a machine
# with systemd, `systemctl disable --now nginx` stops it).
# poppler-utils, catdoc, docx2txt and xlsx2csv extract the text of PDF, DOC,
# XLS, DOCX and XLSX attachments for search (cgi-bin/site/extract.c); without
# one, its files are recorded as not extracted and the site runs on.
# python3-xlwt writes the XLS file tests/http/test_attachment_text.py uploads.
# libpwquality-dev checks staff passwords (cgi-bin/site/password_policy.c);
# cracklib-runtime holds the dictionary it checks them against.
# nftables: conf/nftables-portal.conf caps connections per client;
# tests/http/test_connection_cap.py loads it in a network namespace of its own.
# libcurl4-openssl-dev: `portalctl notify` sends notices by SMTP (STARTTLS)
# and to the SMS gateway over HTTP(S) (cgi-bin/notify/); python3-aiosmtpd is
# the SMTP sink tests/http/test_notices.py reads the mails from.
set -eu

packages="build-essential pkg-config lighttpd sqlite3 libsqlite3-dev libfcgi-dev
libctemplate-dev libsodium-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
libcmocka-dev libicu-dev python3 python3-pytest python3-requests python3-selenium
chromium chromium-driver tidy fonts-wqy-microhei wrk curl clang libclang-rt-14-dev nginx-light
poppler-utils catdoc docx2txt xlsx2csv python3-xlwt libpwquality-dev cracklib-runtime nftables
libcurl4-openssl-dev python3-aiosmtpd"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "Installing missing Debian packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
    echo "Missing Debian packages. Run as root:" >&2
    echo "    apt-get install -y$missing" >&2
    exit 1
fi
