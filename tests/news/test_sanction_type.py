"""Export controls imposed are SANCTION ``discontinue`` (session 47, s47-sanctiontype), as
docs/event-coding.md's convention "An imposed sanction is SANCTION `discontinue`" says:
"Sanctions, an embargo, a boycott, tariffs, an asset freeze, a listing or export controls
imposed, adopted, approved or extended (CAMEO 163) ...". At the start both coders read "imposed
export controls" by the IMPOSE block's 172 (COERCE ``restrict``); the rules coder's
``accord.news.coding._restrictive_measures`` (with ``_imposed_export_controls``) now reads an
imposing verb whose object is "export controls" as 163, and the nlp coder follows it. Sentences
of our own: type, mode, source and target of the first event, for each coder."""

from __future__ import annotations

import pytest

from tests.news.test_armsale import Coded, _first, needs_nlp

IMPOSED: list[tuple[str, Coded, Coded]] = [
    (
        "Chile imposed export controls on Peru.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
    (
        "The Chilean government imposed new export controls on Peruvian lithium buyers.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
    (
        "Chile extended its export controls on Peru.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
    ),
]

# the edges the convention draws: a threat is THREATEN, controls eased are no sanction imposed,
# and restrictions in general keep the IMPOSE block's 172 (COERCE;
# the nlp coder gives it no mode)
KEPT: list[tuple[str, Coded, Coded]] = [
    (
        "Chile threatened to impose export controls on Peru.",
        ("THREATEN", None, ["CHL"], ["PER"]),
        ("THREATEN", None, ["CHL"], ["PER"]),
    ),
    (
        "Chile imposed restrictions on Peruvian firms.",
        ("COERCE", "restrict", ["CHL"], ["PER"]),
        ("COERCE", None, ["CHL"], ["PER"]),
    ),
]


@pytest.mark.parametrize(("text", "rules", "nlp"), IMPOSED + KEPT)
def test_the_rules_coders_type_of_export_controls(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text) == rules


@needs_nlp
@pytest.mark.parametrize(("text", "rules", "nlp"), IMPOSED + KEPT)
def test_the_nlp_coders_type_of_export_controls(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text, "nlp") == nlp


def test_export_controls_eased_are_no_sanction() -> None:
    from accord.news.coding import _imposed_export_controls

    assert _imposed_export_controls(["NEW", "EXPORT", "CONTROLS"], 2)
    assert not _imposed_export_controls(["TO", "EASE", "EXPORT", "CONTROLS"], 3)
    assert not _imposed_export_controls(["BORDER", "CONTROLS"], 1)
