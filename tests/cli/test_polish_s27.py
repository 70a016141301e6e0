"""Session 27's polish (s27-polish): what the trial (docs/trial-2026-12-05-s27.md, findings 11
and 13) and s27-fixes left, one test each; the workbench's side of finding 13 and finding 14
are in tests/web/test_polish_s27.py."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.ledger import Ledger

runner = CliRunner()

UKRAINE = "ukraine-2025-02"
ASSEMBLY_L10 = (  # A/ES-11/L.10 records 8 of the Assembly's 193 member votes
    "members predicted right: 6/8 (of the 8 member votes the scenario's actual records, not of "
    "all 193 members)"
)


def _flat(text: str) -> str:
    return " ".join(text.split())


# Finding 13: "members predicted right: 6/8" on a 193-member Assembly vote counts only the member
# votes the scenario records in its actual, and neither the CLI nor the page said so.


def test_members_predicted_right_says_of_how_many_votes() -> None:
    from accord.institutions.resolutions import members_correct_text

    assert members_correct_text("6/8", 193) == ASSEMBLY_L10
    assert members_correct_text("12/15", 15) == (
        "members predicted right: 12/15 (every member's recorded vote)"
    )


def test_the_cli_and_the_report_say_it_in_the_same_words(tmp_path: Path) -> None:
    done = runner.invoke(app, ["forecast", UKRAINE, "--votes"], env={"COLUMNS": "400"})
    assert done.exit_code == 0, done.output
    assert ASSEMBLY_L10 in _flat(done.output)
    report = tmp_path / "report.html"
    made = runner.invoke(app, ["forecast", UKRAINE, "--report", str(report)])
    assert made.exit_code == 0, made.output
    page = _flat(report.read_text(encoding="utf-8").replace("&#x27;", "'"))
    assert ASSEMBLY_L10 in page


# s27-fixes: a vote dated after the draft's date was taken as postponed, so a result of a draft
# the scenario itself dates before its as_of went into the ledger when given a later date.


def test_a_retrodicted_drafts_result_is_refused_on_any_date(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    Ledger(db).close()  # resolve-draft refuses a --db that is not a ledger (session 31)
    args = ["ledger", "resolve-draft", UKRAINE, "S/2025/112", "--on", "2025-02-26",
            "--source", "https://press.un.org/en/2025/sc16006.doc.htm", "--db", db]  # fmt: skip
    done = runner.invoke(app, args)
    said = _flat(done.stderr)
    assert done.exit_code == 2, done.output
    assert said.startswith(
        "error: --on: 2025-02-26: the scenario dates draft S/2025/112 2025-02-24, before its "
        "own as_of 2025-02-25, so every forecast of it from this scenario came after the vote"
    )
    assert "(a retrodiction, which the ledger does not score)" in said
    listed = runner.invoke(app, ["ledger", "list", "--db", db, "--json"])
    assert "S/2025/112" not in listed.output


# s27-fixes: accord validate refused a horizon before the as_of but said nothing of a draft dated
# before it; a warning, exit 0, for a draft that records no result (a draft that records its
# vote, as the bundled Ukraine case's do, says the scenario knows it is a retrodiction).


def test_validate_warns_of_a_draft_dated_before_the_as_of_without_its_result(
    tmp_path: Path,
) -> None:
    from accord.scenario import load_bundled

    bundled = runner.invoke(app, ["validate", UKRAINE])
    assert bundled.exit_code == 0, bundled.output
    assert "before the scenario's as_of" not in bundled.stderr
    scenario = load_bundled(UKRAINE)
    drafts = [d.model_copy(update={"actual": None}) for d in scenario.institutions.drafts]
    institutions = scenario.institutions.model_copy(update={"drafts": drafts})
    path = tmp_path / "unrecorded.json"
    path.write_text(
        scenario.model_copy(update={"institutions": institutions}).model_dump_json(),
        encoding="utf-8",
    )
    done = runner.invoke(app, ["validate", str(path)])
    assert done.exit_code == 0, done.output
    warned = [line for line in done.stderr.splitlines() if "before the scenario's as_of" in line]
    assert len(warned) == 3, done.stderr
    assert warned[0] == (
        f"warning: {path}: institutions.drafts[0].date: draft S/2025/112 is dated "
        "2025-02-24, before the scenario's as_of 2025-02-25, so a forecast of it comes after "
        "the vote (a retrodiction: the ledger refuses its result; record the vote as the "
        "draft's actual)"
    )
    plain = runner.invoke(app, ["validate", "doha-2020-02"])
    assert "before the scenario's as_of" not in plain.stderr
