"""The rules coder's learned first event (session 21, s21-rank).

The sentences and events are written for these tests (none is from a gold file)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence
from accord.news.event_choice import (
    RULES_BUNDLED,
    RULES_FEATURES,
    RULES_SETS,
    RULES_SETTINGS,
    Candidates,
    chosen,
    chosen_setting,
    collect_rules,
    fitted,
    load_rules_model,
    rules_first,
    rules_rows,
)
from accord.news.types import PLOVER_TYPES, ActorRef, Event

FRA, DEU = ActorRef("FRA", "GOV"), ActorRef("DEU", "GOV")
SENTENCE = "France said it would talk to Germany after it accused Russia of new attacks."
TRIGGERS = ("said", "talk", "accused", "attacks")


def event(kind: str, trigger: str = "said", raw: float = 0.7) -> Event:
    return Event(kind, (FRA,), (DEU,), trigger=trigger, sentence=SENTENCE, confidence=raw)


def test_rows_follow_the_declared_features() -> None:
    events = [event("CONSULT", "talk"), event("ACCUSE", "accused"), event("AID", "said")]
    rows = rules_rows(events)
    col = {name: k for k, name in enumerate(RULES_FEATURES)}
    assert [len(r) for r in rows] == [len(RULES_FEATURES)] * 3
    assert [r[col["rank"]] for r in rows] == [0.0, 1.0, 2.0]  # the coder's own order
    assert [r[col["events"]] for r in rows] == [3.0] * 3
    at = [r[col["position"]] for r in rows]
    assert at[2] < at[0] < at[1] < 1.0  # "said" before "talk" before "accused"
    assert rows[1][col["type_ACCUSE"]] == 1.0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(PLOVER_TYPES), st.sampled_from(TRIGGERS), st.floats(0.05, 1)),
        max_size=4,
        unique_by=lambda t: t[0],
    )
)
def test_the_choice_drops_nothing_and_puts_the_best_first(
    spec: list[tuple[str, str, float]],
) -> None:
    events = [event(kind, trigger, raw) for kind, trigger, raw in spec]
    out = rules_first(events)
    assert sorted(map(id, out)) == sorted(map(id, events))
    model = load_rules_model()
    if len(events) > 1 and model is not None:
        best = events[chosen(model.probabilities(rules_rows(events)))]
        assert out[0] is best
        assert out[1:] == [e for e in events if e is not best]
    else:
        assert out == events


TEXTS = (
    "France said on Monday that it would host talks with Germany after Russia attacked a port.",
    "The ministers of Poland and Lithuania met in Vilnius and agreed to share intelligence.",
    "Ukraine accused Russia of shelling Kharkiv and called for new sanctions.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_the_coder_reorders_without_dropping(text: str) -> None:
    off = code_sentence(text, learned_first=False)
    on = code_sentence(text)
    assert sorted(map(repr, on)) == sorted(map(repr, off))
    if on:
        assert on[1:] == [e for e in off if e != on[0]]


def candidates(first_wrong: bool, n: int = 240) -> Candidates:
    """Records of two candidates each in 4 files: the first an ACCUSE, the second a CONSULT;
    the gold is the CONSULT on every record when ``first_wrong``, else the ACCUSE."""
    col = {name: k for k, name in enumerate(RULES_FEATURES)}
    rng = np.random.default_rng(0)
    x = np.zeros((2 * n, len(RULES_FEATURES)))
    x[0::2, col["type_ACCUSE"]] = 1.0
    x[1::2, col["type_CONSULT"]] = 1.0
    x[1::2, col["rank"]] = 1.0
    x[:, col["raw"]] = rng.uniform(0.5, 0.9, 2 * n)
    right = np.zeros(2 * n, bool)
    right[1 if first_wrong else 0 :: 2] = True
    gold = ["CONSULT" if first_wrong else "ACCUSE"] * n
    keys = [("ACCUSE", ("FRA",), ()), ("CONSULT", ("FRA",), ())] * n
    return Candidates(
        x=x,
        right=right,
        full=right.copy(),
        keys=keys,
        record=np.repeat(np.arange(n), 2),
        nlp=np.ones(2 * n, bool),
        files=[f"f{r % 4}" for r in range(n)],
        gold=gold,
        actors=[(0, 0)] * n,
        hits=[(True, True)] * (2 * n),
    )


def test_the_setting_is_chosen_out_of_file_and_the_fit_is_reproducible() -> None:
    c = candidates(first_wrong=True)
    everything = np.ones(len(c.files), bool)
    setting = chosen_setting(c, everything)
    assert setting == RULES_SETTINGS[0]  # each passes with the same records: the first
    assert fitted(c, everything, setting).to_dict() == fitted(c, everything, setting).to_dict()
    assert chosen_setting(candidates(first_wrong=False), everything) is None  # order is right


def test_the_bundled_model_is_a_declared_setting() -> None:
    entry = json.loads(resources.files("accord.news").joinpath(RULES_BUNDLED).read_text())
    assert entry["features"] == list(RULES_FEATURES)
    assert tuple(entry["setting"]) in RULES_SETTINGS


ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    not (ROOT.parent / "shared" / "reference/plover/PLOVER_GSR_CAMEO.dev.json").is_file(),
    reason="no ../shared OEDA file",
)
def test_the_rebuild_gives_the_bundled_coefficients_back() -> None:
    from accord.news.nlp.rules_cv import dev_sets

    sets = [d for d in dev_sets(ROOT, ROOT.parent / "shared") if d.name in RULES_SETS]
    assert [d.name for d in sets] == list(RULES_SETS)
    entry = json.loads(resources.files("accord.news").joinpath(RULES_BUNDLED).read_text())
    c = collect_rules(sets)
    model = fitted(c, np.ones(len(c.files), bool), tuple(entry["setting"])).to_dict()
    assert {k: model[k] for k in ("mean", "scale", "coef", "intercept")} == {
        k: entry[k] for k in ("mean", "scale", "coef", "intercept")
    }
