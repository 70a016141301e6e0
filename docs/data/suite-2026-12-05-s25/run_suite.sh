#!/usr/bin/env bash
# The suite as .ci/run runs it (a throwaway PostgreSQL cluster, ACCORD_REQUIRE_SHARED=1,
# ACCORD_README=1), niced, with per-test CPU seconds (cputime_plugin.py) and the load every
# minute. Run as root from anywhere:
#   bash docs/data/suite-2026-12-05-s25/run_suite.sh OUT [pytest args...]
# e.g. OUT -p no:randomly --junitxml=OUT/junit.xml (serial: add -n 0). Writes OUT/pytest.txt,
# OUT/load.txt, OUT/wall.txt, OUT/cpu-<worker>.tsv.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
cd "$here/../../.."
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgdata=$(mktemp -d /tmp/suite-pg.XXXXXX)
chown postgres "$pgdata"
port=${PGPORT_SUITE:-54341}
as_pg() { su postgres -s /bin/sh -c "$*"; }
cleanup() { as_pg "'$bin/pg_ctl' -D '$pgdata' -m fast stop" >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap cleanup EXIT
as_pg "'$bin/initdb' -D '$pgdata' -A trust -U postgres" >/dev/null
as_pg "'$bin/pg_ctl' -D '$pgdata' -l '$pgdata/log' -w -o \"-p $port -k '$pgdata' -c listen_addresses=127.0.0.1\" start" >/dev/null
as_pg "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres accord_test"
export ACCORD_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/accord_test"
export ACCORD_REQUIRE_SHARED=1 ACCORD_README=1 PYTHONPATH="src:$here" CPUTIME_DIR="$out"
git rev-parse HEAD > "$out/commit.txt"
{ echo "start $(date -u +%FT%TZ)"; uptime; } > "$out/load.txt"
( while sleep 60; do uptime; done ) >> "$out/load.txt" &
lp=$!
s=$(date +%s.%N)
nice python3 -m pytest --durations=60 -p cputime_plugin -q "$@" > "$out/pytest.txt" 2>&1
rc=$?
e=$(date +%s.%N)
kill $lp
{ echo "end $(date -u +%FT%TZ)"; uptime; } >> "$out/load.txt"
python3 -c "print(f'wall_s {$e - $s:.1f} rc $rc')" > "$out/wall.txt"
