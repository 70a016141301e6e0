#!/usr/bin/env bash
# ROUNDS pairs of the whole command (the bench's 200 long articles, nlp coder, two workers),
# main at 3b13bf1 ($OLD, default /tmp/s14-parser-base) and candidate G ($NEW, default /tmp/s14-parser-g56:
# main with group-56k.patch) alternated, bytecode written on both trees, load beside each.
# Usage, from the repository root:
#   bash docs/data/speed-2026-12-04-s14-parser/pair_g56.sh ROUNDS
# (trees made by: git archive 3b13bf1 | tar -x -C $OLD; the same into $NEW, then
#  patch -p1 -d $NEW < docs/data/speed-2026-12-04-s14-parser/group-56k.patch)
set -euo pipefail
OLD=${OLD:-/tmp/s14-parser-base}
NEW=${NEW:-/tmp/s14-parser-g56}
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
python3 -m compileall -q "$OLD/src" "$NEW/src" "$OLD/bench" "$NEW/bench"
for round in $(seq "$1"); do
  for build in old new; do
    tree=$NEW
    [ "$build" = old ] && tree=$OLD
    echo "=== round $round, $build ($tree), $(load)"
    (cd "$tree" && env -u PYTHONDONTWRITEBYTECODE PYTHONPATH=src nice python3 bench/bench_news.py 200 --long --coder=nlp --workers=2)
  done
done
echo "=== end $(load)"
