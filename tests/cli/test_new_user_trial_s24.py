"""What a new user met on a scenario of their own (session 24's trial,
docs/trial-2026-12-05-s24.md).

The scenario below was written from docs/scenario-format.md and docs/institutions.md: the
Council's decision on signing the EU-Mercosur agreement (December 2025), nine actors, two
issues (one on a 0..10 scale), a draft voted in the EU Council by qualified majority. Each test
is one finding that was a fault: a wrong input that was taken silently, or a message that did
not say what was wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.scenario.io import loads

runner = CliRunner()

MERCOSUR = """\
id: eu-mercosur-2025-12
title: Council vote on the EU-Mercosur partnership agreement (December 2025)
as_of: 2025-12-15
actors:
  - {id: COM, name: European Commission, kind: international organisation, capability: 30}
  - {id: FRA, name: France, country: FRA, capability: 15}
  - {id: Germany, name: Germany, country: GER, capability: 18}
  - {id: ITA, name: Italy, country: ITA, capability: 13}
  - {id: POL, name: Poland, country: POL, capability: 8}
  - {id: ESP, name: Spain, country: ESP, capability: 10}
issues:
  - id: signature
    title: Council authorises signature of the agreement
    status_quo: 0
    horizon: 2026-01-31
    consent: [COM, Germany]
  - id: safeguards
    title: Strength of the bilateral agricultural safeguards
    scale: {low: 0, high: 10}
    status_quo: 2
stances:
  - {actor: COM, issue: signature, position: 100, salience: 0.9}
  - {actor: FRA, issue: signature, position: 10, salience: 0.8}
  - {actor: Germany, issue: signature, position: 100, salience: 0.8}
  - {actor: ITA, issue: signature, position: 60, salience: 0.6}
  - {actor: POL, issue: signature, position: 0, salience: 0.8}
  - {actor: ESP, issue: signature, position: 100, salience: 0.8}
  - {actor: FRA, issue: safeguards, position: 10, salience: 0.9}
  - {actor: Germany, issue: safeguards, position: 3, salience: 0.4}
institutions:
  bodies:
    - {id: council, rule: eu-council, date: 2026-01-09}
  drafts:
    - id: mercosur-signature
      body: council
      sponsors: [COM]
      title: Council decision on the signature of the EU-Mercosur Partnership Agreement
      positions: {signature: 100}
      kind: qmv
"""


def _write(tmp_path: Path, text: str = MERCOSUR, name: str = "mercosur.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# Finding 1: `country: GER` (the Olympic code) was taken without a word; Germany's stance then
# cast no vote in the Council and DEU was voted by the UN General Assembly model instead.


def test_the_code_lists_are_the_iso_ones() -> None:
    from accord.institutions.countries import OTHER_ASSIGNED, known_country, un_members

    assert len(un_members()) == 193 and len(OTHER_ASSIGNED) == 57  # 249 ISO codes and XKX
    assert not OTHER_ASSIGNED & set(un_members())
    assert all(known_country(c) for c in ("DEU", "TWN", "PSE", "VAT", "XKX"))
    assert not any(known_country(c) for c in ("GER", "NED", "SUI", "EUU"))


def test_a_suggestion_comes_from_the_id_or_the_name() -> None:
    from accord.institutions.countries import suggested_code

    assert suggested_code("DEU", "Bundesrepublik") == "DEU"
    assert suggested_code("Germany", "Germany") == "DEU"
    assert suggested_code("UK", "United Kingdom") == "GBR"
    assert suggested_code("X", "Atlantis") is None


def test_validate_warns_of_a_code_that_names_no_country(tmp_path: Path) -> None:
    path = _write(tmp_path)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "actors[2].country" in x)
    assert line.startswith(f"warning: {path}: actors[2].country: not an assigned ISO")
    assert "(did you mean 'DEU'?)" in line and "(got 'GER')" in line


def test_the_forecast_warns_too_where_the_vote_is_lost(tmp_path: Path) -> None:
    scenario = loads(MERCOSUR.encode(), "m.yaml")
    made = accord.forecast(scenario)
    assert any("actors[2].country" in w and "'GER'" in w for w in made.warnings)
    votes = made.resolutions[0].votes
    assert votes["DEU"].source != "scenario"  # what the warning is about
    fixed = loads(MERCOSUR.replace("country: GER", "country: DEU").encode(), "m.yaml")
    made = accord.forecast(fixed)
    assert not any("country" in w for w in made.warnings)
    assert made.resolutions[0].votes["DEU"].source == "scenario"


@pytest.mark.parametrize("code", ["DEU", "PSE", "XKX"])
def test_no_warning_for_an_assigned_code(tmp_path: Path, code: str) -> None:
    path = _write(tmp_path, MERCOSUR.replace("country: GER", f"country: {code}"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0 and "country" not in result.output


# Finding 2: `--interval 0.8` printed an interval for `signature` and nothing about
# `safeguards` (scale 0..10): an issue left out without a word reads as one without doubt.


def test_interval_names_the_issues_it_leaves_out(tmp_path: Path) -> None:
    path = _write(tmp_path, MERCOSUR.replace("country: GER", "country: DEU"))
    result = runner.invoke(app, ["forecast", str(path), "--interval", "0.8"], terminal_width=200)
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "conformal intervals" in x)
    assert "signature " in line
    assert "none for safeguards (scale 0..10): the errors are in points of a 0..100 scale" in line


# Finding 3: `accord backtest mercosur.yaml` said "row 1: missing DEU columns (got 'isnrnmc,
# out, pcom, prnrnmc, proc, rp, scom')": the "got" was what the file lacked, and nothing said
# that backtest reads EU legislative data, not a scenario, nor where a scenario is scored.


def test_backtest_of_a_scenario_says_what_it_reads(tmp_path: Path) -> None:
    path = _write(tmp_path)
    result = runner.invoke(app, ["backtest", str(path), "--engines", "mean"], terminal_width=400)
    assert result.exit_code == 2
    assert f"{path}: row 1: not a DEU III TSV file: none of the columns" in result.output
    assert "accord ledger resolve" in result.output
    assert "(got 'id: eu-mercosur-2025-12')" in result.output


def test_backtest_names_the_missing_columns_and_what_it_got(tmp_path: Path) -> None:
    path = tmp_path / "part.tsv"
    path.write_text("prnrnmc\tisnrnmc\n1\t2\n3\t4\n", encoding="utf-8")
    result = runner.invoke(app, ["backtest", str(path), "--engines", "mean"], terminal_width=400)
    assert result.exit_code == 2
    assert "row 1: missing DEU columns out, pcom, proc, rp, scom" in result.output
    assert "(got 'prnrnmc\\tisnrnmc')" in result.output


# Finding 4: the Council draft came out "not adopted, P(adopted) 0.00" because the 19 members
# without an actor leaned to abstain on the UN General Assembly model (an abstention is not a
# yes in qualified majority); the one-line summary did not say where those votes came from.


def test_the_draft_line_counts_the_members_voted_from_assembly_records(tmp_path: Path) -> None:
    path = _write(tmp_path, MERCOSUR.replace("country: GER", "country: DEU"))
    result = runner.invoke(app, ["forecast", str(path)], terminal_width=400)
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("mercosur-signature"))
    # six actors, five of them member states: 22 of the 27 members voted without an actor,
    # since session 25 by the EU Council's base rates, not UN General Assembly records
    assert "; 22 of 27 members voted by EU Council base rates, 98.4% yes each (no scenario" in line


# Finding 5: `accord power --body eu-council --kind unanimity` was titled "shapley-shubik
# index of eu-council", as the qmv table is; the workbench names the rule.


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["--body", "eu-council", "--kind", "unanimity"], "index of eu-council (unanimity)"),
        (["--body", "eu-council"], "index of eu-council (qmv)"),
        (["--body", "unsc", "--year", "2020"], "unsc (substantive, composition of 1 July 2020)"),
    ],
)
def test_the_power_table_names_the_rule(args: list[str], title: str) -> None:
    result = runner.invoke(app, ["power", *args], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert title in result.output.splitlines()[0]


# Finding 6: a sentence saved without a date was dated by the file's modification time (the
# day of the trial) without a word at ingest; `accord update` then refused it as "evidence
# dated 2026-12-05 is after the horizon". The ingest now warns and names --date-if-missing.


def test_ingest_warns_of_documents_dated_by_the_file_time(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("Germany said it supports the Mercosur agreement.\n", encoding="utf-8")
    dated = tmp_path / "dated.txt"
    dated.write_text("Paris, 18 December 2025 - France said it opposes the deal.\n", "utf-8")
    db = f"sqlite:///{tmp_path / 'news.db'}"
    result = runner.invoke(
        app, ["ingest", str(undated), str(dated), "--db", db, "--no-code"], terminal_width=400
    )
    assert result.exit_code == 0, result.output
    warned = [x for x in result.output.splitlines() if "modification time" in x]
    assert len(warned) == 1 and "1 document(s)" in warned[0]
    assert f"{undated} (" in warned[0] and "dated.txt" not in warned[0].replace("undated", "")
    assert "--date-if-missing YYYY-MM-DD" in warned[0]
    given = ["--date-if-missing", "2025-12-20", "--no-code"]
    again = runner.invoke(
        app, ["ingest", str(undated), "--db", f"sqlite:///{tmp_path / 'b.db'}", *given]
    )
    assert again.exit_code == 0 and "modification time" not in again.output


# Finding 7: a tab before a list item gave "not valid YAML: found character that cannot start
# any token", which does not say what the character is.


def test_a_tab_in_yaml_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "id: x\ntitle: y\nactors:\n\t- {id: A, name: A, capability: 1}\n")
    result = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert result.exit_code == 2
    assert f"{path}: line 4, column 1: not valid YAML:" in result.output
    assert "(a tab: YAML indents with spaces only)" in result.output
