"""s36-sentnarrow: a sending verb is AID (``_relief_sent``) only where the relief, rescue,
medical or humanitarian word names what is sent: the verb's object, its head and that head's
own modifiers or compounds, or what a craft or force sent carries or is sent for
(``_relief_is_what_is_sent``). A relief word elsewhere in the verb's clause (a preposition's
object under another noun, a purpose clause of what is no craft or force, a participle clause,
a second verb after "and", a clause under another noun, an "as" clause) gives back the output
of session 35's start code. Sentences of our own, one per construction and coder
(docs/validation-events/session-36-sentnarrow.md)."""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import _RELIEF_WORDS, _relief_is_what_is_sent
from accord.news.gazetteer import tokenize
from tests.news.test_dismissed import _event

CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]
Want = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]


def _same(want: Want) -> dict[str, Want]:
    return {"rules": want, "nlp": want}


# over-reach no longer AID: sentence, trigger, each coder's (type, mode, sources, targets)
OVER = [
    (  # a preposition's object under another noun
        "Kenya sent a letter to Somalia on Friday about food prices.",
        "sent",
        {
            "rules": ("CONSULT", None, ("KEN", "SOM"), ()),
            "nlp": ("CONSULT", None, ("KEN",), ()),
        },
    ),
    (  # a purpose clause of what is no craft or force
        "Peru sent a mission to Bolivia on Monday to review disaster relief plans.",
        "sent",
        _same(("AGREE", None, ("PER",), ("BOL",))),
    ),
    (  # a participle clause
        "Italy sent a message to Libya on Sunday welcoming the humanitarian truce.",
        "sent",
        {
            "rules": ("CONSULT", None, ("ITA", "LBY"), ()),
            "nlp": ("CONSULT", None, ("ITA",), ()),
        },
    ),
    (  # a second verb after "and"
        "Spain sent an envoy to Mali and will discuss food deliveries with the junta.",
        "sent",
        {
            "rules": ("CONSULT", "visit", ("ESP", "MLI"), ()),
            "nlp": ("CONSULT", None, ("ESP",), ()),
        },
    ),
    (  # forces: a clause under another noun
        "Poland deployed 400 troops on Thursday to a region struck by the disaster.",
        "deployed",
        {
            "rules": ("MOBILIZE", "troops", ("POL",), ()),
            "nlp": ("MOBILIZE", None, ("POL",), ()),
        },
    ),
    (  # a craft: a participle under another noun
        "Greece sent two navy boats to a harbour used for medical evacuations.",
        "sent",
        _same(("COOPERATE", None, ("GRC",), ())),
    ),
    (  # an "as" clause
        "Ghana sent a delegation to Togo on Monday as relief efforts went on.",
        "sent",
        {
            "rules": ("CONSULT", "visit", ("GHA", "TGO"), ()),
            "nlp": ("CONSULT", None, ("GHA",), ()),
        },
    ),
    (  # a participle with the thing sent before it, no craft or force
        "A letter was sent to Somalia on Friday about food prices.",
        "sent",
        _same(("", None, (), ())),
    ),
]

# claimed by s35-sentrelief and still AID
CLAIMED = [
    (  # the object's compound
        "Kenya rushed a mobile hospital unit to Somalia on Friday.",
        "rushed",
        _same(("AID", None, ("KEN",), ("SOM",))),
    ),
    (  # a partitive "tonnes of"
        "Spain sent 30 tonnes of rescue equipment to Morocco on Tuesday.",
        "sent",
        _same(("AID", None, ("ESP",), ("MAR",))),
    ),
    (  # nouns joined by "and"
        "Spain sent search and rescue crews to Morocco on Tuesday.",
        "sent",
        _same(("AID", None, ("ESP",), ("MAR",))),
    ),
    (  # a craft and what it is for
        "Greece deployed three helicopters to Turkey on Monday for rescue missions.",
        "deployed",
        _same(("AID", None, ("GRC",), ("TUR",))),
    ),
    (  # a craft and what it carries
        "Greece deployed three boats to Turkey on Monday with rescue divers.",
        "deployed",
        _same(("AID", None, ("GRC",), ("TUR",))),
    ),
    (  # forces for disaster relief
        "Poland sent 300 soldiers to Ukraine on Thursday for flood relief work.",
        "sent",
        _same(("AID", None, ("POL",), ("UKR",))),
    ),
]


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "want"), OVER)
def test_relief_word_elsewhere_is_no_aid(
    name: str, text: str, trigger: str, want: dict[str, Want]
) -> None:
    assert _event(name, text, trigger) == want[name]


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "want"), CLAIMED)
def test_relief_sent_is_still_aid(
    name: str, text: str, trigger: str, want: dict[str, Want]
) -> None:
    assert _event(name, text, trigger) == want[name]


def test_a_craft_sent_to_deliver_relief_is_aid() -> None:
    """A participle with the craft before it and a purpose "to deliver": the rules coder's
    AID (the nlp coder codes no event on "dispatched" here, with or without the narrowing)."""
    text = (
        "A Turkish air force plane dispatched from Ankara on Monday to deliver medical"
        " supplies landed in Syria."
    )
    assert _event("rules", text, "dispatched") == ("AID", None, ("TUR",), ("TUR",))
    tokens = tokenize(text)
    at = [t.key for t in tokens].index("DISPATCHED") + 1
    stop = [t.key for t in tokens].index(",") if "," in text else len(tokens)
    assert _relief_is_what_is_sent(tokens, at, stop, _RELIEF_WORDS)


def test_the_helper_reads_where_the_word_stands() -> None:
    cases = [
        ("Japan sent a hospital ship to Tonga.", True),
        ("Japan sent over 800 tons of relief supplies to Tonga.", True),
        ("Japan sent a letter to Tonga about food security.", False),
        ("Japan sent a delegation to Tonga to discuss disaster relief.", False),
        ("Japan sent two ships to Tonga to deliver food supplies.", True),
    ]
    for text, want in cases:
        tokens = tokenize(text)
        assert _relief_is_what_is_sent(tokens, 2, len(tokens), _RELIEF_WORDS) is want, text
