"""``accord --quiet`` for scripts and cron (session 41; session 40's operations trial left "no
``--quiet`` / log level", docs/trial-2026-12-07-s40-ops.md, finding 9): every stderr line is a
note, a warning or an error, said in one place (:func:`accord.cli.app.say`); ``-q`` leaves the
notes and progress bars out, ``-qq`` the warnings too; errors, stdout and exit codes stay."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.output import progress
from accord.progress import _reporter
from tests.helpers import accord_process

runner = CliRunner()

cli_app = importlib.import_module("accord.cli.app")  # the module: ``accord.cli.app`` is the app

CLI = Path(__file__).resolve().parents[2] / "src" / "accord" / "cli"

ARTICLE = "Geneva, 3 March 2025 - France said it supports a ceasefire in Ukraine. Note {n}."


def _feed(tmp_path: Path) -> Path:
    """Three articles: one dated, its copy under another name (a note: read twice), and one
    without a date (a warning: dated by the file's time)."""
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.txt").write_text(ARTICLE.format(n=1) + "\n", encoding="utf-8")
    (feed / "copy-of-a.txt").write_text(ARTICLE.format(n=1) + "\n", encoding="utf-8")
    (feed / "b.txt").write_text("Germany proposed talks. Russia rejected them.\n", "utf-8")
    return feed


def _ingest(tmp_path: Path, *quiet: str, name: str = "news.db") -> tuple[int, str, str]:
    db = f"sqlite:///{tmp_path / name}"
    done = runner.invoke(app, [*quiet, "ingest", str(_feed_once(tmp_path)), "--db", db])
    return done.exit_code, done.stdout, done.stderr


def _feed_once(tmp_path: Path) -> Path:
    feed = tmp_path / "feed"
    return feed if feed.exists() else _feed(tmp_path)


def _same_stdout(one: str, other: str) -> bool:
    """Stdout alike but the seconds an ingest took (the one figure that moves run to run)."""
    return re.sub(r"\d+\.\d s", "", one) == re.sub(r"\d+\.\d s", "", other)


def test_ingest_quiet_leaves_the_notes_out_and_keeps_the_warnings(tmp_path: Path) -> None:
    code, stdout, said = _ingest(tmp_path, name="loud.db")
    assert code == 0, said
    assert "the same text as" in said  # the note of an article read twice
    assert "warning: 1 document(s) had no date" in said
    assert "new store:" in said  # kept under -q: the line that shows a share not mounted
    code_q, stdout_q, said_q = _ingest(tmp_path, "-q", name="quiet.db")
    assert code_q == code and _same_stdout(stdout_q.replace("quiet.db", "loud.db"), stdout)
    assert "the same text as" not in said_q
    assert "warning: 1 document(s) had no date" in said_q and "new store:" in said_q
    assert said_q.splitlines() == [
        line
        for line in said.replace("loud.db", "quiet.db").splitlines()
        if "the same text as" not in line
    ]


def test_ingest_silent_keeps_the_errors_alone(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    missing = str(tmp_path / "not-there")
    loud = runner.invoke(app, ["ingest", missing, "--db", db])
    silent = runner.invoke(app, ["-qq", "ingest", missing, "--db", db])
    assert loud.exit_code == silent.exit_code == 1
    assert loud.stdout == silent.stdout
    assert "nothing was read" in loud.stderr and "nothing was read" not in silent.stderr
    assert silent.stderr.startswith("skipped: no such file or directory")  # an error: kept
    assert len(silent.stderr.splitlines()) == 1
    _, _, said = _ingest(tmp_path, "-qq")
    assert said == ""  # notes and warnings alone: nothing


def test_schema_out_quiet_and_its_error(tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    loud = runner.invoke(app, ["schema", "--out", str(target)])
    assert loud.exit_code == 0 and loud.stderr == f"wrote {target}\n" and loud.stdout == ""
    target.unlink()
    quiet = runner.invoke(app, ["--quiet", "schema", "--out", str(target)])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == "" and target.exists()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for words in (["schema", "--out", str(folder)], ["-qq", "schema", "--out", str(folder)]):
        failed = runner.invoke(app, words)
        assert failed.exit_code == 2 and failed.stderr.startswith("error: --out"), failed.stderr


def test_convert_quiet_keeps_the_warning_of_what_the_format_loses(tmp_path: Path) -> None:
    said = {}
    for level, quiet in enumerate(([], ["-q"], ["-qq"])):
        target = tmp_path / f"doha{level}.csv"
        done = runner.invoke(app, [*quiet, "convert", "doha-2020-02", str(target)])
        assert done.exit_code == 0 and done.stdout == ""
        said[level] = done.stderr.replace(target.name, "doha.csv").splitlines()
    assert said[0][0].startswith("wrote ") and said[0][1].startswith("warning: ")
    assert said[1] == said[0][1:]
    assert said[2] == []


def test_the_flag_after_the_command_and_in_the_environment(tmp_path: Path) -> None:
    for words, env in (
        (["schema", "--out", "{}", "-q"], {}),
        (["schema", "--out", "{}", "--quiet"], {}),
        (["schema", "--out", "{}"], {"ACCORD_QUIET": "1"}),
        (["schema", "--out", "{}"], {"ACCORD_QUIET": "2"}),
    ):
        target = tmp_path / f"s{len(list(tmp_path.iterdir()))}.json"
        done = runner.invoke(app, [w.format(target) for w in words], env=env)
        assert done.exit_code == 0 and done.stderr == "" and target.exists(), (words, env)
    target = tmp_path / "loud.json"
    loud = runner.invoke(app, ["schema", "--out", str(target)], env={"ACCORD_QUIET": "0"})
    assert loud.stderr == f"wrote {target}\n"


def test_a_value_of_accord_quiet_not_a_count_is_a_usage_error() -> None:
    done = runner.invoke(app, ["formats"], env={"ACCORD_QUIET": "yes"})
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.startswith("error: Invalid value for '--quiet' / '-q' (env var: ")


def test_words_after_a_double_dash_are_not_moved() -> None:
    from accord.cli.app import _quiet_first

    assert _quiet_first(["-q", "ingest", "x"]) == ["-q", "ingest", "x"]
    assert _quiet_first(["ingest", "x", "-qq"]) == ["-qq", "ingest", "x"]
    assert _quiet_first(["ingest", "--", "-q"]) == ["ingest", "--", "-q"]
    assert _quiet_first(["--version"]) == ["--version"]


def test_the_level_is_one_command_lines(tmp_path: Path) -> None:
    """A command line's ``-q`` ends with it: the next one in the same process says its notes."""
    runner.invoke(app, ["-qq", "formats"])
    assert cli_app.quiet_level() == 0
    target = tmp_path / "s.json"
    assert runner.invoke(app, ["schema", "--out", str(target)]).stderr == f"wrote {target}\n"


def test_no_progress_is_reported_under_quiet() -> None:
    try:
        cli_app.set_quiet(1)
        with progress("a slow step"):
            assert _reporter.get() is None
        cli_app.set_quiet(0)
        with progress("a slow step"):  # piped, the throttled lines
            assert _reporter.get() is not None
    finally:
        cli_app.set_quiet(0)


@pytest.mark.parametrize(
    ("level", "said"), [(0, "nwe"), (1, "we"), (2, "e")], ids=["loud", "quiet", "silent"]
)
def test_say_by_kind(capsys: pytest.CaptureFixture[str], level: int, said: str) -> None:
    try:
        cli_app.set_quiet(level)
        cli_app.say_note("n [not markup]")
        cli_app.say_warning("w")
        cli_app.say_error("e")
    finally:
        cli_app.set_quiet(0)
    lines = {"n": "n [not markup]", "w": "warning: w", "e": "error: e"}
    assert capsys.readouterr().err.splitlines() == [lines[k] for k in said]


def test_every_stderr_line_of_the_cli_is_said_in_one_place() -> None:
    """No module of the CLI but :mod:`accord.cli.app` writes on stderr itself: each says its
    line by its kind (``say_note``, ``say_warning``, ``say_error``), so ``--quiet`` reaches
    it. A progress bar or spinner may draw on ``err``; it asks ``show_progress`` (or
    ``quiet_level``) first."""
    bare = re.compile(r"\berr\.print\(|file=sys\.stderr|err=True|stderr=True|sys\.stderr\.write")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(CLI.glob("*.py"))
        if path.name != "app.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == []
    for path in sorted(CLI.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "console=err" in text or "err.status(" in text:
            assert "show_progress()" in text or "quiet_level()" in text, path.name


def test_a_process_run_quiet_from_cron(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The way cron runs it: a process of its own, stderr a pipe, the variable set."""
    monkeypatch.setenv("ACCORD_QUIET", "1")
    target = tmp_path / "s.json"
    done = accord_process("schema", "--out", str(target))
    assert done.returncode == 0 and done.stderr == "" and target.exists()
    monkeypatch.delenv("ACCORD_QUIET")
    done = accord_process("schema", "--out", str(target), "--force")
    assert done.returncode == 0 and done.stderr == f"wrote {target}\n"


def test_forecast_record_quiet_keeps_the_consent_weight_warning(tmp_path: Path) -> None:
    """The brief's cron case: ``accord forecast --record`` says the record it made (a note)
    and the forecast's warnings; quiet, the warnings alone; stdout the same table."""
    done = {}
    for level, quiet in enumerate(([], ["-q"], ["-qq"])):
        db = f"sqlite:///{tmp_path / f'ledger{level}.db'}"
        words = ["forecast", "doha-2020-02", "--runs", "5", "--seed", "1", "--record", "--db", db]
        done[level] = runner.invoke(app, [*quiet, *words])
        assert done[level].exit_code == 0, done[level].output
    said = [d.stderr.splitlines() for d in done.values()]
    assert "recorded as ledger record 1" in said[0]
    assert said[1] == [line for line in said[0] if not line.startswith("recorded as")]
    assert said[1] and all(line.startswith("warning: ") for line in said[1])
    assert said[2] == []
    assert done[0].stdout == done[1].stdout == done[2].stdout
