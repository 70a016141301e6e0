"""Leave-one-file-out of ``RoleRules.rules_type_same_trigger`` with a head trained without
the held file (s10-nlptypes, round 2). Written, with its adoption rule, after round 1
(``types_lofo.py``, shipped head) was read: that round lowered event F1 on the files the
shipped head was trained on (its probabilities there are in sample) and raised it on the
files it never saw, so the switch is judged here with the harness of s9-nlpactors and
s9-silent, where no file is coded by a head that saw it.

Harness: ``docs/data/events-2026-12-03-s9-nlpactors/actors_lofo.py`` (session 8's
``recall8_lofo.py``: static embeddings as shipped; for each held file F a head trained
without it on the shipped recipe, seed 0, setting (8, 0.03, 0.3); the rules coder's lexicon
candidates those chosen without F), over the sixteen files of ``rules_cv.dev_sets`` (its
fourteen plus news-heldout-s9 and -s9b, which are not among the head's training files; their
rules-lexicon choice is the one made on all files, as for any file outside session 5's
rounds). Every cell: ``base`` (``DEFAULT_RULES``), ``margin X`` (with the switch at
``TYPE_MARGIN`` = X), ``chosen`` (the margin picked inside the training files: for each other
file G, the head trained without F and G codes G; among the margins whose pooled event F1 and
actor accuracy over those G are both at least ``base``'s, the best F1 + actor accuracy, ties
the smaller margin; none: the switch stays off).

Adoption rule: ``chosen`` not lower than ``base`` in event F1 nor actor accuracy on any of
the sixteen files, pooled not lower in either and higher in one. The margin to ship: the
same inner rule on all sixteen files, each coded by its own fold's head.

Run from the repository root: ``PYTHONPATH=src nice python
docs/data/events-2026-12-03-s10-nlptypes/types_foldheads.py > types-foldheads.json``
(``S10_MARGINS`` overrides :data:`MARGINS`, comma-separated).

Round 3 (``S10_ROUND=3 S10_MARGINS=1.0 ... > types-foldheads-r3.json``; written after the
wrong types left by round 2's switch were read): ``base`` is ``DEFAULT_RULES`` with
``rules_type_same_trigger`` (adopted after round 2), the candidate adds
``rules_type_in_clause``, both at ``TYPE_MARGIN`` 1.0; adopted in a fold when its pooled F1 and
actor accuracy over the other files are both at least ``base``'s; the adoption rule as above.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s9-nlpactors"))
sys.path.insert(0, str(HERE.parent / "recall-cv-2026-12-03-s8"))
sys.argv[1:] = ["main"]

import actors_lofo as a9  # noqa: E402
import recall8_lofo as r8  # noqa: E402
from actors_lofo import FILES9, actor, counts, f1, pool  # noqa: E402
from recall8_lofo import FILE_OF, SETTING, SHIPPED_SPECS, SPECS, fit, subset  # noqa: E402

import accord.news.nlp.coder as nlp_coder  # noqa: E402
import accord.news.nlp.train as nlp_train  # noqa: E402
from accord.news.evaluate import read_gold  # noqa: E402
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder  # noqa: E402
from accord.news.nlp.rules_cv import outcome_rows  # noqa: E402
from accord.news.nlp.train import training_set  # noqa: E402

FILES = (*FILES9, "tests/data/news/news-heldout-s9.json", "tests/data/news/news-heldout-s9b.json")
ROUND = os.environ.get("S10_ROUND", "2")
MARGINS = tuple(float(x) for x in os.environ.get("S10_MARGINS", "0.1,0.3,0.5,1.0").split(","))


def pick(off: dict[str, int], by: dict[float, dict[str, int]]) -> float | None:
    ok = [
        (-(f1(c) + actor(c)), x)
        for x, c in by.items()
        if f1(c) >= f1(off) - 1e-12 and actor(c) >= actor(off) - 1e-12
    ]
    return min(ok)[1] if ok else None


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401
    import stack_lofo
    from head_cv import GoldSpec
    from rules_lofo import only

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES
    stack_lofo.FILES = FILES
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in FILES}
    specs = {s: v for s, v in SPECS.items() if s in SHIPPED_SPECS}
    with only(set(rules_lofo.CANDIDATES)):
        data = training_set(list(specs.values()), 0, r8.base.WEAK, "static")
    names: list[str] = []
    for name, spec in specs.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(data.gold)
    shipped_files = {FILE_OF[s] for s in specs}
    heads: dict[frozenset[str], Any] = {}

    def head(*files: str) -> Any:
        key = frozenset(files) & shipped_files
        if key not in heads:
            rows = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] not in key])]
            heads[key] = fit(subset(data, rows), 0, *SETTING)
        return heads[key]

    cache: dict[tuple[Any, ...], np.ndarray] = {}

    def code(held: str, target: str, margin: float | None) -> np.ndarray:
        h = head(held, target)
        lexicon = frozenset(chosen[held])
        key = (frozenset({held, target}) & shipped_files, lexicon, target, margin)
        if key in cache:
            return cache[key]
        # round 2: the switches of this branch off in base; round 3: same_trigger on in base
        rules = replace(
            DEFAULT_RULES, rules_type_same_trigger=ROUND == "3", rules_type_in_clause=False
        )
        if margin is not None:
            rules = replace(rules, rules_type_same_trigger=True, rules_type_in_clause=ROUND == "3")
            nlp_coder.TYPE_MARGIN = margin
        with only(chosen[held]):
            rows = outcome_rows(gold[target], NlpCoder(h, rules=rules))
        nlp_coder.TYPE_MARGIN = 1.0
        cache[key] = rows
        return rows

    result: dict[str, Any] = {"setting": SETTING, "margins": MARGINS, "files": {}}
    per_record: dict[str, Any] = {}
    start = time.process_time()
    for held in FILES:
        inner = [g for g in FILES if g != held]
        off = pool([counts(code(held, g, None)) for g in inner])
        by = {x: pool([counts(code(held, g, x)) for g in inner]) for x in MARGINS}
        x = pick(off, by)
        rows = {"base": code(held, held, None)}
        for m in MARGINS:
            rows[f"margin {m}"] = code(held, held, m)
        rows["chosen"] = rows["base"] if x is None else rows[f"margin {x}"]
        result["files"][held] = {
            "inner_base": off,
            "inner_margins": {str(m): c for m, c in by.items()},
            "chosen_margin": x,
            "held": {k: counts(v) for k, v in rows.items()},
        }
        per_record[held] = {
            "ids": [r.id for r in gold[held]],
            **{k: v.tolist() for k, v in rows.items()},
        }
        print(held, round(time.process_time() - start), "margin", x, file=sys.stderr)
        print(
            {k: (round(f1(counts(v)), 3), round(actor(counts(v)), 3)) for k, v in rows.items()},
            file=sys.stderr,
            flush=True,
        )
    files = result["files"]
    off = pool([files[f]["held"]["base"] for f in FILES])
    by = {m: pool([files[f]["held"][f"margin {m}"] for f in FILES]) for m in MARGINS}
    result["margin_on_all_files"] = pick(off, by)
    result["pooled"] = {
        k: pool([files[f]["held"][k] for f in FILES]) for k in files[FILES[0]]["held"]
    }
    result["files_lower"] = [
        f
        for f in FILES
        if f1(files[f]["held"]["chosen"]) < f1(files[f]["held"]["base"]) - 1e-12
        or actor(files[f]["held"]["chosen"]) < actor(files[f]["held"]["base"]) - 1e-12
    ]
    result["cpu_seconds"] = round(time.process_time() - start)
    (HERE / ("rows-foldheads.json" if ROUND == "2" else "rows-foldheads-r3.json")).write_text(
        json.dumps(per_record) + "\n"
    )
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    del a9
    main()
