#!/usr/bin/env bash
# ROUNDS rounds of the whole command and the in-process case (bench_news.py 200 --long
# --coder=$CODER --workers=2, CODER nlp unless set), builds alternated in the order given,
# bytecode written on every tree (compileall, PYTHONDONTWRITEBYTECODE unset, as after a pip
# install), load beside each.
# Usage, from the repository root:
#   bash docs/data/speed-2026-12-04-s15-speed/pair3.sh ROUNDS NAME=TREE [NAME=TREE ...]
# e.g. `... pair3.sh 3 start=/tmp/s15sp/start g2=/tmp/s15sp/g2 T=/tmp/s15sp/T`
# (start: a copy of /tmp/s15-start, e321268's src; g2: the start with s14-parser's
#  group-112k-parse-16.patch; T: `git archive COMMIT src`).
set -euo pipefail
rounds=$1
shift
load() { echo "$(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
for build in "$@"; do python3 -m compileall -q "${build#*=}/src"; done
python3 -m compileall -q bench
for round in $(seq "$rounds"); do
  for build in "$@"; do
    name=${build%%=*}
    tree=${build#*=}
    echo "=== round $round, $name ($tree), $(load)"
    env -u PYTHONDONTWRITEBYTECODE PYTHONPATH="$tree/src" nice python3 bench/bench_news.py 200 --long --coder=${CODER:-nlp} --workers=2
  done
done
echo "=== end $(load)"
