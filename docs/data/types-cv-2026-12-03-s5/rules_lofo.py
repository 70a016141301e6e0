"""Leave-one-file-out CV of the session-5 type/trigger candidates of the rules coder.

Protocol: development files only (the seven gold files below). Each candidate is a switch
that is on in the code of this branch and is turned off here by patching
:mod:`accord.news.coding`. For each held-out file, the candidates are chosen on the other six
files pooled (records scored as in ``accord events evaluate``) by forward selection: add the
candidate whose addition raises pooled event micro-F1 most without lowering pooled actor
accuracy; stop when none raises it. The chosen set is then switched on and the held-out file
scored. Candidates not chosen on all files were removed from the code afterwards (their runs are
kept): ``tie_participles`` ("linked", "affiliated", "associated" never triggers),
``light_verbs`` ("began drills": the noun, not the light verb, types the event) and
``caution_statement`` ("cautioned" as a statement, not a threat).
(The first run, ``--alone``, judged each candidate alone against all off; the
candidates interact -- "reimposed sanctions" needs both ``re_verbs`` and ``sanction_2_0`` --
so forward selection replaced it; both runs are kept.) Output: JSON with every file's figures
for every candidate alone, and the out-of-fold figures before (all off) and after.

    python docs/data/types-cv-2026-12-03-s5/rules_lofo.py --out FILE.json [--coder nlp]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import accord.news.coding as coding
from accord.news.evaluate import Evaluation, evaluate, read_gold

FILES = (
    "../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json",
    "tests/data/news/diplomacy-2025.json",
    "tests/data/news/seed-article.json",
    "tests/data/news/news-real-2025.json",
    "tests/data/news/news-fresh-2025.json",
    "tests/data/news/news-heldout-2025.json",
    "tests/data/news/news-heldout-2026.json",
)
TARIFFS = ("TARIFFS", "TARIFF")
POSTURE = (
    "DRILLS",
    "MILITARY DRILLS",
    "MILITARY EXERCISES",
    "ON ALERT",
    "ON HIGH ALERT",
    "PREPAREDNESS",
    "VIGILANCE",
    "COMBAT READINESS",
)


def _off_sanction() -> Callable[[], None]:
    codes, hostile = coding._SANCTION_CODES, set(coding._HOSTILE)
    coding._SANCTION_CODES = ()
    coding._HOSTILE.discard("SANCTION")

    def undo() -> None:
        coding._SANCTION_CODES = codes
        coding._HOSTILE.clear()
        coding._HOSTILE.update(hostile)

    return undo


def _off_curated(words: tuple[str, ...]) -> Callable[[], Callable[[], None]]:
    def off() -> Callable[[], None]:
        curated = coding.lexicon().curated
        saved = {k: curated.pop(k) for k in [tuple(w.split()) for w in words] if k in curated}
        return lambda: curated.update(saved)

    return off


def _off_talks() -> Callable[[], None]:
    rules = coding._OBJECT_RULES
    coding._OBJECT_RULES = tuple(r for r in rules if r[1] is not coding._TALK_NOUNS)

    def undo() -> None:
        coding._OBJECT_RULES = rules

    return undo


def _off_function(name: str) -> Callable[[], Callable[[], None]]:
    def off() -> Callable[[], None]:
        saved = getattr(coding, name)
        setattr(coding, name, lambda *a: False)
        return lambda: setattr(coding, name, saved)

    return off


def _off_objects(nouns: frozenset[str]) -> Callable[[], Callable[[], None]]:
    def off() -> Callable[[], None]:
        rules = coding._OBJECT_RULES
        coding._OBJECT_RULES = tuple(r for r in rules if not r[1] & nouns)

        def undo() -> None:
            coding._OBJECT_RULES = rules

        return undo

    return off


def _off_re() -> Callable[[], None]:
    re_base = coding._re_base
    coding._re_base = lambda base: base  # type: ignore[assignment]
    coding.lexicon.cache_clear()

    def undo() -> None:
        coding._re_base = re_base
        coding.lexicon.cache_clear()

    return undo


CANDIDATES: dict[str, Callable[[], Callable[[], None]]] = {
    "sanction_2_0": _off_sanction,
    "tariff_nouns": _off_curated(TARIFFS),
    "force_posture_nouns": _off_curated(POSTURE),
    "joint_exercise": _off_function("_joint"),
    "talk_objects": _off_talks,
    "sanction_objects": _off_objects(frozenset({"EMBARGO"})),
    "intent_defers": _off_function("_defers_to_complement"),
    "re_verbs": _off_re,
}


@contextmanager
def only(on: set[str]) -> Iterator[None]:
    """Every candidate off except those in ``on``."""
    undo = []
    # re_verbs first: it rebuilds the lexicon, which the curated switches then edit
    for name in sorted(CANDIDATES, key=lambda n: n != "re_verbs"):
        if name not in on:
            undo.append(CANDIDATES[name]())
    _clear()
    try:
        yield
    finally:
        for u in reversed(undo):
            u()
        _clear()


def _clear() -> None:
    try:
        from accord.news.nlp import classifier, coder

        classifier._sentence_triggers.cache_clear()
        coder._rules_events.cache_clear()
    except ImportError:
        pass


def figures(ev: Evaluation) -> dict[str, int]:
    return {
        "n": ev.n,
        "predicted": ev.predicted,
        "correct": ev.correct,
        "actor_ok": ev.source_correct + ev.target_correct,
        "actor_n": ev.source_n + ev.target_n,
    }


def f1(fig: dict[str, int]) -> float:
    if not fig["correct"]:
        return 0.0
    p, r = fig["correct"] / fig["predicted"], fig["correct"] / fig["n"]
    return 2 * p * r / (p + r)


def actor(fig: dict[str, int]) -> float:
    return fig["actor_ok"] / fig["actor_n"] if fig["actor_n"] else 0.0


def pool(figs: list[dict[str, int]]) -> dict[str, int]:
    return {k: sum(f[k] for f in figs) for k in figs[0]}


def forward(run: Callable[[set[str]], dict[str, dict[str, int]]], train: list[str]) -> list[str]:
    """Forward selection of candidates on the files ``train`` (pooled F1 up, actor not down)."""
    chosen: set[str] = set()
    now = pool([run(chosen)[f] for f in train])
    while True:
        best: tuple[float, str, dict[str, int]] | None = None
        for name in sorted(set(CANDIDATES) - chosen):
            res = run(chosen | {name})
            fig = pool([res[f] for f in train])
            up = f1(fig) > f1(now) and actor(fig) >= actor(now)
            if up and (best is None or f1(fig) > best[0]):
                best = (f1(fig), name, fig)
        if best is None:
            return sorted(chosen)
        chosen.add(best[1])
        now = best[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--coder", default="rules")
    parser.add_argument("--alone", action="store_true", help="the first run's protocol")
    args = parser.parse_args()
    coder: Any = None
    if args.coder != "rules":
        from accord.news.coders import get_coder

        coder = get_coder(args.coder, strict=True).coder
    gold = {f: read_gold(f) for f in FILES}

    def run(on: set[str]) -> dict[str, dict[str, int]]:
        with only(on):
            return {f: figures(evaluate(gold[f], coder=coder)) for f in FILES}

    base = run(set())
    alone = {name: run({name}) for name in CANDIDATES}
    folds = {}
    for held in FILES:
        train = [f for f in FILES if f != held]
        if args.alone:
            b = pool([base[f] for f in train])
            chosen = sorted(
                name
                for name, res in alone.items()
                if f1(pool([res[f] for f in train])) > f1(b)
                and actor(pool([res[f] for f in train])) >= actor(b)
            )
        else:
            chosen = forward(run, train)
        after = run(set(chosen))[held]
        folds[held] = {
            "chosen": chosen,
            "before": base[held],
            "after": after,
            "f1_before": round(f1(base[held]), 4),
            "f1_after": round(f1(after), 4),
            "actor_before": round(actor(base[held]), 4),
            "actor_after": round(actor(after), 4),
        }
        print(held, chosen, folds[held]["f1_before"], "->", folds[held]["f1_after"])
    all_chosen = (
        sorted(
            name
            for name, res in alone.items()
            if f1(pool(list(res.values()))) > f1(pool(list(base.values())))
            and actor(pool(list(res.values()))) >= actor(pool(list(base.values())))
        )
        if args.alone
        else forward(run, list(FILES))
    )
    pooled_before = pool([folds[f]["before"] for f in FILES])
    pooled_after = pool([folds[f]["after"] for f in FILES])
    out = {
        "coder": args.coder,
        "files": list(FILES),
        "candidates": list(CANDIDATES),
        "base": base,
        "alone": alone,
        "folds": folds,
        "pooled_out_of_fold": {
            "f1_before": round(f1(pooled_before), 4),
            "f1_after": round(f1(pooled_after), 4),
            "actor_before": round(actor(pooled_before), 4),
            "actor_after": round(actor(pooled_after), 4),
        },
        "chosen_on_all_files": all_chosen,
    }
    print(json.dumps(out["pooled_out_of_fold"]), all_chosen)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
