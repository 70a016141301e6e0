"""The nouns "revocation" and "cancellation" (two l's) read as the verbs "revoke" and "cancel"
(session 39, s39-revoke, a new trigger decided as a preference): the dictionary reads a noun of
an act announced ("announced the suspension of", "announced the cancelation of", one l) as its
verb (``accord.news.coding._announced_acts`` through ``_verb_of_noun``); these two nouns take
the type and mode the dictionary gives the verb and the one-l noun in that construction, the
noun's "of" object read by the verb's patterns, the announcer the source. No other noun and no
other construction. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import _verb_of_noun, code_sentence, lexicon
from accord.news.types import Event
from tests.news.test_freed import _first

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (noun sentence, the same act as a verb, type, mode of the rules coder, source, target)
NOUNS = [
    # "cancellation of" + a meeting: the CANCEL block's 164, as "cancelled the meeting"
    (
        "Kenya announced the cancellation of the meeting with Somalia.",
        "Kenya cancelled the meeting with Somalia.",
        "SANCTION",
        "withdraw",
        "KEN",
        "SOM",
    ),
    # "revocation of" + recognition: the REVOKE block's 160, as "revoked recognition of"
    (
        "Kenya announced the revocation of recognition of Somalia.",
        "Kenya revoked recognition of Somalia.",
        "SANCTION",
        None,
        "KEN",
        "SOM",
    ),
]


def _row(events: list[Event]) -> tuple[str, str | None, list[str], list[str]]:
    kind, sources, targets = _first(events)
    return kind, events[0].mode, sources, targets


def test_the_two_nouns_read_as_their_verbs() -> None:
    lex = lexicon()
    assert _verb_of_noun("REVOCATION", lex) == ("REVOKE",)
    assert _verb_of_noun("CANCELLATION", lex) == ("CANCEL",)
    assert _verb_of_noun("CANCELATION", lex) == ("CANCEL",)  # the dictionary's, as before
    # no other noun of the same shape
    assert _verb_of_noun("PROVOCATION", lex) is None


@pytest.mark.parametrize("noun, verb, kind, mode, source, target", NOUNS)
def test_rules_noun_as_its_verb(
    noun: str, verb: str, kind: str, mode: str | None, source: str, target: str
) -> None:
    events = code_sentence(noun, DATE)
    assert _row(events) == (kind, mode, [source], [target])
    assert _row(code_sentence(verb, DATE)) == _row(events)
    assert (events[0].trigger or "").split()[0] in ("cancellation", "revocation")


def test_rules_no_new_construction() -> None:
    # a "by" phrase or a possessor with no announcing verb: no event, as for "cancelation"
    for text in (
        "The cancellation of the meeting with Somalia by Kenya angered observers.",
        "Kenya's revocation of recognition of Somalia surprised observers.",
    ):
        assert code_sentence(text, DATE) == []


@needs_nlp
@pytest.mark.parametrize("noun, verb, kind, mode, source, target", NOUNS)
def test_nlp_noun_as_its_verb(
    noun: str, verb: str, kind: str, mode: str | None, source: str, target: str
) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(noun, DATE, None)
    assert _row(events) == (kind, mode, [source], [target])
