"""Session 30 (s30-heads): more national heads of state and government of 2025-2026 that
neither gazetteer layer knew (docs/validation-events/session-30-heads.md) resolve to their
state with the role of the article's date, and both coders code a sentence naming them;
Maria Corina Machado is Venezuela's opposition."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.gazetteer import tokenize
from accord.news.resolve import find_mentions
from accord.news.types import ActorRef


def first(text: str, when: dt.date) -> ActorRef:
    return find_mentions(tokenize(text), text, when)[0].actor


@pytest.mark.parametrize(
    ("text", "when", "code", "role"),
    [
        # a handover on a cited date: the outgoing head is an elite after it
        ("Orsi spoke.", dt.date(2025, 6, 1), "URY", "GOV"),
        ("Lacalle Pou spoke.", dt.date(2025, 6, 1), "URY", "ELI"),
        ("Tasoulas spoke.", dt.date(2025, 6, 1), "GRC", "GOV"),
        ("Sakellaropoulou spoke.", dt.date(2025, 6, 1), "GRC", "ELI"),
        ("Ngirente spoke.", dt.date(2025, 3, 1), "RWA", "GOV"),
        ("Ngirente spoke.", dt.date(2025, 9, 1), "RWA", "ELI"),
        ("Akufo-Addo spoke.", dt.date(2025, 2, 1), "GHA", "ELI"),
        ("Grand Duke Guillaume spoke.", dt.date(2025, 12, 1), "LUX", "GOV"),
        # an undated term covers every date; accents and spellings resolve alike
        ("Kristrún Frostadóttir spoke.", dt.date(2025, 3, 1), "ISL", "GOV"),
        ("Sheikh Mishal Al-Ahmad spoke.", dt.date(2025, 3, 1), "KWT", "GOV"),
        ("Emperor Naruhito spoke.", dt.date(2025, 3, 1), "JPN", "GOV"),
        ("Sonko spoke.", dt.date(2025, 3, 1), "SEN", "GOV"),
        ("Marape spoke.", dt.date(2025, 3, 1), "PNG", "GOV"),
        # the opposition leader of item 2 of the brief
        ("Machado spoke.", dt.date(2025, 10, 10), "VEN", "OPP"),
        ("María Corina Machado spoke.", dt.date(2025, 10, 10), "VEN", "OPP"),
    ],
)
def test_head_resolves_with_the_date(text: str, when: dt.date, code: str, role: str) -> None:
    actor = first(text, when)
    assert (actor.code, actor.role) == (code, role)


def test_other_machados_keep_their_full_names() -> None:
    # the Phoenix layer's Machados are known by full name only; those spans stay theirs
    when = dt.date(2025, 10, 10)
    assert first("Camilo Soares Machado spoke.", when).code == "PRY"
    assert first("Jose Ramon Machado Ventura spoke.", when).code == "CUB"


def test_a_common_name_or_word_is_no_alias() -> None:
    when = dt.date(2025, 12, 1)
    for text in ["Friday spoke.", "Henri spoke.", "Castro spoke."]:
        assert all(
            m.actor.code not in {"VCT", "LUX", "HND"}
            for m in find_mentions(tokenize(text), text, when)
        )
    assert first("Godwin Friday spoke.", when).code == "VCT"


CODERS = [
    "rules",
    pytest.param(
        "nlp",
        marks=pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed"),
    ),
]


@pytest.mark.parametrize("coder", CODERS)
def test_both_coders_code_a_meeting_of_two_new_heads(coder: str) -> None:
    text = "Uruguayan President Yamandu Orsi met Luis Abinader in Santo Domingo."
    [event] = get_coder(coder).coder.code_sentence(text)
    assert event.event_type == "CONSULT" and event.mode is None
    assert [a.code for a in event.sources] == ["URY"]
    assert [a.code for a in event.targets] == ["DOM"]


@pytest.mark.parametrize("coder", CODERS)
def test_both_coders_give_machado_venezuela_s_opposition(coder: str) -> None:
    text = "Machado urged the United States to increase pressure on Maduro."
    request = get_coder(coder).coder.code_sentence(text)[0]
    assert request.event_type == "REQUEST"
    assert [(a.code, a.role) for a in request.sources] == [("VEN", "OPP")]
    assert [a.code for a in request.targets] == ["USA"]
