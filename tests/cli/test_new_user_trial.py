"""What a new user met on a scenario of their own (session 23's trial, docs/reliability.md).

The scenario below was written from scratch by docs/scenario-format.md: the INC-5 plastics
treaty talks, five actors, two issues, one with consent actors. Each test is one finding that
was a fault: the program now shows what the user wrote, and says what its numbers are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.ledger import Ledger

runner = CliRunner()

PLASTICS = """\
id: plastics-inc5-2024
title: Global plastics treaty, fifth negotiating session (Busan)
as_of: 2024-11-25
actors:
  - {id: EU, name: European Union, kind: bloc, capability: 0.9}
  - {id: RWA, name: Rwanda, country: RWA, capability: 0.2}
  - {id: USA, name: United States, country: USA, capability: 1.0}
  - {id: CHN, name: China, country: CHN, capability: 0.9}
  - {id: SAU, name: Saudi Arabia, country: SAU, capability: 0.6}
issues:
  - id: production_cap
    title: A global cap on primary plastic production
    status_quo: 0
    horizon: 2024-12-01
    consent: [SAU, CHN]
  - {id: finance, title: Financing mechanism, status_quo: 0, horizon: 2024-12-02}
stances:
  - {actor: EU, issue: production_cap, position: 80, salience: 0.8}
  - {actor: RWA, issue: production_cap, position: 100, salience: 0.9}
  - {actor: USA, issue: production_cap, position: 40, salience: 0.5}
  - {actor: CHN, issue: production_cap, position: 20, salience: 0.6}
  - {actor: SAU, issue: production_cap, position: 0, salience: 0.95}
  - {actor: EU, issue: finance, position: 30, salience: 0.5}
  - {actor: RWA, issue: finance, position: 90, salience: 0.7}
  - {actor: USA, issue: finance, position: 10, salience: 0.4}
  - {actor: CHN, issue: finance, position: 60, salience: 0.4}
  - {actor: SAU, issue: finance, position: 50, salience: 0.3}
"""


@pytest.fixture
def plastics(tmp_path: Path) -> Path:
    path = tmp_path / "plastics.yaml"
    path.write_text(PLASTICS, encoding="utf-8")
    return path


def _rows(text: str, title: str) -> list[list[str]]:
    """The body rows, as stripped cells, of the box table printed under the line ``title``."""
    lines = text.splitlines()
    start = lines.index(title)
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("│"):
            rows.append([cell.strip() for cell in line.strip("│").split("│")])
        elif line.startswith("└"):
            return rows
    raise AssertionError(f"no table under {title!r}")


def test_show_prints_the_horizon_and_consent_the_file_states(
    plastics: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "width", 160)
    done = runner.invoke(app, ["show", str(plastics)])
    assert done.exit_code == 0, done.output
    rows = _rows(done.stdout, "Issues")
    assert [(r[0], r[-2], r[-1]) for r in rows] == [
        ("production_cap", "2024-12-01", "SAU, CHN"),
        ("finance", "2024-12-02", ""),
    ]
    # a scenario that states neither keeps the four columns it had
    plain = runner.invoke(app, ["show", "ec-emissions-1994"])
    assert plain.exit_code == 0 and "consent" not in plain.stdout


def test_the_monte_carlo_table_says_it_shows_each_runs_bargain(
    plastics: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside a point forecast at the status quo (consent refused in every run), the ensemble's
    percentiles are the refused terms: the table says so, and they are the JSON's ``p50``."""
    monkeypatch.setattr(out, "width", 160)
    args = ["forecast", str(plastics), "--runs", "40", "--seed", "1"]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    title = next(line for line in done.stdout.splitlines() if "Monte Carlo" in line).strip()
    assert title == "Monte Carlo: 40 runs, seed 1: each run's bargain, before consent"
    doc = json.loads(runner.invoke(app, [*args, "--json"]).stdout)
    cap = next(i for i in doc["issues"] if i["id"] == "production_cap")
    assert cap["forecast"] == cap["status_quo"] == 0 and cap["p_agreement"] == 0
    (row,) = [r for r in _rows(done.stdout, title) if r[0] == "production_cap"]
    assert float(row[3]) == pytest.approx(cap["p50"], abs=0.05) and cap["p50"] > 20


def test_the_reports_monte_carlo_parts_say_bargain(plastics: Path, tmp_path: Path) -> None:
    """The report's table column, histograms and band were "outcomes" of the runs, drawn beside
    a point forecast at the status quo: they say "bargain" now, and no part says outcome."""
    report = tmp_path / "report.html"
    args = ["forecast", str(plastics), "--runs", "20", "--seed", "1", "--report", str(report)]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    page = report.read_text(encoding="utf-8")
    assert ">MC mean bargain</th>" in page and ">Bargain distributions</h2>" in page
    assert page.count("Monte Carlo bargains: ") >= 2  # one histogram per issue
    assert "percentile of the Monte Carlo runs' bargains" in page
    assert "Monte Carlo outcomes" not in page and "Outcome distributions" not in page


def test_engines_written_as_a_list_get_told_to_repeat_the_option(plastics: Path) -> None:
    """``--engine smp,bdm`` was refused as an unknown engine with no word of the remedy; the
    message now gives the repeated options, and they run."""
    bad = runner.invoke(app, ["compare", str(plastics), "--engine", "smp, bdm"])
    assert bad.exit_code == 2
    hint = bad.stderr.split("repeat the option (")[1].split(")")[0]
    assert hint == "--engine smp --engine bdm"
    good = runner.invoke(app, ["compare", str(plastics), *hint.split(), "--json"])
    assert good.exit_code == 0, good.output
    assert json.loads(good.stdout)["engines"] == ["smp", "bdm"]
    plain = runner.invoke(app, ["compare", str(plastics), "--engine", "oracle"])
    assert plain.exit_code == 2 and "repeat the option" not in plain.stderr


def test_ledger_list_keeps_a_users_resolutions_in_sight(
    plastics: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a new ledger the ten bundled resolutions, sources of up to 600 characters wrapped
    into 20 lines a row, filled 200 lines above the user's own; their sources are cut in the
    table now (whole in --json) and their ids, which repeat scenario and issue, say bundled."""
    monkeypatch.setattr(out, "width", 120)
    db = str(tmp_path / "ledger.db")
    Ledger(db).close()  # resolve refuses a --db that is not a ledger (session 31)
    source = "INC-5 closing plenary, Busan, 1 December 2024: the session was suspended"
    resolve = ["ledger", "resolve", str(plastics), "production_cap", "--outcome", "0"]
    resolve += ["--agreed", "no", "--on", "2024-12-01", "--source", source, "--db", db]
    assert runner.invoke(app, resolve).exit_code == 0
    done = runner.invoke(app, ["ledger", "list", "--db", db])
    assert done.exit_code == 0, done.output
    table = done.stdout[done.stdout.index("Resolutions in force") :]
    body = [line for line in table.splitlines() if line.startswith("│")]
    starts = [line.strip("│").split("│")[0].strip() for line in body]
    rows = [s for s in starts if s]
    assert rows[-1] == "1" and set(rows[:-1]) == {"bundled"}
    assert len(body) <= 3 * len(rows)
    assert "sources cut short: --json or --format csv gives them whole" in table
    whole = json.loads(runner.invoke(app, ["ledger", "list", "--db", db, "--json"]).stdout)
    mine = [r for r in whole["resolutions"] if r["origin"] == "ledger"]
    assert [r["source"] for r in mine] == [source]
    shipped = [r for r in whole["resolutions"] if r["origin"] == "bundled"]
    assert shipped and all(r["id"] == f"bundled:{r['scenario']}/{r['issue']}" for r in shipped)
    assert max(len(r["source"]) for r in shipped) > 200


def test_convert_says_what_the_target_format_dropped(plastics: Path, tmp_path: Path) -> None:
    """Written as KTAB CSV the scenario lost its consent actors without a word, and the
    converted file's forecast agreed on the production cap that the original refuses."""
    ktab = tmp_path / "plastics.csv"
    done = runner.invoke(app, ["convert", str(plastics), str(ktab)])
    assert done.exit_code == 0, done.output
    (warning,) = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    dropped = warning.split("of this scenario: ")[1].split(" (docs/")[0].split(", ")
    assert {"issues[].status_quo", "issues[].horizon", "issues[].consent"} <= set(dropped)
    answers = [
        json.loads(runner.invoke(app, ["forecast", str(path), "--json"]).stdout)["issues"][0]
        for path in (plastics, ktab)
    ]
    assert [a["p_agreement"] for a in answers] == [0.0, 1.0]  # what the warning is for
    kept = runner.invoke(app, ["convert", str(plastics), str(tmp_path / "same.json")])
    assert kept.exit_code == 0 and "warning" not in kept.stderr


def test_an_engine_parameter_in_the_wrong_case_gets_the_right_name(plastics: Path) -> None:
    """``--param q=0.5`` was refused listing ``Q`` among the known names, though the library's
    ``BDM(q=0.5)`` takes it: the message now names the parameter meant, and that runs."""
    args = ["forecast", str(plastics), "--engine", "bdm", "--json", "--param"]
    bad = runner.invoke(app, [*args, "q=0.5"])
    assert bad.exit_code == 2 and bad.stderr.rstrip().endswith("did you mean 'Q'?")
    good = runner.invoke(app, [*args, "Q=0.5"])
    assert good.exit_code == 0, good.output
    unlike = runner.invoke(app, [*args, "xyz=1"])
    assert unlike.exit_code == 2 and "did you mean" not in unlike.stderr
