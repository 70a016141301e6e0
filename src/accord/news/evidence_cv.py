"""Choose the evidence matcher's precision rules by cross-validation on the evidence gold.

The evidence gold (``tests/data/news/evidence-gold.jsonl``) has been read to fix the matcher,
so its pooled score is a development figure. Every rule of
:class:`~accord.news.evidence.EvidenceRules` is therefore kept or dropped by cross-validation
(issue 14, item 6): in each fold the rules are chosen on the training sentences alone and the
choice is scored on the held-out sentences, which no choice has seen. Two ways to fold:

* ``scenario``: leave one scenario out (three folds: ukraine-2025-02, minsk-2015-02,
  doha-2020-02), the test of whether a rule carries to a negotiation it was not chosen on;
* ``url``: grouped k-fold over the source report's URL (scikit-learn ``GroupKFold``), so that
  no report has sentences on both sides;
* ``file``: leave one gold file out (session 5, round 3: the development gold is three files,
  each drawn and annotated at a different time, so a rule that only fits how one round's
  annotators or collectors worked shows here); the records' files come from
  :func:`accord.news.evidence_gold.load_evidence_golds`, and a report cited in two files is
  held out with the file being left out and dropped from the training side, so no report has
  sentences on both sides here either.

The rules are chosen by forward selection (session 5; the search of
:mod:`accord.news.nlp.rules_cv`): starting from no switch, each step adds the one switch that
raises the criterion most on the training sentences, each switch set with its best distance
limit and strength threshold, and the search stops when no switch raises it. With 11 switches
an exhaustive search (2,048 sets, as in session 4 with 9) would run the matcher on every
sentence 2,048 times per coder and choose among 30,720 candidates on some 40 items per fold:
slower and more prone to fit the folds' noise. A given list of ``candidates`` is searched
exhaustively instead (a narrow question: which of these?).

The selection criterion puts precision first: the F-beta score with beta = 0.5 (van Rijsbergen
1979, *Information Retrieval*, ch. 7: F_beta = (1 + beta^2) P R / (beta^2 P + R), which weighs
precision twice as much as recall), ties broken toward fewer rules and then a lower threshold.
With ``objective="precision"`` (session 6, issue 14's target is a precision) the criterion is
the training precision itself, among the rules that keep at least :data:`RECALL_FLOOR` of the
correct items the plain matcher finds on the training sentences (no more than a third of the
correct evidence lost), ties as before; its forward selection searches the switches alone, not
the strength thresholds and distance limits, which remove items by no cause of error (with
them, the search ran down to the floor in every fold and lost more than a third out of file).
Pooled held-out figures add the counts of the held-out folds (each sentence is held out exactly
once). Every extraction is deterministic, so nothing here draws random numbers.

The changes a careful reader would accept (issue 14, item 6) are cross-validated the same way:
in each fold the held-out items of each scenario, found with the rules chosen on the training
sentences, go through :func:`accord.news.update.propose`, and each proposed change is reviewed
against the gold as in :mod:`accord.news.evidence_gold` (a mechanical reading of the gold, not
a second review). A change pools only the items of its own fold, so with URL folds a scenario's
evidence is split across folds and the changes differ from a run on every sentence.

Since a sentence's items depend only on that sentence, each set of switches is run once per
sentence (the distance limit and the strength threshold only filter its items: each item keeps
its cue-keyword gap) and the folds only regroup them; a coder's speaker finder is memoised over
the run (it parses each sentence once per cue, not once per switch set).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from accord.errors import DataError
from accord.news.evidence import (
    LEGACY_RULES,
    SWITCHES,
    EvidenceRules,
    SpeakerFinder,
    evidence_with_gaps,
)
from accord.news.evidence_gold import (
    ChangeReview,
    GoldSentence,
    Key,
    Score,
    _gold_keys,
    _key,
    _review,
)
from accord.news.types import Document, StanceEvidence
from accord.progress import tick, within
from accord.scenario.model import Scenario

if TYPE_CHECKING:
    from accord.news.coders import Coder

__all__ = [
    "BETA",
    "RECALL_FLOOR",
    "CVReport",
    "Fold",
    "FoldResult",
    "adoption_rule",
    "changes_summary",
    "cross_validate",
    "extractor",
    "limits",
    "make_folds",
    "per_file",
    "select_by_adoption",
    "select_rules",
    "wilson_interval",
]

FoldBy = Literal["scenario", "url", "file"]
Objective = Literal["f0.5", "precision"]
BETA = 0.5
"""Weight of recall against precision in the selection criterion (precision first)."""
RECALL_FLOOR = 2 / 3
"""The ``precision`` objective's floor: the share of the plain matcher's correct items on the
training sentences that the chosen rules must keep (session 6: no more than a third lost)."""
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8)
"""Minimum item strengths tried (the cue strengths of :data:`accord.news.evidence.CUES` lie in
0.4-0.9)."""

DISTANCES: tuple[int | None, ...] = (None, 10, 6)
"""Cue-keyword distance limits tried (tokens; ``None``: no limit)."""

Items = dict[str, list[tuple[StanceEvidence, int]]]
"""Record id -> the items found in that sentence, each with its cue-keyword gap."""
Extract = Callable[[EvidenceRules], Items]
"""The items of every sentence under a set of switches (computed once per set)."""


@dataclass(frozen=True)
class Fold:
    """One split: the record ids chosen on and those scored."""

    name: str
    train: frozenset[str]
    test: frozenset[str]


def make_folds(
    records: Sequence[GoldSentence],
    by: FoldBy = "scenario",
    k: int = 5,
    files: Mapping[str, str] | None = None,
) -> list[Fold]:
    """Leave-one-scenario-out folds, ``k`` folds grouped by the report's URL, or
    leave-one-file-out folds (``files``: record id -> its gold file)."""
    ids = [r.id for r in records]
    if by == "file":
        if files is None:
            raise DataError("leave-one-file-out needs each record's gold file")
        names = sorted({files[i] for i in ids})
        if len(names) < 2:
            raise DataError("leave-one-file-out needs sentences of at least two gold files")
        out = []
        for name in names:
            test = frozenset(i for i in ids if files[i] == name)
            held_urls = {r.url for r in records if r.id in test}
            train = frozenset(r.id for r in records if r.id not in test and r.url not in held_urls)
            out.append(Fold(name, train, test))
        return out
    if by == "scenario":
        groups = [r.scenario for r in records]
        names = sorted(set(groups))
        if len(names) < 2:
            raise DataError("leave-one-scenario-out needs sentences of at least two scenarios")
        return [
            Fold(
                name,
                frozenset(i for i, g in zip(ids, groups, strict=True) if g != name),
                frozenset(i for i, g in zip(ids, groups, strict=True) if g == name),
            )
            for name in names
        ]
    if by == "url":
        from sklearn.model_selection import GroupKFold

        urls = [r.url for r in records]
        if len(set(urls)) < k:
            raise DataError(f"grouping by URL into {k} folds needs at least {k} distinct URLs")
        folds = []
        splitter = GroupKFold(n_splits=k)
        for n, (train, test) in enumerate(splitter.split(ids, groups=urls), start=1):
            folds.append(
                Fold(f"url-{n}", frozenset(ids[i] for i in train), frozenset(ids[i] for i in test))
            )
        return folds
    raise DataError(f"fold by {by!r}: expected 'scenario', 'url' or 'file'")


def limits(
    rules: EvidenceRules,
    thresholds: Iterable[float] = THRESHOLDS,
    distances: Iterable[int | None] = DISTANCES,
) -> list[EvidenceRules]:
    """The switches of ``rules`` with every cue-keyword distance limit and every minimum
    strength."""
    return [replace(rules, max_distance=d, min_strength=t) for d in distances for t in thresholds]


def _items(
    records: Sequence[GoldSentence],
    scenarios: dict[str, Scenario],
    finder: SpeakerFinder | None,
    rules: EvidenceRules,
) -> Items:
    out: Items = {}
    for r in records:
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        out[r.id] = evidence_with_gaps(doc, scenarios[r.scenario], finder, rules)
    return out


def _with(rules: EvidenceRules, switch: str) -> EvidenceRules:
    """``rules`` with one more switch on."""
    flags: dict[str, Any] = {switch: True}
    return replace(rules, **flags)


def _base(rules: EvidenceRules) -> EvidenceRules:
    """The switches alone: the extraction the limit and the threshold then filter."""
    return replace(rules, min_strength=0.0, max_distance=None)


def _kept(found: list[tuple[StanceEvidence, int]], rules: EvidenceRules) -> list[StanceEvidence]:
    """The items that pass the rules' strength threshold and cue-keyword distance limit."""
    limit = rules.max_distance
    return [
        e
        for e, gap in found
        if e.strength >= rules.min_strength and (limit is None or gap <= limit)
    ]


def _score(
    items: Items, gold: dict[str, set[Key]], ids: Iterable[str], rules: EvidenceRules
) -> Score:
    total = Score()
    for i in ids:
        keys = {_key(e) for e in _kept(items[i], rules)}
        g = gold[i]
        total += Score(len(g), len(g & keys), len(keys), len(keys & g))
    return total


def f_beta(score: Score, beta: float = BETA) -> float:
    """F-beta of a score (0 when nothing is found or nothing is right)."""
    p, r = score.precision or 0.0, score.recall or 0.0
    if p + r == 0:
        return 0.0
    return (1 + beta**2) * p * r / (beta**2 * p + r)


Rank = tuple[float, ...]
"""The criterion (one or two numbers), then fewer switches, then a lower threshold."""


def _rank(rules: EvidenceRules, score: Score, floor: int | None) -> Rank:
    """F0.5 (``floor`` None), or whether the rules keep ``floor`` correct items and then their
    precision (the ``precision`` objective)."""
    on = sum(getattr(rules, name) for name in SWITCHES) + (rules.max_distance is not None)
    if floor is None:
        return (round(f_beta(score), 9), -on, -rules.min_strength)
    feasible = float(score.correct >= floor)
    return (feasible, round(score.precision or 0.0, 9), -on, -rules.min_strength)


def _floor(extract: Extract, gold: dict[str, set[Key]], ids: frozenset[str]) -> int:
    """The correct items the plain matcher finds on ``ids``, times :data:`RECALL_FLOOR`,
    rounded up."""
    plain = _score(extract(LEGACY_RULES), gold, ids, LEGACY_RULES).correct
    return math.ceil(plain * RECALL_FLOOR - 1e-9)


def _changes(
    items: Items,
    records: dict[str, GoldSentence],
    scenarios: dict[str, Scenario],
    gold: dict[str, set[Key]],
    ids: Iterable[str],
    rules: EvidenceRules,
) -> tuple[ChangeReview, ...]:
    """The changes :func:`accord.news.update.propose` makes from the held-out items of each
    scenario, each reviewed against the gold (:func:`accord.news.evidence_gold._review`)."""
    by_scenario: dict[str, list[StanceEvidence]] = {}
    for i in sorted(ids):
        by_scenario.setdefault(records[i].scenario, []).extend(_kept(items[i], rules))
    reviews: list[ChangeReview] = []
    for name, found in sorted(by_scenario.items()):
        reviews.extend(_review(scenarios[name], found, gold))
    return tuple(reviews)


def changes_summary(changes: Sequence[ChangeReview]) -> dict[str, Any]:
    """Changes proposed and accepted by the gold, in all and by field (position, salience),
    and the share accepted (``None`` when none is proposed)."""
    accepted = sum(c.accepted for c in changes)
    return {
        "proposed": len(changes),
        "accepted": accepted,
        "accepted_share": round(accepted / len(changes), 3) if changes else None,
        **{
            name: {
                "proposed": sum(c.change.field == name for c in changes),
                "accepted": sum(c.accepted and c.change.field == name for c in changes),
            }
            for name in ("position", "salience")
        },
    }


@dataclass(frozen=True)
class FoldResult:
    """A fold: the rules chosen on its training sentences, the held-out scores of those rules
    and of the baseline, and the changes each proposes from the held-out items (reviewed
    against the gold: the share a careful reader would accept, issue 14 item 6)."""

    fold: Fold
    chosen: EvidenceRules
    train: Score
    test: Score
    baseline_test: Score
    changes: tuple[ChangeReview, ...] = ()
    baseline_changes: tuple[ChangeReview, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "fold": self.fold.name,
            "train_sentences": len(self.fold.train),
            "test_sentences": len(self.fold.test),
            "chosen": self.chosen.label(),
            "train": self.train.to_dict(),
            "test": self.test.to_dict(),
            "test_precision_wilson95": _interval(self.test),
            "baseline_test": self.baseline_test.to_dict(),
            "baseline_test_precision_wilson95": _interval(self.baseline_test),
            "changes": changes_summary(self.changes),
            "baseline_changes": changes_summary(self.baseline_changes),
        }


def wilson_interval(correct: int, n: int, level: float = 0.95) -> list[float] | None:
    """The Wilson score interval of a proportion ``correct / n`` (Wilson 1927, "Probable
    inference, the law of succession, and statistical inference", JASA 22(158)), by SciPy;
    ``None`` when ``n`` is 0. Kept beside every precision because the folds hold few items."""
    if n == 0:
        return None
    from scipy.stats import binomtest

    ci = binomtest(correct, n).proportion_ci(confidence_level=level, method="wilson")
    return [round(float(ci.low), 3), round(float(ci.high), 3)]


def _interval(score: Score) -> list[float] | None:
    return wilson_interval(score.correct, score.predicted)


def _spread(values: list[float | None]) -> dict[str, float | None]:
    xs = [v for v in values if v is not None]
    if not xs:
        return {"min": None, "max": None, "sd": None}
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    return {"min": round(min(xs), 3), "max": round(max(xs), 3), "sd": round(sd, 3)}


@dataclass(frozen=True)
class CVReport:
    """Cross-validated figures of the rule selection, for one coder and one way of folding;
    ``chosen_on_all`` is what the same selection picks on every sentence (the final rule)."""

    coder: str
    by: str
    folds: list[FoldResult]
    chosen_on_all: EvidenceRules
    search: str = "forward selection"
    objective: Objective = "f0.5"

    @property
    def pooled(self) -> Score:
        return sum((f.test for f in self.folds), Score())

    @property
    def baseline_pooled(self) -> Score:
        return sum((f.baseline_test for f in self.folds), Score())

    def to_dict(self) -> dict[str, Any]:
        changes = [c for f in self.folds for c in f.changes]
        baseline_changes = [c for f in self.folds for c in f.baseline_changes]
        return {
            "coder": self.coder,
            "folded_by": self.by,
            "criterion": (
                f"F{BETA:g} on the training sentences"
                if self.objective == "f0.5"
                else f"precision on the training sentences, keeping at least {RECALL_FLOOR:.3g} "
                "of the plain matcher's correct items"
            ),
            "search": self.search,
            "folds": [f.to_dict() for f in self.folds],
            "pooled_test": self.pooled.to_dict(),
            "pooled_precision_wilson95": _interval(self.pooled),
            "baseline_pooled_test": self.baseline_pooled.to_dict(),
            "baseline_pooled_precision_wilson95": _interval(self.baseline_pooled),
            "pooled_changes": changes_summary(changes),
            "baseline_pooled_changes": changes_summary(baseline_changes),
            "spread_precision": _spread([f.test.precision for f in self.folds]),
            "spread_recall": _spread([f.test.recall for f in self.folds]),
            "baseline_spread_precision": _spread([f.baseline_test.precision for f in self.folds]),
            "baseline_spread_recall": _spread([f.baseline_test.recall for f in self.folds]),
            "chosen_on_all": self.chosen_on_all.label(),
        }


Choice = tuple[Rank, EvidenceRules, Score]


def _best(
    extract: Extract,
    gold: dict[str, set[Key]],
    ids: frozenset[str],
    candidates: Iterable[EvidenceRules],
    floor: int | None,
) -> Choice:
    best: Choice | None = None
    for rules in candidates:
        score = _score(extract(_base(rules)), gold, ids, rules)
        rank = _rank(rules, score, floor)
        if best is None or rank > best[0]:
            best = (rank, rules, score)
    if best is None:
        raise DataError("no candidate rules to choose from")
    return best


def _forward(
    extract: Extract, gold: dict[str, set[Key]], ids: frozenset[str], floor: int | None
) -> Choice:
    """Forward selection from no switch: add the switch (with its best limit and threshold)
    that raises the criterion most; stop when none raises it."""
    size = 1 if floor is None else 2  # the criterion's part of a rank
    # the precision objective searches the gates alone: a strength threshold or a distance
    # limit removes items by no cause of error (session 6, first run: recall fell below the
    # floor out of file)
    grid = limits if floor is None else lambda rules: [rules]
    current = _best(extract, gold, ids, grid(LEGACY_RULES), floor)
    rounds = 0
    while True:
        switches = _base(current[1])
        steps = [
            _best(extract, gold, ids, grid(_with(switches, name)), floor)
            for name in SWITCHES
            if not getattr(switches, name)
        ]
        if not steps:
            return current
        rounds += 1  # seconds of work each; a round adds a switch or ends the search
        tick("forward selection round", rounds, len(SWITCHES))
        step = max(steps, key=lambda c: c[0])  # the first of equals: SWITCHES order
        if step[0][:size] <= current[0][:size]:
            return current
        current = step


def _choose(
    extract: Extract,
    gold: dict[str, set[Key]],
    ids: frozenset[str],
    candidates: Sequence[EvidenceRules] | None,
    objective: Objective = "f0.5",
) -> tuple[EvidenceRules, Score]:
    """Forward selection, or the best of the given candidates, by ``objective``."""
    floor = _floor(extract, gold, ids) if objective == "precision" else None
    _, rules, score = (
        _forward(extract, gold, ids, floor)
        if candidates is None
        else _best(extract, gold, ids, candidates, floor)
    )
    return rules, score


def extractor(
    records: Sequence[GoldSentence], scenarios: dict[str, Scenario], coder: Coder | None
) -> Extract:
    """The items of every record under a set of switches, each set extracted once, with the
    coder's speaker finder memoised."""
    finder = getattr(coder, "clause_agents", None)
    memo = lru_cache(maxsize=None)(finder) if finder is not None else None
    cache: dict[EvidenceRules, Items] = {}

    def extract(switches: EvidenceRules) -> Items:
        if switches not in cache:
            cache[switches] = _items(records, scenarios, memo, switches)
        return cache[switches]

    return extract


def select_rules(
    records: Sequence[GoldSentence],
    scenarios: dict[str, Scenario],
    coder: Coder | None = None,
    candidates: Sequence[EvidenceRules] | None = None,
    objective: Objective = "f0.5",
) -> EvidenceRules:
    """The rules the selection picks on every record (what :func:`cross_validate` reports as
    ``chosen_on_all``, without the folds): how :data:`accord.news.evidence.DEFAULT_RULES` was
    chosen."""
    gold = {r.id: _gold_keys(r) for r in records}
    extract = extractor(records, scenarios, coder)
    return _choose(extract, gold, frozenset(gold), candidates, objective)[0]


def cross_validate(
    records: Sequence[GoldSentence],
    scenarios: dict[str, Scenario],
    coder: Coder | None = None,
    *,
    by: FoldBy = "scenario",
    k: int = 5,
    files: Mapping[str, str] | None = None,
    candidates: Sequence[EvidenceRules] | None = None,
    baseline: EvidenceRules = LEGACY_RULES,
    objective: Objective = "f0.5",
) -> CVReport:
    """Choose the rules on each fold's training sentences, score them on its held-out ones.

    The choice is forward selection over :data:`accord.news.evidence.SWITCHES` (module
    docstring), or, with ``candidates``, the best of those; ``baseline`` (the matcher before
    the rules) is scored on the same held-out sentences for the "before" figures. ``files``
    (record id -> gold file) is needed to fold ``by="file"``."""
    if candidates is not None and not candidates:
        raise DataError("no candidate rules to choose from")
    gold = {r.id: _gold_keys(r) for r in records}
    extract = extractor(records, scenarios, coder)
    folds = make_folds(records, by, k, files)
    by_id = {r.id: r for r in records}
    results = []
    for n, fold in enumerate(folds, start=1):
        with within(f"evidence cv, fold {n} of {len(folds)}"):
            chosen, train = _choose(extract, gold, fold.train, candidates, objective)
        items, base_items = extract(_base(chosen)), extract(_base(baseline))
        test = _score(items, gold, fold.test, chosen)
        base = _score(base_items, gold, fold.test, baseline)
        changes = _changes(items, by_id, scenarios, gold, fold.test, chosen)
        base_changes = _changes(base_items, by_id, scenarios, gold, fold.test, baseline)
        results.append(FoldResult(fold, chosen, train, test, base, changes, base_changes))
    with within("evidence cv, the choice on every sentence"):
        final, _ = _choose(extract, gold, frozenset(gold), candidates, objective)
    search = "forward selection" if candidates is None else f"best of {len(candidates)} given"
    return CVReport(getattr(coder, "name", "rules"), by, results, final, search, objective)


def per_file(
    extract: Extract,
    gold: Mapping[str, set[Key]],
    groups: Mapping[str, frozenset[str]],
    rules: EvidenceRules,
) -> dict[str, Score]:
    """The score of ``rules`` on each group of record ids (a gold file's sentences)."""
    items = extract(_base(rules))
    return {name: _score(items, dict(gold), ids, rules) for name, ids in groups.items()}


def adoption_rule(before: Mapping[str, Score], after: Mapping[str, Score]) -> bool:
    """The session-9 rule for a change of the matcher (issue 14, item 6), over a set of files:
    pooled precision rises, no file's precision falls (a file left with no item has no
    precision and does not count as falling), and the right items lost are at most half the
    wrong items removed (precision first, but not bought with any number of right items)."""
    b, a = sum(before.values(), Score()), sum(after.values(), Score())
    if (a.precision or 0.0) <= (b.precision or 0.0):
        return False
    for name, score in after.items():
        old, new = before[name].precision, score.precision
        if old is not None and new is not None and new < old - 1e-9:
            return False
    lost = b.correct - a.correct
    removed = (b.predicted - b.correct) - (a.predicted - a.correct)
    return 2 * lost <= removed


def select_by_adoption(
    extract: Extract,
    gold: Mapping[str, set[Key]],
    groups: Mapping[str, frozenset[str]],
    base: EvidenceRules,
    steps: Sequence[str],
    thresholds: Sequence[float] = (),
) -> tuple[EvidenceRules, list[str]]:
    """Forward selection from ``base`` on ``groups`` (the training files, record ids each) by
    :func:`adoption_rule` (session 9): each step adds the switch of ``steps``, or raises the
    minimum strength to one of ``thresholds`` (the cue's strength as the item's confidence),
    that passes the rule against the current set with the highest pooled precision (the first
    of equals in the order given); the search stops when none passes. Returns the rules and
    the names of the steps taken."""
    current, taken = base, list[str]()
    while True:
        now = per_file(extract, gold, groups, current)
        options = [(name, _with(current, name)) for name in steps]
        options += [
            (f"min_strength={t:g}", replace(current, min_strength=t))
            for t in thresholds
            if t > current.min_strength
        ]
        best: tuple[float, str, EvidenceRules] | None = None
        for name, rules in options:
            if rules == current:
                continue
            after = per_file(extract, gold, groups, rules)
            if not adoption_rule(now, after):
                continue
            precision = sum(after.values(), Score()).precision or 0.0
            if best is None or precision > best[0]:
                best = (precision, name, rules)
        if best is None:
            return current, taken
        current = best[2]
        taken.append(best[1])
