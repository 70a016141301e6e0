"""The one-line summary of a draft resolution shows the expected counts beside the tally of
most likely votes (which overstates the majority side when members lean weakly)."""

from __future__ import annotations

from typing import Any

from accord.cli.scenario_commands import resolution_line


def _draft(expected: dict[str, float] | None) -> dict[str, Any]:
    lean = {"yes": 0.6, "no": 0.1, "abstain": 0.3, "absent": 0.0, "predicted": "yes"}
    out: dict[str, Any] = {
        "id": "A/X/L.1",
        "body": "unga",
        "title": "T",
        "outcome": "adopted",
        "adoption_probability": 0.9,
        "votes": {f"M{i}": dict(lean) for i in range(10)},
        "actual": None,
    }
    if expected is not None:
        out["expected"] = expected
    return out


def test_expected_counts_follow_the_tally_of_most_likely_votes() -> None:
    line = resolution_line(_draft({"yes": 6.0, "no": 1.0, "abstain": 3.0, "absent": 0.0}))
    assert "predicted tally 10-0-0, expected 6-1-3" in line


def test_line_without_expected_counts_is_unchanged() -> None:
    assert resolution_line(_draft(None)).endswith("predicted tally 10-0-0")
