#!/usr/bin/env bash
# The store the whole command makes, before and after: the bench's 200 long articles
# (make_corpus, one shard each, plus the .jsonl shard) ingested by
# `accord ingest DIR --db DB --coder CODER --workers 2` with OLD's src and this checkout's,
# then every row of every table hashed (all columns but the two clocks; store_profile.py's
# fingerprint). Usage, from the repository root:
#   OLD=/tmp/storespeed-old bash docs/data/storespeed-2026-12-03-s10-storespeed/same_store.sh N CODER
# ($OLD made by: mkdir -p $OLD && git archive 7aa34a6 src | tar -x -C $OLD)
set -euo pipefail
n=$1
coder=$2
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PYTHONPATH=src:bench python3 -c "
import sys; from pathlib import Path; from bench_news import make_corpus
Path(sys.argv[1]).mkdir(); make_corpus(Path(sys.argv[1]), int(sys.argv[2]), sentences=(76, 88))
" "$work/corpus" "$n"
for build in old new; do
  src=src
  [ "$build" = old ] && src="$OLD/src"
  PYTHONPATH="$src" nice python3 -c 'import sys; from accord.cli import main; sys.exit(main())' \
    ingest "$work/corpus" --db "$work/$build.db" --coder "$coder" --workers 2 > "$work/$build.out"
  tail -3 "$work/$build.out"
  echo "$build: $(PYTHONPATH="$src" python3 -c "
import sys; sys.path.insert(0, sys.argv[2])
from store_profile import fingerprint; from pathlib import Path
print(fingerprint(Path(sys.argv[1])))" "$work/$build.db" "$here" | tail -1)"
done
