"""The cross-validated share of proposed changes a careful reader would accept (issue 14, item
6): each fold's held-out items go through the update rule and the changes are reviewed against
the gold, for the chosen rules and for the matcher before them."""

from __future__ import annotations

from accord.frames import evidence_cv_frame
from accord.news.evidence import LEGACY_RULES, EvidenceRules
from accord.news.evidence_cv import changes_summary, cross_validate, wilson_interval
from accord.scenario.catalogue import resolve
from tests.news.evidence_helpers import demand_and_ceasefire

UKRAINE = resolve("ukraine-2025-02")


def test_each_folds_changes_come_from_its_held_out_items_and_are_reviewed() -> None:
    scenarios = {g: UKRAINE for g in ("g1", "g2", "g3")}
    demand = EvidenceRules(demand_of_other=True)
    report = cross_validate(
        demand_and_ceasefire(("g1", "g2", "g3")),
        scenarios,
        by="scenario",
        candidates=[LEGACY_RULES, demand],
    )
    for fold in report.folds:
        assert fold.chosen == demand
        # the chosen rules keep only the confirmed ceasefire stance: one change, accepted
        assert [(c.change.actor, c.change.issue, c.accepted) for c in fold.changes] == [
            ("UKR", "ceasefire", True)
        ]
        # before them the demand adds a change to Russia's territory that the gold rejects
        before = {(c.change.actor, c.change.issue): c.accepted for c in fold.baseline_changes}
        assert before == {("UKR", "ceasefire"): True, ("RUS", "territory"): False}
        assert {c.change.evidence[0].document_id[0] for c in fold.changes} == {"c"}
    data = report.to_dict()
    assert data["pooled_changes"]["proposed"] == 3 and data["pooled_changes"]["accepted"] == 3
    assert data["pooled_changes"]["accepted_share"] == 1.0
    assert data["baseline_pooled_changes"]["proposed"] == 6
    assert data["baseline_pooled_changes"]["accepted_share"] == 0.5
    frame = evidence_cv_frame(data)
    pooled = frame[frame["fold"] == "pooled"].iloc[0]
    assert (pooled["changes_proposed"], pooled["changes_accepted"]) == (3, 3)
    assert (pooled["before_changes_proposed"], pooled["before_changes_accepted"]) == (6, 3)


def test_no_change_proposed_has_no_share() -> None:
    summary = changes_summary([])
    assert summary["proposed"] == 0 and summary["accepted_share"] is None
    assert summary["position"] == {"proposed": 0, "accepted": 0}


def test_the_wilson_interval_matches_the_published_example() -> None:
    # Newcombe 1998 (Statistics in Medicine 17(8), 857-872), table I: 81 of 263 gives
    # 0.2553-0.3662 by the Wilson score method without continuity correction
    assert wilson_interval(81, 263) == [0.255, 0.366]
    assert wilson_interval(0, 0) is None
    low, high = wilson_interval(17, 24) or [0.0, 0.0]
    assert low < 17 / 24 < high
