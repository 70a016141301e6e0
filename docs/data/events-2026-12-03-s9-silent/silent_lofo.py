"""``rules_when_silent`` re-measured on today's main (issue 14, session 9, s9-silent).

The harness of ``docs/data/events-2026-12-03-s9-nlpactors/actors_lofo.py`` (session 8's
``recall8_lofo.py``: static embeddings as the shipped coder; for each of the fourteen files F of
``accord.news.nlp.rules_cv.dev_sets`` a head trained without F on the shipped head's recipe,
seed 0, setting (8, 0.03, 0.3); the rules coder's lexicon candidates those chosen without F),
coding the held file only, by the configurations named in ``S9_CONFIGS`` (comma-separated):

* ``rules``: the rules coder (today's, with s9-rules' rules);
* ``base``: the nlp coder as shipped (``DEFAULT_RULES``): the baseline;
* ``silent``: ``DEFAULT_RULES`` with ``RoleRules.rules_when_silent``;
* ``silent_cond``: ``silent`` with ``RoleRules.fallback_not_conditional`` (written after the
  dev error was seen: run 1 of this script);
* ``cond_floor X``: ``rules_without_agent`` + ``rules_when_abstained`` at ``ABSTAIN_FLOOR`` X +
  ``fallback_not_conditional`` (written after ``silent_cond`` failed the seed check);
* ``cond_nested`` (with ``S9_NESTED=1``): ``cond_floor`` at the floor chosen inside the
  training files by s9-nlpactors' inner rule (``actors_lofo.pick``: for each other file G the
  head trained without F and G; the best pooled F1 + actor accuracy among the floors not lower
  than ``base`` in either; ties the higher floor; none: ``base``).

The switches of this branch are off in ``DEFAULT_RULES``, so every configuration sets them
explicitly.

Adoption rule (the brief's, session 9 s9-nlpactors'): a switch is adopted only if its event F1
AND actor accuracy are not lower than ``base``'s on any of the fourteen files, out of file,
and its pooled F1 and pooled actor accuracy are higher.

Run from the repository root: ``S9_CONFIGS=rules,base,silent nice -n 5 python
docs/data/events-2026-12-03-s9-silent/silent_lofo.py > OUT.json``; per-record outcome rows go
to the file named by ``S9_ROWS`` (default ``rows.json``) beside this script. Runs kept:
``silent-run1.json`` (rules,base,silent) and ``silent-nested.json`` (``S9_NESTED=1``,
rules,base,silent,silent_cond and cond_floor 0.0 ... 0.25).
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
sys.argv[1:] = ["main"]  # recall8_lofo reads its mode at import; nothing of it runs here

import recall8_lofo as r8  # noqa: E402  (puts the session-5 to -7 folders on the path)
from actors_lofo import FILES9, FLOORS, actor, counts, f1, pick, pool  # noqa: E402
from recall8_lofo import FILE_OF, SETTING, SHIPPED_SPECS, SPECS, fit, subset  # noqa: E402

import accord.news.nlp.coder as nlp_coder  # noqa: E402
import accord.news.nlp.train as nlp_train  # noqa: E402
from accord.news.coders import RulesCoder  # noqa: E402
from accord.news.evaluate import read_gold  # noqa: E402
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder  # noqa: E402
from accord.news.nlp.rules_cv import outcome_rows  # noqa: E402
from accord.news.nlp.train import training_set  # noqa: E402

CONFIGS = os.environ.get("S9_CONFIGS", "rules,base,silent").split(",")
NESTED = os.environ.get("S9_NESTED") == "1"


def rules_of(config: str) -> Any:
    nlp_coder.ABSTAIN_FLOOR = 0.0
    if config == "base":
        return replace(DEFAULT_RULES, rules_when_silent=False, fallback_not_conditional=False)
    if config == "silent":
        return replace(DEFAULT_RULES, rules_when_silent=True, fallback_not_conditional=False)
    if config == "silent_cond":
        return replace(DEFAULT_RULES, rules_when_silent=True, fallback_not_conditional=True)
    if config.startswith("cond_floor"):  # cond_floor X: without_agent + abstained at X
        nlp_coder.ABSTAIN_FLOOR = float(config.split()[1])
        return replace(
            DEFAULT_RULES,
            rules_when_silent=False,
            rules_without_agent=True,
            rules_when_abstained=True,
            fallback_not_conditional=True,
        )
    raise SystemExit(f"unknown configuration {config!r}")


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401  (its candidates, merged with round 1's below)
    import stack_lofo
    from head_cv import GoldSpec
    from rules_lofo import only

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES9
    stack_lofo.FILES = FILES9
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in FILES9}
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
            rows_i = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] not in key])]
            heads[key] = fit(subset(data, rows_i), 0, *SETTING)
        return heads[key]

    cache: dict[tuple[Any, ...], np.ndarray] = {}

    def code(held: str, target: str, config: str) -> np.ndarray:
        """Outcome rows of ``target`` coded by ``config`` with the head trained without
        ``held`` and ``target`` (rules: the lexicon chosen without ``held``)."""
        lexicon = frozenset(chosen[held])  # folds with the same choice share their codings
        key = (frozenset({held, target}) & shipped_files, lexicon, target, config)
        if key not in cache:
            with only(chosen[held]):
                coder = (
                    RulesCoder()
                    if config == "rules"
                    else NlpCoder(head(held, target), rules=rules_of(config))
                )
                cache[key] = outcome_rows(gold[target], coder)
        return cache[key]

    result: dict[str, Any] = {"setting": SETTING, "configs": CONFIGS, "files": {}}
    per_record: dict[str, Any] = {}
    start = time.process_time()
    for held in FILES9:
        rows = {config: code(held, held, config) for config in CONFIGS}
        out: dict[str, Any] = {"rules_candidates": sorted(chosen[held])}
        if NESTED:  # the floor of ``cond_floor`` chosen inside the training files
            inner = [g for g in FILES9 if g != held]
            off = pool([counts(code(held, g, "base")) for g in inner])
            by_floor = {
                x: pool([counts(code(held, g, f"cond_floor {x}")) for g in inner]) for x in FLOORS
            }
            floor = pick(off, by_floor)
            out |= {"inner_off": off, "inner_floors": {str(x): c for x, c in by_floor.items()}}
            out["chosen_floor"] = floor
            rows["cond_nested"] = (
                rows["base"] if floor is None else code(held, held, f"cond_floor {floor}")
            )
        out["held"] = {k: counts(v) for k, v in rows.items()}
        result["files"][held] = out
        per_record[held] = {"ids": [r.id for r in gold[held]], **{k: v.tolist() for k, v in rows.items()}}
        print(held, round(time.process_time() - start), out.get("chosen_floor"), file=sys.stderr)
        print(
            {k: (round(f1(counts(v)), 3), round(actor(counts(v)), 3)) for k, v in rows.items()},
            file=sys.stderr,
            flush=True,
        )
    if NESTED:  # the floor to ship: the inner rule on all fourteen files, each its fold's head
        off = pool([result["files"][f]["held"]["base"] for f in FILES9])
        result["floor_on_all_files"] = pick(
            off,
            {x: pool([result["files"][f]["held"][f"cond_floor {x}"] for f in FILES9]) for x in FLOORS},
        )
    result["cpu_seconds"] = round(time.process_time() - start)
    (HERE / os.environ.get("S9_ROWS", "rows.json")).write_text(json.dumps(per_record) + "\n")
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
