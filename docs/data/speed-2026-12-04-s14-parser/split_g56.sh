#!/usr/bin/env bash
# ROUNDS pairs of s14-spacy's worker_split.py (the workers' coding CPU, tok2vec's and the greedy
# parser's inside it) on the bench's 200 long articles, one shard each, two workers: main
# ($OLD) and candidate G ($NEW) alternated, bytecode written, load beside each.
# Usage, from the repository root: bash docs/data/speed-2026-12-04-s14-parser/split_g56.sh ROUNDS
set -euo pipefail
OLD=${OLD:-/tmp/s14-parser-base}
NEW=${NEW:-/tmp/s14-parser-g56}
split=$PWD/docs/data/speed-2026-12-04-s14-spacy/worker_split.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PYTHONPATH=src:bench python3 -c "
import sys; from pathlib import Path; import bench_news as b
f = Path(sys.argv[1]); f.mkdir(); b._corpus(f, 200, True, False); b._one_shard_per_article(f)
" "$work/corpus"
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
for round in $(seq "$1"); do
  for build in old new; do
    tree=$NEW
    [ "$build" = old ] && tree=$OLD
    echo "=== round $round, $build ($tree), $(load)"
    rm -f "$work/store.db"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$tree/src" S14_TRACE="$work/trace.jsonl" \
      nice python3 "$split" "$work/corpus" "$work/store.db" 2 | tail -1
  done
done
echo "=== end $(load)"
