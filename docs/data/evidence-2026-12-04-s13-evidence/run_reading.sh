#!/bin/sh
# accord evidence evaluate FILE --coder C --json --errors on the 13 READING evidence files
# (every development evidence file except the CHECK file evidence-heldout-s12.jsonl), both
# coders; JSON into OUT. Run from the worktree root: sh docs/data/evidence-2026-12-04-s13-evidence/run_reading.sh OUT
OUT=${1:?OUT}
mkdir -p "$OUT"
for c in rules nlp; do
for f in tests/data/news/evidence-gold.jsonl tests/data/news/evidence-heldout-*.jsonl; do
  n=$(basename $f .jsonl)
  [ "$n" = evidence-heldout-s12 ] && continue
  PYTHONPATH=src nice python3 -c "import sys; from accord.cli import main; sys.argv=['accord','evidence','evaluate','$f','--coder','$c','--json','--errors']; main()" > $OUT/$n-$c.json 2> $OUT/$n-$c.err
done; done
