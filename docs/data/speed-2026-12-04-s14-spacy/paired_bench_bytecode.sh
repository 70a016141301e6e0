#!/usr/bin/env bash
# Part 3 of decide.sh alone: ROUNDS pairs of the whole command, start ($OLD) and this branch
# alternated, bytecode written on both trees, load beside each. From the repository root:
# OLD=/tmp/s14-spacy-start bash docs/data/speed-2026-12-04-s14-spacy/paired_bench_bytecode.sh ROUNDS
set -euo pipefail
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
python3 -m compileall -q src "$OLD/src" bench
for round in $(seq "$1"); do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo "=== round $round, $build ($src), $(load)"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$src" nice python3 bench/bench_news.py 200 --long --coder=nlp --workers=2
  done
done
echo "=== end $(load)"
