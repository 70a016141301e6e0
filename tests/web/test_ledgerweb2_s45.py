"""Session 45 (s45-ledgerweb2): the workbench's ledger page scores as ``accord ledger score``
and docs/web.md say.

Found by s45-ledgerweb and fixed here: the page's Scores table had no no-skill columns (the docs
said it showed them) and printed a position error to three decimals (27.760) where the command
line prints one (27.8); the record form's redirect dropped the page's ``against``; and no
fixture had draft results, so the drafts' rows (Brier, log loss) were tested nowhere. The page
now prints the command line's tables of scores, cell for cell, from one library function
(:func:`accord.ledger.scores.score_tables`), every score rounded by
:func:`accord.text.score_text`. The browser test drives real headless Chromium as
tests/web/test_ledger_comparisons_s45.py does (skipped with the reason where Playwright or
Chromium is missing; its axe-core scan where ``axe-playwright-python`` is).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient

from accord.ledger import DraftResult, Resolution, score
from accord.ledger.scores import Scores, score_tables
from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.text import score_text
from accord.web import WebSettings, create_app
from tests.web.helpers import (
    AXE_TAGS,
    CHROMIUM,
    CHROMIUM_FLAGS,
    browser_log_in,
    need_browser,
    serving,
)

UKRAINE = "ukraine-2025-02"
DOHA = "doha-2020-02"
DRAFTS = "drafts-s45"
"""A copy of ukraine-2025-02 whose three drafts are put to the vote after its as_of (the bundled
ones were voted the day before it, which the ledger never scores), their results recorded."""
VOTED = dt.date(2025, 3, 10)
ENGINES = ("mean", "smp")
ADOPTED = {"S/2025/112": True, "A/ES-11/L.10": True, "A/ES-11/L.11": False}
"""The results recorded for this test (made up for it: the test needs one of each)."""
NOW = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _wide_cli_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's tables printed wide whatever the terminal: with none (CI) rich takes 80
    columns and wraps the cells these tests compare (``COLUMNS`` is read when ``out`` is made,
    before ``CliRunner`` sets it)."""
    from accord.cli.app import out

    monkeypatch.setattr(out, "width", 400)


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory, token: str) -> Path:
    """A workbench store whose ledger holds forecasts by two engines of two bundled cases with
    resolutions and of :data:`DRAFTS`, with its drafts' results and one question resolved."""
    db = tmp_path_factory.mktemp("ledgerweb2") / "web.db"
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(WebSettings(db=str(db), token=token))) as client:
        data = scenario_to_data(load_bundled(UKRAINE))
        data["id"] = DRAFTS
        for body in data["institutions"]["bodies"]:
            body["date"] = VOTED.isoformat()
        for draft in data["institutions"]["drafts"]:
            draft["date"] = VOTED.isoformat()
            draft.pop("actual", None)
        saved = client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
        assert saved.status_code == 201, saved.text
        for scenario in (UKRAINE, DOHA, DRAFTS):
            for engine in ENGINES:
                body = {"scenario": scenario, "engine": engine, "runs": 20, "seed": 1}
                made = client.post("/api/v1/ledger/records", json=body, headers=auth)
                assert made.status_code == 201, made.text
        ledger = client.app.state.workbench.ledger()  # type: ignore[attr-defined]
        for draft, adopted in ADOPTED.items():
            ledger.add_draft_result(
                DraftResult(DRAFTS, draft, adopted, VOTED, "a result written for this test", NOW)
            )
        issue = load_bundled(UKRAINE).issues[0].id
        ledger.add_resolution(
            Resolution(DRAFTS, issue, 50.0, True, VOTED, "a resolution for this test", NOW)
        )
    return db


@pytest.fixture(scope="module")
def client(ledger_db: Path, token: str) -> Iterator[TestClient]:
    with TestClient(create_app(WebSettings(db=str(ledger_db), token=token))) as c:
        yield c


def _scores(client: TestClient, scenario: str | None, against: str | None = None) -> Scores:
    """:func:`accord.ledger.score` over what the workbench's ledger holds."""
    bench = client.app.state.workbench  # type: ignore[attr-defined]
    records, resolutions = bench.ledger_entries(scenario)
    return score(records, resolutions, bench.draft_entries(scenario), against)


def _cells(fragment: str) -> list[tuple[str, ...]]:
    return [
        tuple(html.unescape(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row))
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", fragment, re.S)
    ]


def _page_table(page: str, table_id: str) -> tuple[str, list[str], list[tuple[str, ...]]]:
    """The caption, the header cells and the rows of the page's table ``table_id``."""
    found = re.search(
        rf'<table [^>]*id="{table_id}"[^>]*>\s*<caption>(.*?)</caption>\s*<thead>(.*?)</thead>'
        r"\s*<tbody>(.*?)</tbody>",
        page,
        re.S,
    )
    assert found, f"no table {table_id} on the page"
    (head,) = _cells(found.group(2))
    return html.unescape(found.group(1)), list(head), _cells(found.group(3))


def _cli(db: Path, *args: str) -> str:
    from accord.cli import app

    printed = CliRunner().invoke(
        app, ["ledger", "score", "--db", str(db), *args], env={"COLUMNS": "400"}
    )
    assert printed.exit_code == 0, printed.output
    return printed.output


def _cli_table(output: str, title: str) -> list[tuple[str, ...]]:
    """The header and the rows of the CLI's table titled ``title``, each cell's text."""
    block = output.split(title, 1)[1].split("└", 1)[0]
    return [
        tuple(cell.strip() for cell in line.strip().strip("│┃").replace("┃", "│").split("│"))
        for line in block.splitlines()
        if line.startswith(("│", "┃"))
    ]


# ------------------------------------------------------------- 1: the CLI's tables of scores


@pytest.mark.parametrize("scenario", [None, DRAFTS])
def test_the_page_prints_the_cli_tables_of_scores(
    client: TestClient, ledger_db: Path, scenario: str | None
) -> None:
    # until session 45 the page had Brier, status quo and skill vs status quo only: no SE, no
    # no-skill column (docs/web.md said it showed them), no hindsight, no drafts' table
    page = client.get("/ledger", params={"scenario": scenario or ""}).text
    tables = score_tables(_scores(client, scenario))
    assert [t.title for t in tables][:2] == [
        "Scores (Brier of p_agreement; position error in points of 0-100)",
        "Drafts (P(adopted) against the recorded vote: Brier and log loss)",
    ]
    output = _cli(ledger_db, *(("--scenario", scenario) if scenario else ()))
    for table, table_id in zip(tables, ("scores", "draft-scores"), strict=False):
        caption, head, rows = _page_table(page, table_id)
        assert caption == table.title
        assert tuple(head) == table.columns
        assert "no skill" in head and head.count("± SE") == 2
        assert rows == table.rows
        assert _cli_table(output, table.title) == [table.columns, *table.rows]
    assert "skill vs status quo" not in page


def test_the_hindsight_the_cli_warns_of_is_said_on_the_page(
    client: TestClient, ledger_db: Path
) -> None:
    page = client.get("/ledger").text
    said = [html.unescape(s) for s in re.findall(r'<p class="small hindsight">(.*?)</p>', page)]
    output = " ".join(_cli(ledger_db).split())
    assert said and said[0].endswith("were made after their outcome (hindsight: recorded on "
                                      "or after its date, or citing evidence dated so; "
                                      "docs/ledger.md)")  # fmt: skip
    for line in said:
        assert line in output


# ------------------------------------------------------------- 2: one rounding per score


def test_a_position_error_is_printed_to_one_decimal_as_the_cli_does(client: TestClient) -> None:
    page = client.get("/ledger").text
    _, head, rows = _page_table(page, "scores")
    at = head.index("error")
    scores = _scores(client, None)
    assert [row[at] for row in rows] == [score_text(r.error, "error") for r in scores.rows]
    assert all(re.fullmatch(r"\d+\.\d", row[at]) for row in rows)
    assert all(re.fullmatch(r"\d+\.\d\d\d", row[head.index("Brier")]) for row in rows)
    assert score_text(27.76, "error") == "27.8" and score_text(None, "brier") == ""
    assert score_text(0.27912, "brier") == "0.279" and score_text(0.6931, "log_loss") == "0.693"


# ------------------------------------------------------- 3: the form keeps the page's query


def test_recording_keeps_the_pages_scenario_and_against(ledger_db: Path, token: str) -> None:
    with TestClient(create_app(WebSettings(db=str(ledger_db), token=token))) as client:
        _recording_keeps_the_pages_query(client, token)


def _recording_keeps_the_pages_query(client: TestClient, token: str) -> None:
    from tests.web.helpers import log_in
    from tests.web.test_pages import _csrf

    assert log_in(client, token).status_code == 303
    page = client.get("/ledger", params={"scenario": "", "against": "smp"}).text
    assert 'name="against" value="smp"' in page and 'name="page_scenario" value=""' in page
    form = {
        "csrf_token": _csrf(page),
        "scenario": DOHA,
        "engine": "mean",
        "runs": "5",
        "page_scenario": "",
        "against": "smp",
    }
    made = client.post("/ledger/record", data=form, follow_redirects=False)
    assert made.status_code == 303
    query = parse_qs(urlsplit(made.headers["location"]).query, keep_blank_values=True)
    assert query["against"] == ["smp"] and query["scenario"] == [""]
    shown = client.get(made.headers["location"]).text
    assert 'id="notice">Recorded as ledger record' in shown
    assert "<option selected>smp</option>" in shown.split('id="against"')[1].split("</select>")[0]
    # a refused form keeps them too (the page's scenario, the engine compared with)
    refused = client.post("/ledger/record", data={**form, "runs": "x"})
    assert refused.status_code == 422 and 'name="against" value="smp"' in refused.text
    assert f"<option selected>{DOHA}</option>" in refused.text.split('id="record-form"')[1]
    # a form without the page's query (a script, an older page): the recorded scenario's page
    bare = {k: v for k, v in form.items() if k not in ("page_scenario", "against")}
    made = client.post("/ledger/record", data=bare, follow_redirects=False)
    assert made.headers["location"].endswith(f"/ledger?scenario={DOHA}&recorded={made_id(made)}")


def made_id(response: Any) -> str:
    return str(parse_qs(urlsplit(response.headers["location"]).query)["recorded"][0])


# ------------------------------------------------------ 4: the drafts' rows of the tables


def test_the_drafts_rows_are_the_librarys(client: TestClient, ledger_db: Path) -> None:
    from tests.web.test_ledger_comparisons_s45 import _cli_rows, _page_rows, _row

    scores = _scores(client, DRAFTS)
    assert len(scores.drafts) == len(ADOPTED) * len(ENGINES)
    drafts = [c for c in scores.comparisons if c.kind == "draft"]
    assert {(c.measure, c.reference) for c in drafts} == {
        (m, r) for m in ("brier", "log_loss") for r in ("status_quo", "no_skill")
    }
    assert all(c.test.n == len(ADOPTED) for c in drafts)
    page = client.get("/ledger", params={"scenario": DRAFTS}).text
    rows = _page_rows(page)
    assert [r for r in rows if r[0] == "draft"] == [_row(c) for c in drafts]
    assert rows == _cli_rows(ledger_db, "--scenario", DRAFTS)
    _, head, table = _page_table(page, "draft-scores")
    assert "log loss" in head
    assert table == [r.cells for r in scores.draft_rows]
    # the drafts' results are listed too
    assert all(draft in page.split('id="draft-results"')[1] for draft in ADOPTED)


# ------------------------------------------------------------------------- the browser


def test_the_scores_and_the_kept_query_in_chromium_with_no_axe_violation(
    ledger_db: Path, token: str
) -> None:
    sync_playwright = need_browser()
    with (
        serving(create_app(WebSettings(db=str(ledger_db), token=token))) as url,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        page = browser.new_context(viewport={"width": 1280, "height": 860}).new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        browser_log_in(page, url, token)
        page.goto(f"{url}/ledger?scenario={DRAFTS}&against=smp")
        title = "Drafts (P(adopted) against the recorded vote: Brier and log loss)"
        table = page.get_by_role("table", name=title)
        assert table.get_by_role("columnheader").all_inner_texts()[8] == "log loss"
        assert table.get_by_role("rowheader", name="smp").count() == 2  # the scenario and all
        page.select_option("#record-form select[name=engine]", "mean")
        page.fill("#record-form input[name=runs]", "5")
        page.focus("#record-form input[name=runs]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        page.wait_for_selector("#notice")
        assert "against=smp" in page.url and f"scenario={DRAFTS}" in page.url
        assert page.input_value("#against") == "smp"
        pytest.importorskip("axe_playwright_python", reason="the axe-playwright-python package")
        from axe_playwright_python.sync_playwright import Axe

        page.wait_for_load_state("networkidle")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.chart')].every(c => c.hasAttribute("
            "'data-drawn') || c.hasAttribute('data-error') || c.textContent.trim() !== '')",
            timeout=30_000,
        )
        answer = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        assert [v["id"] for v in answer.response["violations"]] == []
        assert errors == []
        browser.close()
