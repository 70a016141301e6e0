"""The HTML report: self-contained, well-formed, escaped, with every section it should have."""

from __future__ import annotations

import json
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.engines import Run, Turn
from accord.errors import DataError
from accord.forecast import Forecast, IssueForecast, forecast
from accord.institutions.resolutions import MemberVote, ResolutionForecast, Resolutions
from accord.institutions.rules import load_body
from accord.report import render_report, write_report
from accord.scenario import load_bundled
from accord.scenario.arrays import stance_arrays
from accord.scenario.institutions import Draft, RecordedResult
from accord.scenario.model import Scenario

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "wbr", "source"}
SVG_LEAVES = {"line", "circle", "rect", "polyline", "path"}


class Checker(HTMLParser):
    """Parses a report and records what the tests need: tags, attributes, nesting faults."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.faults: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
        self.in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.faults.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            self.text.append(data)


def parse(document: str) -> Checker:
    checker = Checker()
    checker.feed(document)
    checker.close()
    assert not checker.faults, checker.faults[:5]
    assert not checker.stack, checker.stack
    return checker


def remote_references(document: str, checker: Checker) -> list[str]:
    """Anything the page would fetch: src, link/href, CSS url() and @import, object data."""
    found = []
    for tag, attrs in checker.tags:
        for name, value in attrs.items():
            if value is None:
                continue
            fetches = name in {"src", "srcset", "data", "poster", "xlink:href"} or (
                name == "href" and tag in {"link", "image", "use", "script"}
            )
            if fetches and re.search(r"^\s*(https?:)?//", value):
                found.append(f"{tag}.{name}={value}")
    found += re.findall(r"url\(\s*['\"]?\s*(?:https?:)?//[^)]*\)", document)
    found += re.findall(r"@import[^;]*", document)
    return found


def has(document: str, fragment: str) -> bool:
    """``fragment in document`` without pytest diffing a 400 kB page on failure."""
    return fragment in document


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_bundled("ukraine-2025-02")


@pytest.fixture(scope="module")
def plain(scenario: Scenario) -> Forecast:
    """The mean forecast of the bundled scenario (computed once: resolutions take seconds)."""
    return forecast(scenario, "mean")


def synthetic(scenario: Scenario, turns: int = 6, runs: int = 400, seed: int = 7) -> Forecast:
    """A forecast with a multi-turn run, SMP-like probabilities, samples and resolutions.

    Positions move a fixed share of the way to the capability x salience weighted mean each
    turn; outcomes of the 'ensemble' are normal draws around the final mean. Only the report
    is under test here, so any well-formed numbers do.
    """
    arrays = stance_arrays(scenario)
    weight = arrays.capability[:, None] * arrays.salience
    start = arrays.position
    mean = np.nansum(weight * np.nan_to_num(start), axis=0) / weight.sum(axis=0)
    share = 1.0 - 0.6 ** np.arange(turns)[:, None, None]
    trajectory = start[None] + share * (mean[None, None] - start[None])
    probabilities = np.full((turns, len(arrays.actors)), 1.0 / len(arrays.actors))
    run = Run(
        engine="synthetic",
        scenario=scenario.id,
        actors=arrays.actors,
        issues=arrays.issues,
        trajectory=trajectory,
        outcome=mean,
        params={"rounds": turns - 1},
        seed=seed,
        turns=[Turn(index=t) for t in range(turns)],
        probabilities=probabilities,
        narrative=["Turn 1: RUS <challenges> UKR & co."],
    )
    issues = [
        IssueForecast(i.id, i.title, float(mean[k]), (i.scale.low, i.scale.high))
        for k, i in enumerate(scenario.issues)
    ]
    made = Forecast(scenario=scenario, engine="synthetic", run=run, seed=seed, issues=issues)
    rng = np.random.default_rng(seed)
    made.samples = np.clip(mean[None] + rng.normal(0.0, 6.0, (runs, mean.size)), 0, 100)
    made.resolutions = _synthetic_resolutions(scenario)
    return made


def _synthetic_resolutions(scenario: Scenario) -> Resolutions:
    """Two drafts with made-up votes: a Council draft with a recorded result, and an Assembly
    draft with no member votes (only the report is under test)."""
    issue = scenario.issues[0].id

    def vote(yes: float, no: float, abstain: float) -> MemberVote:
        return MemberVote(yes, no, abstain, 0.0, "scenario")

    council = Draft(
        id="S/2025/draft-1",
        body="unsc",
        title="Path to peace <b>draft</b>",
        positions={issue: 50.0},
        actual=RecordedResult(
            adopted=True,
            in_favour=10,
            against=0,
            abstentions=5,
            symbol="S/RES/2774 (2025)",
            votes={"USA": "yes", "FRA": "abstain", "RUS": "yes"},
        ),
    )
    assembly = Draft(
        id="A/ES-11/L.1",
        body="unga",
        title="Comprehensive, just and lasting peace",
        positions={issue: 50.0},
    )
    votes = {"USA": vote(0.95, 0.01, 0.04), "FRA": vote(0.2, 0.05, 0.75)}
    votes["RUS"] = vote(0.9, 0.02, 0.08)
    return Resolutions(
        [
            ResolutionForecast(
                council, load_body("unsc"), 0.83, votes, "adopted", "no veto expected", []
            ),
            ResolutionForecast(
                assembly, load_body("unga"), 0.97, {}, "adopted", "two-thirds of those voting", []
            ),
        ]
    )


def test_report_file_is_self_contained_html(plain: Forecast, tmp_path: Path) -> None:
    path = write_report(plain, tmp_path / "report.html")
    assert path.is_file()
    document = path.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>")
    checker = parse(document)
    assert remote_references(document, checker) == []
    tags = {tag for tag, _ in checker.tags}
    assert "script" not in tags and "img" not in tags and "iframe" not in tags
    # only source links (the SVG namespace on each chart names, it does not fetch)
    unlinked = document.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not has(unlinked.split('<h2 id="sources">')[0], "http://")


def test_report_has_one_stance_plot_per_issue(scenario: Scenario, plain: Forecast) -> None:
    made = plain
    document = render_report(made)
    checker = parse(document)
    plots = [a["data-issue"] for tag, a in checker.tags if tag == "div" and "data-issue" in a]
    assert plots == [i.id for i in scenario.issues]
    svgs = [a for tag, a in checker.tags if tag == "svg" and a.get("class") == "stances"]
    assert len(svgs) == len(scenario.issues)
    # each plot marks the forecast, and labels both ends of the scale
    assert document.count('class="forecast"') == len(scenario.issues)
    for issue, item in zip(scenario.issues, made.issues, strict=True):
        assert has(document, f"forecast {item.forecast:.1f}")
        for end in (issue.scale.low_label, issue.scale.high_label):
            assert end
            assert has(document, escape(end[:15]))
    # one circle per stance
    circles = [tag for tag, _ in checker.tags if tag == "circle"]
    assert len(circles) == len(scenario.stances)


def test_report_lists_every_evidence_item(scenario: Scenario, plain: Forecast) -> None:
    document = render_report(plain)
    checker = parse(document)
    text = " ".join(checker.text)
    for stance in scenario.stances:
        for item in stance.evidence:
            assert item.text in text
    evidence = document.split('<h2 id="evidence">')[1].split("</table>")[0]
    rows = evidence.count("<tr>") - 1  # minus the header
    assert rows == sum(len(s.evidence) for s in scenario.stances)
    for source in scenario.sources:
        assert has(document, f'id="source-{source.id}"')


def test_single_turn_run_has_no_optional_sections() -> None:
    document = render_report(forecast(load_bundled("ec-emissions-1994"), "mean"))
    assert not has(document, 'id="trajectories"')
    assert not has(document, 'id="distributions"')
    assert not has(document, 'id="resolutions"')


def test_scenario_drafts_give_a_resolutions_table(plain: Forecast) -> None:
    """The bundled scenario carries the 24 February 2025 drafts (institutions section)."""
    drafts = plain.resolutions or []
    assert len(drafts) == 3
    document = render_report(plain)
    assert has(document, 'id="resolutions"')
    for draft in drafts:
        assert has(document, f'id="resolution-{escape(draft.draft.id)}"')


def test_multi_turn_run_with_samples_has_all_sections(scenario: Scenario) -> None:
    made = synthetic(scenario)
    document = render_report(made)
    checker = parse(document)
    assert remote_references(document, checker) == []
    by_class: dict[str, list[dict[str, str | None]]] = {}
    for tag, attrs in checker.tags:
        if tag == "div" and attrs.get("class"):
            by_class.setdefault(str(attrs["class"]), []).append(attrs)
    issues = [i.id for i in scenario.issues]
    assert [a["data-issue"] for a in by_class["trajectory"]] == issues
    assert [a["data-issue"] for a in by_class["distribution"]] == issues
    assert len(by_class["probabilities"]) == 1
    # one polyline per engaged actor and issue in the trajectory charts, plus the
    # probability chart's one per actor
    engaged = len(scenario.stances)
    polylines = sum(1 for tag, _ in checker.tags if tag == "polyline")
    assert polylines == engaged + len(scenario.actors)
    # histograms mark the 5th, 50th and 95th percentiles with their values
    assert made.samples is not None
    for k in range(len(issues)):
        p5, p50, p95 = np.percentile(made.samples[:, k], [5, 50, 95])
        for label, value in (("p5", p5), ("p50", p50), ("p95", p95)):
            assert has(document, f"{label} {value:.1f}")


def test_resolutions_table_is_rendered_and_escaped(scenario: Scenario) -> None:
    document = render_report(synthetic(scenario))
    checker = parse(document)
    text = " ".join(checker.text)
    assert "Path to peace <b>draft</b>" in text  # shown as text...
    assert not has(document, "<b>draft</b>")  # ...because it was escaped
    assert "83%" in text and "97%" in text
    votes = document.split('id="resolution-S/2025/draft-1"')[1].split("</table>")[0]
    assert votes.count("<tr>") == 1 + 3
    assert "75%" in votes  # FRA abstain
    assert votes.count("<td>abstain</td>") == 2  # FRA's predicted and recorded vote
    assert has(document, "adopted 10-0-5<br>S/RES/2774 (2025)")
    assert has(document, "RUS &lt;challenges&gt; UKR &amp; co.")  # narrative escaped too


def test_hostile_text_is_escaped(scenario: Scenario) -> None:
    hostile = scenario.model_copy(deep=True)
    hostile.title = '<script>alert("x")</script>'
    hostile.actors[0].name = "A & B <i>"
    hostile.issues[0].scale.low_label = '"><img src=https://evil.example/x>'
    document = render_report(forecast(hostile, "mean"))
    checker = parse(document)
    assert not [t for t, _ in checker.tags if t in {"script", "img", "i"}]
    assert remote_references(document, checker) == []
    assert has(document, "&lt;script&gt;")


@settings(max_examples=25, deadline=None)
@given(
    text=st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and s.strip()),
)
def test_any_label_text_survives_as_text(text: str) -> None:
    base = load_bundled("ec-emissions-1994")
    base.issues[0].title = text
    base.issues[0].scale.high_label = text
    document = render_report(forecast(base, "mean"))
    checker = parse(document)
    assert remote_references(document, checker) == []
    assert text in " ".join(checker.text)


def test_bad_samples_shape_is_a_clear_error() -> None:
    made = forecast(load_bundled("ec-emissions-1994"), "mean")
    made.samples = np.zeros((10, 2))
    with pytest.raises(DataError, match="samples"):
        render_report(made)


def test_writing_into_a_directory_is_a_clear_error(plain: Forecast, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="directory"):
        write_report(plain, tmp_path)


def test_cli_report_option(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    result = CliRunner().invoke(
        app, ["forecast", "ukraine-2025-02", "--json", "--report", str(target)]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["scenario"] == "ukraine-2025-02"
    document = target.read_text(encoding="utf-8")
    parse(document)
    for issue in doc["issues"]:
        assert has(document, f'data-issue="{issue["id"]}"')


def test_cli_report_with_a_real_iterating_engine_and_ensemble(tmp_path: Path) -> None:
    """bdm iterates (several turns) and has a batch kernel, so both optional plots appear."""
    target = tmp_path / "bdm.html"
    args = ["forecast", "ec-emissions-1994", "--engine", "bdm", "--runs", "50", "--seed", "3"]
    result = CliRunner().invoke(app, [*args, "--report", str(target)])
    assert result.exit_code == 0, result.output
    document = target.read_text(encoding="utf-8")
    checker = parse(document)
    assert remote_references(document, checker) == []
    classes = [a.get("class") for tag, a in checker.tags if tag == "div"]
    assert classes.count("trajectory") == 1
    assert classes.count("distribution") == 1
    assert has(document, "50 Monte Carlo runs, seed 3")
