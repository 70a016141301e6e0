"""The rules coder on the READING files (session 12: every development event file except the
CHECK files news-heldout-s11.json and news-heldout-s11b.json): python actors.py LABEL
(writes reading-actors-LABEL.txt in this folder; one line per record whose coded type equals
the gold type and whose source or target differs from the gold, and one per record where the
gold target is empty and the coded one is not, or the reverse; the CHECK files are never coded
here)."""
import os
import sys
from pathlib import Path

ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"
HERE = Path(__file__).resolve().parent
CHECK = ("news-heldout-s11.json", "news-heldout-s11b.json")


def reading_sets():
    """``rules_cv.dev_sets`` less the two CHECK files."""
    from accord.news.nlp.rules_cv import dev_sets

    return [s for s in dev_sets(ROOT, SHARED) if not s.path.endswith(CHECK)]


def main():
    """Run the script (its module docstring says how)."""
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import fold
    from accord.news.nlp.rules_cv import load_records
    from accord.news.gazetteer import load

    label = sys.argv[1]
    classes = load().org_classes
    records, _groups, names = load_records(reading_sets())
    coder = RulesCoder()
    lines = []
    for record, name in zip(records, names):
        events = coder.code_sentence(record.text, record.date)
        best = events[0] if events else None
        got = best.event_type if best else "NONE"
        if got != record.event or got == "NONE":
            continue
        gs = frozenset(classes.get(c, c) for c in record.sources)
        gt = frozenset(classes.get(c, c) for c in record.targets)
        src, tgt = fold(best.sources), fold(best.targets)
        flags = []
        if gs and src != gs:
            flags.append("S")
        if gt and tgt != gt:
            flags.append("T")
        if not gt and tgt:
            flags.append("T+")  # gold has no target, the coder gives one
        if gt and not tgt:
            flags.append("T-")
        if not flags:
            continue
        lines.append(
            f"{name}:{record.id}\t{','.join(flags)}\t{got}\t"
            f"{'+'.join(sorted(gs))} -> {'+'.join(sorted(gt))}\t"
            f"{'+'.join(sorted(src))} -> {'+'.join(sorted(tgt))}\t{best.trigger}\t| {record.text}\n"
        )
    (HERE / f"reading-actors-{label}.txt").write_text("".join(lines))
    print(len(lines), "records")


if __name__ == "__main__":
    main()
