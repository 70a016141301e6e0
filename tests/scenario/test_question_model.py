"""Issue horizon, consent and stance leverage: the fields that make an issue a question that
resolves, and their validation (each fault with its path and value)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from accord.errors import ScenarioError
from accord.scenario import dumps, scenario_from_data, stance_arrays
from accord.scenario.io import read_json, read_yaml


def _base() -> dict[str, Any]:
    return {
        "id": "deal",
        "title": "A bilateral deal",
        "as_of": "2025-02-25",
        "actors": [
            {"id": "USA", "name": "United States", "capability": 10.0},
            {"id": "UKR", "name": "Ukraine", "capability": 2.0},
            {"id": "EU", "name": "European Union", "capability": 6.0},
        ],
        "issues": [
            {
                "id": "minerals",
                "title": "Minerals",
                "status_quo": 0,
                "horizon": "2025-05-01",
                "consent": ["USA", "UKR"],
            }
        ],
        "stances": [
            {"actor": "USA", "issue": "minerals", "position": 80, "salience": 0.8},
            {
                "actor": "UKR",
                "issue": "minerals",
                "position": 40,
                "salience": 0.9,
                "leverage": 5.0,
                "evidence": [
                    {"source": "s1", "text": "Kyiv holds the deposits", "supports": "leverage"}
                ],
            },
            {"actor": "EU", "issue": "minerals", "position": 50, "salience": 0.2},
        ],
        "sources": [{"id": "s1", "title": "A report"}],
    }


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        scenario_from_data(data)
    return [str(p) for p in caught.value.problems]


def test_fields_are_read() -> None:
    s = scenario_from_data(_base())
    issue = s.issue("minerals")
    assert issue.horizon is not None and issue.horizon.isoformat() == "2025-05-01"
    assert issue.consent == ["USA", "UKR"]
    assert s.stance("UKR", "minerals").leverage == 5.0  # type: ignore[union-attr]
    assert s.stance("USA", "minerals").leverage is None  # type: ignore[union-attr]


def test_without_new_fields_nothing_changes() -> None:
    data = _base()
    del data["issues"][0]["horizon"], data["issues"][0]["consent"]
    s = scenario_from_data(data)
    assert s.issues[0].horizon is None and s.issues[0].consent == []


def test_horizon_without_status_quo() -> None:
    data = _base()
    del data["issues"][0]["status_quo"]
    assert _problems(data) == [
        "issues[0].status_quo: required once a horizon is given (the outcome if nothing is agreed)"
    ]


def test_consent_without_status_quo() -> None:
    data = _base()
    del data["issues"][0]["status_quo"], data["issues"][0]["horizon"]
    assert _problems(data) == [
        "issues[0].status_quo: required when consent actors are named (what they compare the "
        "bargain to)"
    ]


def test_horizon_before_as_of() -> None:
    data = _base()
    data["issues"][0]["horizon"] = "2025-02-24"
    assert _problems(data) == [
        "issues[0].horizon: horizon before the scenario's as_of (2025-02-25) (got '2025-02-24')"
    ]


def test_horizon_on_as_of_is_accepted() -> None:
    data = _base()
    data["issues"][0]["horizon"] = "2025-02-25"
    scenario_from_data(data)


def test_horizon_not_a_date() -> None:
    data = _base()
    data["issues"][0]["horizon"] = "soon"
    (problem,) = _problems(data)
    assert problem.startswith("issues[0].horizon: must be a date written YYYY-MM-DD")


def test_consent_unknown_actor_duplicate_and_without_stance() -> None:
    data = _base()
    data["issues"][0]["consent"] = ["USA", "RUS", "USA"]
    assert _problems(data) == [
        "issues[0].consent[1]: unknown actor id (got 'RUS')",
        "issues[0].consent[2]: actor listed twice (got 'USA')",
    ]
    data = _base()
    data["stances"] = [s for s in data["stances"] if s["actor"] != "UKR"]
    assert _problems(data) == [
        "issues[0].consent[1]: consent actor holds no stance on issue 'minerals' (got 'UKR')"
    ]


def test_negative_or_boolean_leverage() -> None:
    data = _base()
    data["stances"][1]["leverage"] = -1
    assert _problems(data) == ["stances[1].leverage: must be at least 0 (got -1)"]
    data["stances"][1]["leverage"] = True
    (problem,) = _problems(data)
    assert problem.startswith("stances[1].leverage: must be a number")


def test_leverage_evidence_without_leverage() -> None:
    data = _base()
    del data["stances"][1]["leverage"]
    assert _problems(data) == [
        "stances[1].leverage: evidence supports leverage but the stance states no leverage"
    ]


def test_unknown_supports_value() -> None:
    data = _base()
    data["stances"][1]["evidence"][0]["supports"] = "weight"
    (problem,) = _problems(data)
    assert problem.startswith("stances[1].evidence[0].supports: must be one of")
    assert "leverage" in problem


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip_keeps_the_new_fields(fmt: str) -> None:
    s = scenario_from_data(_base())
    text = dumps(s, fmt)
    back = read_yaml(text) if fmt == "yaml" else read_json(text)
    assert back == s
    assert "horizon" in text and "consent" in text and "leverage" in text


def test_leverage_replaces_capability_on_its_issue_only() -> None:
    data = _base()
    data["issues"].append({"id": "other", "title": "Other"})
    data["stances"].append({"actor": "UKR", "issue": "other", "position": 10, "salience": 0.5})
    arr = stance_arrays(scenario_from_data(data))
    cap = arr.issue_capability()
    assert cap.shape == (3, 2)
    assert cap[:, 0].tolist() == [10.0, 5.0, 6.0]
    assert cap[:, 1].tolist() == [10.0, 2.0, 6.0]


def test_base_unchanged_by_copy() -> None:
    data = _base()
    before = copy.deepcopy(data)
    scenario_from_data(data)
    assert data == before


def test_bdm_and_ktab_imports_have_no_horizon_or_consent(shared: Path) -> None:
    """Imported files carry no horizon or consent: forecast as before (agreement assured)."""
    from accord.forecast import forecast
    from accord.scenario import load

    for path in (
        shared / "reference" / "bdm" / "WW1.csv",
        *sorted((shared / "reference").rglob("dummyData_3Dim.csv"))[:1],
    ):
        s = load(path)
        assert all(i.horizon is None and i.consent == [] for i in s.issues)
        assert all(st.leverage is None for st in s.stances)
        made = forecast(s, "mean")
        for item in made.issues:
            assert item.answer is not None and item.answer.p_agreement == 1.0
            assert item.forecast == item.answer.if_agreement
