#!/usr/bin/env bash
# Paired timelines of the whole command, before ($OLD/src) and after (this checkout's src),
# alternated, the load beside each. Usage, from the repository root:
#   OLD=/tmp/speed-old bash docs/data/speed-2026-12-04-s12-speed/paired_timeline.sh ROUNDS CORPUS OUTDIR
# (CORPUS: the bench's 200 long articles, one a shard; $OLD: git archive 469d794 src | tar -x -C $OLD)
set -euo pipefail
rounds=$1
corpus=$2
out=$3
here=$(dirname "$0")
mkdir -p "$out"
for round in $(seq "$rounds"); do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    db=$(mktemp -u /tmp/s12-tl-XXXX.db)
    echo "=== round $round, $build, $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
    S12_TRACE="$out/trace.jsonl" PYTHONPATH="$src" nice python3 "$here/timeline.py" "$corpus" "$db" 2 \
      "$out/timeline-$build-$round.json" > /dev/null 2>&1
    rm -f "$db" "$db"-*
    python3 "$here/summary.py" "$out/timeline-$build-$round.json"
  done
done
rm -f "$out/trace.jsonl"
echo "=== end $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"
