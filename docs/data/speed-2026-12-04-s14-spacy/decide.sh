#!/usr/bin/env bash
# The deciding runs of s14-spacy (protocol in docs/benchmarks-news.md, session 14, s14-spacy),
# from the repository root: OLD=/tmp/s14-spacy-start bash docs/data/speed-2026-12-04-s14-spacy/decide.sh OUTDIR
# ($OLD made by: mkdir -p $OLD && git -C /work/main archive deb236a src | tar -x -C $OLD)
set -euo pipefail
out=$1
here=docs/data/speed-2026-12-04-s14-spacy
mkdir -p "$out"
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "=== 1. exactness, $(load)"
PYTHONPATH="$OLD/src" nice python3 $here/same_events_s14.py --out "$out/events-old.txt" | tee "$out/same-events-old.log"
PYTHONPATH=src nice python3 $here/same_events_s14.py --out "$out/events-new.txt" | tee "$out/same-events-new.log"
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
echo "=== 3. whole command (bytecode written), $(load)"
python3 -m compileall -q src "$OLD/src" bench
for round in 1 2; do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo "=== round $round, $build ($src), $(load)"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$src" nice python3 bench/bench_news.py 200 --long --coder=nlp --workers=2
  done
done | tee "$out/paired-bench.log"
echo "=== end $(load)"
