"""s33-dismissed: "dismiss" or "rebuff" a stance of another (a protest, an objection, a
challenge, a declaration, prospects for talks) and "pushed back on / against" one are a refusal,
REJECT, with the dismisser as source and the stance's author as recipient, not DISMISS's 110
(ACCUSE) or PUSH's 100 (REQUEST); dismissing a person or a body from office is left as it is.
Sentences of our own (docs/validation-events/session-33-dismissed.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import dismissed_stance, pushed_back
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]
Want = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]

# sentence, the trigger word, (type, mode, sources, targets) of its event
CASES = [
    (
        "Ghana dismissed a complaint from Togo over the border crossing.",
        "dismissed",
        ("REJECT", None, ("GHA",), ("TGO",)),
    ),
    (
        "Uganda dismissed Kenya's objection to the new pipeline as irrelevant.",
        "dismissed",
        ("REJECT", None, ("UGA",), ("KEN",)),
    ),
    (
        "Peru pushed back on Chile's proposal for a joint patrol.",
        "pushed",
        ("REJECT", None, ("PER",), ("CHL",)),
    ),
    (
        "Norway pushed back Monday against Sweden's plan to close the crossing.",
        "pushed",
        ("REJECT", None, ("NOR",), ("SWE",)),
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
@pytest.mark.parametrize(("text", "trigger", "want"), CASES)
def test_dismissed_stance_is_a_refusal(name: str, text: str, trigger: str, want: Want) -> None:
    assert _event(name, text, trigger) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ruto dismissed the Kenyan interior minister on Tuesday.",  # firing: no refusal
        "The Kenyan minister was dismissed from his post.",
        "Ruto dismissed the cabinet.",
        "A Kenyan court dismissed the charges against the activist.",  # an acquittal
    ],
)
@pytest.mark.parametrize("name", CODERS)
def test_dismissed_official_is_no_refusal(name: str, text: str) -> None:
    coder = get_coder(name, strict=True).coder
    assert all(e.event_type != "REJECT" for e in coder.code_sentence(text, DATE))


def test_the_tests_read_the_words() -> None:
    tokens = tokenize("Ghana dismissed a protest from Togo.")
    assert dismissed_stance(tokens, [], 1)
    assert not dismissed_stance(tokenize("Ghana dismissed Mahama."), [], 1)
    assert pushed_back(tokenize("Peru pushed back on the plan."), 1)
    assert not pushed_back(tokenize("Police pushed back crowds on Friday."), 1)
    assert not pushed_back(tokenize("Kyiv pushed back against Russian forces."), 1)
