#!/bin/sh
# accord evidence evaluate FILE --coder C --json --errors on the 12 development evidence files,
# both coders; JSON (and stderr) into OUT (default base/). Run: sh run_base.sh [OUT]
cd "$(dirname "$0")/../../.." && OUT=${1:-docs/data/evidence-2026-12-03-s11-evidence/base} && mkdir -p "$OUT"

for c in rules nlp; do
for f in tests/data/news/evidence-gold.jsonl tests/data/news/evidence-heldout-*.jsonl; do
  n=$(basename $f .jsonl)
  PYTHONPATH=src nice python3 -c "import sys; from accord.cli import main; sys.argv=['accord','evidence','evaluate','$f','--coder','$c','--json','--errors']; main()" > $OUT/$n-$c.json 2> $OUT/$n-$c.err
done; done
