"""Session 45 (s45-ledgerweb): the workbench's ledger page shows the paired comparisons that
``accord ledger score`` prints (each engine against the status quo, no skill and, where asked,
another engine; Holm-adjusted), from the same library function, to the same digit.

Until session 45 the page showed the scores and none of the comparisons, so a user of the
workbench could not tell whether an engine beat another or no skill at all; the JSON API
(``GET /api/v1/ledger/scores``) had them already. The browser test drives real headless Chromium
as tests/web/test_compare_browser.py does, skipped with the reason where Playwright or Chromium
is missing (tests/web/helpers.py); its axe-core scan is skipped where the
``axe-playwright-python`` package of the test extra is missing.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient

from accord.ledger import Resolution, score
from accord.ledger.paired import PairedComparison
from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
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
FEW = "few-s45"
"""A copy of ukraine-2025-02 saved in the workbench, one of its questions resolved: n = 1."""
NONE_RESOLVED = "none-s45"
"""A copy saved in the workbench, forecast and recorded, none of its questions resolved."""
ENGINES = ("mean", "smp")
CAPTION = (
    "Paired comparisons (engine \u2212 reference over the questions both forecast; "
    "negative: engine better)"
)
KEYS = ("n", "difference", "se", "p", "p_holm")


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
    resolutions (7 questions each), of a saved scenario with one question resolved and of a
    saved scenario with none resolved."""
    db = tmp_path_factory.mktemp("ledgerweb") / "web.db"
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(WebSettings(db=str(db), token=token))) as client:
        for copy in (FEW, NONE_RESOLVED):
            data = scenario_to_data(load_bundled(UKRAINE))
            data["id"] = copy
            saved = client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
            assert saved.status_code == 201, saved.text
        for scenario in (UKRAINE, DOHA, FEW, NONE_RESOLVED):
            for engine in ENGINES:
                body = {"scenario": scenario, "engine": engine, "runs": 20, "seed": 1}
                made = client.post("/api/v1/ledger/records", json=body, headers=auth)
                assert made.status_code == 201, made.text
        issue = load_bundled(UKRAINE).issues[0].id
        client.app.state.workbench.ledger().add_resolution(  # type: ignore[attr-defined]
            Resolution(
                FEW,
                issue,
                50.0,
                True,
                dt.date(2025, 3, 1),
                "a resolution written for this test",
                dt.datetime(2026, 12, 7, tzinfo=dt.UTC),
            )
        )
    return db


@pytest.fixture(scope="module")
def client(ledger_db: Path, token: str) -> Iterator[TestClient]:
    with TestClient(create_app(WebSettings(db=str(ledger_db), token=token))) as c:
        yield c


def _library(client: TestClient, scenario: str | None, against: str | None) -> list[Any]:
    """The comparisons of :func:`accord.ledger.score` over what the workbench's ledger holds."""
    bench = client.app.state.workbench  # type: ignore[attr-defined]
    records, resolutions = bench.ledger_entries(scenario)
    return score(records, resolutions, bench.draft_entries(scenario), against).comparisons


def _row(c: PairedComparison) -> tuple[str, ...]:
    """One comparison as the table prints it: kind, score, engine, reference, the figures, the
    verdict."""
    return (c.kind, c.measure, c.engine, c.reference_name, *(c.cells[k] for k in KEYS), c.verdict)


def _page_rows(page: str) -> list[tuple[str, ...]]:
    """The rows of the page's table of comparisons, each cell's text."""
    found = re.search(r'<table class="grid" id="comparisons".*?<tbody>(.*?)</tbody>', page, re.S)
    assert found, "no table of comparisons on the page"
    return [
        tuple(html.unescape(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row))
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", found.group(1), re.S)
    ]


def _cli_rows(db: Path, *args: str) -> list[tuple[str, ...]]:
    """The rows of ``accord ledger score``'s table of paired comparisons, printed wide."""
    from accord.cli import app

    printed = CliRunner().invoke(
        app, ["ledger", "score", "--db", str(db), *args], env={"COLUMNS": "400"}
    )
    assert printed.exit_code == 0, printed.output
    table = printed.output.split("Paired comparisons (", 1)[1]
    return [
        tuple(cell.strip() for cell in line.strip().strip("│").split("│"))
        for line in table.splitlines()
        if line.startswith("│")
    ]


@pytest.mark.parametrize(("scenario", "against"), [(None, None), (None, "mean"), (UKRAINE, "smp")])
def test_the_page_shows_the_library_comparisons_to_the_digit(
    client: TestClient, scenario: str | None, against: str | None
) -> None:
    params = {"scenario": scenario or "", "against": against or ""}
    page = client.get("/ledger", params=params)
    assert page.status_code == 200
    want = _library(client, scenario, against)
    assert [c.reference for c in want].count("no_skill") == 2 * len(ENGINES)  # brier, error
    assert _page_rows(page.text) == [_row(c) for c in want]
    assert any(c.test.status == "tested" and c.p_holm is not None for c in want)
    # a real table: a caption, a header cell per column, each row's engine a row header
    assert f"<caption>{CAPTION}</caption>" in page.text
    head = re.search(r'id="comparisons".*?<thead>(.*?)</thead>', page.text, re.S)
    assert head and head.group(1).count('<th scope="col">') == 10
    assert page.text.count('<th scope="row">') >= len(want)
    assert 'id="no-comparisons"' not in page.text and 'id="no-test"' not in page.text
    if against:
        assert sum(c.reference == against for c in want) == len(ENGINES) * 2 - 2
        assert f"--against {against}</code>" in page.text
        assert f"<option selected>{against}</option>" in page.text


def test_the_page_and_the_cli_print_the_same_table(client: TestClient, ledger_db: Path) -> None:
    for against in ("", "smp"):
        cli = _cli_rows(ledger_db, *(("--against", against) if against else ()))
        page = _page_rows(client.get("/ledger", params={"against": against}).text)
        assert page == cli
        assert any(row[-1].startswith("not distinguishable from the no-skill") for row in page)


def test_the_api_gives_the_comparisons_of_the_cli_json(client: TestClient, ledger_db: Path) -> None:
    import json

    from accord.cli import app

    for against in (None, "mean"):
        extra = ["--against", against] if against else []
        printed = CliRunner().invoke(
            app, ["ledger", "score", "--db", str(ledger_db), "--json", *extra]
        )
        assert printed.exit_code == 0, printed.output
        cli = json.loads(printed.output)["comparisons"]
        api = client.get("/api/v1/ledger/scores", params={"against": against} if against else {})
        assert api.status_code == 200
        assert api.json()["comparisons"] == cli
        assert [c.to_dict() for c in _library(client, None, against)] == cli
        assert {"p_value_holm", "family_size", "verdict", "n"} <= set(cli[0])


def test_an_engine_with_no_forecast_here_is_said_and_left_out(client: TestClient) -> None:
    # a link kept from another scenario, or typed: said above the table, not an error page
    page = client.get("/ledger", params={"scenario": DOHA, "against": "bdm"})
    assert page.status_code == 200
    said = re.search(r'<p class="error" id="against-error">(.*?)</p>', page.text)
    assert said and "Not compared with bdm: no scored forecast of an engine" in html.unescape(
        said.group(1)
    )
    assert _page_rows(page.text) == [_row(c) for c in _library(client, DOHA, None)]
    assert "<option selected>" not in page.text.split('id="against"')[1].split("</select>")[0]
    assert client.get("/api/v1/ledger/scores", params={"against": "bdm"}).status_code == 400


def test_too_few_resolved_questions_say_why_there_is_no_comparison(
    client: TestClient, tmp_path: Path, token: str
) -> None:
    few = client.get("/ledger", params={"scenario": FEW})
    assert few.status_code == 200
    rows = _page_rows(few.text)
    assert rows and all(row[-1] == "n too small (n = 1): no test" for row in rows)
    assert all(row[4] == "1" and row[6] == "n<2" and row[7:9] == ("", "") for row in rows)
    assert 'id="no-test"' in few.text and "at least 2 questions both forecast" in few.text
    bare = client.get("/ledger", params={"scenario": NONE_RESOLVED})  # recorded, none resolved
    assert bare.status_code == 200 and 'id="comparisons"' not in bare.text
    said = f"No paired comparison: no forecast of a resolved question is scored in {NONE_RESOLVED}"
    assert said in bare.text
    with TestClient(create_app(WebSettings(db=str(tmp_path / "w.db"), token=token))) as empty:
        page = empty.get("/ledger")
        assert 'id="no-comparisons"' in page.text and 'id="comparisons"' not in page.text
        assert "<option>" not in page.text.split('id="against"')[1].split("</select>")[0]


# ------------------------------------------------------------------------- the browser


@pytest.fixture(scope="module")
def tab(ledger_db: Path, token: str) -> Iterator[tuple[Any, str]]:
    """A logged-in tab of headless Chromium on a server over the ledger above; console errors
    and page errors collected (``tab.errors``)."""
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
        page.errors = errors
        browser_log_in(page, url, token)
        yield page, url
        browser.close()


def _focused(page: Any) -> str:
    return str(page.evaluate("() => document.activeElement.id || document.activeElement.tagName"))


def test_the_comparisons_in_chromium_by_keyboard_with_no_axe_violation(
    tab: tuple[Any, str], client: TestClient
) -> None:
    page, url = tab
    page.goto(f"{url}/ledger")
    page.focus("#against")
    page.keyboard.press("ArrowDown")  # from "no engine" to the first engine scored
    assert page.input_value("#against") == "mean"
    page.keyboard.press("Tab")
    assert _focused(page) == "BUTTON"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "against=mean" in page.url
    table = page.get_by_role("table", name=CAPTION)
    want = _library(client, None, "mean")
    assert table.get_by_role("row").count() == len(want) + 1  # the header row
    headers = table.get_by_role("columnheader").all_inner_texts()
    assert headers == [
        "kind", "score", "engine", "reference", "n", "difference", "± SE", "p", "Holm p",
        "verdict",
    ]  # fmt: skip
    assert table.get_by_role("rowheader", name="smp").count() == sum(
        c.engine == "smp" for c in want
    )
    described = page.get_attribute("#comparisons", "aria-describedby")
    assert "Diebold & Mariano 1995" in page.inner_text(f"#{described}")
    cells = table.locator("tbody tr").first.locator("td, th").all_inner_texts()
    assert tuple(cells) == _row(want[0])
    pytest.importorskip("axe_playwright_python", reason="the axe-playwright-python package")
    from axe_playwright_python.sync_playwright import Axe

    found = {}
    for address in (
        "/ledger?against=mean",
        f"/ledger?scenario={FEW}",
        f"/ledger?scenario={DOHA}&against=bdm",
    ):
        page.goto(url + address)
        page.wait_for_load_state("networkidle")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.chart')].every(c => c.hasAttribute("
            "'data-drawn') || c.hasAttribute('data-error') || c.textContent.trim() !== '')",
            timeout=30_000,
        )
        answer = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        violations = [v["id"] for v in answer.response["violations"]]
        if violations:
            found[address] = violations
    assert found == {}
    assert page.errors == []
