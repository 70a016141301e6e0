#!/usr/bin/env bash
# The deciding runs of candidate S (protocol in docs/benchmarks-news.md, session 14,
# s14-coderspeed), from the repository root:
# OLD=/tmp/s14cs/start bash docs/data/speed-2026-12-04-s14-coderspeed/decide.sh OUTDIR
# ($OLD: a copy of deb236a's src (/tmp/s14-start) that compileall may write into: `mkdir -p $OLD && cp -r /tmp/s14-start/src $OLD/`)
set -euo pipefail
out=$1
here=docs/data/speed-2026-12-04-s14-coderspeed
mkdir -p "$out"
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "=== 1. exactness, $(load)"
PYTHONPATH="$OLD/src" nice python3 $here/same_events_s14.py --out "$out/events-old.txt" | tee "$out/same-events-old.log"
PYTHONPATH=src nice python3 $here/same_events_s14.py --out "$out/events-new.txt" | tee "$out/same-events-new.log"
cmp "$out/events-old.txt" "$out/events-new.txt" && echo "events: byte-identical"
diff <(grep -v "^CPU" "$out/same-events-old.log") <(grep -v "^CPU" "$out/same-events-new.log") && echo "digests: the same"
echo "=== 2. ab_cpu, $(load)"
PYTHONPATH=src nice python3 $here/ab_cpu.py "$OLD/src" --rounds 6 | tee "$out/ab-cpu.log"
echo "=== 3. in process, $(load)"
for round in 1 2 3 4; do
  for build in old new; do
    src=src
    [ "$build" = old ] && src="$OLD/src"
    echo -n "round $round $build ($(load)): "
    PYTHONPATH="$src" nice python3 docs/data/speed-2026-12-03-s10-speed/code_cpu.py long
  done
done | tee "$out/inprocess.log"
echo "=== 4. whole command, bytecode written, $(load)"
python3 -m compileall -q src "$OLD/src" || true
env -u PYTHONDONTWRITEBYTECODE bash docs/data/speed-2026-12-03-s10-speed/paired_bench.sh 2 200 --long --coder=nlp --workers=2 | tee "$out/paired-bench.log"
echo "=== end $(load)"
