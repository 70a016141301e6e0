"""Evidence figures of both coders on one side of session 12's split: python evid.py LABEL
reading|check (writes evidence-SIDE-LABEL.json in this folder: per file and coder, the gold,
found, predicted and correct counts of ``evaluate_evidence_file``; no per-record output).

READING: the 12 development evidence files other than evidence-heldout-s11.jsonl; CHECK:
evidence-heldout-s11.jsonl only. Run "base" with PYTHONPATH=/path/to/main/src."""
import json
import os
import sys
from pathlib import Path

ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
HERE = Path(__file__).resolve().parent
NEWS = ROOT / "tests" / "data" / "news"
CHECK = "evidence-heldout-s11.jsonl"
READING = ["evidence-gold.jsonl"] + sorted(
    p.name for p in NEWS.glob("evidence-heldout-*.jsonl") if p.name != CHECK
)


def main():
    """Run the script (its module docstring says how)."""
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import evaluate_evidence_file

    label, side = sys.argv[1:3]
    files = READING if side == "reading" else [CHECK]
    out = {}
    for which in ("rules", "nlp"):
        coder = get_coder(which, strict=True).coder
        for name in files:
            s = evaluate_evidence_file(NEWS / name, coder).overall
            out[f"{which}:{name}"] = [s.gold, s.found_gold, s.predicted, s.correct]
    tot = {w: [sum(v[i] for k, v in out.items() if k.startswith(w)) for i in range(4)] for w in ("rules", "nlp")}
    print(side, label, "pooled [gold, found, predicted, correct]:", tot)
    (HERE / f"evidence-{side}-{label}.json").write_text(json.dumps({"files": out, "pooled": tot}, indent=1))


if __name__ == "__main__":
    main()
