"""An imposed sanction is SANCTION ``discontinue`` (session 46, s46-sanctionmode), as
docs/event-coding.md's convention written in session 46's declaration commit says: "Sanctions,
an embargo, a boycott, tariffs, an asset freeze, a listing or export controls imposed, adopted,
approved or extended (CAMEO 163) take the mode `discontinue` ...; a recall or an expulsion keeps
its own mode (`withdraw`, `expel`) where sanctions are only named".

The rules coder: an export ban or a listing that the CAMEO dictionary codes 160 (no mode) is
163 (``accord.news.coding._imposed_listing``). The nlp coder: a SANCTION with no mode of its own
takes ``discontinue`` where the rules coder reads the verb, or a word of its clause, as a
sanction imposed (``NlpCoder._imposed_sanction``). Sentences of our own: type, mode, source and
target of the first event, for each coder."""

from __future__ import annotations

import pytest

from tests.news.test_armsale import Coded, _first, needs_nlp

IMPOSED: list[tuple[str, Coded, Coded]] = [
    # the rules coder's 160 read as an export control imposed
    (
        "Chile banned the export of copper to Peru.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
    # ... and as a listing
    (
        "Chile blacklisted four Peruvian shipping firms.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
    # the nlp coder: the rules coder's trigger holds the verb
    (
        "Chile sanctioned two Peruvian banks on Tuesday.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
    (
        "The Chilean government adopted a new package of sanctions against Peru.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
    # ... or a word of the verb's clause ("tariffs"), with the same source
    (
        "Chile announced 25 percent tariffs on Peruvian steel.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
]

# what keeps its mode: a lifting (RETREAT ease), a recall and an expulsion (the rules coder's
# own modes; the nlp coder's none, as before), a threat
KEPT: list[tuple[str, Coded, Coded]] = [
    (
        "Chile lifted sanctions on Peru.",
        ("RETREAT", "ease", ["CHL"], ["PER"]),
        ("RETREAT", None, ["CHL"], ["PER"]),
    ),
    (
        "Chile recalled its ambassador from Peru.",
        ("SANCTION", "withdraw", ["CHL"], ["PER"]),
        ("SANCTION", None, ["CHL"], ["PER"]),
    ),
    (
        "Chile expelled the Peruvian ambassador.",
        ("SANCTION", "expel", ["CHL"], ["PER"]),
        ("SANCTION", None, ["CHL"], ["PER"]),
    ),
    (
        "Chile threatened to impose sanctions on Peru.",
        ("THREATEN", None, ["CHL"], ["PER"]),
        ("THREATEN", None, ["CHL"], ["PER"]),
    ),
]


@pytest.mark.parametrize(("text", "rules", "nlp"), IMPOSED + KEPT)
def test_the_rules_coders_mode_of_a_sanction(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text) == rules


@needs_nlp
@pytest.mark.parametrize(("text", "rules", "nlp"), IMPOSED + KEPT)
def test_the_nlp_coders_mode_of_a_sanction(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text, "nlp") == nlp


def test_a_ban_on_something_else_is_no_export_control() -> None:
    # the BAN block's other readings stay: a party banned is repression, COERCE
    assert _first("Chile banned the party.")[:2] == ("COERCE", "ban")
