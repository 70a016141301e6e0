"""Grouped cross-validation of the nlp coder's role-rule switches on development data.

Issue 14 (session 4, item 2): a role rule is kept only if grouped cross-validation on the
development data says it helps. The candidates are the switches of
:class:`accord.news.nlp.roles.RoleRules`. Each development record is coded once per candidate
set of switches and scored alone (:func:`accord.news.evaluate.evaluate` on one record: event
hit, false alarm, source and target match), so that any subset of records is scored by adding
rows.

Folds: scikit-learn's ``GroupKFold`` (5 folds) over groups that keep one source together: a
news report's URL (``news-real-2025.json``), the seed article as one document, and for the
OEDA development file and the accord 2025 file the sentence text (the OEDA file codes some
sentences twice; it carries no document id). In each fold the switches are chosen on the
other folds by forward selection (add the switch that raises the training objective, event
micro-F1 + actor accuracy, most; stop when none does) and scored on the held-out fold, beside
the legacy rules (all switches off) on the same fold.

Run: ``python -m accord.news.nlp.rules_cv --out FILE.json`` from the repository root (needs
the ``[nlp]`` extra and ``../shared``; a few minutes of CPU). The rules coder has no switches:
a change to it is judged by :func:`paired` on its outcome rows before and after
(``--rules-rows --commit C --out ROWS.json`` at each commit, then ``--compare BEFORE.json
AFTER.json --out CV.json``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import numpy as np

from accord.news.evaluate import GoldRecord, evaluate, micro_f1, read_gold
from accord.news.nlp.roles import LEGACY_RULES, RoleRules

COLUMNS = ("n", "predicted", "correct", "false_alarms", "s_n", "s_ok", "t_n", "t_ok")


@dataclass(frozen=True)
class DevSet:
    """A development gold file, its split, and how its records are grouped."""

    name: str
    path: str
    split: str | None
    group_by: str  # "text", "url" or "document"


def dev_sets(root: Path, shared: Path) -> list[DevSet]:
    """The development data of issue 14 since session 5: every gold file of
    ``tests/data/news`` (all splits) and the OEDA development file (docs/validation-events.md,
    "The development protocol in force"; ``news-heldout-s5.json`` since its one scoring,
    session 5 round 3;
    ``news-heldout-s5c.json`` since its one scoring, at the end of session 5;
    ``news-heldout-s6.json`` since its one scoring, session 6 at 202376a;
    ``news-heldout-s6b.json`` since its one scoring, session 6 round 2 at 8167cb4;
    ``news-heldout-s7.json`` since its one scoring, session 7 at a7a44b7;
    ``news-heldout-s8.json`` since its one scoring, session 8 at 92b59e5;
    ``news-heldout-s8b.json`` since its one scoring, session 8 round 2 at 3cfc2e5;
    ``news-heldout-s9.json`` and ``news-heldout-s9b.json`` since their one scoring, session 9
    at 0fc89e7; ``news-heldout-s10.json`` since its one scoring, session 10 at c57be47;
    ``news-heldout-s11.json`` and ``news-heldout-s11b.json`` since their one scoring, session 11
    at 5867c93; ``news-heldout-s12.json`` and ``news-heldout-s12b.json`` since their one
    scoring, session 12 at e51cc55; ``news-heldout-s13.json`` and ``news-heldout-s13b.json``
    since their one scoring, session 13 at 4f06f18; ``news-heldout-s14.json`` and
    ``news-heldout-s14b.json`` since their one scoring, session 14 at 3b13bf1;
    ``news-heldout-s15.json`` and ``news-heldout-s15b.json`` since their one scoring, session 15
    at b17f414; ``news-heldout-s17.json`` and ``news-heldout-s17b.json`` since their one
    scoring, session 17 at a6e2879; ``news-heldout-s18.json`` and ``news-heldout-s18b.json``
    since their one scoring, session 18 at ffaeab7; ``news-heldout-s19.json`` and
    ``news-heldout-s19b.json`` since their one scoring, session 19 at a678760;
    ``news-heldout-s20.json`` and ``news-heldout-s20b.json`` since their one scoring, session
    20 at 970bb5f; ``news-heldout-s21.json``, ``news-heldout-s21b.json`` and
    ``news-heldout-s21c.json`` since their one scoring, session 21 at 089acae;
    ``news-heldout-s22.json``, ``news-heldout-s22b.json`` and ``news-heldout-s22c.json`` since
    their one scoring, session 22 at 55a6fce; ``news-heldout-s23.json``,
    ``news-heldout-s23b.json`` and ``news-heldout-s23c.json`` since their one scoring, session
    23 at ad5c714; ``news-heldout-s24.json``, ``news-heldout-s24b.json`` and
    ``news-heldout-s24c.json`` since their one scoring, session 24 at 82e46b6;
    ``news-heldout-s25.json``, ``news-heldout-s25b.json`` and ``news-heldout-s25c.json`` since
    their one scoring, session 25 at 5a71532; ``news-heldout-s26.json``,
    ``news-heldout-s26b.json`` and ``news-heldout-s26c.json`` since their one scoring, session
    26 at 4007244; ``news-heldout-s27.json``, ``news-heldout-s27b.json`` and
    ``news-heldout-s27c.json`` since their one scoring, session 27 at faab8ec;
    ``news-heldout-s28.json``, ``news-heldout-s28b.json`` and ``news-heldout-s28c.json`` since
    their one scoring, session 28 at 8384d31; ``news-heldout-s29.json``, ``news-heldout-s29b.json``
    and ``news-heldout-s29c.json`` since their one scoring, session 29 at 00810bb;
    ``news-heldout-s30.json``, ``news-heldout-s30b.json`` and ``news-heldout-s30c.json`` since
    their one scoring, session 30 at 5b120ad;
    ``news-heldout-s31.json``, ``news-heldout-s31b.json`` and ``news-heldout-s31c.json`` since
    their one scoring, session 31 at d1c1611;
    ``news-heldout-s32.json``, ``news-heldout-s32b.json`` and ``news-heldout-s32c.json`` since
    their one scoring, session 32 at 066100b;
    ``news-heldout-s33.json``, ``news-heldout-s33b.json`` and ``news-heldout-s33c.json`` since
    their one scoring, session 33 at a1248e1;
    ``news-heldout-s34.json``, ``news-heldout-s34b.json`` and ``news-heldout-s34c.json`` since
    their one scoring, session 34 at da66dbb;
    ``news-heldout-s35.json``, ``news-heldout-s35b.json`` and ``news-heldout-s35c.json`` since
    their one scoring, session 35 at 8a55376;
    ``news-heldout-s36.json``, ``news-heldout-s36b.json`` and ``news-heldout-s36c.json`` since
    their one scoring, session 36 at a96a302;
    ``news-heldout-s37.json``, ``news-heldout-s37b.json`` and ``news-heldout-s37c.json`` since
    their one scoring, session 37 at 875cef3;
    ``news-heldout-s38.json``, ``news-heldout-s38b.json`` and ``news-heldout-s38c.json`` since
    their one scoring, session 38 at 1415713;
    ``news-heldout-s39.json``, ``news-heldout-s39b.json`` and ``news-heldout-s39c.json`` since
    their one scoring, session 39 at 2c0a141;
    ``news-heldout-s40.json``, ``news-heldout-s40b.json`` and ``news-heldout-s40c.json`` since
    their one scoring, session 40 at 09e5178;
    ``news-heldout-s41.json``, ``news-heldout-s41b.json`` and ``news-heldout-s41c.json`` since
    their one scoring, session 41 at 831f478;
    ``news-heldout-s42.json``, ``news-heldout-s42b.json`` and ``news-heldout-s42c.json`` since
    their one scoring, session 42 at cb0ce1e;
    ``news-heldout-s43.json``, ``news-heldout-s43b.json`` and ``news-heldout-s43c.json`` since
    their one scoring, session 43 at 3d01f3f;
    ``news-heldout-s44.json``, ``news-heldout-s44b.json`` and ``news-heldout-s44c.json`` since
    their one scoring, session 44 at 741ae0e;
    ``news-heldout-s45.json``, ``news-heldout-s45b.json`` and ``news-heldout-s45c.json`` since
    their one scoring, session 45 at b652d3e;
    ``news-heldout-s46.json``, ``news-heldout-s46b.json`` and ``news-heldout-s46c.json`` since
    their one scoring, session 46 at af74025;
    ``news-heldout-s47.json``, ``news-heldout-s47b.json`` and ``news-heldout-s47c.json`` since
    their one scoring, session 47 at 0e21389).
    ``news-heldout-2025.json`` carries no URL (sentences written by one hand in
    the style of wire reports): the file is one group, like the seed article."""
    news = root / "tests" / "data" / "news"
    return [
        DevSet("oeda", str(shared / "reference/plover/PLOVER_GSR_CAMEO.dev.json"), None, "text"),
        DevSet("diplomacy", str(news / "diplomacy-2025.json"), None, "text"),
        DevSet("seed", str(news / "seed-article.json"), None, "document"),
        DevSet("real", str(news / "news-real-2025.json"), None, "url"),
        DevSet("heldout-2025", str(news / "news-heldout-2025.json"), None, "document"),
        DevSet("fresh-2025", str(news / "news-fresh-2025.json"), None, "url"),
        DevSet("heldout-2026", str(news / "news-heldout-2026.json"), None, "url"),
        DevSet("heldout-s5", str(news / "news-heldout-s5.json"), None, "url"),
        DevSet("heldout-s5c", str(news / "news-heldout-s5c.json"), None, "url"),
        DevSet("heldout-s6", str(news / "news-heldout-s6.json"), None, "url"),
        DevSet("heldout-s6b", str(news / "news-heldout-s6b.json"), None, "url"),
        DevSet("heldout-s7", str(news / "news-heldout-s7.json"), None, "url"),
        DevSet("heldout-s8", str(news / "news-heldout-s8.json"), None, "url"),
        DevSet("heldout-s8b", str(news / "news-heldout-s8b.json"), None, "url"),
        DevSet("heldout-s9", str(news / "news-heldout-s9.json"), None, "url"),
        DevSet("heldout-s9b", str(news / "news-heldout-s9b.json"), None, "url"),
        DevSet("heldout-s10", str(news / "news-heldout-s10.json"), None, "url"),
        DevSet("heldout-s11", str(news / "news-heldout-s11.json"), None, "url"),
        DevSet("heldout-s11b", str(news / "news-heldout-s11b.json"), None, "url"),
        DevSet("heldout-s12", str(news / "news-heldout-s12.json"), None, "url"),
        DevSet("heldout-s12b", str(news / "news-heldout-s12b.json"), None, "url"),
        DevSet("heldout-s13", str(news / "news-heldout-s13.json"), None, "url"),
        DevSet("heldout-s13b", str(news / "news-heldout-s13b.json"), None, "url"),
        DevSet("heldout-s14", str(news / "news-heldout-s14.json"), None, "url"),
        DevSet("heldout-s14b", str(news / "news-heldout-s14b.json"), None, "url"),
        DevSet("heldout-s15", str(news / "news-heldout-s15.json"), None, "url"),
        DevSet("heldout-s15b", str(news / "news-heldout-s15b.json"), None, "url"),
        DevSet("heldout-s17", str(news / "news-heldout-s17.json"), None, "url"),
        DevSet("heldout-s17b", str(news / "news-heldout-s17b.json"), None, "url"),
        DevSet("heldout-s18", str(news / "news-heldout-s18.json"), None, "url"),
        DevSet("heldout-s18b", str(news / "news-heldout-s18b.json"), None, "url"),
        DevSet("heldout-s19", str(news / "news-heldout-s19.json"), None, "url"),
        DevSet("heldout-s19b", str(news / "news-heldout-s19b.json"), None, "url"),
        DevSet("heldout-s20", str(news / "news-heldout-s20.json"), None, "url"),
        DevSet("heldout-s20b", str(news / "news-heldout-s20b.json"), None, "url"),
        DevSet("heldout-s21", str(news / "news-heldout-s21.json"), None, "url"),
        DevSet("heldout-s21b", str(news / "news-heldout-s21b.json"), None, "url"),
        DevSet("heldout-s21c", str(news / "news-heldout-s21c.json"), None, "url"),
        DevSet("heldout-s22", str(news / "news-heldout-s22.json"), None, "url"),
        DevSet("heldout-s22b", str(news / "news-heldout-s22b.json"), None, "url"),
        DevSet("heldout-s22c", str(news / "news-heldout-s22c.json"), None, "url"),
        DevSet("heldout-s23", str(news / "news-heldout-s23.json"), None, "url"),
        DevSet("heldout-s23b", str(news / "news-heldout-s23b.json"), None, "url"),
        DevSet("heldout-s23c", str(news / "news-heldout-s23c.json"), None, "url"),
        DevSet("heldout-s24", str(news / "news-heldout-s24.json"), None, "url"),
        DevSet("heldout-s24b", str(news / "news-heldout-s24b.json"), None, "url"),
        DevSet("heldout-s24c", str(news / "news-heldout-s24c.json"), None, "url"),
        DevSet("heldout-s25", str(news / "news-heldout-s25.json"), None, "url"),
        DevSet("heldout-s25b", str(news / "news-heldout-s25b.json"), None, "url"),
        DevSet("heldout-s25c", str(news / "news-heldout-s25c.json"), None, "url"),
        DevSet("heldout-s26", str(news / "news-heldout-s26.json"), None, "url"),
        DevSet("heldout-s26b", str(news / "news-heldout-s26b.json"), None, "url"),
        DevSet("heldout-s26c", str(news / "news-heldout-s26c.json"), None, "url"),
        DevSet("heldout-s27", str(news / "news-heldout-s27.json"), None, "url"),
        DevSet("heldout-s27b", str(news / "news-heldout-s27b.json"), None, "url"),
        DevSet("heldout-s27c", str(news / "news-heldout-s27c.json"), None, "url"),
        DevSet("heldout-s28", str(news / "news-heldout-s28.json"), None, "url"),
        DevSet("heldout-s28b", str(news / "news-heldout-s28b.json"), None, "url"),
        DevSet("heldout-s28c", str(news / "news-heldout-s28c.json"), None, "url"),
        DevSet("heldout-s29", str(news / "news-heldout-s29.json"), None, "url"),
        DevSet("heldout-s29b", str(news / "news-heldout-s29b.json"), None, "url"),
        DevSet("heldout-s29c", str(news / "news-heldout-s29c.json"), None, "url"),
        DevSet("heldout-s30", str(news / "news-heldout-s30.json"), None, "url"),
        DevSet("heldout-s30b", str(news / "news-heldout-s30b.json"), None, "url"),
        DevSet("heldout-s30c", str(news / "news-heldout-s30c.json"), None, "url"),
        DevSet("heldout-s31", str(news / "news-heldout-s31.json"), None, "url"),
        DevSet("heldout-s31b", str(news / "news-heldout-s31b.json"), None, "url"),
        DevSet("heldout-s31c", str(news / "news-heldout-s31c.json"), None, "url"),
        DevSet("heldout-s32", str(news / "news-heldout-s32.json"), None, "url"),
        DevSet("heldout-s32b", str(news / "news-heldout-s32b.json"), None, "url"),
        DevSet("heldout-s32c", str(news / "news-heldout-s32c.json"), None, "url"),
        DevSet("heldout-s33", str(news / "news-heldout-s33.json"), None, "url"),
        DevSet("heldout-s33b", str(news / "news-heldout-s33b.json"), None, "url"),
        DevSet("heldout-s33c", str(news / "news-heldout-s33c.json"), None, "url"),
        DevSet("heldout-s34", str(news / "news-heldout-s34.json"), None, "url"),
        DevSet("heldout-s34b", str(news / "news-heldout-s34b.json"), None, "url"),
        DevSet("heldout-s34c", str(news / "news-heldout-s34c.json"), None, "url"),
        DevSet("heldout-s35", str(news / "news-heldout-s35.json"), None, "url"),
        DevSet("heldout-s35b", str(news / "news-heldout-s35b.json"), None, "url"),
        DevSet("heldout-s35c", str(news / "news-heldout-s35c.json"), None, "url"),
        DevSet("heldout-s36", str(news / "news-heldout-s36.json"), None, "url"),
        DevSet("heldout-s36b", str(news / "news-heldout-s36b.json"), None, "url"),
        DevSet("heldout-s36c", str(news / "news-heldout-s36c.json"), None, "url"),
        DevSet("heldout-s37", str(news / "news-heldout-s37.json"), None, "url"),
        DevSet("heldout-s37b", str(news / "news-heldout-s37b.json"), None, "url"),
        DevSet("heldout-s37c", str(news / "news-heldout-s37c.json"), None, "url"),
        DevSet("heldout-s38", str(news / "news-heldout-s38.json"), None, "url"),
        DevSet("heldout-s38b", str(news / "news-heldout-s38b.json"), None, "url"),
        DevSet("heldout-s38c", str(news / "news-heldout-s38c.json"), None, "url"),
        DevSet("heldout-s39", str(news / "news-heldout-s39.json"), None, "url"),
        DevSet("heldout-s39b", str(news / "news-heldout-s39b.json"), None, "url"),
        DevSet("heldout-s39c", str(news / "news-heldout-s39c.json"), None, "url"),
        DevSet("heldout-s40", str(news / "news-heldout-s40.json"), None, "url"),
        DevSet("heldout-s40b", str(news / "news-heldout-s40b.json"), None, "url"),
        DevSet("heldout-s40c", str(news / "news-heldout-s40c.json"), None, "url"),
        DevSet("heldout-s41", str(news / "news-heldout-s41.json"), None, "url"),
        DevSet("heldout-s41b", str(news / "news-heldout-s41b.json"), None, "url"),
        DevSet("heldout-s41c", str(news / "news-heldout-s41c.json"), None, "url"),
        DevSet("heldout-s42", str(news / "news-heldout-s42.json"), None, "url"),
        DevSet("heldout-s42b", str(news / "news-heldout-s42b.json"), None, "url"),
        DevSet("heldout-s42c", str(news / "news-heldout-s42c.json"), None, "url"),
        DevSet("heldout-s43", str(news / "news-heldout-s43.json"), None, "url"),
        DevSet("heldout-s43b", str(news / "news-heldout-s43b.json"), None, "url"),
        DevSet("heldout-s43c", str(news / "news-heldout-s43c.json"), None, "url"),
        DevSet("heldout-s44", str(news / "news-heldout-s44.json"), None, "url"),
        DevSet("heldout-s44b", str(news / "news-heldout-s44b.json"), None, "url"),
        DevSet("heldout-s44c", str(news / "news-heldout-s44c.json"), None, "url"),
        DevSet("heldout-s45", str(news / "news-heldout-s45.json"), None, "url"),
        DevSet("heldout-s45b", str(news / "news-heldout-s45b.json"), None, "url"),
        DevSet("heldout-s45c", str(news / "news-heldout-s45c.json"), None, "url"),
        DevSet("heldout-s46", str(news / "news-heldout-s46.json"), None, "url"),
        DevSet("heldout-s46b", str(news / "news-heldout-s46b.json"), None, "url"),
        DevSet("heldout-s46c", str(news / "news-heldout-s46c.json"), None, "url"),
        DevSet("heldout-s47", str(news / "news-heldout-s47.json"), None, "url"),
        DevSet("heldout-s47b", str(news / "news-heldout-s47b.json"), None, "url"),
        DevSet("heldout-s47c", str(news / "news-heldout-s47c.json"), None, "url"),
    ]


def load_records(sets: Sequence[DevSet]) -> tuple[list[GoldRecord], list[str], list[str]]:
    """The records of ``sets``, each with its group key and its set's name."""
    records: list[GoldRecord] = []
    groups: list[str] = []
    names: list[str] = []
    for dev in sets:
        raw = {str(r.get("id")): r for r in json.loads(Path(dev.path).read_text("utf-8"))}
        for record in read_gold(dev.path, dev.split):
            if dev.group_by == "document":
                key = dev.path
            elif dev.group_by == "url":
                key = str(raw.get(record.id, {}).get("url") or record.id)
            else:
                key = record.text
            records.append(record)
            groups.append(f"{dev.name}:{key}")
            names.append(dev.name)
    return records, groups, names


def outcome_rows(records: Sequence[GoldRecord], coder: Any) -> np.ndarray[Any, Any]:
    """One row of :data:`COLUMNS` counts per record (the record scored alone)."""
    rows = []
    for record in records:
        ev = evaluate([record], coder=coder)
        rows.append(
            (
                ev.n,
                ev.predicted,
                ev.correct,
                ev.false_alarms,
                ev.source_n,
                ev.source_correct,
                ev.target_n,
                ev.target_correct,
            )
        )
    return np.asarray(rows, dtype=np.int64)


def figures(rows: np.ndarray[Any, Any]) -> dict[str, float]:
    """Event P/R/F1, actor accuracy and false alarms of summed outcome rows."""
    n, predicted, correct, alarms, s_n, s_ok, t_n, t_ok = (int(x) for x in rows.sum(axis=0))
    f1 = micro_f1(correct, predicted, n)
    actor = (s_ok + t_ok) / (s_n + t_n) if s_n + t_n else 0.0
    return {
        "event_f1": round(f1, 4),
        "source_accuracy": round(s_ok / s_n, 4) if s_n else 0.0,
        "target_accuracy": round(t_ok / t_n, 4) if t_n else 0.0,
        "actor_accuracy": round(actor, 4),
        "false_alarms": alarms,
    }


def objective(rows: np.ndarray[Any, Any]) -> float:
    """What a fold's training data maximises: event micro-F1 + actor accuracy."""
    f = figures(rows)
    return f["event_f1"] + f["actor_accuracy"]


SWITCHES = tuple(f.name for f in fields(RoleRules) if f.name != "domestic_all")
"""The candidates: every switch but ``domestic_all``, left out of the candidates on the ground
of issue 14 item 5 (it gives recipients the sentence does not name); ``--switches`` can add it
back (docs/validation-events/session-04.md, "Role rules chosen by grouped cross-validation",
reports that run too)."""


class Table:
    """Outcome rows per candidate, computed on first use (``score`` codes every record with
    a candidate's rules and returns its :func:`outcome_rows`)."""

    def __init__(self, score: Callable[[RoleRules], np.ndarray[Any, Any]]) -> None:
        self.score = score
        self.rows: dict[RoleRules, np.ndarray[Any, Any]] = {}

    def __getitem__(self, rules: RoleRules) -> np.ndarray[Any, Any]:
        if rules not in self.rows:
            self.rows[rules] = self.score(rules)
        return self.rows[rules]


def choose(
    table: Table, index: np.ndarray[Any, Any], switches: Sequence[str] = SWITCHES
) -> RoleRules:
    """Forward selection on the rows ``index``: from the legacy rules, add the switch that
    raises the :func:`objective` most, while one does (ties: the earlier switch)."""
    current = LEGACY_RULES
    best = objective(table[current][index])
    while True:
        step, step_score = None, best
        for name in switches:
            if getattr(current, name):
                continue
            trial = replace(current, **{name: True})
            score = objective(table[trial][index])
            if score > step_score + 1e-9:
                step, step_score = trial, score
        if step is None:
            return current
        current, best = step, step_score


def cross_validate(
    table: Table,
    groups: Sequence[str],
    n_folds: int = 5,
    switches: Sequence[str] = SWITCHES,
) -> dict[str, Any]:
    """Per fold: the rules chosen on the other folds and their held-out figures beside the
    legacy rules'; pooled: the held-out rows of all folds added."""
    from sklearn.model_selection import GroupKFold

    legacy = table[LEGACY_RULES]
    folds = []
    chosen_rows = np.zeros_like(legacy)
    dummy = np.zeros((len(groups), 1))
    for k, (train, test) in enumerate(GroupKFold(n_splits=n_folds).split(dummy, groups=groups)):
        rules = choose(table, train, switches)
        chosen_rows[test] = table[rules][test]
        folds.append(
            {
                "fold": k,
                "n_records": len(test),
                "n_groups": len({groups[i] for i in test}),
                "chosen": list(rules.switched_on()),
                "legacy": figures(legacy[test]),
                "chosen_figures": figures(table[rules][test]),
            }
        )
    return {"folds": folds, "pooled_legacy": figures(legacy), "pooled_chosen": figures(chosen_rows)}


def cached_coder(rules: RoleRules, parses: dict[str, Any], vectors: dict[str, Any]) -> Any:
    """An nlp coder with ``rules`` that shares parses and clause embeddings with the other
    candidates (the output is the same as a fresh coder's; only the work is shared)."""
    from accord.news.nlp.classifier import default_head
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.models import spacy_pipeline

    class Shared(NlpCoder):
        def code_sentence(self, text: str, date: Any = None, home: str | None = None) -> Any:
            if text not in parses:
                parses[text] = spacy_pipeline()(text)
            return self._code(list(parses[text].sents), date, None, home)

    coder = Shared(head=default_head(), rules=rules)
    encode = coder.embed

    def embed(texts: list[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in vectors]
        if missing:
            vectors.update(zip(missing, encode(missing), strict=True))
        return np.vstack([vectors[t] for t in texts])

    coder.embed = embed
    return coder


def paired(
    before: np.ndarray[Any, Any],
    after: np.ndarray[Any, Any],
    groups: Sequence[str],
    names: Sequence[str],
    n_folds: int = 5,
) -> dict[str, Any]:
    """Grouped CV of one change to a coder that has no switches (the rules coder): the
    outcome rows of the same records before and after it. In each fold the change is adopted
    when it does not lower the :func:`objective` on the other folds, and both versions are
    scored on the held-out fold; per development set, the figures before and after and those
    of the version each fold chose (``out_of_fold``)."""
    from sklearn.model_selection import GroupKFold

    folds = []
    chosen = before.copy()
    dummy = np.zeros((len(groups), 1))
    for k, (train, test) in enumerate(GroupKFold(n_splits=n_folds).split(dummy, groups=groups)):
        adopt = objective(after[train]) >= objective(before[train]) - 1e-9
        if adopt:
            chosen[test] = after[test]
        folds.append(
            {
                "fold": k,
                "n_records": len(test),
                "n_groups": len({groups[i] for i in test}),
                "adopted": bool(adopt),
                "before": figures(before[test]),
                "after": figures(after[test]),
            }
        )
    sets = {
        name: {
            "before": figures(before[mask]),
            "after": figures(after[mask]),
            "out_of_fold": figures(chosen[mask]),
        }
        for name in dict.fromkeys(names)
        for mask in [np.asarray([m == name for m in names])]
    }
    return {
        "folds": folds,
        "pooled_before": figures(before),
        "pooled_chosen": figures(chosen),
        "development": sets,
    }


def rules_main(args: argparse.Namespace) -> None:
    """``--rules-rows FILE``: the rules coder's outcome rows on the development data;
    ``--compare BEFORE AFTER``: :func:`paired` on two such files."""
    if args.compare:
        before, after = (json.loads(Path(f).read_text("utf-8")) for f in args.compare)
        if before["ids"] != after["ids"]:
            raise SystemExit("--compare: the two files hold different records")
        report = paired(
            np.asarray(before["rows"]), np.asarray(after["rows"]), before["groups"], before["names"]
        )
        report["before"], report["after"] = before["commit"], after["commit"]
    else:
        from accord.news.coders import RulesCoder

        records, groups, names = load_records(dev_sets(Path(args.root), Path(args.shared)))
        rows = outcome_rows(records, RulesCoder())
        report = {
            "ids": [r.id for r in records],
            "groups": groups,
            "names": names,
            "rows": rows.tolist(),
            "commit": args.commit,
        }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Code the development data with every candidate and write the CV report as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--switches", nargs="*", default=None)
    parser.add_argument("--rules-rows", action="store_true", help="the rules coder's rows")
    parser.add_argument("--commit", default="", help="recorded with --rules-rows")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    if args.rules_rows or args.compare:
        rules_main(args)
        return
    from accord.news.nlp.classifier import default_head

    records, groups, names = load_records(dev_sets(Path(args.root), Path(args.shared)))
    head = default_head()
    parses: dict[str, Any] = {}
    vectors: dict[str, Any] = {}
    switches = tuple(args.switches or SWITCHES)
    table = Table(lambda rules: outcome_rows(records, cached_coder(rules, parses, vectors)))
    report = cross_validate(table, groups, switches=switches)
    everything = np.arange(len(records))
    final = choose(table, everything, switches)
    report["chosen_on_all"] = list(final.switched_on())
    singles = [LEGACY_RULES, *(replace(LEGACY_RULES, **{n: True}) for n in switches), final]
    report["development"] = {
        name: {
            ",".join(rules.switched_on()) or "legacy": figures(table[rules][mask])
            for rules in singles
        }
        for name in dict.fromkeys(names)
        for mask in [np.asarray([m == name for m in names])]
    }
    report["head"] = head.meta.get("digest")
    report["n_records"] = len(records)
    report["n_groups"] = len(set(groups))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
