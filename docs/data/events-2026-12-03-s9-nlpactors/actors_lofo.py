"""The nlp coder's actors against the rules coder's, leave-one-file-out over the fourteen
development files (issue 14, session 9, s9-nlpactors). Written, with its adoption rule, before
any run.

Harness: session 8's ``recall8_lofo.py`` (static embeddings as the shipped coder; each head
trained without the held file F on the shipped head's recipe, seed 0, setting (8, 0.03, 0.3);
the rules coder's lexicon candidates those chosen without F, a file outside session 5's rounds
taking the round's choice), extended from twelve files to the fourteen of
``accord.news.nlp.rules_cv.dev_sets`` (news-heldout-s8 and -s8b added; neither is one of the
head's seven training files, so their heads are the twelve-file harness's). Every cell is
the counts of ``rules_lofo.figures`` of F, coded by:

* ``rules``: the rules coder;
* ``base``: the nlp coder as shipped (``DEFAULT_RULES``): **the baseline**;
* ``negated_reject``: ``DEFAULT_RULES`` with ``RoleRules.negated_reject``;
* ``floor X``: ``DEFAULT_RULES`` with ``RoleRules.rules_when_abstained`` at
  ``ABSTAIN_FLOOR`` = X, X in :data:`FLOORS` (reported, not judged);
* ``abstained``: ``rules_when_abstained`` with the floor chosen inside the training files:
  for each other file G, the head trained without F and G codes G at each floor and with the
  switch off; the floor with the best pooled event F1 + actor accuracy over the thirteen G
  among those whose pooled F1 and actor accuracy are both at least the switch-off figures
  wins (ties: the higher floor); none: the switch stays off in that fold;
* ``both``: ``negated_reject`` and ``abstained`` (its fold's floor) together;
* ``silent``: ``rules_when_silent`` (session 5's switch, not adopted then; for comparison).

Adoption rule (each of ``negated_reject``, ``abstained``, ``both`` against ``base``): adopted
only if its event F1 AND its actor accuracy are not lower than ``base``'s on any of the
fourteen files, and its pooled F1 and pooled actor accuracy are higher (brief s9-nlpactors).
The floor shipped with ``abstained`` is the one the same inner rule picks on all fourteen
files (each coded by its own fold's head).

Mode ``agree`` (``S9_MODE=agree``; written after round 1's ``actors-lofo.json`` was read, which
showed ``abstained`` lower in event F1 on three files, its added events right in type about two
times in five; output ``actors-lofo-agree.json``, rows ``rows-lofo-agree.json``):

* ``agree X``: ``negated_reject`` (adopted in round 1) with ``rules_when_abstained`` and
  ``abstained_same_type`` (the rules coder's type must be the head's best type but ``NONE``
  in one of the sentence's predicates) at floor X;
* ``agree``: the same with the floor chosen inside the training files by round 1's inner
  rule, its switch-off reference being ``negated_reject``.

* ``without_agent``: ``negated_reject`` with ``rules_without_agent`` (the rules coder's events
  for a sentence where the parse gives no predicate an actor agent; reported, not judged);
* ``silent X``: ``agree X`` with ``rules_without_agent`` (``rules_when_silent`` with the
  abstentions narrowed to the type the two coders agree on, at floor X);
* ``silent-agree``: ``silent X`` with the floor chosen inside the training files as for
  ``agree``.

(Round 1 showed ``rules_when_silent`` lower than ``base`` on one file only, news-heldout-2025,
by two false alarms in sentences where the head abstained.) Adoption rule as round 1, for
``agree`` and ``silent-agree``, against ``base`` and against ``negated_reject``.

Round 1 ran on the ``src/`` of commit e762ee5 (``negated_reject`` not yet in ``DEFAULT_RULES``,
so ``base`` is the session-start coder), round 2 on that of 5cd8e7c (``negated_reject`` in
``DEFAULT_RULES``: ``base`` and ``negated_reject`` are then the same coder). To rerun round 1
as it ran: ``git archive e762ee5 src | tar -x -C /tmp/s9 && PYTHONPATH=/tmp/s9/src python ...``.

Run from the repository root: ``nice -n 5 python docs/data/events-2026-12-03-s9-nlpactors/
actors_lofo.py > actors-lofo.json`` (``S9_FOLDS=k`` runs the first k folds only). Per-record
outcome rows of ``rules``, ``base`` and each adopted candidate go to ``rows-lofo.json`` beside
this script.
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
sys.path.insert(0, str(HERE.parent / "recall-cv-2026-12-03-s8"))
sys.argv[1:] = ["main"]  # recall8_lofo reads its mode at import; nothing of it runs here

import recall8_lofo as r8  # noqa: E402  (puts the session-5 to -7 folders on the path)
from recall8_lofo import FILE_OF, FILES8, SETTING, SHIPPED_SPECS, SPECS, fit, subset  # noqa: E402

import accord.news.nlp.coder as nlp_coder  # noqa: E402
import accord.news.nlp.train as nlp_train  # noqa: E402
from accord.news.coders import RulesCoder  # noqa: E402
from accord.news.evaluate import read_gold  # noqa: E402
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder  # noqa: E402
from accord.news.nlp.rules_cv import outcome_rows  # noqa: E402
from accord.news.nlp.train import training_set  # noqa: E402

S8 = "tests/data/news/news-heldout-s8.json"
S8B = "tests/data/news/news-heldout-s8b.json"
FILES9 = (*FILES8, S8, S8B)
FLOORS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25)
MODE = os.environ.get("S9_MODE", "main")
COLS = ("n", "predicted", "correct", "false_alarms", "s_n", "s_ok", "t_n", "t_ok")


def counts(rows: np.ndarray) -> dict[str, int]:
    s = rows.sum(axis=0)
    out = {k: int(v) for k, v in zip(COLS, s, strict=True)}
    out["actor_ok"] = out["s_ok"] + out["t_ok"]
    out["actor_n"] = out["s_n"] + out["t_n"]
    return out


def f1(c: dict[str, int]) -> float:
    if not c["correct"]:
        return 0.0
    p, r = c["correct"] / c["predicted"], c["correct"] / c["n"]
    return 2 * p * r / (p + r)


def actor(c: dict[str, int]) -> float:
    return c["actor_ok"] / c["actor_n"] if c["actor_n"] else 0.0


def pool(cs: list[dict[str, int]]) -> dict[str, int]:
    return {k: sum(c[k] for c in cs) for k in cs[0]}


def pick(off: dict[str, int], by_floor: dict[float, dict[str, int]]) -> float | None:
    """The inner rule: best F1 + actor among floors not lower than off in either; ties the
    higher floor; None when no floor qualifies."""
    ok = [
        (f1(c) + actor(c), x)
        for x, c in by_floor.items()
        if f1(c) >= f1(off) - 1e-12 and actor(c) >= actor(off) - 1e-12
    ]
    return max(ok)[1] if ok else None


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
            rows = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] not in key])]
            heads[key] = fit(subset(data, rows), 0, *SETTING)
        return heads[key]

    cache: dict[tuple[Any, ...], np.ndarray] = {}

    def code(held: str, target: str, config: str, floor: float = 0.0) -> np.ndarray:
        """Outcome rows of ``target`` coded by ``config`` with the head trained without
        ``held`` and ``target`` (rules: the lexicon chosen without ``held``)."""
        h = head(held, target)
        lexicon = frozenset(chosen[held])  # folds with the same choice share their codings
        key = (frozenset({held, target}) & shipped_files, lexicon, target, config, floor)
        if key in cache:
            return cache[key]
        rules = DEFAULT_RULES
        if config in ("negated_reject", "both"):
            rules = replace(rules, negated_reject=True)
        if config in ("abstained", "both"):
            rules = replace(rules, rules_when_abstained=True)
        if config in ("agree", "silent-agree"):
            rules = replace(
                rules, negated_reject=True, rules_when_abstained=True, abstained_same_type=True
            )
        if config in ("without_agent", "silent-agree"):
            rules = replace(rules, negated_reject=True, rules_without_agent=True)
        if config == "silent":
            rules = replace(rules, rules_when_silent=True)
        nlp_coder.ABSTAIN_FLOOR = floor
        with only(chosen[held]):
            coder = RulesCoder() if config == "rules" else NlpCoder(h, rules=rules)
            rows = outcome_rows(gold[target], coder)
        nlp_coder.ABSTAIN_FLOOR = 0.0
        cache[key] = rows
        return rows

    result: dict[str, Any] = {"mode": MODE, "setting": SETTING, "floors": FLOORS, "files": {}}
    per_record: dict[str, Any] = {}
    start = time.process_time()
    agree = MODE == "agree"
    reference, family = ("negated_reject", "agree") if agree else ("base", "abstained")
    for held in FILES9[: int(os.environ.get("S9_FOLDS", len(FILES9)))]:
        inner = [g for g in FILES9 if g != held]
        off = pool([counts(code(held, g, reference)) for g in inner])
        by_floor = {x: pool([counts(code(held, g, family, x)) for g in inner]) for x in FLOORS}
        floor = pick(off, by_floor)
        out: dict[str, Any] = {
            "rules_candidates": sorted(chosen[held]),
            "inner_off": off,
            "inner_floors": {str(x): c for x, c in by_floor.items()},
            "chosen_floor": floor,
        }
        if agree:
            by_silent = {
                x: pool([counts(code(held, g, "silent-agree", x)) for g in inner]) for x in FLOORS
            }
            silent_floor = pick(off, by_silent)
            out["inner_silent_floors"] = {str(x): c for x, c in by_silent.items()}
            out["chosen_silent_floor"] = silent_floor
        rows = {
            "rules": code(held, held, "rules"),
            "base": code(held, held, "base"),
            "negated_reject": code(held, held, "negated_reject"),
        }
        if agree:
            for x in FLOORS:
                rows[f"agree {x}"] = code(held, held, "agree", x)
            rows["agree"] = rows["negated_reject"] if floor is None else rows[f"agree {floor}"]
            rows["without_agent"] = code(held, held, "without_agent")
            for x in FLOORS:
                rows[f"silent {x}"] = code(held, held, "silent-agree", x)
            rows["silent-agree"] = (
                rows["without_agent"] if silent_floor is None else rows[f"silent {silent_floor}"]
            )
            kept = ("rules", "base", "negated_reject", "agree", "without_agent", "silent-agree")
        else:
            rows["silent"] = code(held, held, "silent")
            for x in FLOORS:
                rows[f"floor {x}"] = code(held, held, "abstained", x)
            if floor is None:
                rows["abstained"] = rows["base"]
                rows["both"] = rows["negated_reject"]
            else:
                rows["abstained"] = code(held, held, "abstained", floor)
                rows["both"] = code(held, held, "both", floor)
            kept = ("rules", "base", "negated_reject", "abstained", "both")
        out["held"] = {k: counts(v) for k, v in rows.items()}
        per_record[held] = {
            "ids": [r.id for r in gold[held]],
            **{k: rows[k].tolist() for k in kept},
        }
        result["files"][held] = out
        print(held, round(time.process_time() - start), "floor", floor, file=sys.stderr)
        print(
            {k: (round(f1(v), 3), round(actor(v), 3)) for k, v in out["held"].items()},
            file=sys.stderr,
            flush=True,
        )
    # the floor to ship: the inner rule on all fourteen files, each coded by its own fold's head
    if len(result["files"]) == len(FILES9):
        off = pool([result["files"][f]["held"][reference] for f in FILES9])
        name = "agree {}" if agree else "floor {}"
        by_floor = {
            x: pool([result["files"][f]["held"][name.format(x)] for f in FILES9]) for x in FLOORS
        }
        result["floor_on_all_files"] = pick(off, by_floor)
        if agree:
            result["silent_floor_on_all_files"] = pick(
                off,
                {
                    x: pool([result["files"][f]["held"][f"silent {x}"] for f in FILES9])
                    for x in FLOORS
                },
            )
    result["cpu_seconds"] = round(time.process_time() - start)
    (HERE / ("rows-lofo-agree.json" if agree else "rows-lofo.json")).write_text(
        json.dumps(per_record) + "\n"
    )
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
