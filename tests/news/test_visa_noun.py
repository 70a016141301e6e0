"""The noun of suspending a class's visas (session 38, s38-visanoun): a dictionary noun of
suspending or cancelling ("a suspension of") whose "of" object is the visas, the visa issuance
or the visa-free travel of another state's nationals, citizens, officials or diplomats as a
class is COERCE ``restrict``, CAMEO 1721, the noun's actor (the subject of a verb that enacts
it, or a possessive) the source and the travellers' state the target (docs/event-coding.md,
"Nationals' visas withdrawn are coercion"). The rules coder reads the noun as the act
(``accord.news.coding._visa_noun_acts`` with ``_visanoun_actor``); the nlp coder takes the type
through ``rules_type_same_trigger`` or the rules event its learned choice puts first. Sentences
of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from tests.news.test_freed import _first

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, source, target), all COERCE `restrict`: one per construction
NOUNS = [
    # the object of a verb that imposes it, with the class's visas "for" the class
    ("Moldova imposed a suspension of visas for Russian officials on Friday.", "MDA", "RUS"),
    # "agreed on" with one modifier before the noun, visa-free travel for diplomats
    (
        "EU ministers agreed on a partial suspension of visa-free travel for Georgian diplomats.",
        "EU",
        "GEO",
    ),
    # a possessive actor, the noun the subject of a verb with no act of its own
    ("Poland's suspension of visas for Belarusian nationals angered Minsk.", "POL", "BLR"),
]

# sentences the reading leaves as they were: (sentence, type of the first event or None)
KEPT = [
    # a possessive after a verb of its own: the verb is the act
    ("Somalia condemned Kenya's suspension of visas for Somali nationals.", "ACCUSE"),
    # "cancellation" is no noun of the dictionary: a new trigger, not read
    ("Norway announced the cancellation of visas for Russian nationals.", None),
    # a possessive's suspension another act is done on: that act stays the event
    ("Kenya's suspension of visas for Somali nationals was lifted on Monday.", "CONCEDE"),
    # the enacting verb in the future: the threat as before
    ("Kenya will impose a suspension of visas for Somali nationals.", "THREATEN"),
    # the enacting verb's subject names no actor
    ("The council approved the suspension of visa-free travel for Georgian officials.", "SUPPORT"),
]


@pytest.mark.parametrize("text, source, target", NOUNS)
def test_rules_a_noun_suspending_a_class_s_visas_is_coercion(
    text: str, source: str, target: str
) -> None:
    events = code_sentence(text, DATE)
    assert _first(events) == ("COERCE", [source], [target])
    assert events[0].mode == "restrict"


@pytest.mark.parametrize("text, kind", KEPT)
def test_rules_what_the_noun_reading_leaves_keeps_its_reading(text: str, kind: str | None) -> None:
    events = code_sentence(text, DATE)
    assert (events[0].event_type if events else None) == kind


@needs_nlp
@pytest.mark.parametrize("text, source, target", NOUNS)
def test_nlp_a_noun_suspending_a_class_s_visas_is_coercion(
    text: str, source: str, target: str
) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("COERCE", [source], [target])
    assert events[0].mode == "restrict"


@needs_nlp
@pytest.mark.parametrize("text, kind", KEPT)
def test_nlp_what_the_noun_reading_leaves_keeps_its_reading(text: str, kind: str | None) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert (events[0].event_type if events else None) == kind
