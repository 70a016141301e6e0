#!/bin/sh
# usage: score.sh SRC OUTDIR   (run from /work/main)
SRC=$1; OUT=$2; mkdir -p $OUT
for S in s47 s47b s47c; do for C in rules nlp; do
  PYTHONPATH=$SRC python3 -m accord events evaluate tests/data/news/news-heldout-$S.json --coder $C --json --errors > $OUT/events-heldout-$S-$C.json 2> $OUT/events-heldout-$S-$C.err
done; done
for C in rules nlp; do
  PYTHONPATH=$SRC python3 -m accord evidence evaluate tests/data/news/evidence-heldout-s47.jsonl --coder $C --json --errors > $OUT/evidence-heldout-s47-$C.json 2> $OUT/evidence-heldout-s47-$C.err
done
