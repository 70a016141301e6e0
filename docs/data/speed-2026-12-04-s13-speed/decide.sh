#!/usr/bin/env bash
# The deciding runs of s13-speed (protocol in docs/benchmarks-news.md, session 13), from the
# repository root: OLD=/tmp/s13-speed-old bash docs/data/speed-2026-12-04-s13-speed/decide.sh OUTDIR
# ($OLD made by: mkdir -p $OLD && git -C /work/main archive cf62e07 src | tar -x -C $OLD)
set -euo pipefail
out=$1
here=docs/data/speed-2026-12-04-s13-speed
mkdir -p "$out"
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "=== 1. exactness, $(load)"
PYTHONPATH="$OLD/src" nice python3 $here/same_events_s13.py --out "$out/events-old.txt" | tee "$out/same-events-old.log"
PYTHONPATH=src nice python3 $here/same_events_s13.py --out "$out/events-new.txt" | tee "$out/same-events-new.log"
cmp "$out/events-old.txt" "$out/events-new.txt" && echo "events: byte-identical"
echo "=== store, $(load)"
bash docs/data/storespeed-2026-12-03-s10-storespeed/same_store.sh 200 nlp | tee "$out/same-store.log"
echo "=== 2. in process, $(load)"
for round in 1 2 3 4; do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo -n "round $round $build ($(load)): "
    PYTHONPATH="$src" nice python3 docs/data/speed-2026-12-03-s10-speed/code_cpu.py long
  done
done | tee "$out/inprocess.log"
echo "=== 3. whole command, $(load)"
bash docs/data/speed-2026-12-03-s10-speed/paired_bench.sh 2 200 --long --coder=nlp --workers=2 | tee "$out/paired-bench.log"
echo "=== end $(load)"
