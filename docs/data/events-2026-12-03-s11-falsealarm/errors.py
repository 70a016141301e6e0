"""The rules coder's first event against the gold: python errors.py LABEL.

Writes, in this folder, rules-errors-LABEL.txt (every development record whose first event
differs from the gold in type, source or target; one line each: file:id, gold type source ->
target, coded type source -> target, trigger, sentence), and falsealarms-LABEL.txt, the
lines of two kinds this session works on: gold NONE coded an event ("FA"), and gold ACCUSE
coded otherwise ("ACCUSE"), sorted by kind, coded type and file.

Same evaluation as ``accord events evaluate FILE --coder rules --json --errors`` on each
of the seventeen files of ``accord.news.nlp.rules_cv.dev_sets``."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    """Run the script (its module docstring says how)."""
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import evaluate
    from accord.news.nlp.rules_cv import dev_sets, load_records

    root = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
    label = sys.argv[1]
    records, _groups, names = load_records(dev_sets(root, root / ".." / "shared"))
    coder = RulesCoder()
    lines, picked = [], []
    for record, name in zip(records, names):
        for e in evaluate([record], keep_errors=True, coder=coder).errors:
            gold = f"{e['gold']} {'+'.join(e['gold_source'])} -> {'+'.join(e['gold_target'])}"
            got = f"{e['got']} {'+'.join(e['source'])} -> {'+'.join(e['target'])}"
            line = f"{name}:{e['id']}\t{gold}\t{got}\t{e['trigger']}\t| {e['text']}\n"
            lines.append(line)
            if e["gold"] == "NONE" and e["got"] != "NONE":
                picked.append(("FA", e["got"], name, line))
            elif e["gold"] == "ACCUSE" and e["got"] != "ACCUSE":
                picked.append(("ACCUSE", e["got"], name, line))
    (HERE / f"rules-errors-{label}.txt").write_text("".join(lines))
    picked.sort(key=lambda p: (p[0] != "FA", p[1], p[2]))
    (HERE / f"falsealarms-{label}.txt").write_text("".join(f"{k}\t{line}" for k, _t, _n, line in picked))
    print(len(lines), "errors;", sum(p[0] == "FA" for p in picked), "false alarms;",
          sum(p[0] == "ACCUSE" for p in picked), "missed ACCUSE")


if __name__ == "__main__":
    main()
