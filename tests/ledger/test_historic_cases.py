"""The bundled historic cases and their shipped resolutions: built only from sources dated
on or before ``as_of``, and resolved consistently with each issue's scale, horizon and status
quo, so that ``accord ledger score`` scores something real out of the box."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord.ledger import Ledger, bundled_resolutions, record_bundled, resolutions_in_force, score
from accord.scenario import load_bundled

HISTORIC = ("minsk-2015-02", "doha-2020-02")


@pytest.mark.parametrize("scenario_id", HISTORIC)
def test_historic_case_uses_nothing_dated_after_as_of(scenario_id: str) -> None:
    s = load_bundled(scenario_id)
    assert s.as_of is not None
    dated = [(e.source, e.date) for st in s.stances for e in st.evidence if e.date]
    dated += [(src.id, src.date) for src in s.sources if src.date]
    late = [(name, when) for name, when in dated if when > s.as_of]
    assert not late, late
    every_stance_cites = all(st.evidence for st in s.stances)
    assert every_stance_cites
    for issue in s.issues:
        assert issue.horizon is not None and issue.horizon >= s.as_of
        assert issue.consent, issue.id


def test_every_bundled_resolution_fits_its_scenario() -> None:
    shipped = bundled_resolutions()
    assert {r.scenario_id for r in shipped} >= set(HISTORIC)
    seen = set()
    for r in shipped:
        s = load_bundled(r.scenario_id)
        issue = s.issue(r.issue_id)
        assert (r.scenario_id, r.issue_id) not in seen  # one resolution per issue
        seen.add((r.scenario_id, r.issue_id))
        assert issue.scale.low <= r.outcome <= issue.scale.high
        assert s.as_of is not None and r.resolved_on >= s.as_of
        assert "http" in r.source or "Package of Measures" in r.source
        if r.agreed:
            assert issue.horizon is None or r.resolved_on <= issue.horizon
        else:  # nothing agreed by the horizon: the outcome is the status quo
            assert r.outcome == issue.status_quo
            assert issue.horizon is None or r.resolved_on >= issue.horizon
    for scenario_id in HISTORIC:  # every issue of a historic case is resolved
        assert {i.id for i in load_bundled(scenario_id).issues} == {
            r.issue_id for r in shipped if r.scenario_id == scenario_id
        }


def test_record_bundled_then_score_out_of_the_box(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "l.db")) as ledger:
        added, already = record_bundled(ledger, ["mean", "median"], runs=20, seed=1)
        assert already == 0 and len(added) == 2 * len(
            {r.scenario_id for r in bundled_resolutions()}
        )
        again, already = record_bundled(ledger, ["mean", "median"], runs=20, seed=1)
        assert again == [] and already == len(added)  # idempotent
        scores = score(ledger.records(), resolutions_in_force(ledger.resolutions()))
    engines = {(row.scenario, row.engine) for row in scores.rows}
    assert {("all", "mean"), ("all", "median")} <= engines
    assert {("minsk-2015-02", "mean"), ("doha-2020-02", "median")} <= engines
    n_resolved = len(bundled_resolutions())
    assert len(scores.items) == 2 * n_resolved
    assert all(item.error is not None for item in scores.items)
    assert dt.date(2015, 2, 12) in {r.resolved_on for r in bundled_resolutions("minsk-2015-02")}


def test_news_update_refuses_evidence_after_a_horizon() -> None:
    from accord.errors import DataError
    from accord.news.evidence import extract_evidence
    from accord.news.types import Document
    from accord.news.update import propose

    text = (
        "Macron stressed that any agreement must carry security guarantees for Ukraine. "
        "He proposed a peacekeeping force with the United Kingdom."
    )
    late = Document("late", "Macron on guarantees", text, dt.date(2025, 7, 1), "Test Wire")
    scenario = load_bundled("ukraine-2025-02")
    found = extract_evidence(late, scenario)
    assert found  # the text does move stances
    with pytest.raises(DataError, match=r"after the horizon of issue\(s\)"):
        propose(scenario, found, [late])
