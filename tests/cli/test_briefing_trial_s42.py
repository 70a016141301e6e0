"""Session 42's trial: a diplomat's staffer prepares a one-page briefing from the report.

docs/trial-2026-12-07-s42-brief.md: the report left out the intervals the terminal printed
(finding 1), had no summary (2), the terminal rounded p(agreement) to one decimal where the
report gives two (3), and nothing said what moved since the previous forecast (4).
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out

runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _text(html: str) -> str:
    """The page's text, one space between words (tags and markup left out)."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _brief(html: str) -> str:
    start = html.index('<section class="brief"')
    return _text(html[start : html.index("</section>", start)])


def test_the_report_shows_the_intervals_the_terminal_prints(tmp_path: Path) -> None:
    """Finding 1: `--interval 0.8 --report FILE` printed the intervals and wrote none."""
    report = tmp_path / "r.html"
    shown = " ".join(
        _run("forecast", "ukraine-2025-02", "--interval", "0.8", "--report", str(report)).split()
    )
    printed = re.search(r"ceasefire (\d+\.\d)-(\d+\.\d)", shown.split("conformal intervals")[1])
    assert printed is not None
    page = report.read_text(encoding="utf-8")
    text = _text(page)
    assert "80% interval" in text and "conformal intervals from mean's absolute errors" in text
    row = _text(page[page.index('href="#issue-ceasefire"') :].split("</tr>")[0])
    assert f"{printed[1]}-{printed[2]}" in row  # the terminal's numbers, in the issue's row
    brief = _brief(page)
    assert "range (80% interval)" in brief
    assert f"{printed[1]}-{printed[2]} UKR, RUS" in brief  # the ceasefire's row


def test_each_report_of_a_batch_shows_its_intervals(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    _run("forecast", "minsk-2015-02", "doha-2020-02", "--interval", "0.8", "--report", str(folder))
    pages = sorted(folder.glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        assert "80% interval" in _text(page.read_text(encoding="utf-8"))


def test_the_report_opens_with_a_brief_in_plain_words(tmp_path: Path) -> None:
    """Finding 2: the answers first, before the modelling warnings, printed on a page of their
    own, with the terms glossed (finding 6)."""
    report = tmp_path / "r.html"
    _run(
        "forecast", "ukraine-2025-02", "--engine", "bdm", "--runs", "40", "--seed", "1",
        "--report", str(report),
    )  # fmt: skip
    page = report.read_text(encoding="utf-8")
    assert page.index('id="brief"') < page.index('id="warnings"') < page.index('id="summary"')
    assert ".brief { border: none; padding: 0; break-after: page;" in page  # its own page
    brief = _brief(page)
    assert "forecast by bdm:scholz-code, 40 Monte Carlo runs, seed 1" in brief
    assert "sha256" in brief and "latest source date" in brief
    ceasefire = brief.split("Timing and form of a ceasefire")[1].split("Security guarantees")[0]
    assert "most likely by 2025-06-30" in brief  # one horizon: said once
    assert ceasefire.startswith(" no agreement: status quo 0.0 (no ceasefire until"), ceasefire
    assert re.search(r"\d+\.\d-\d+\.\d UKR, RUS \(RUS refusing\)", ceasefire), ceasefire
    assert "range (runs, p5-p95)" in brief
    assert "S/2025/112 (United Nations Security Council, 2025-02-24)" in brief
    assert "could block: no single member. Recorded: adopted 93-18-65." in brief
    assert "The range is the spread of 40 Monte Carlo runs" in brief
    assert "Track record: no resolved question of this scenario was read from a ledger" in brief
    for term in ("chance of agreement", "consent needed", "could block", "status quo"):
        assert f"<li><strong>{term}</strong>: " in page


def test_the_brief_says_what_moved_since_the_previous_forecast(tmp_path: Path) -> None:
    """Finding 4: against the ledger's latest record of the same engine on other content."""
    db, edited, report = tmp_path / "l.db", tmp_path / "edited.yaml", tmp_path / "r.html"
    _run("forecast", "ukraine-2025-02", "--record", "--db", str(db))
    _run("convert", "ukraine-2025-02", str(edited))
    text = edited.read_text(encoding="utf-8")
    usa = "- actor: USA\n  issue: aggressor_naming\n  position: 5.0\n"
    assert usa in text
    edited.write_text(text.replace(usa, usa.replace("5.0", "95.0")), encoding="utf-8")
    _run("forecast", str(edited), "--db", str(db), "--report", str(report))
    brief = _brief(report.read_text(encoding="utf-8"))
    moved = re.search(
        r"Since ledger record 1 \(as of 2025-02-25, mean\): Naming Russia as the aggressor in UN "
        r"texts: most likely (\d+\.\d) -> (\d+\.\d)",
        brief,
    )
    assert moved is not None, brief
    assert float(moved[2]) > float(moved[1])
    assert "Territorial terms" not in brief.split("What changed")[1].split("How far")[0]
    first = tmp_path / "first.html"
    _run("forecast", "minsk-2015-02", "--report", str(first), "--db", str(db))  # none of it
    assert "No earlier forecast of this scenario by mean" in _brief(first.read_text())


def test_the_table_gives_p_agreement_to_two_decimals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 3: one decimal printed a 6% chance as 0.1 and a 4% one as 0.0."""
    monkeypatch.setattr(out, "width", 200)
    shown = _run("forecast", "ukraine-2025-02", "--engine", "bdm", "--runs", "40", "--seed", "1")
    lines = shown.splitlines()
    row = next(line for line in lines if line.startswith("│ ceasefire ") and "2025" in line)
    cells = [c.strip() for c in row.strip("│").split("│")]
    assert re.fullmatch(r"\d\.\d\d", cells[2]), cells


def test_a_report_named_md_is_the_brief_in_markdown(tmp_path: Path) -> None:
    """Finding 9: `--report brief.md` wrote HTML under a Markdown name, with a warning; the
    staffer's page goes to a word processor or a mail. The same brief as the HTML's, and a
    second run replaces the file (accord's mark) without --force."""
    md, page = tmp_path / "brief.md", tmp_path / "r.html"
    result = runner.invoke(app, ["forecast", "ukraine-2025-02", "--report", str(md)])
    assert result.exit_code == 0, result.output
    assert "whatever the file's name" not in result.output
    text = md.read_text(encoding="utf-8")
    assert text.startswith("<!-- accord brief -->\n# Ceasefire diplomacy")
    assert "## Most likely outcome" in text and "## How far to trust it" in text
    assert "| question | most likely by 2025-06-30 | chance of agreement (one run: 0% or" in text
    assert "| Timing and form of a ceasefire | no agreement: status quo 0.0 (no ceasefire" in text
    assert "<" not in text.replace("<!-- accord brief -->", "")  # no HTML in it
    _run("forecast", "ukraine-2025-02", "--report", str(page))
    for line in ("Track record: no resolved question", "could block: no single member"):
        assert line in text and line in _brief(page.read_text(encoding="utf-8"))
    again = runner.invoke(app, ["forecast", "ukraine-2025-02", "--report", str(md)])
    assert again.exit_code == 0, again.output


def test_bdms_narrative_calls_its_last_line_the_bargain() -> None:
    """Finding 5: "after 10 rounds the forecast on Timing and form of a ceasefire is 60.0"
    stood under a forecast of 0.0 (Russia refusing): the line is the last round's bargain."""
    from accord.forecast import forecast
    from accord.scenario import load_bundled

    made = forecast(load_bundled("ukraine-2025-02"), "bdm")
    last = [line for line in made.run.narrative if line.startswith("after 10 rounds")]
    assert len(last) == len(made.issues)
    ceasefire = next(line for line in last if "Timing and form of a ceasefire" in line)
    assert ceasefire.startswith("after 10 rounds the bargain on Timing and form of a ceasefire")
    assert ceasefire.endswith("the last round's, before the consent rule)")
    assert made.issues[0].forecast == 0.0  # the forecast the line stood beside


def test_compare_versus_says_whose_each_warning_is(tmp_path: Path) -> None:
    """Finding 7: `compare A B --versus` printed both scenarios' warnings unlabelled."""
    edited = tmp_path / "edited.yaml"
    _run("convert", "ukraine-2025-02", str(edited))
    text = edited.read_text(encoding="utf-8")
    usa = "- actor: USA\n  issue: ceasefire\n  position: 90.0\n  salience: 0.9\n"
    assert usa in text
    edited.write_text(text.replace(usa, usa.replace("0.9\n", "0.5\n")), encoding="utf-8")
    result = runner.invoke(app, ["compare", "ukraine-2025-02", str(edited), "--versus"])
    assert result.exit_code == 0, result.output
    said = [" ".join(w.split()) for w in result.stderr.split("warning: ")[1:]]
    assert said and all(w.startswith(("a (ukraine-2025-02)", "b (")) for w in said), said
    # since session 47 the consent-weight warning is one per scenario, naming every issue; the
    # edit changes its ceasefire part, so each scenario's is labelled with its own weights
    ceasefire = [w for w in said if "on 'ceasefire' RUS (45) by USA" in w]
    assert [w.split(":")[0] for w in ceasefire] == ["a (ukraine-2025-02)", f"b ({edited})"]
    assert "by USA (90)" in ceasefire[0] and "by USA (50)" in ceasefire[1]
    # a warning the two scenarios share is printed once, naming both
    same = tmp_path / "same.yaml"
    same.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["compare", "ukraine-2025-02", str(same), "--versus"])
    assert result.exit_code == 0, result.output
    said = [" ".join(w.split()) for w in result.stderr.split("warning: ")[1:]]
    both = [w for w in said if "on 'security_guarantees'" in w]
    assert len(both) == 1
    assert both[0].startswith(f"a (ukraine-2025-02) and b ({same}): "), both


def test_the_assemblys_rule_line_says_whose_majority_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finding 11: "97 of 193 members (more than 50%)" read as a majority of all members."""
    monkeypatch.setattr(out, "width", 200)
    line = " ".join(_run("power", "--body", "unga").split()).split("members │")[-1]
    assert line.endswith(
        "a winning coalition needs 97 of 193 members (more than 50% of those present and "
        "voting, every member taken as voting)"
    )
    eu = " ".join(_run("power", "--body", "eu-council").split())
    assert "15 of 27 members (55%) and population" in eu  # a share of all members: as before


def test_the_brief_prints_on_one_a4_page(tmp_path: Path) -> None:
    """Finding 2: the staffer's page is one sheet. In headless Chromium, with print media and
    A4's printable area at Chromium's default margins (718 by 1047 CSS pixels), the title and
    the brief of the bundled scenario's ensemble, with intervals, end within the first page,
    and the rest starts on the next."""
    from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, need_browser

    sync_playwright = need_browser()
    report = tmp_path / "r.html"
    _run(
        "forecast", "ukraine-2025-02", "--engine", "bdm", "--runs", "40", "--seed", "1",
        "--interval", "0.8", "--report", str(report),
    )  # fmt: skip
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 718, "height": 1047})
        page.goto(report.as_uri())
        page.emulate_media(media="print")
        box = page.locator("section.brief").bounding_box()
        breaks = page.locator("section.brief").evaluate("e => getComputedStyle(e).breakAfter")
        browser.close()
    assert box is not None and box["y"] + box["height"] <= 1047, box
    assert breaks == "page"
