"""The learned direction check of evidence findings (issue 14, item 6; session 19, s19-evlearn).

The sentences are written for these tests (none is from the evidence gold)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accord.news.evidence_direction as ed
from accord.news.evidence import DEFAULT_RULES, Signals, evidence_with_signals
from accord.news.types import Document
from accord.scenario.catalogue import resolve

UKRAINE = resolve("ukraine-2025-02")


def found(text: str) -> list[tuple[object, int, Signals]]:
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    return list(evidence_with_signals(doc, UKRAINE, None, DEFAULT_RULES))


def only_signals(text: str) -> Signals:
    items = found(text)
    assert len(items) == 1
    return items[0][2]


def test_signals_carry_the_words_the_model_reads() -> None:
    s = only_signals("Zelensky rejected a ceasefire, aides said.")
    assert s.issue == "ceasefire"
    assert (s.polarity, s.direction) == (-1, -1)
    assert s.cue_words == "REJECTED"
    assert "CEASEFIRE" in s.keywords.split()
    assert s.clause == "ZELENSKY REJECTED A CEASEFIRE , AIDES SAID ."


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Zelensky rejected a ceasefire, while aides were silent.",
            "ZELENSKY REJECTED A CEASEFIRE ,",
        ),
        ("Aides said that Zelensky rejected a ceasefire.", "ZELENSKY REJECTED A CEASEFIRE ."),
    ],
)
def test_the_clause_is_the_cues_own(text: str, clause: str) -> None:
    assert only_signals(text).clause == clause


def test_a_negated_cue_turns_the_direction_and_the_feature_says_so() -> None:
    s = only_signals("Zelensky did not call for a ceasefire.")
    assert s.polarity == 1 and s.direction == -1
    x = ed.features(s, {})
    assert x["turned=1"] == 1.0 and x["direction=-1"] == 1.0


@given(st.lists(st.sampled_from(["truce", "NOW", "talks", "1990", "war"]), max_size=8))
def test_terms_are_the_words_and_their_pairs(words: list[str]) -> None:
    kept = [w.lower() for w in words if w.isalpha()]
    out = ed.terms(" ".join(words))
    assert out[: len(kept)] == kept
    assert len(out) == len(kept) + max(len(kept) - 1, 0)


def test_the_clause_part_is_l2_normed_over_known_terms() -> None:
    s = only_signals("Zelensky rejected a ceasefire, aides said.")
    idf = {"rejected": 2.0, "a ceasefire": 1.5, "unseen": 3.0}
    x = ed.features(s, idf)
    clause = {k: v for k, v in x.items() if k.startswith("clause=")}
    assert set(clause) == {"clause=rejected", "clause=a ceasefire"}
    assert math.isclose(sum(v * v for v in clause.values()), 1.0)


def _toy(n: int, seed: int) -> tuple[list[Signals], list[bool]]:
    """Findings that differ in cue and direction; a negative cue is right less often."""
    base = only_signals("Zelensky rejected a ceasefire, aides said.")
    rng = np.random.default_rng(seed)
    signals, y = [], []
    for i in range(n):
        against = bool(i % 2)
        cue = "REJECTED" if against else "URGED"
        s = replace(base, cue_words=cue, against=against, clause=f"zelensky {cue} a ceasefire")
        signals.append(s)
        y.append(bool(rng.random() < (0.3 if against else 0.9)))
    return signals, y


def test_the_model_gives_scikit_learns_probabilities() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    signals, y = _toy(40, 1)
    model = ed.fit(signals, y)
    vec = DictVectorizer()
    x = vec.fit_transform([ed.features(s, model.idf) for s in signals])
    sk = LogisticRegression(random_state=ed.SEED, max_iter=2000).fit(x, np.asarray(y, int))
    for s, p in zip(signals, sk.predict_proba(x)[:, 1], strict=True):
        assert math.isclose(model.probability(s), p, rel_tol=1e-9)
    # the cue of opposition, right less often, gets the lower probability
    assert model.probability(signals[1]) < model.probability(signals[0])
    again = ed.DirectionModel.from_dict(model.to_dict())
    assert math.isclose(again.probability(signals[0]), model.probability(signals[0]), abs_tol=1e-5)


def test_out_of_fold_probabilities_come_from_the_other_groups() -> None:
    signals, y = _toy(40, 2)
    groups = ["a"] * 20 + ["b"] * 20
    p = ed.out_of_fold(signals, y, groups)
    held = ed.fit(signals[20:], y[20:])
    assert math.isclose(p[0], held.probability(signals[0]))


@settings(max_examples=50)
@given(
    st.lists(st.tuples(st.floats(0, 1), st.booleans(), st.booleans()), min_size=1, max_size=30).map(
        lambda rows: [(p, r, o and not r) for p, r, o in rows]
    ),
    st.sampled_from(ed.MODES),
)
def test_the_cut_off_never_loses_on_its_own_findings(
    rows: list[tuple[float, bool, bool]], mode: str
) -> None:
    p, y, opposite = (list(c) for c in zip(*rows, strict=True))
    cut = ed.choose_threshold(p, y, opposite, mode)
    assert cut in ed.THRESHOLDS
    assert ed.gain(p, y, opposite, cut, mode) >= 0
    best = max(ed.gain(p, y, opposite, c, mode) for c in ed.THRESHOLDS)
    assert ed.gain(p, y, opposite, cut, mode) == best


def test_no_gain_means_no_check() -> None:
    assert ed.choose_threshold([0.1, 0.2], [True, True], [False, False], "drop") == 0.0


@pytest.mark.parametrize("mode", ed.MODES)
def test_the_check_drops_or_turns_what_falls_below_the_cut_off(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = found("Zelensky rejected a ceasefire, aides said.")
    model = ed.DirectionModel({}, {"cue=REJECTED": -50.0}, 0.0, {"drop": 0.5, "flip": 0.5})
    monkeypatch.setattr(ed, "load_models", lambda: {"words": model, "parse": model})
    out = ed.check(items, False, mode)
    if mode == "drop":
        assert out == []
    else:
        assert [i.direction for i, _, _ in out] == [-i.direction for i, _, _ in items]
    keep = ed.DirectionModel({}, {"cue=REJECTED": 50.0}, 0.0, {"drop": 0.5, "flip": 0.5})
    monkeypatch.setattr(ed, "load_models", lambda: {"words": keep, "parse": keep})
    assert ed.check(items, False, mode) == items
    with pytest.raises(ValueError):
        ed.check(items, False, "abstain")
