"""s32-calledlabel: "X called Y <label>" names what Y is, a judgement of Y (ACCUSE
``disapprove`` for a label of blame, SUPPORT for praise, no event of "call" for a bare name),
not a telephone call (CONSULT) or an appeal (REQUEST); a real call keeps its reading.
Sentences of our own (docs/validation-events/session-32-calledlabel.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import called_label
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]

# sentence, (type, mode, sources, targets) of the "called" event, or None for no such event
CASES = [
    (
        "Norway's foreign minister called the Swedish decision a betrayal of the partnership.",
        ("ACCUSE", "disapprove", ("NOR",), ("SWE",)),
    ),
    (
        "Chile's president called Peru's border closure “deeply regrettable.”",
        ("ACCUSE", "disapprove", ("CHL",), ("PER",)),
    ),
    (
        "Kenya's president called the Ugandan agreement a historic milestone.",
        ("SUPPORT", None, ("KEN",), ("UGA",)),
    ),
    ("The Serbian minister called the trip a “working visit.”", None),
]


def _called(name: str, text: str) -> tuple[str, str | None, tuple[str, ...], tuple[str, ...]]:
    coder = get_coder(name, strict=True).coder
    events = [e for e in coder.code_sentence(text, DATE) if e.trigger == "called"]
    if not events:
        return ("", None, (), ())
    e = events[0]
    codes = (tuple(sorted(a.code for a in e.sources)), tuple(sorted(a.code for a in e.targets)))
    return (e.event_type, e.mode, *codes)


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "want"), CASES)
def test_called_label_is_a_judgement(
    name: str, text: str, want: tuple[str, str | None, tuple[str, ...], tuple[str, ...]] | None
) -> None:
    assert _called(name, text) == (want or ("", None, (), ()))


@pytest.mark.parametrize(
    "text",
    [
        "Germany called on Russia to withdraw its troops.",
        "Chile called for a ceasefire in Sudan.",
        "Peru called off the talks with Chile.",
        "Armenia condemned what it called an “illegal” blockade.",
        "Peru imposed sanctions on the so-called “shadow fleet.”",
        "Trump called Putin on Tuesday.",
    ],
)
def test_real_calls_are_no_naming(text: str) -> None:
    tokens = tokenize(text)
    calls = [i for i, t in enumerate(tokens) if t.key in ("CALL", "CALLS", "CALLED", "CALLING")]
    assert all(called_label(tokens, [], at) is None for at in calls)
