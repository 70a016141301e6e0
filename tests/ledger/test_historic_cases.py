"""The bundled historic cases and their shipped resolutions: built only from sources dated
on or before ``as_of``, and resolved consistently with each issue's scale, horizon and status
quo, so that ``accord ledger score`` scores something real out of the box."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord.ledger import Ledger, bundled_resolutions, record_bundled, resolutions_in_force, score
from accord.scenario import load_bundled

HISTORIC = ("minsk-2015-02", "doha-2020-02", "blacksea-2022-07", "blacksea-2023-07")


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
    assert {("blacksea-2022-07", "mean"), ("blacksea-2023-07", "median")} <= engines


def test_the_black_sea_cases_resolve_both_ways() -> None:
    """Session 42: the Black Sea Grain Initiative, agreed on 22 July 2022 (all three issues of
    ``blacksea-2022-07`` at their scale's point 50) and not renewed by 31 July 2023 (both issues
    of ``blacksea-2023-07`` at their status quo), so that the Brier score sees both outcomes."""
    signed = bundled_resolutions("blacksea-2022-07")
    assert {r.issue_id for r in signed} == {"sea_exports", "inspections", "russian_exports"}
    assert all(r.agreed and r.outcome == 50 for r in signed)
    assert {r.resolved_on for r in signed} == {dt.date(2022, 7, 22)}
    lapsed = bundled_resolutions("blacksea-2023-07")
    assert {r.issue_id for r in lapsed} == {"extension", "rshb_swift"}
    assert not any(r.agreed for r in lapsed)
    for r in signed + lapsed:  # the outcome sits on a labelled point of its issue's scale
        scale = load_bundled(r.scenario_id).issue(r.issue_id).scale
        labelled = {scale.low, scale.high} | {p.at for p in scale.points}
        assert r.outcome in labelled, (r.scenario_id, r.issue_id)
    for scenario_id in ("blacksea-2022-07", "blacksea-2023-07"):
        s = load_bundled(scenario_id)
        # capability is a judgement, and each actor's note says so
        assert all((a.note or "").startswith("Judgement.") for a in s.actors)
        assert all(src.url and src.url.startswith("http") for src in s.sources)


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


def test_bundled_resolutions_carry_the_time_they_were_packaged(tmp_path: Path) -> None:
    """Session 21: every bundled resolution showed ``recorded_at`` 1970-01-01 (an epoch
    placeholder) in the exports; now the time it was written into the package, after what it
    records, and so in ``accord ledger list --format csv``."""
    import pandas as pd
    from typer.testing import CliRunner

    from accord.cli import app

    shipped = bundled_resolutions()
    for r in shipped:
        assert r.recorded_at.utcoffset() == dt.timedelta(0)
        assert r.recorded_at.date() > r.resolved_on
        assert r.recorded_at <= dt.datetime.now(dt.UTC)
    db = str(tmp_path / "l.db")
    Ledger(db).close()
    target = tmp_path / "ledger.csv"
    done = CliRunner().invoke(
        app, ["ledger", "list", "--db", db, "--format", "csv", "--out", str(target)]
    )
    assert done.exit_code == 0, done.output
    rows = pd.read_csv(target)
    exported = dict(zip(rows["id"], rows["recorded_at"], strict=True))
    assert exported == {r.key: r.recorded_at.isoformat() for r in shipped}


def test_a_packaged_resolution_must_say_when_it_was_recorded() -> None:
    from pydantic import ValidationError

    from accord.ledger.bundled import _File

    entry = {
        "scenario": "minsk-2015-02",
        "issue": "ceasefire",
        "outcome": 100,
        "agreed": True,
        "date": "2015-02-12",
        "source": "https://undocs.org/S/RES/2202(2015)",
    }
    for recorded in ({}, {"recorded_at": "2026-12-02T14:27:09"}):  # absent; no time zone
        with pytest.raises(ValidationError, match="recorded_at"):
            _File.model_validate({"resolutions": [{**entry, **recorded}]})
    _File.model_validate({"resolutions": [{**entry, "recorded_at": "2026-12-02T14:27:09Z"}]})


def test_the_packaged_times_are_commits_of_the_file() -> None:
    """Where this is a full git checkout, each stated time is that of a commit that changed
    the file (so none is made up)."""
    import shutil
    import subprocess

    from tests.helpers import ROOT

    data = ROOT / "src" / "accord" / "ledger" / "data" / "resolutions.yaml"
    git = shutil.which("git")

    def ask(*args: str) -> str:
        assert git is not None
        run = subprocess.run([git, "-C", str(ROOT), *args], capture_output=True, text=True)
        return run.stdout.strip() if run.returncode == 0 else ""

    if git is None or ask("rev-parse", "--is-shallow-repository") != "false":
        pytest.skip("needs a full git checkout of accord")
    times = {
        dt.datetime.fromisoformat(line).astimezone(dt.UTC)
        for line in ask("log", "--format=%aI", "--", str(data)).splitlines()
    }
    assert {r.recorded_at for r in bundled_resolutions()} <= times
