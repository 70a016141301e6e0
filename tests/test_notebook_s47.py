"""Session 47's trial (a lecturer's class notebook on the Python API): what it fixed."""

from __future__ import annotations

import accord
from tests.helpers import ROOT


def test_a_vote_prediction_frame_names_each_members_most_likely_vote() -> None:
    votes = accord.predict_votes(
        "Territorial integrity of Ukraine", issue_codes=["hr"], members=["FRA", "RUS", "IND"]
    )
    frame = votes.to_frame()
    assert list(frame.columns) == ["member", "yes", "no", "abstain", "predicted"]
    for row in frame.itertuples():
        chances = {"yes": row.yes, "no": row.no, "abstain": row.abstain}
        assert row.predicted == max(chances, key=lambda k: chances[k])


def test_a_vote_prediction_of_no_member_is_an_empty_frame() -> None:
    from accord.api import VotePrediction
    from accord.institutions.votes import MemberVotes

    frame = VotePrediction("t", MemberVotes()).to_frame()
    assert frame.empty and "predicted" in frame.columns


def test_scenario_stance_says_what_it_returns() -> None:
    doc = accord.Scenario.stance.__doc__ or ""
    assert "None" in doc and "UnknownScenarioItem" in doc and ">>>" in doc


def test_the_api_reference_and_readme_show_the_html_report_from_python() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert "::: accord.report.write_report" in api
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "import accord.report" in readme and "accord.report.write_report(" in readme
