"""Session 31's trial (docs/trial-2026-12-06-s31.md): an NGO's monitoring team keeps a scenario
current from a week of news and briefs donors; each test is one finding."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.cli import app
from accord.news.readers import read_data
from accord.news.store import Store
from accord.web import WebSettings, create_app

runner = CliRunner()

MONITOR_CSV = (
    "title,date,source,url,text\n"
    '"EU leaders agree to boost defence spending",2025-03-06,Brussels desk,'
    'https://example.org/eu-defence,"Brussels, 6 March 2025 - European Union leaders agreed to '
    "boost defence spending. The EU stressed that any ceasefire must come with robust security "
    'guarantees for Ukraine."\n'
    '"Mineral deal talks resume",2025-03-07,Kyiv desk,,"Kyiv, 7 March 2025 - Ukrainian officials '
    'said talks on a minerals agreement with the United States had resumed."\n'
    '"Bad-date item",March 8th,Kyiv desk,,"Kyiv - Russia rejected calls for a truce at sea."\n'
)

SUDAN = """\
id: sudan-access-2025
title: Humanitarian access talks on Sudan (spring 2025)
as_of: 2025-03-01
actors:
  # written by hand: a comment and flow mappings, which accord's own layout does not keep
  - {id: SAF, name: Sudanese Armed Forces, kind: government, country: SDN, capability: 40}
  - {id: RSF, name: Rapid Support Forces, kind: other, capability: 30}
  - {id: UAE, name: United Arab Emirates, kind: state, country: UAE, capability: 35}
issues:
  - id: access
    title: Humanitarian access across front lines
    scale: {low: 0, high: 100, low_label: no cross-line access, high_label: unhindered access}
    status_quo: 10
    horizon: 2025-06-30
    consent: [SAF, RSF]
    keywords: [humanitarian access, aid convoys, humanitarian pause]
stances:
  - {actor: SAF, issue: access, position: 30, salience: 0.7}
  - {actor: RSF, issue: access, position: 60, salience: 0.5}
  - {actor: UAE, issue: access, position: 70, salience: 0.4}
"""


def _ingest(*args: str) -> object:
    return runner.invoke(app, ["ingest", *args])


# Finding 1: a CSV file of articles (a header row, one article a row) was read as plain text:
# the whole table became one document titled by its header row, dated by its first date, its
# rows' quotations carrying the CSV's commas and quotes, and the row with a bad date swallowed.


def test_a_csv_file_of_articles_is_one_document_a_row(tmp_path: Path) -> None:
    csv_file = tmp_path / "monitor.csv"
    csv_file.write_text(MONITOR_CSV, encoding="utf-8")
    db = tmp_path / "team.db"
    done = _ingest(str(csv_file), "--db", str(db))
    assert done.exit_code == 0, done.output
    assert "line 4: date: expected a date such as 2025-02-24 (got 'March 8th')" in done.stderr
    with Store(f"sqlite:///{db}") as store:
        docs = sorted(store.documents(), key=lambda d: d.title)
    assert [(d.title, str(d.date), d.source) for d in docs] == [
        ("EU leaders agree to boost defence spending", "2025-03-06", "Brussels desk"),
        ("Mineral deal talks resume", "2025-03-07", "Kyiv desk"),
    ]


def test_a_csv_rows_mistakes_are_reported_by_line(tmp_path: Path) -> None:
    data = (
        b'Title,Date,Text,desk\n"A",2025-03-01,"Kyiv - one, two.\nsecond line",x\n'
        b"B,,,\nC,2025-03-02,text c,y,extra\n\nD,13/03/2025,d text\nE\n"
    )
    result = read_data(data, "rows.csv")
    (doc,) = result.documents
    assert (doc.title, str(doc.date), doc.meta["extra"]) == ("A", "2025-03-01", {"desk": "x"})
    assert doc.text == "Kyiv - one, two.\nsecond line"
    assert [str(p) for p in result.problems] == [
        "rows.csv: line 4: text: empty text (got '')",
        "rows.csv: line 5: 5 cells where the header names 4 columns (a comma inside a cell "
        "needs the cell in double quotes)",
        "rows.csv: line 7: date: expected a date such as 2025-02-24 (write it 2025-03-13) "
        "(got '13/03/2025')",
        "rows.csv: line 8: text: missing; each row needs its article's text (the row's "
        "fields: title)",
    ]
    tabs = read_data(b"title\tdate\ttext\nT\t2025-01-01\thello world\n", "rows.tsv")
    assert [d.title for d in tabs.documents] == ["T"]


def test_a_csv_without_a_text_column_is_refused_naming_its_columns(tmp_path: Path) -> None:
    table = tmp_path / "ledger-export.csv"
    table.write_text("record,engine,seed\n1,bdm,5\n", encoding="utf-8")
    done = _ingest(str(table), "--db", str(tmp_path / "x.db"))
    assert done.exit_code == 1
    assert (
        "ledger-export.csv: a CSV file of articles needs a header row naming a text column "
        "(and optionally title, date, source, url), one article a row (got the columns "
        "record, engine, seed)"
    ) in done.stderr
    assert "Traceback" not in done.output


def test_the_workbench_reads_an_uploaded_csv_row_by_row(tmp_path: Path) -> None:
    token = "s31-trial-token-0123456789"
    client = TestClient(create_app(WebSettings(db=str(tmp_path / "web.db"), token=token)))
    answer = client.post(
        "/api/v1/ingest",
        files={"file": ("monitor.csv", MONITOR_CSV.encode(), "text/csv")},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert (body["documents_read"], body["added"]) == (2, 2)
    (problem,) = body["problems"]
    assert "line 4: date: expected a date such as 2025-02-24 (got 'March 8th')" in problem


# Finding 2: a file dated by --date-if-missing and ingested again (the team's weekly re-run of
# its folder) was warned of as "dated by the file's modification time" with today's date, and
# told to give --date-if-missing, which then did nothing: the stored date stands.


def test_a_stored_documents_own_date_is_not_warned_of_again(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Team note\n\nChina called for peace talks on Ukraine.\n", encoding="utf-8")
    db = str(tmp_path / "team.db")
    first = _ingest(str(note), "--db", db, "--date-if-missing", "2025-03-08")
    assert first.exit_code == 0, first.output
    again = _ingest(str(note), "--db", db)
    assert again.exit_code == 0, again.output
    assert "modification time" not in again.stderr


def test_a_document_stored_by_its_files_time_is_warned_of_with_that_date(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Team note\n\nChina called for peace talks on Ukraine.\n", encoding="utf-8")
    stamp = time.mktime((2025, 3, 9, 12, 0, 0, 0, 0, -1))
    os.utime(note, (stamp, stamp))
    db = str(tmp_path / "team.db")
    assert _ingest(str(note), "--db", db).exit_code == 0
    os.utime(note, None)  # touched since: the store keeps the date it gave on 9 March
    again = _ingest(str(note), "--db", db)
    assert f"{note} (2025-03-09)" in again.stderr, again.stderr


def test_the_workbench_does_not_call_a_dated_article_undated(tmp_path: Path) -> None:
    token = "s31-trial-token-0123456789"
    client = TestClient(create_app(WebSettings(db=str(tmp_path / "web.db"), token=token)))
    auth = {"Authorization": f"Bearer {token}"}
    text = "Team note\n\nChina called for peace talks on Ukraine."
    first = client.post(
        "/api/v1/ingest/text", json={"text": text, "date": "2025-03-08"}, headers=auth
    )
    assert first.status_code == 201, first.text
    again = client.post("/api/v1/ingest/text", json={"text": text}, headers=auth)
    assert again.status_code == 201, again.text
    assert (again.json()["already_present"], again.json()["warnings"]) == (1, [])


# Finding 3: `accord update my.yaml --out my.yaml` replaced the analyst's hand-written file in
# accord's own layout (its comments gone), with no change proposed too.


@pytest.fixture
def sudan(tmp_path: Path) -> Path:
    path = tmp_path / "sudan.yaml"
    path.write_text(SUDAN, encoding="utf-8")
    return path


def test_update_does_not_write_over_the_scenario_it_reads(sudan: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "team.db")
    note = tmp_path / "a.txt"
    note.write_text("Aid\n\nPort Sudan, 15 March 2025 - Talks went on.\n", encoding="utf-8")
    assert _ingest(str(note), "--db", db).exit_code == 0
    for out in (str(sudan), f"{tmp_path}/./sudan.yaml"):
        done = runner.invoke(app, ["update", str(sudan), "--out", out, "--db", db])
        assert done.exit_code == 2, done.output
        assert "that is the scenario file being updated; write the revision to a new file" in (
            done.stderr
        )
    assert sudan.read_text(encoding="utf-8") == SUDAN
    forced = runner.invoke(app, ["update", str(sudan), "--out", str(sudan), "--db", db, "--force"])
    assert forced.exit_code == 0, forced.output
    assert "# written by hand" not in sudan.read_text(encoding="utf-8")


# Finding 4: the warning on a country code that is no ISO code spoke of voting bodies only; the
# evidence finder also knows an actor by its country code, so "The UAE said ..." gave no
# evidence for the team's actor UAE of country `UAE`.


def test_the_country_warning_says_what_it_costs_in_the_news(sudan: Path) -> None:
    done = runner.invoke(app, ["validate", str(sudan)])
    assert done.exit_code == 0, done.output
    assert (
        "actors[2].country: not an assigned ISO 3166-1 alpha-3 code (did you mean 'ARE'?), so "
        "actor UAE speaks for no member of a voting body, and the news gives it stance "
        "evidence only where an article writes its name as the scenario does (got 'UAE')"
    ) in done.stderr


# Finding 5: the API answered a date written day first with pydantic's words ("invalid
# character in year"), where the command line and a JSON Lines row say how to write it.


def test_the_api_says_how_to_write_a_date(tmp_path: Path) -> None:
    token = "s31-trial-token-0123456789"
    client = TestClient(create_app(WebSettings(db=str(tmp_path / "web.db"), token=token)))
    posted = client.post(
        "/api/v1/ingest/text",
        json={"text": "Russia rejected a truce.", "date": "13/03/2025"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert posted.status_code == 422
    (problem,) = posted.json()["error"]["problems"]
    assert problem == {
        "path": "body.date",
        "message": "expected a date YYYY-MM-DD (write it 2025-03-13)",
        "value": "13/03/2025",
        "file": None,
    }
    asked = client.get("/api/v1/events?since=01.03.2025")
    assert asked.json()["error"]["message"] == (
        "query.since: expected a date YYYY-MM-DD (write 2025-03-01 if the day comes first, "
        "2025-01-03 if the month does)"
    )


# Finding 6: `kind: goverment` listed the nine kinds with no word of the near one, and a stance
# on `acess` said only `unknown issue id`.


def test_a_slip_in_a_kind_or_an_issue_id_gets_the_near_one(sudan: Path, tmp_path: Path) -> None:
    kind = tmp_path / "kind.yaml"
    kind.write_text(SUDAN.replace("kind: government", "kind: goverment"), encoding="utf-8")
    done = runner.invoke(app, ["validate", str(kind)])
    assert done.exit_code == 2
    assert "'ngo', 'other'; did you mean 'government'? (got 'goverment')" in done.output
    issue = tmp_path / "issue.yaml"
    issue.write_text(SUDAN.replace("actor: UAE, issue: access", "actor: UAE, issue: acess"))
    done = runner.invoke(app, ["validate", str(issue)])
    assert done.exit_code == 2
    assert "stances[2].issue: unknown issue id (did you mean 'access'?) (got 'acess')" in (
        done.output
    )
    far = tmp_path / "far.yaml"
    far.write_text(SUDAN.replace("actor: UAE, issue: access", "actor: UAE, issue: truce"))
    assert "stances[2].issue: unknown issue id (got 'truce')" in (
        runner.invoke(app, ["validate", str(far)]).output
    )


# Finding 7: `accord update --accept SAF/acess` said the pair was not among the changes
# proposed, not that the scenario has no issue `acess`.


def test_accept_names_an_actor_or_issue_the_scenario_lacks(sudan: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "none.db")
    done = runner.invoke(app, ["update", str(sudan), "--db", db, "--accept", "SAF/acess"])
    assert done.exit_code == 2
    assert (
        "--accept SAF/acess: no issue 'acess' in sudan-access-2025 (issues: access)" in done.stderr
    )
    done = runner.invoke(app, ["update", str(sudan), "--db", db, "--accept", "SFA/access"])
    assert "no actor 'SFA' in sudan-access-2025 (actors: SAF, RSF, UAE)" in done.stderr
