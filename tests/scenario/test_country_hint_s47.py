"""Session 47 (leftovers), item 4: a scenario actor's ``country`` gets a "did you mean" hint.

Session 46's author's trial (finding 14): ``country: TR`` was told only that an alpha-3 code
is needed, not ``TUR``, while other fields (a kind, a field name) suggested the near value.
An alpha-2 code, a code in small letters or a misspelt alpha-3 code now gets the codes it
probably meant."""

from __future__ import annotations

from typing import Any

import pytest

from accord.errors import ScenarioError
from accord.institutions.countries import (
    alpha2_codes,
    close_codes,
    country_guesses,
    unknown_countries,
)
from accord.scenario.io import scenario_from_data


def _data(country: str, actor: str = "tr", name: str = "Ankara") -> dict[str, Any]:
    return {
        "id": "hint",
        "title": "hint",
        "actors": [
            {"id": actor, "name": name, "country": country, "capability": 1},
            {"id": "FRA", "name": "France", "country": "FRA", "capability": 1},
        ],
        "issues": [{"id": "a", "title": "a", "scale": {"low": 0, "high": 100}, "status_quo": 0}],
        "stances": [
            {"actor": actor, "issue": "a", "position": 10, "salience": 0.5},
            {"actor": "FRA", "issue": "a", "position": 90, "salience": 0.5},
        ],
    }


@pytest.mark.parametrize("given", ["TR", "tr", "tur", "Tur"])
def test_an_alpha2_or_small_letter_code_is_told_its_alpha3_code(given: str) -> None:
    """Failed before session 47: the message ended at "such as 'FRA'"."""
    with pytest.raises(ScenarioError, match=r"alpha-3 code; did you mean 'TUR'\?"):
        scenario_from_data(_data(given))


def test_a_code_near_nothing_gets_no_guess() -> None:
    with pytest.raises(ScenarioError) as caught:
        scenario_from_data(_data("Q"))
    assert "did you mean" not in str(caught.value)


def test_a_misspelt_alpha3_code_is_told_the_codes_one_slip_away() -> None:
    """Failed before session 47: ``GRX`` with no id or name to go by had no suggestion."""
    scenario = scenario_from_data(_data("GRX", actor="hellas", name="Hellenic Republic"))
    (found,) = unknown_countries(scenario)
    assert "(did you mean 'GRC', 'GRD' or 'GRL'?)" in found.message
    assert close_codes("TRU") == ["NRU", "TUR"]  # a letter changed, two letters swapped
    (swapped,) = unknown_countries(scenario_from_data(_data("TRU", actor="x", name="Ankara")))
    assert "(did you mean 'NRU' or 'TUR'?)" in swapped.message


def test_the_actor_id_or_name_still_comes_first() -> None:
    (found,) = unknown_countries(scenario_from_data(_data("GER", actor="DEU", name="Germany")))
    assert "(did you mean 'DEU'?)" in found.message


def test_the_alpha2_table() -> None:
    table = alpha2_codes()
    assert table["TR"] == "TUR" and table["GB"] == "GBR" and table["US"] == "USA"
    assert country_guesses("de") == ["DEU"]
    assert len(table) >= 190
