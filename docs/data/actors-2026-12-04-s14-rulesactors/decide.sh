#!/bin/sh
# s14-rulesactors: the deciding runs of a candidate (worktree root), the candidate in src.
#   sh docs/data/actors-2026-12-04-s14-rulesactors/decide.sh reading CAND   # READING, both coders
#   sh docs/data/actors-2026-12-04-s14-rulesactors/decide.sh check CAND     # CHECK, once
# Before: the session start deb236a, extracted in /tmp/s14-start/src
# (git -C /work/main archive deb236a src | tar -x -C /tmp/s14-start); its READING figures are
# the lead's /tmp/reading-s14-start.json, copied here as reading-start.json.
# SRC: the candidate's code (default src; a copy such as /tmp/ra-conj14/src, made with
# git archive of the protocol commit, lets the worktree change while a run goes on).
set -e
S=${SRC:-src}
D=docs/data/actors-2026-12-04-s14-rulesactors
H=docs/data/protocol-2026-12-04-s13/evaluate_reading_r3.py
C=${2:?candidate name}
case "$1" in
reading)
    nice python3 $H --src $S --out $D/reading-$C.json
    python3 docs/data/rules-2026-12-04-s13-rules/compare.py $D/reading-start.json \
        $D/reading-$C.json > $D/compare-$C.json
    ;;
check)
    nice python3 $H --check --src $S --before /tmp/s14-start/src --out $D/check-$C.json
    ;;
esac
