#!/usr/bin/env bash
# README command 2: installs what is missing, builds, starts a throwaway PostgreSQL 15 cluster
# (own temp data dir, a free port, stopped whatever happens), runs the whole suite with ctest,
# and exits with its result. Other arguments go to ctest (e.g. -L multiuser).
#   scripts/test.sh --sanitize   the same in build-asan/, built with AddressSanitizer and
#                                UndefinedBehaviorSanitizer (about 10 minutes to build, 4 to run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

builddir=build
options=()
if [ "${1:-}" = "--sanitize" ]; then
  shift
  builddir=build-asan
  options=(-DPD_SANITIZE=ON)
  export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

scripts/install-deps.sh --test
# Warnings are errors and assertions stay on for the suite (and so in CI).
cmake -S . -B "$builddir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPD_WERROR=ON -DPD_ASSERTIONS=ON "${options[@]}" >/dev/null
cmake --build "$builddir" -j2

pgbin=/usr/lib/postgresql/15/bin
tmp=$(mktemp -d /tmp/privacydesk-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$pgbin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp"

as_pg "$pgbin/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log"; exit 1; }
# The roles the server asks a password of (members of pd_password_roles: the tests' sources that
# want a password); the first matching line wins, so everyone else stays trusted.
as_pg sh -c "{ echo 'host all +pd_password_roles 127.0.0.1/32 scram-sha-256'; cat '$tmp/data/pg_hba.conf'; } > '$tmp/data/pg_hba.new' \
  && mv '$tmp/data/pg_hba.new' '$tmp/data/pg_hba.conf'"
started=""
for attempt in 1 2 3 4 5 6 7 8; do
  port=$(shuf -i 20000-60000 -n 1)
  if as_pg "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
       -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null; then
    started=yes
    break
  fi
done
[ -n "$started" ] || { echo "PostgreSQL did not start:"; cat "$tmp/server.log"; exit 1; }
echo "Throwaway PostgreSQL 15 on 127.0.0.1:$port ($tmp)"

export PRIVACYDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export QT_QPA_PLATFORM=offscreen
cd "$root/$builddir"
ctest --output-on-failure -j2 --timeout 900 "$@"
