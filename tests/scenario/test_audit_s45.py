"""Where each input number of a scenario comes from (session 45's fact-checking trial,
docs/trial-2026-12-07-s45-factcheck.md): ``accord.scenario.audit`` and ``accord show
--provenance``.

Before it, ``accord validate --strict`` passed the bundled ``ukraine-2025-02`` because every
stance cites evidence, while 27 of its 41 saliences, every uncertainty, two status quos and the
drafts' positions were backed by no cited source, and its capability notes named none of the
listed sources they came from."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import Scenario, load_bundled
from accord.scenario.audit import (
    BACKINGS,
    input_provenance,
    provenance_summary,
    uncited_sources,
)
from tests.helpers import SHARED

runner = CliRunner()

SMALL = {
    "id": "small",
    "title": "Small",
    "actors": [
        {"id": "A", "name": "A", "capability": 2, "note": "From the table, source tab."},
        {"id": "B", "name": "B", "capability": 1},
    ],
    "issues": [{"id": "x", "title": "X", "status_quo": 10}],
    "stances": [
        {
            "actor": "A",
            "issue": "x",
            "position": 20,
            "salience": 0.5,
            "uncertainty": 4,
            "evidence": [{"source": "art", "text": "A said twenty."}],
        },
        {
            "actor": "B",
            "issue": "x",
            "position": 80,
            "salience": 0.9,
            "leverage": 3,
            "evidence": [
                {"source": "art", "text": "B cares.", "supports": "both"},
                {"source": "tab", "text": "B holds the line.", "supports": "leverage"},
            ],
        },
    ],
    "sources": [
        {"id": "art", "title": "An article"},
        {"id": "tab", "title": "A table"},
        {"id": "spare", "title": "Never cited"},
    ],
}


def test_each_number_says_what_backs_it() -> None:
    rows = {row.place: row for row in input_provenance(Scenario.model_validate(SMALL))}
    assert rows["actors[0].capability"].backing == "note"
    assert rows["actors[0].capability"].sources == ("tab",)  # the id named in the note
    assert rows["actors[1].capability"].backing == "judgement"
    assert rows["issues[0].status_quo"].backing == "judgement"
    assert rows["stances[0].position"].backing == "evidence"
    assert rows["stances[0].position"].sources == ("art",)
    assert rows["stances[0].position"].evidence == (0,)
    # evidence for the position alone leaves the salience to judgement
    assert rows["stances[0].salience"].backing == "judgement"
    assert rows["stances[0].uncertainty"].backing == "judgement"
    assert rows["stances[1].salience"].backing == "evidence"
    assert rows["stances[1].leverage"].sources == ("tab",)
    assert rows["stances[1].leverage"].evidence == (1,)
    assert "stances[1].uncertainty" not in rows  # not stated, not an input


def test_summary_and_sources_that_back_nothing() -> None:
    scenario = Scenario.model_validate(SMALL)
    rows = input_provenance(scenario)
    summary = provenance_summary(rows)
    assert set(summary) == {*BACKINGS, "total"}
    assert summary["total"] == len(rows) == 9
    assert sum(summary[b] for b in BACKINGS) == summary["total"]
    assert uncited_sources(scenario, rows) == ["spare"]


def test_a_drafts_sources_back_its_positions() -> None:
    scenario = load_bundled("ukraine-2025-02")
    rows = [r for r in input_provenance(scenario) if r.field == "draft_position"]
    assert len(rows) == 8
    by_draft = {r.actor: r for r in rows}
    assert by_draft["S/2025/112"].sources == ("un_sc_2774",)
    assert by_draft["A/ES-11/L.10"].sources == ("un_ga_es11_7",)
    # the amended US text (ES-11/8) has no listed source of its own: its description
    assert by_draft["A/ES-11/L.11"].backing == "note"


def test_the_bundled_ukraine_cites_its_capability_and_status_quo_sources() -> None:
    """Session 45: each capability note names the listed IMF and SIPRI sources, each issue's
    status quo has a note, and no source listed in the file backs nothing but two (one report
    of a remark no stance uses; 112.ua, named in a recorded result's note)."""
    scenario = load_bundled("ukraine-2025-02")
    rows = input_provenance(scenario)
    caps = [r for r in rows if r.field == "capability"]
    assert len(caps) == 7
    assert all("imf_weo_2024_10" in r.sources for r in caps)
    assert all("sipri_milex_2025" in r.sources for r in caps if r.actor != "EU")
    assert all(r.backing == "note" for r in rows if r.field == "status_quo")
    assert uncited_sources(scenario, rows) == ["putin_2025_02_24", "ua112_2025_02_24"]
    positions = [r for r in rows if r.field == "position"]
    assert positions and all(r.backing == "evidence" for r in positions)


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]{20,})[\"\u201d]\s*\(seed")


def _squeezed(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="needs ../shared/seed")
def test_quotations_of_the_seed_article_are_in_it() -> None:
    """Every quotation the bundled scenario attributes to the seed article, "..." (seed...), is
    in the article's text as written (white space and apostrophes aside)."""
    scenario = load_bundled("ukraine-2025-02")
    seed = next(s for s in scenario.sources if s.id == "seed")
    assert seed.file is not None
    article = _squeezed((SHARED / seed.file).read_text(encoding="utf-8"))
    texts = [i.note or "" for i in scenario.issues] + [a.note or "" for a in scenario.actors]
    texts += [e.text for st in scenario.stances for e in st.evidence if e.source == "seed"]
    quoted = [q for text in texts for q in _QUOTED.findall(text)]
    assert len(quoted) >= 2
    for quotation in quoted:
        assert _squeezed(quotation) in article, quotation


def _show(*args: str) -> tuple[int, str, str]:
    done = runner.invoke(app, ["show", "ukraine-2025-02", *args], prog_name="accord")
    return done.exit_code, done.stdout, done.stderr


def test_show_provenance_json_is_the_whole_list() -> None:
    code, stdout, _ = _show("--provenance", "--format", "json")
    assert code == 0
    document = json.loads(stdout)
    assert document["scenario"] == "ukraine-2025-02"
    assert document["identity"].startswith("scenario ukraine-2025-02, as of 2025-02-25")
    numbers = document["numbers"]
    assert document["summary"]["total"] == len(numbers) == 149
    assert {n["backing"] for n in numbers} <= set(BACKINGS)
    first = numbers[0]
    assert first["place"] == "actors[0].capability" and first["value"] == 100.0
    assert document["accord"]["version"]


def test_show_provenance_csv_a_script_can_filter() -> None:
    code, stdout, _ = _show("--provenance", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert len(rows) == 149
    judged = [r for r in rows if r["backing"] == "judgement"]
    assert {r["field"] for r in judged} == {"salience", "uncertainty"}
    salience = next(r for r in rows if r["place"] == "stances[0].salience")
    assert salience["backing"] == "evidence" and salience["sources"] == "seed"


def test_show_provenance_table_counts_and_format_needs_it() -> None:
    code, stdout, _ = _show("--provenance")
    assert code == 0
    assert re.search(r"149 input numbers: \d+ backed by evidence", stdout)
    assert "sources that back no number: putin_2025_02_24" in stdout
    code, stdout, stderr = _show("--format", "json")
    assert code == 2 and stdout == ""
    assert "--format and --out need --provenance" in stderr


def test_the_report_says_what_backs_each_number() -> None:
    """The report's Evidence section counts the numbers by what backs them and names those
    with no stated source, with the salience as its tables print it (two decimals)."""
    from accord.forecast import forecast
    from accord.report import render_report

    scenario = load_bundled("ukraine-2025-02")
    document = render_report(forecast(scenario, engine="mean", votes=False))
    section = document.split('<h2 id="evidence">')[1].split("<table")[0]
    summary = provenance_summary(input_provenance(scenario))
    assert f"What backs each of the scenario's {summary['total']} input numbers" in section
    assert f"{summary['judgement']} rest on no stated source" in section
    assert "27 saliences, 41 uncertainties" in section
    assert "GBR ceasefire salience 0.70" in section
    assert "Listed sources that back no number: putin_2025_02_24, ua112_2025_02_24." in section
    assert "accord show ukraine-2025-02 --provenance --format csv" in section
