"""The calibration's inputs worked out once (session 17, s17-speed): the sentence's facts and
the rules coder's reading once per sentence (:func:`accord.news.event_confidence.feature_rows`),
and the nlp coder's agreement features on the readings its fallback already made
(:data:`accord.news.nlp.coder.Readings`), with the same features and confidences as before.

The hand-written events and sentences are written for these tests; the documents of the last
test are the READING files' texts (never a CHECK file's)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import code_tokens, document_home, reads_previous
from accord.news.event_confidence import FEATURES, event_features, feature_rows
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions
from accord.news.types import PLOVER_TYPES, ActorRef, Document, Event, event_key
from tests.helpers import ROOT, SHARED

SENTENCES = (
    "France agreed with Germany on new sanctions against Russia on Monday.",
    "Ukraine did not reject the proposal, officials said.",
    "\u201cWe will never accept it,\u201d the minister told reporters.",
    "Talks continue.",
)
ACTORS = tuple(ActorRef(c, r) for c in ("FRA", "DEU", "UKR", "RUS") for r in ("GOV", None))


def _reference(event: Event, events: int, rank: int, rules: Sequence[Event] | None) -> list[float]:
    """The features as session 16 wrote them, each worked out per event."""
    sentence = event.sentence or ""
    negation = r"\b(?:not|no|never|neither|nor|without)\b|n't\b"
    speech = r"\b(?:said|says|say|told|stated|added|according to)\b|[\"\u201c\u201d]"
    return [
        float(event.confidence),
        *(float(event.event_type == t) for t in PLOVER_TYPES),
        float(bool(event.targets)),
        float(min(len(event.sources), 3)),
        float(bool(event.mode)),
        float(bool(re.search(negation, sentence, re.IGNORECASE))),
        float(bool(re.search(speech, sentence, re.IGNORECASE))),
        math.log1p(len(sentence.split())),
        float(events),
        float(min(rank, 3)),
        float(rules is not None and any(e.event_type == event.event_type for e in rules)),
        float(rules is not None and any(event_key(e) == event_key(event) for e in rules)),
    ]


events_st = st.builds(
    Event,
    st.sampled_from(PLOVER_TYPES[:5]),
    st.lists(st.sampled_from(ACTORS), max_size=4).map(tuple),
    st.lists(st.sampled_from(ACTORS), max_size=2).map(tuple),
    mode=st.sampled_from([None, "", "verbal"]),
    sentence=st.sampled_from(SENTENCES),
    confidence=st.floats(0.0, 1.0),
    document_id=st.sampled_from(["a", "b"]),
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(events_st, max_size=12),
    st.dictionaries(st.sampled_from(SENTENCES), st.lists(events_st, max_size=3)),
    st.booleans(),
)
def test_feature_rows_are_the_per_event_features(
    events: list[Event], readings: dict[str, list[Event]], agree: bool
) -> None:
    """Per sentence or per event, the same vectors: worked out once per sentence, the facts
    and the rules coder's types and keys give what each event's own reading gave."""
    rules = (lambda text: readings.get(text, [])) if agree else None
    rows = feature_rows(events, rules)
    expected: list[list[float]] = []
    k = 0
    while k < len(events):
        end = k + 1
        first = events[k]
        while end < len(events) and (events[end].document_id, events[end].sentence) == (
            first.document_id,
            first.sentence,
        ):
            end += 1
        found = rules(first.sentence or "") if rules is not None else None
        expected += [_reference(e, end - k, r, found) for r, e in enumerate(events[k:end])]
        k = end
    assert rows == expected
    assert all(len(row) == len(FEATURES) for row in rows)
    for e in events[:3]:
        assert event_features(e, 2, 1, readings.get(e.sentence or "")) == _reference(
            e, 2, 1, readings.get(e.sentence or "")
        )


PRONOUN_OPENINGS = (
    "He met Macron in Paris on Monday.",
    "They rejected the proposal of Russia.",
    "She signed the agreement with Ukraine on Monday.",
)


@pytest.mark.parametrize("sentence", PRONOUN_OPENINGS)
def test_a_pronoun_reads_the_previous_subject(sentence: str) -> None:
    """What :func:`reads_previous` guards: a sentence opening with a pronoun takes the
    previous sentence's subject as its source, so its events depend on it."""
    tokens = tokenize(sentence)
    assert reads_previous(tokens)
    mentions = find_mentions(tokens, sentence, None, load(), bare=True)
    previous = (ActorRef("GBR", "GOV"),)
    with_previous = code_tokens(sentence, tokens, mentions, None, "d", 0, previous)
    assert with_previous != code_tokens(sentence, tokens, mentions, None, "d", 0, ())
    assert any(previous[0] in e.sources for e in with_previous)


pytestmark_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


@cache
def _reading_texts() -> tuple[str, ...]:
    """The READING files' texts (CHECK files left out: ``reading_sets``)."""
    from accord.news.evaluate import read_gold
    from accord.news.event_confidence import reading_sets

    return tuple(
        r.text
        for dev in reading_sets(ROOT, SHARED)
        for r in read_gold(dev.path, dev.split)
        if r.text
    )


@pytestmark_nlp
def test_the_nlp_coders_confidences_equal_those_read_afresh() -> None:
    """Documents of the READING texts: the events their fallback's readings calibrate are
    the events calibrated with the agreement read afresh for every sentence (session 16's
    code), confidences included; and the readings answer sentences that have events (so
    that the comparison can fail)."""
    from accord.news.nlp.coder import NlpCoder, Readings
    from accord.news.nlp.models import spacy_pipeline

    texts = _reading_texts()
    assert len(texts) > 500
    docs = [
        Document(id=f"d{k}", title="", text=" ".join(texts[k : k + 25]), date=dt.date(2025, 2, 24))
        for k in range(0, len(texts), 101)
    ]
    coder = NlpCoder()
    batched = coder.code_documents(docs)
    answered = 0
    for doc, coded in zip(docs, batched, strict=True):
        readings: Readings = {}
        home = document_home(doc)
        raw = coder._code(list(spacy_pipeline()(doc.text).sents), doc.date, doc.id, home, readings)
        afresh = coder._calibrated(raw, doc.date, home)
        assert coder._calibrated(raw, doc.date, home, readings) == afresh == coded
        answered += len({e.sentence for e in raw} & set(readings))
    assert answered > 0


@pytestmark_nlp
@pytest.mark.parametrize("sentence", [*PRONOUN_OPENINGS, *SENTENCES[:2]])
def test_the_fallback_keeps_only_readings_free_of_the_previous_sentence(sentence: str) -> None:
    """A fallback's reading is kept for the agreement features only where the previous
    sentence's subject cannot change it (no pronoun), and only without ``object_recipient``;
    a kept one has the types and actors of the agreement's own reading."""
    from accord.news.nlp.coder import NlpCoder, Readings, _rules_with

    coder = NlpCoder()
    date = dt.date(2025, 2, 24)
    readings: Readings = {}
    previous = (ActorRef("GBR", "GOV"),)
    coder._sentence_events(sentence, date, "d", 40, previous, None, True, readings)
    assert readings == {}
    events = coder._sentence_events(sentence, date, "d", 40, previous, None, readings=readings)
    assert (sentence in readings) == (not reads_previous(tokenize(sentence)))
    if sentence in readings:
        assert readings[sentence] == tuple(events)
        fresh = _rules_with(sentence, date, None)
        assert [event_key(e) for e in readings[sentence]] == [event_key(e) for e in fresh]
