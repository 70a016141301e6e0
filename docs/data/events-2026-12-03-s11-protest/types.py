"""Per-type precision and recall of PROTEST and COERCE for the rules coder on each development
file, and every record of either type in gold or coded that is wrong in type:
python types.py LABEL (writes types-LABEL.json and types-LABEL.txt in this folder).

Per file it is ``accord events evaluate FILE --coder rules --json --errors`` (the same
``evaluate`` on the file's records); the first event of a sentence is the one scored."""
import json
import os
import sys
from pathlib import Path

from accord.news.coders import RulesCoder
from accord.news.evaluate import evaluate
from accord.news.nlp.rules_cv import dev_sets, read_gold

ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"
HERE = Path(__file__).resolve().parent
TYPES = ("PROTEST", "COERCE")


def main():
    """Run the script (its module docstring says how)."""
    label = sys.argv[1]
    coder = RulesCoder()
    report = {"label": label, "files": {}}
    lines = []
    pooled = {t: [0, 0, 0] for t in TYPES}  # gold, coded, both
    for dev in dev_sets(ROOT, SHARED):
        ev = evaluate(read_gold(dev.path, dev.split), keep_errors=True, coder=coder)
        row = {}
        for t in TYPES:
            gold_n = sum(ev.confusion.get(t, {}).values())
            coded = sum(r.get(t, 0) for r in ev.confusion.values())
            hit = ev.confusion.get(t, {}).get(t, 0)
            row[t] = {
                "gold": gold_n,
                "coded": coded,
                "correct": hit,
                "precision": round(hit / coded, 3) if coded else None,
                "recall": round(hit / gold_n, 3) if gold_n else None,
            }
            for i, v in enumerate((gold_n, coded, hit)):
                pooled[t][i] += v
        report["files"][dev.name] = row
        for e in ev.errors:
            if e["gold"] != e["got"] and (e["gold"] in TYPES or e["got"] in TYPES):
                lines.append(
                    f"{dev.name}:{e['id']}\tgold {e['gold']}\tgot {e['got']}\t{e['trigger']}\t| {e['text']}"
                )
    report["pooled"] = {
        t: {"gold": g, "coded": c, "correct": h,
            "precision": round(h / c, 3) if c else None, "recall": round(h / g, 3) if g else None}
        for t, (g, c, h) in pooled.items()
    }
    (HERE / f"types-{label}.json").write_text(json.dumps(report, indent=1) + "\n")
    (HERE / f"types-{label}.txt").write_text("\n".join(lines) + "\n")
    for name, row in report["files"].items():
        print(name, "  ".join(f"{t} g{v['gold']} c{v['coded']} ok{v['correct']}" for t, v in row.items()))
    print("pooled", report["pooled"])


if __name__ == "__main__":
    main()
