"""The one-line summary of a draft resolution shows the expected counts beside the tally of
most likely votes (which overstates the majority side when members lean weakly)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import accord
from accord.cli.scenario_commands import most_likely_decision, resolution_line


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


@given(
    outcome=st.sampled_from(["adopted", "not adopted"]),
    modal=st.sampled_from(["adopted", "not adopted"]),
)
def test_the_line_says_when_the_most_likely_votes_decide_otherwise(
    outcome: str, modal: str
) -> None:
    """Session 22: "not adopted, P(adopted) 0.44, predicted tally 10-3-2" read as a
    contradiction; the tally's own decision is named where it differs from the outcome."""
    draft = _draft(None) | {"outcome": outcome, "reason": f"most likely votes: {modal}: 10 yes"}
    line = resolution_line(draft)
    assert most_likely_decision(draft) == modal
    assert (f"(these votes alone: {modal})" in line) == (modal != outcome)


def test_every_bundled_draft_names_the_decision_of_its_most_likely_votes() -> None:
    """The reason ``decide`` writes still starts with the decision the line reads from it."""
    drafts = accord.forecast("ukraine-2025-02").resolutions.to_list()
    assert drafts
    for draft in drafts:
        assert most_likely_decision(draft) in {"adopted", "not adopted"}
