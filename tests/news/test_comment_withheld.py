"""A comment declined or withheld is no event (session 45, s45-falsealarm, a part (5)(a)
correction: docs/validation-events/session-45-falsealarm.md). "Declined to comment", "refused to
be drawn", "refrained from responding", "did not offer any details", "has not yet issued a
response", "provided no details" are CAMEO 011, "Decline comment" (the CAMEO 2.0 verb dictionary
codes "REFUSE * COMMENT" 011), a statement of CAMEO 01, which codes nothing
(docs/event-coding.md); the start code read them as refusals (REJECT) or as the giving verb's
cooperation or offer. ``accord.news.coding.comment_withheld`` reads it for both coders (the
rules coder's skip in ``code_tokens``, the nlp coder's ``_comment_declined``). What is declined
or not given that is no comment keeps its reading. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder
from accord.news.coding import code_sentence, comment_withheld
from accord.news.gazetteer import tokenize
from tests.news.test_armsale import Coded, _first, needs_nlp  # one reading helper, not a copy

DATE = dt.date(2025, 11, 14)

# one sentence per case; the start code (d2f31196) codes each of them, in both coders, as the
# event in the comment
WITHHELD = [
    # a verb of declining + "to" + a verb of stating (REJECT KEN)
    "A spokesman for the Kenyan foreign ministry declined to comment.",
    # "refused to be drawn" (REJECT PRY -> BOL)
    "Paraguay's foreign minister refused to be drawn on the Bolivian proposal.",
    # a verb of declining + "to" + a verb of giving + a statement noun (REJECT ECU -> PER)
    "Ecuador's president declined to give any statements about Peru.",
    # "refrained from" + a verb of stating (COOPERATE UGA)
    "Uganda's new authorities have refrained from responding to the attacks.",
    # a verb of declining + "comment" as its object (REJECT TZA -> KEN)
    "The Tanzanian embassy declined comment on the Kenyan report.",
    # a negated verb of giving + a statement noun (REJECT PER -> CHL)
    "The Peruvian minister did not offer any details about the Chilean plan.",
    # the same, "not yet" (REJECT NGA -> GHA; REJECT CHL -> PER)
    "Nigeria has not yet issued a response to the Ghanaian decision.",
    "Chile's foreign ministry has not yet made any comments on the Peruvian decision.",
    # a verb of giving + "no" + a statement noun (COOPERATE BOL -> CHL; AGREE URY -> ARG)
    "Bolivia provided no details about the talks with Chile.",
    "Uruguay has offered no immediate rebuttal to the accusations from Argentina.",
]

# what is declined or not given that is no comment keeps its reading, in both coders
KEPT: list[tuple[str, Coded]] = [
    ("Kenya declined to sign the agreement with Uganda.", ("REJECT", None, ["KEN"], ["UGA"])),
    ("Ghana refused to speak with the Nigerian delegation.", ("REJECT", None, ["GHA"], ["NGA"])),
    ("Chile declined an invitation from Argentina.", ("REJECT", None, ["CHL"], ["ARG"])),
    ("Peru did not offer any aid to Bolivia.", ("REJECT", None, ["PER"], ["BOL"])),
    ("Chile refused the Peruvian explanation.", ("REJECT", None, ["CHL"], ["PER"])),
    (
        "France and the UK refrained from vetoing a resolution put forward by the U.S.",
        ("SUPPORT", None, ["FRA", "GBR"], ["USA"]),
    ),
    (
        "The Peruvian government offered a detailed response to the Chilean proposal.",
        ("AGREE", None, ["PER"], ["CHL"]),
    ),
]


@pytest.mark.parametrize("text", WITHHELD)
def test_a_comment_withheld_is_no_event_in_the_rules_coder(text: str) -> None:
    assert code_sentence(text, DATE) == []


@needs_nlp
@pytest.mark.parametrize("text", WITHHELD)
def test_a_comment_withheld_is_no_event_in_the_nlp_coder(text: str) -> None:
    assert get_coder("nlp", strict=True).coder.code_sentence(text, DATE, None) == []


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_other_things_declined_keep_their_reading_in_the_rules_coder(
    text: str, expected: Coded
) -> None:
    assert _first(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_other_things_declined_keep_their_reading_in_the_nlp_coder(
    text: str, expected: Coded
) -> None:
    assert _first(text, "nlp") == expected


def test_the_other_clauses_event_stays() -> None:
    text = "Belarus dismissed the Polish reports as propaganda and Russia declined to comment."
    events = code_sentence(text, DATE)
    assert [(e.event_type, [a.code for a in e.sources]) for e in events] == [("REJECT", ["BLR"])]


@pytest.mark.parametrize(
    ("text", "word", "withheld"),
    [
        ("Russia declined immediately to comment.", "DECLINED", True),
        ("Peru didn't share details.", "SHARE", True),
        ("Iran gave few details of the deal.", "GAVE", True),
        # a promise to stop saying something is a concession, not a comment declined
        ("Japan said it would refrain from making similar comments.", "REFRAIN", False),
        # sharing information with another party is cooperation (CAMEO 064)
        ("Chile did not share information with Peru.", "SHARE", False),
        # a statement noun inside a prepositional phrase is not the object
        ("Peru did not offer support for the statement.", "OFFER", False),
        ("Exports declined to 5 percent.", "DECLINED", False),
    ],
)
def test_the_word_test(text: str, word: str, withheld: bool) -> None:
    keys = [t.key for t in tokenize(text)]
    assert comment_withheld(keys, keys.index(word)) is withheld
