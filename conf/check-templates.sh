#!/bin/sh
# Every template must start with an AUTOESCAPE pragma (nothing is escaped
# otherwise), and unescaped values may appear only where templates/README.md
# lists them; the notices' x-plain-text only in templates/notices.
set -eu
status=0
for t in $(find templates -name '*.tpl'); do
    if ! head -c 200 "$t" | grep -q '{{%AUTOESCAPE'; then
        echo "template without AUTOESCAPE pragma: $t"
        status=1
    fi
done
grep -rn ':none}}' templates --include='*.tpl' | while IFS=: read -r file line rest; do
    if ! grep -qF "$file" templates/README.md; then
        echo "unlisted unescaped value in $file:$line"
        exit 1
    fi
done || status=1
# The plain-text modifier belongs to e-mail and SMS text only.
if grep -rln ':x-plain-text' templates --include='*.tpl' | grep -v '^templates/notices/'; then
    echo "x-plain-text outside templates/notices (above)"
    status=1
fi
[ $status = 0 ] && echo "templates: all escaped by default"
exit $status
