#!/usr/bin/env bash
# Paired benchmark of the session's start (main at 51af6c5, its src extracted to $OLD) and this
# branch, alternating, with the load average before each run. Usage, from the repository
# root: OLD=/tmp/speed-old bash docs/data/speed-2026-12-03-s10-speed/paired_bench.sh ROUNDS ARGS...
# e.g. `... paired_bench.sh 2 200 --long --coder=nlp --workers=2`
# ($OLD made by: mkdir -p $OLD && git archive 51af6c5 src | tar -x -C $OLD)
set -euo pipefail
rounds=$1
shift
for round in $(seq "$rounds"); do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo "=== round $round, $build ($src), $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    PYTHONPATH="$src" nice python3 bench/bench_news.py "$@"
  done
done
echo "=== end $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
