"""Census of s42-insistrules: every READING record with a form of "insist", its gold and what
each coder gives (the record's scored event first, then every event of the sentence, with
type, trigger, sources and targets). Run from the worktree root with PYTHONPATH set to the
code to read: ``PYTHONPATH=/tmp/s42-start/src python3 census.py > census-start.txt``. The
CHECK files of session 42 are skipped by name, unopened."""

import re
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{n}" for n in ("40", "40b", "40c", "41", "41b", "41c")}
WORD = re.compile(r"\binsist(?:s|ed|ing)?\b", re.I)


def _show(events: list[Any]) -> str:
    return "; ".join(
        f"{e.event_type}/{e.mode}/{e.trigger}/{','.join(a.code for a in e.sources)}"
        f"->{','.join(a.code for a in e.targets)}"
        for e in events
    )


def fold_codes(codes: tuple[str, ...]) -> frozenset[str]:
    from accord.news.evaluate import load

    classes = load().org_classes
    return frozenset(classes.get(c, c) for c in codes)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            found = WORD.search(rec.text)
            if not found:
                continue
            gold = f"{rec.event}/{','.join(sorted(rec.sources))}->{','.join(sorted(rec.targets))}"
            print(f"{dev.name}|{rec.id}|gold={gold}|{found.group(0)}|{rec.text}")
            for name, coder in coders.items():
                events = coder.code_sentence(rec.text, rec.date, rec.home)
                best = events[0] if events else None
                ok = (
                    best is not None
                    and best.event_type == rec.event
                    and (not rec.sources or fold(best.sources) == fold_codes(rec.sources))
                    and (not rec.targets or fold(best.targets) == fold_codes(rec.targets))
                ) or (best is None and rec.event == "NONE")
                print(f"  {name}: {'RIGHT' if ok else 'wrong'} | {_show(events) or 'NONE'}")


if __name__ == "__main__":
    main()
