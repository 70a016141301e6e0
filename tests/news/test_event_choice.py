"""The learned choice of a sentence's first event (session 17, s17-rank).

The sentences and events are written for these tests (none is from a gold file)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.event_choice import (
    FEATURES,
    Candidates,
    candidate_rows,
    chosen,
    gated,
    learned,
    reorder,
    score,
    shipped,
)
from accord.news.event_confidence import event_features, sentence_features
from accord.news.types import PLOVER_TYPES, ActorRef, Event, event_key

FRA, DEU, RUS = (ActorRef(c, "GOV") for c in ("FRA", "DEU", "RUS"))
SENTENCE = "France said it would talk to Germany after it accused Russia of new attacks."


def event(kind: str, targets: tuple[ActorRef, ...] = (DEU,), raw: float = 0.7) -> Event:
    return Event(kind, (FRA,), targets, trigger="said", sentence=SENTENCE, confidence=raw)


def test_rows_follow_the_declared_features() -> None:
    nlp = [event("CONSULT", raw=0.9)]
    rules = [event("ACCUSE", (RUS,), raw=0.6), event("CONSULT", raw=0.75)]
    rows = candidate_rows(nlp, rules, [True, False, False])
    assert [len(r) for r in rows] == [len(FEATURES)] * 3
    col = {name: k for k, name in enumerate(FEATURES)}
    assert [r[col["nlp"]] for r in rows] == [1.0, 0.0, 0.0]
    assert [r[col["raw_nlp"]] for r in rows] == [0.9, 0.0, 0.0]
    assert [r[col["raw_rules"]] for r in rows] == [0.0, 0.6, 0.75]
    assert [r[col["events"]] for r in rows] == [1.0, 2.0, 2.0]
    # the nlp CONSULT agrees with the rules CONSULT on type and actors, not the ACCUSE
    assert [r[col["agree_type"]] for r in rows] == [1.0, 0.0, 1.0]
    assert [r[col["agree_actors"]] for r in rows] == [1.0, 0.0, 1.0]
    assert [r[col["root"]] for r in rows] == [1.0, 0.0, 0.0]
    assert rows[1][col["type_ACCUSE"]] == 1.0
    assert sum(rows[1][col[f"type_{t}"]] for t in PLOVER_TYPES) == 1.0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(PLOVER_TYPES), max_size=4),
    st.lists(st.sampled_from(PLOVER_TYPES), max_size=4),
    st.sampled_from(["", "France did not say it would meet Germany.", SENTENCE]),
)
def test_sentence_features_are_each_events_features(
    kinds: list[str], others: list[str], sentence: str
) -> None:
    # the rows worked out once per sentence are the per-event features with rank 0
    events = [replace(event(k, raw=0.1 * n), sentence=sentence) for n, k in enumerate(kinds)]
    rules = [event(k, (RUS,)) for k in others]
    assert sentence_features(events, rules) == [
        event_features(e, len(events), 0, rules) for e in events
    ]


def test_a_silent_coder_is_an_input() -> None:
    rows = candidate_rows([event("CONSULT")], [], [False])
    assert rows[0][FEATURES.index("other_silent")] == 1.0
    assert rows[0][FEATURES.index("agree_type")] == 0.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0.1, 0.4, 0.4, 0.9]), min_size=1, max_size=8))
def test_chosen_is_the_first_highest(scores: list[float]) -> None:
    k = chosen(scores)
    assert scores[k] == max(scores)
    assert all(s < scores[k] for s in scores[:k])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PLOVER_TYPES), min_size=1, max_size=4),
    st.lists(st.sampled_from(PLOVER_TYPES), max_size=4),
    st.data(),
)
def test_reorder_drops_nothing_and_puts_the_choice_first(
    mine: list[str], theirs: list[str], data: st.DataObject
) -> None:
    nlp = [event(k) for k in dict.fromkeys(mine)]  # one event per key, as the coder keeps
    rules = [event(k, (RUS,)) for k in theirs]
    scores = data.draw(
        st.lists(st.floats(0, 1), min_size=len(nlp) + len(rules), max_size=len(nlp) + len(rules))
    )
    out = reorder(nlp, rules, scores)
    pick = [*nlp, *rules][chosen(scores)]
    assert out[0].event_type == pick.event_type  # the chosen type first
    mine = [e for e in nlp if e.event_type == pick.event_type]
    assert out[0] == (pick if pick in nlp or not mine else mine[0])  # with the coder's actors
    assert all(e in out for e in nlp)  # nothing dropped
    assert len(out) == len(nlp) + (out[0] not in nlp)
    assert out[1:] == [e for e in nlp if e is not out[0]]  # the others keep their order


def test_a_rules_event_of_an_nlp_type_moves_the_nlp_event() -> None:
    nlp = [event("CONSULT"), event("ACCUSE", (DEU,), raw=0.3)]
    out = reorder(nlp, [event("ACCUSE", (RUS,))], [0.2, 0.3, 0.9])
    assert out == [nlp[1], nlp[0]]  # the type of the rules event, the nlp coder's actors
    other = reorder(nlp, [event("REJECT", (RUS,))], [0.2, 0.3, 0.9])
    assert [e.event_type for e in other] == ["REJECT", "CONSULT", "ACCUSE"]


def test_a_rules_event_of_an_nlp_key_moves_the_nlp_event() -> None:
    nlp = [event("CONSULT"), event("ACCUSE", (RUS,), raw=0.3)]
    twin = event("ACCUSE", (RUS,), raw=0.8)
    out = reorder(nlp, [twin], [0.2, 0.3, 0.9])
    assert out == [nlp[1], nlp[0]]  # the nlp coder's own event, not the rules twin


def candidates() -> Candidates:
    """Three records: the nlp coder's first event wrong and a rules event right; the nlp
    coder silent with a right rules event; a NONE record the nlp coder leaves alone."""
    right = np.array([False, True, True, False])
    x = np.zeros((4, len(FEATURES)))
    return Candidates(
        x=x,
        right=right,
        full=right.copy(),
        keys=[
            ("CONSULT", ("FRA",), ("DEU",)),
            ("ACCUSE", ("FRA",), ("RUS",)),
            ("AGREE", ("FRA",), ("DEU",)),
            ("AGREE", ("FRA",), ("DEU",)),
        ],
        record=np.array([0, 0, 1, 2]),
        nlp=np.array([True, False, False, False]),
        files=["a", "a", "b"],
        gold=["ACCUSE", "AGREE", "NONE"],
        actors=[(0, 0), (0, 0), (0, 0)],
        hits=[(True, True)] * 4,
    )


def test_the_pickers_on_known_candidates() -> None:
    c = candidates()
    records = [0, 1, 2]
    base = score(c, shipped(c), records)
    assert (base["predicted"], base["correct"], base["records_right"]) == (1, 0, 1)
    p = np.array([0.2, 0.7, 0.6, 0.3])
    reordered = score(c, learned(c, p), records)
    assert (reordered["predicted"], reordered["correct"], reordered["records_right"]) == (1, 1, 2)
    gated = score(c, learned(c, p, 0.5), records)
    assert (gated["predicted"], gated["correct"], gated["false_alarms"]) == (2, 2, 0)
    loose = score(c, learned(c, p, 0.25), records)
    assert (loose["predicted"], loose["false_alarms"], loose["records_right"]) == (3, 1, 2)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 1), max_size=5), st.floats(0, 1))
def test_the_gate_emits_the_best_rules_event_or_none(scores: list[float], gate: float) -> None:
    rules = [event(kind) for kind in PLOVER_TYPES[: len(scores)]]
    out = gated(rules, scores, gate)
    if scores and max(scores) >= gate:
        assert out == [rules[chosen(scores)]]
    else:
        assert out == []


TEXTS = (
    "France said on Monday that it would host talks with Germany after Russia attacked a port.",
    "The ministers of Poland and Lithuania met in Vilnius and agreed to share intelligence.",
    "Protesters gathered outside the parliament in Tbilisi.",
)


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
@pytest.mark.parametrize("text", TEXTS)
def test_the_coder_reorders_without_dropping(text: str) -> None:
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=True))
    on = coder.raw_sentence(text)
    off = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=False)).raw_sentence(text)
    if off:  # the coder's own events, the chosen one in front, the others in their order
        assert all(e in on for e in off)
        assert on[1:] == [e for e in off if e != on[0]]
    else:  # an uncoded sentence gains the gate's one event at most
        assert len(on) <= 1
    assert coder.raw_sentence(text) == on  # deterministic


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
def test_a_rules_event_put_in_front_is_the_documents() -> None:
    # the choice reads the cached rules reading (no document id, no offset); the event it
    # puts in front is the same event read in the sentence's document
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.models import spacy_pipeline

    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=True))
    text = TEXTS[0]
    sent = next(iter(spacy_pipeline()(text).sents))
    cached = list(coder.agreement(None, None)(text))
    assert cached and cached[0].document_id is None
    mine = [event("CONSULT")]
    out = coder._placed([cached[0], *mine], mine, cached, sent, None, "doc-1", (), None)
    assert out[0].document_id == "doc-1" and out[0].id != cached[0].id
    assert event_key(out[0]) == event_key(cached[0]) and out[1:] == mine
    # a key the document's reading lacks: the coder's own order
    alien = replace(
        cached[0], event_type="SANCTION" if cached[0].event_type != "SANCTION" else "AID"
    )
    assert coder._placed([alien, *mine], mine, cached, sent, None, "doc-1", (), None) == mine


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
@pytest.mark.parametrize(
    ("text", "known"),
    [
        (TEXTS[1], True),  # no pronoun, one token begins each trigger
        (TEXTS[0], False),  # "it" may stand for the sentence before: read again
        ("France accused Russia and Germany accused Russia.", False),  # two begin "accused"
    ],
)
def test_the_event_put_in_front_is_read_again_only_where_needed(text: str, known: bool) -> None:
    # every event of the cached reading put in front in the second sentence of a document:
    # worked out from the cached reading (where it can be) as read again in its document
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.models import spacy_pipeline

    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=True))
    sent = list(spacy_pipeline()("Talks went on. " + text).sents)[-1]
    assert sent.start_char > 0
    cached = list(coder.agreement(None, None)(sent.text))
    assert cached
    mine = [event("CONSULT")]
    for head in cached:
        worked_out = coder._placed([head, *mine], mine, cached, sent, None, "doc-1", (), None)
        read_again = coder._placed([head, *mine], mine, [], sent, None, "doc-1", (), None)
        assert worked_out == read_again and worked_out[0].document_id == "doc-1"
        assert worked_out[0].id != head.id
    moved = [coder._in_document(e, sent.text, "doc-1", sent.start_char) for e in cached]
    assert [e is not None for e in moved] == [known] * len(cached)


def test_the_type_level_pick_keeps_the_nlp_coders_actors() -> None:
    # one record: the nlp coder's ACCUSE with the gold's actors, the rules coder's ACCUSE
    # with others, scored higher
    c = Candidates(
        x=np.zeros((2, len(FEATURES))),
        right=np.array([True, True]),
        full=np.array([True, False]),
        keys=[("ACCUSE", ("FRA",), ("RUS",)), ("ACCUSE", ("FRA",), ("DEU",))],
        record=np.array([0, 0]),
        nlp=np.array([True, False]),
        files=["a"],
        gold=["ACCUSE"],
        actors=[(1, 1)],
        hits=[(True, True), (True, False)],
    )
    p = np.array([0.4, 0.8])
    assert learned(c, p, typed=True)(np.arange(2)) == 0
    assert learned(c, p, typed=False)(np.arange(2)) == 1
    assert score(c, learned(c, p), [0])["records_right"] == 1


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
def test_the_coders_version_names_the_choice_model_while_it_is_on() -> None:
    # which event comes first depends on the bundled choice model: a store coded with it must
    # be told apart from one coded without it (session 18, when it became the default)
    from accord.news.event_choice import choice_digest
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    on = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=True))
    off = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=False))
    digest = choice_digest(on.head.meta.get("digest"))
    assert digest is not None and len(digest) == 12
    assert f"+choice-{digest}+head-" in on.version
    assert "+choice-" not in off.version
    assert choice_digest("another head") is None
