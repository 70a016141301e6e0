#!/usr/bin/env bash
# The whole command alone (bench_news.py's _whole_command: the console script, tree CPU by a
# child subreaper), old ($OLD/src) and this checkout's src alternated, on one corpus folder
# (the bench's 200 long articles, one a shard). Usage, from the repository root:
#   OLD=/tmp/s14su/old bash docs/data/speed-2026-12-04-s14-startup/paired_whole.sh PAIRS CORPUS
set -euo pipefail
pairs=$1
corpus=$2
for pair in $(seq "$pairs"); do
  order="old new"
  [ $((pair % 2)) -eq 0 ] && order="new old"
  for build in $order; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    db=$(mktemp -u /tmp/s14-whole-XXXX.db)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$src:bench" nice python3 -c "
import sys; from pathlib import Path; import bench_news as b
r = b._whole_command(Path(sys.argv[1]), Path(sys.argv[2]), 'nlp', 2)
print(f'pair $pair $build load $load: wall {r[\"seconds\"]:.2f} s, tree CPU {r[\"tree_cpu_s\"]:.2f} s, articles {r[\"articles\"]}')
" "$corpus" "$db"
    rm -f "$db" "$db"-*
  done
done
