"""The rules coder's first event against the gold, every development record that differs in
type, source or target: python errors.py LABEL (writes rules-errors-LABEL.txt in this folder;
one line per record: file:id, gold type source -> target, coded type source -> target, trigger,
sentence)."""
import os
import sys
from pathlib import Path

from accord.news.coders import RulesCoder
from accord.news.evaluate import evaluate
from accord.news.nlp.rules_cv import dev_sets, load_records

ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"
HERE = Path(__file__).resolve().parent


def main():
    """Run the script (its module docstring says how)."""
    label = sys.argv[1]
    records, _groups, names = load_records(dev_sets(ROOT, SHARED))
    coder = RulesCoder()
    with open(HERE / f"rules-errors-{label}.txt", "w") as out:
        for record, name in zip(records, names):
            for e in evaluate([record], keep_errors=True, coder=coder).errors:
                gold = f"{e['gold']} {'+'.join(e['gold_source'])} -> {'+'.join(e['gold_target'])}"
                got = f"{e['got']} {'+'.join(e['source'])} -> {'+'.join(e['target'])}"
                out.write(f"{name}:{e['id']}\t{gold}\t{got}\t{e['trigger']}\t| {e['text']}\n")


if __name__ == "__main__":
    main()
