"""Per-file, per-record actor correctness for both coders (session 5, actor resolution).

Run from the repository root with the worktree's venv active:

    python3 docs/data/actors-2026-12-03-s5/score_actors.py OUT.json rules,nlp

It codes every gold record of the six accord gold files and of the OEDA development file
(../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json) with each coder and writes, per
"coder:file", the gold and predicted source/target codes (organisations folded to IGO/NGO as
`accord events evaluate` does). Actor accuracy per file = correct source and target slots over
the slots with gold actors, the figure of `accord events evaluate`.
"""
import json, sys, time
from pathlib import Path
from accord.news.evaluate import read_gold, fold
from accord.news.coders import get_coder
from accord.news.gazetteer import load

FILES = ["diplomacy-2025.json","news-fresh-2025.json","news-heldout-2025.json","news-heldout-2026.json","news-real-2025.json","seed-article.json"]
import os
# the repository root from the working folder: "." when run from the root as documented, so
# paths (and the group labels built from them) are those of the original runs
ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"  # ../shared beside the repository (tests/helpers.py)
OEDA = SHARED / "reference/plover/PLOVER_GSR_CAMEO.dev.json"


def main():
    """Run the script (its module docstring says how)."""
    out = {}
    coders = sys.argv[2].split(",") if len(sys.argv) > 2 else ["rules","nlp"]
    classes = load().org_classes
    for cname in coders:
        coder = get_coder(cname, strict=True).coder
        for f in FILES + ["OEDA"]:
            path = OEDA if f == "OEDA" else ROOT / "tests/data/news" / f
            recs = read_gold(path)
            rows = []
            t=time.time()
            for r in recs:
                ev = coder.code_sentence(r.text, r.date)
                b = ev[0] if ev else None
                gs = frozenset(classes.get(c,c) for c in r.sources); gt = frozenset(classes.get(c,c) for c in r.targets)
                s = fold(b.sources) if b else frozenset(); tt = fold(b.targets) if b else frozenset()
                rows.append({"id": r.id, "gs": sorted(gs), "s": sorted(s), "gt": sorted(gt), "t": sorted(tt),
                             "got": b.event_type if b else "NONE", "gold": r.event, "text": r.text})
            out[f"{cname}:{f}"] = rows
            print(cname, f, len(recs), round(time.time()-t,1), file=sys.stderr)
    json.dump(out, open(sys.argv[1],"w"))


if __name__ == "__main__":
    main()
