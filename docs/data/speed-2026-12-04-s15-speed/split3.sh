#!/usr/bin/env bash
# ROUNDS rounds of s14-spacy's worker_split.py (the workers' coding CPU, tok2vec's and the greedy
# parser's inside it, and the tasks) on the bench's 200 long articles, one shard each, two
# workers, the builds given alternated, bytecode written, load beside each. Usage, from the
# repository root:
#   bash docs/data/speed-2026-12-04-s15-speed/split3.sh ROUNDS NAME=TREE [NAME=TREE ...]
set -euo pipefail
rounds=$1
shift
split=$PWD/docs/data/speed-2026-12-04-s14-spacy/worker_split.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PYTHONPATH=src:bench python3 -c "
import sys; from pathlib import Path; import bench_news as b
f = Path(sys.argv[1]); f.mkdir(); b._corpus(f, 200, True, False); b._one_shard_per_article(f)
" "$work/corpus"
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
for build in "$@"; do python3 -m compileall -q "${build#*=}/src"; done
for round in $(seq "$rounds"); do
  for build in "$@"; do
    name=${build%%=*}
    tree=${build#*=}
    echo "=== round $round, $name ($tree), $(load)"
    rm -f "$work/store.db"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$tree/src" S14_TRACE="$work/trace.jsonl" \
      nice python3 "$split" "$work/corpus" "$work/store.db" 2 | tail -1
  done
done
echo "=== end $(load)"
