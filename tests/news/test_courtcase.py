"""s46-court: a state's court that rejects, dismisses or denies a case a named party brought (an
appeal, a petition, a motion, a challenge ...) with no recipient named takes its own state as
the recipient, in both coders (docs/event-coding.md, "A court's decision is coded by what it
does to a party": the party whose case it rejects, "as for a named domestic target";
``accord.news.coding.court_case_rejected``). A foreign party named keeps its state; an unowned
case, a request, an international court and a subject that is no court take no recipient.
Sentences of our own (docs/validation-events/session-46-court.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import court_case_rejected
from accord.news.gazetteer import tokenize
from accord.news.types import ActorRef

DATE = dt.date(2025, 3, 1)
CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]
Want = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]

# sentence, the trigger word, (type, mode, sources, targets) of its event
OWN_STATE = [
    (
        "Peru's Constitutional Court rejected Juan Quispe's appeal against the ban.",
        "rejected",
        ("REJECT", None, ("PER",), ("PER",)),
    ),
    (
        "The Constitutional Court of Chile rejected their appeal against the election result.",
        "rejected",
        ("REJECT", None, ("CHL",), ("CHL",)),
    ),
    (
        "Kenya's High Court dismissed a petition brought by Peter Mwangi on Friday.",
        "dismissed",
        ("REJECT", None, ("KEN",), ("KEN",)),
    ),
    (
        "Chile's Supreme Court denied Juan Soto's motion to suspend the trial.",
        "denied",
        ("REJECT", None, ("CHL",), ("CHL",)),
    ),
]
UNCHANGED = [
    # a foreign party named: its state, as before
    (
        "Peru's Supreme Court rejected Chile's appeal.",
        "rejected",
        ("REJECT", None, ("PER",), ("CHL",)),
    ),
    # no party named
    ("Peru's Supreme Court rejected the appeal.", "rejected", ("REJECT", None, ("PER",), ())),
    # a bid: no case of a party to it
    (
        "Peru's Supreme Court rejected a bid to delay the vote.",
        "rejected",
        ("REJECT", None, ("PER",), ()),
    ),
    # an international court has no state of its own
    (
        "The International Court of Justice rejected the party's appeal.",
        "rejected",
        ("REJECT", None, ("ICJ",), ()),
    ),
    # no court: a minister refusing an appeal names no recipient
    (
        "Peru's foreign minister rejected Juan Quispe's appeal.",
        "rejected",
        ("REJECT", None, ("PER",), ()),
    ),
]


def _event(name: str, text: str, trigger: str) -> Want:
    coder = get_coder(name, strict=True).coder
    events = [e for e in coder.code_sentence(text, DATE) if e.trigger == trigger]
    if not events:
        return ("", None, (), ())
    e = events[0]
    codes = (tuple(sorted(a.code for a in e.sources)), tuple(sorted(a.code for a in e.targets)))
    return (e.event_type, e.mode, *codes)


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "want"), OWN_STATE)
def test_court_rejecting_a_named_partys_case_acts_on_its_own_state(
    name: str, text: str, trigger: str, want: Want
) -> None:
    assert _event(name, text, trigger) == want


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "want"), UNCHANGED)
def test_other_refusals_keep_their_recipient(
    name: str, text: str, trigger: str, want: Want
) -> None:
    assert _event(name, text, trigger) == want


def test_the_construction_reads_the_words() -> None:
    court = (ActorRef("ROU"),)
    tokens = tokenize("The Constitutional Court of Romania has rejected Georgescu's appeal.")
    assert court_case_rejected(tokens, 6, 7, court)
    tokens = tokenize("The electoral court dismissed a challenge posed by the opposition party.")
    assert court_case_rejected(tokens, 3, 4, court)
    tokens = tokenize("The court rejected a request from the company.")
    assert not court_case_rejected(tokens, 2, 3, court)  # a request: not a case of a party
    tokens = tokenize("The president rejected his appeal.")
    assert not court_case_rejected(tokens, 2, 3, court)  # no court
    tokens = tokenize("The court said that the minister rejected his appeal.")
    assert not court_case_rejected(tokens, 6, 7, court)  # the court is not the subject
    assert not court_case_rejected(tokenize("The court rejected his appeal."), 2, 3, ())
