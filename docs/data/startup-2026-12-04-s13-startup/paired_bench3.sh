#!/usr/bin/env bash
# paired_bench.sh of s10-speed with three builds alternated (s13-startup): the session-start
# code cf62e07, candidate A and candidate B (each a `git archive` of its commit's src), load
# before each run. Usage, from the repository root:
#   bash docs/data/startup-2026-12-04-s13-startup/paired_bench3.sh ROUNDS OLD A B ARGS...
# e.g. `... paired_bench3.sh 2 /tmp/s13su/old /tmp/s13su/A /tmp/s13su/B 200 --long --coder=nlp --workers=2`
# Runs with PYTHONDONTWRITEBYTECODE unset (this machine sets it; an install has .pyc files).
set -euo pipefail
rounds=$1; old=$2; a=$3; b=$4
shift 4
for round in $(seq "$rounds"); do
  for build in old A B; do
    case $build in old) src=$old/src ;; A) src=$a/src ;; B) src=$b/src ;; esac
    echo "=== round $round, $build ($src), $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$src" nice python3 bench/bench_news.py "$@"
  done
done
echo "=== end $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
