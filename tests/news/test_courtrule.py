"""s47-courtrule: a court that rules or declares an act unconstitutional, unlawful or void, or
rules that it violates the constitution, is REJECT (CAMEO 120), the court its state, in both
coders (docs/event-coding.md, "A court's decision is coded by what it does to a party": a court
that "annuls or voids ... a contract, a law or an election, or rules it unconstitutional or
unlawful, is REJECT"; ``accord.news.coding.court_struck_down``). A subject that is no court,
a ruling that finds nothing void and the noun "a ruling" keep their code. Sentences of our own
(docs/validation-events/session-47-courtrule.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import court_struck_down
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]

# sentence, the trigger word, the court's state: each a REJECT by that state
STRUCK_DOWN = [
    ("Peru's Constitutional Court ruled the new pension law unconstitutional.", "ruled", "PER"),
    ("Kenya's High Court declared the election law null and void.", "declared", "KEN"),
    (
        "Chile's Supreme Court ruled that the mining concession violates the constitution.",
        "ruled",
        "CHL",
    ),
    (
        "The Supreme Court of Colombia has declared the decree unconstitutional.",
        "declared",
        "COL",
    ),
]
# sentence, the trigger word: no REJECT on it
NOT_STRUCK_DOWN = [
    # no court in the subject
    ("Peru's president declared the strike illegal.", "declared"),
    # the court finds nothing void
    ("Peru's Constitutional Court ruled that the pension law is valid.", "ruled"),
    # the noun: a ruling told as background is no REJECT of its own
    ("Morales will run despite a Bolivian court ruling that the bid is unlawful.", "ruling"),
]


def _first(name: str, text: str, trigger: str) -> tuple[str, tuple[str, ...]] | None:
    coder = get_coder(name, strict=True).coder
    events = [e for e in coder.code_sentence(text, DATE) if e.trigger == trigger]
    if not events:
        return None
    return events[0].event_type, tuple(sorted(a.code for a in events[0].sources))


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "state"), STRUCK_DOWN)
def test_a_court_striking_down_an_act_rejects_it(
    name: str, text: str, trigger: str, state: str
) -> None:
    assert _first(name, text, trigger) == ("REJECT", (state,))


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger"), NOT_STRUCK_DOWN)
def test_other_rulings_and_declarations_are_no_reject(name: str, text: str, trigger: str) -> None:
    got = _first(name, text, trigger)
    assert got is None or got[0] != "REJECT"


def test_the_construction_reads_the_words() -> None:
    tokens = tokenize("The court ruled the law unconstitutional.")
    assert court_struck_down(tokens, 2, 3)
    tokens = tokenize("The court ruled that the terms violate the country's constitution.")
    assert court_struck_down(tokens, 2, 3)
    tokens = tokenize("The court ruled that the law is valid.")
    assert not court_struck_down(tokens, 2, 3)  # nothing found void
    tokens = tokenize("The court ruled that the law is not unconstitutional.")
    assert not court_struck_down(tokens, 2, 3)  # a negation
    tokens = tokenize("The minister declared the law unconstitutional.")
    assert not court_struck_down(tokens, 2, 3)  # no court
    tokens = tokenize("The court ruled. The minister called the law unconstitutional.")
    assert not court_struck_down(tokens, 2, 3)  # another sentence
