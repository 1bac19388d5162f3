#!/bin/sh
# make bench: builds the FastCGI hello-world reference, then runs the bench
# (tests/bench/bench.py: data generation, lighttpd, wrk, targets, results in
# build/bench/results.md). A missed target is reported; a broken bench fails.
set -eu
root=$(pwd)
build="$root/${BUILD:-build/release}"
mkdir -p "$root/build/bench"
hello="$root/build/bench/hello.fcgi"
${CC:-gcc} -std=c17 -Wall -Wextra -Werror -Wformat=2 -Wshadow -O2 -o "$hello" "$root/tests/bench/hello.c" -lfcgi
exec /usr/bin/python3 "$root/tests/bench/bench.py" "$root" "$build" "$hello"
