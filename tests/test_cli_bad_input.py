"""Every command, given the bad input a user gives, answers with a clear error (session 22).

The project's rule: a user error names the file, the field and the value, and exits non-zero
without a traceback; a number that overflows is an error, never a silent inf or NaN in the
output. The table below runs one bad input a row through the CLI in-process (``run_cli`` fails
on any traceback or stray exception) and checks the exit status and the words of the message.
The wider matrix, run as separate processes, is docs/data/audit-2026-12-05-s22-errors/.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import needs_xlsx, run_cli


def scenario(**changes: object) -> dict[str, object]:
    """A valid two-actor, one-issue scenario with ``changes`` applied: ``capability``,
    ``position``, ``salience`` (actor A's), ``status_quo``, ``low``, ``high``, ``horizon``,
    ``as_of``."""
    got = {"capability": 60.0, "position": 20.0, "salience": 0.5, "status_quo": 0.0}
    got |= {"low": 0.0, "high": 100.0, "as_of": "2025-01-01", **changes}
    issue: dict[str, object] = {
        "id": "x",
        "title": "Issue X",
        "scale": {"low": got["low"], "high": got["high"]},
        "status_quo": got["status_quo"],
    }
    if "horizon" in got:
        issue["horizon"] = got["horizon"]
    return {
        "id": "mini",
        "title": "Minimal",
        "as_of": got["as_of"],
        "actors": [
            {"id": "A", "name": "Alpha", "capability": got["capability"]},
            {"id": "B", "name": "Beta", "capability": 40.0},
        ],
        "issues": [issue],
        "stances": [
            {"actor": "A", "issue": "x", "position": got["position"], "salience": got["salience"]},
            {"actor": "B", "issue": "x", "position": 80.0, "salience": 0.7},
        ],
    }


def write_yaml(path: Path, doc: dict[str, object]) -> Path:
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def d(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inputs the table names: scenarios with one wrong field, files of the wrong kind."""
    d = tmp_path_factory.mktemp("bad-input")
    write_yaml(d / "good.yaml", scenario())
    write_yaml(d / "sal_two.yaml", scenario(salience=2))
    write_yaml(d / "cap_neg.yaml", scenario(capability=-5))
    write_yaml(d / "pos_out.yaml", scenario(position=150.0))
    write_yaml(d / "horizon_zero.yaml", scenario(horizon=0))
    (d / "cap_inf.yaml").write_text(
        (d / "good.yaml").read_text().replace("capability: 60.0", "capability: 1e309")
    )
    (d / "yaml_in.json").write_text((d / "good.yaml").read_text())
    (d / "empty.yaml").write_text("")
    (d / "csv_in.xlsx").write_text("a,b\n1,2\n")
    junk = bytes(range(256)) * 4
    for name in ("junk.yaml", "junk.tsv", "junk.json", "junk.jsonl", "junk.npz", "junk.db"):
        (d / name).write_bytes(junk)
    (d / "latin1.jsonl").write_bytes('{"id": "caf\xe9"}\n'.encode("latin-1"))
    (d / "adir").mkdir()
    (d / "notes.txt").write_text("my notes\n")
    return d


TABLE: list[tuple[str, list[str]]] = [
    # scenario files: a wrong field value is named with the file, the field and the value
    ("validate {d}/sal_two.yaml", ["sal_two.yaml", "salience", "2"]),
    ("show {d}/cap_neg.yaml", ["cap_neg.yaml", "capability", "-5"]),
    ("forecast {d}/pos_out.yaml --engine smp", ["pos_out.yaml", "position", "150"]),
    ("forecast {d}/cap_inf.yaml --engine bdm", ["cap_inf.yaml", "capability", "finite"]),
    ("validate {d}/horizon_zero.yaml", ["horizon_zero.yaml", "horizon", "YYYY-MM-DD", "got 0"]),
    ("compare {d}/sal_two.yaml", ["sal_two.yaml", "salience"]),
    ("explain {d}/sal_two.yaml", ["sal_two.yaml", "salience"]),
    ("sweep {d}/sal_two.yaml --vary A.x.position=10:90", ["sal_two.yaml", "salience"]),
    ("convert {d}/sal_two.yaml {d}/o.json", ["sal_two.yaml", "salience"]),
    ("update {d}/sal_two.yaml --db {d}/s.db", ["sal_two.yaml", "salience"]),
    ("evidence {d}/sal_two.yaml --db {d}/s.db", ["sal_two.yaml", "salience"]),
    # files that are missing, folders, empty, binary, or another format
    ("show {d}/nope.yaml", ["nope.yaml"]),
    ("forecast {d}/adir", ["adir", "folder"]),
    ("forecast {d}/empty.yaml", ["empty.yaml", "empty"]),
    ("validate {d}/junk.yaml", ["junk.yaml", "binary"]),
    ("validate {d}/yaml_in.json", ["yaml_in.json", "JSON"]),
    ("validate {d}/csv_in.xlsx", ["csv_in.xlsx", "XLSX"]),
    ("backtest {d}/junk.tsv", ["junk.tsv", "binary"]),
    ("backtest-fit {d}/adir --out {d}/m.json", ["adir", "folder"]),
    ("events evaluate {d}/junk.json", ["junk.json", "binary"]),
    ("evidence evaluate {d}/junk.jsonl", ["junk.jsonl", "binary"]),
    ("evidence cv {d}/junk.jsonl", ["junk.jsonl", "binary"]),
    ("evidence evaluate {d}/latin1.jsonl", ["latin1.jsonl", "line 1", "UTF-8"]),
    ("votes predict --title t --model {d}/junk.npz", ["junk.npz", "not an accord"]),
    ("votes predict --title t --model {d}/adir", ["adir", "directory"]),
    ("documents --db {d}/junk.db", ["junk.db", "not a database"]),
    ("ledger list --db {d}/junk.db", ["junk.db", "not a database"]),
    # option values: unknown names, numbers out of range, non-finite numbers
    ("forecast {d}/good.yaml --engine nosuch", ["nosuch"]),
    ("forecast {d}/good.yaml --format nosuch", ["nosuch"]),
    ("update {d}/good.yaml --db {d}/s.db --coder nosuch", ["nosuch"]),
    ("forecast {d}/good.yaml --interval 1.5", ["--interval", "1.5"]),
    ("forecast {d}/good.yaml --engine bdm --param rounds=nan", ["rounds", "nan"]),
    ("forecast {d}/good.yaml --seed -1", ["--seed", "-1"]),
    ("compare {d}/good.yaml --seed -1", ["--seed", "-1"]),
    ("explain {d}/good.yaml --seed -1", ["--seed", "-1"]),
    ("sweep {d}/good.yaml --vary A.x.position=10:90 --seed -1", ["--seed", "-1"]),
    ("backtest {d}/junk.tsv --seed -1", ["--seed", "-1"]),
    ("backtest-fit {d}/junk.tsv --seed -1", ["--seed", "-1"]),
    ("ledger record-bundled --seed -1 --db {d}/l.db", ["--seed", "-1"]),
    ("votes fit --data {d}/adir --seed 99999999999999999999", ["--seed", "99999999999999999999"]),
    ("backtest {d}/junk.tsv --engines ,", ["--engines"]),
    (
        "votes evaluate --data {d}/adir --holdout-session 60 --first-session 99",
        ["--first-session", "99"],
    ),
    ("sweep {d}/good.yaml --vary A.x.salience=0:2", ["salience", "2"]),
    ("sweep {d}/good.yaml --vary A.x.position=10:90 --points 0", ["--points"]),
    ("timeline FRA --db {d}/s.db --min-confidence nan", ["--min-confidence", "nan"]),
    ("power --weights 1,inf --quota 1", ["--weights", "inf"]),
    ("power --body unsc --year -5", ["--year", "-5"]),
    ("ingest {d}/notes.txt --db {d}/s.db --near-threshold 2", ["2"]),
    ("ingest {d}/notes.txt --db {d}/s.db --date-if-missing 0", ["--date-if-missing", "0"]),
    ("serve --port 70000", ["--port"]),
    # outputs that cannot be written, or would replace a file accord did not write
    ("forecast {d}/good.yaml --format csv --out /proc/x.csv", ["/proc/x.csv"]),
    ("forecast {d}/good.yaml --format csv --out {d}/adir", ["adir", "directory"]),
    ("forecast {d}/good.yaml --format csv --out {d}/notes.txt", ["notes.txt"]),
    ("convert {d}/good.yaml /proc/x.xlsx", ["/proc/x.xlsx"]),
    ("schema --out {d}/notes.txt", ["notes.txt"]),
]


@pytest.mark.parametrize(("command", "phrases"), TABLE, ids=[row[0] for row in TABLE])
def test_bad_input_is_one_clear_error(command: str, phrases: list[str], d: Path) -> None:
    if command.startswith("validate {d}/csv_in.xlsx"):
        needs_xlsx()  # without openpyxl: "XLSX needs openpyxl: pip install 'accord[xlsx]'"
    code, output = run_cli(*command.format(d=d).split())
    assert code != 0, output
    text = " ".join(output.split())  # Rich may wrap a long message
    for phrase in phrases:
        assert phrase in text, (phrase, output)
    assert (d / "notes.txt").read_text() == "my notes\n"  # nothing of the user's is lost


def _numbers(text: str) -> list[float]:
    """Every number of a JSON document, however deep."""
    found: list[float] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, float):
            found.append(value)

    walk(json.loads(text))
    return found


FIELDS = ["capability", "position", "salience", "status_quo", "low", "high"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(FIELDS), value=st.floats(allow_nan=True, allow_infinity=True))
def test_any_float_in_a_scenario_is_an_answer_or_a_named_error(
    field: str, value: float, tmp_path: Path
) -> None:
    """A scenario number may be anything YAML can hold: the forecast is then a clean JSON
    answer with finite numbers only, or an error that names the file, a field and its value."""
    from typer.testing import CliRunner

    from accord.cli import app

    path = write_yaml(tmp_path / "any.yaml", scenario(**{field: value}))
    done = CliRunner().invoke(app, ["forecast", str(path), "--engine", "bdm", "--json"])
    assert "Traceback" not in done.output and isinstance(done.exception, SystemExit | None)
    if done.exit_code == 0:  # warnings go to stderr; stdout is the document alone
        assert all(math.isfinite(n) for n in _numbers(done.stdout))
    else:
        # moving a bound can put another number off the scale: that one is named instead
        text = " ".join(done.stderr.split())
        assert done.exit_code == 2 and "any.yaml" in text and "(got " in text


@settings(max_examples=15, deadline=None)
@given(
    field=st.sampled_from(["horizon", "as_of"]),
    value=st.one_of(st.integers(-(10**12), 10**12), st.floats(-1e12, 1e12)),
)
def test_a_number_is_never_read_as_a_date(field: str, value: float) -> None:
    """Pydantic's lax mode takes a number of seconds for a date when it falls on midnight
    (``horizon: 0`` was 1970-01-01): a date field refuses any number, naming field and value."""
    from accord.errors import ScenarioError
    from accord.scenario.model import Scenario

    with pytest.raises(ScenarioError, match=f"{field}: must be a date written YYYY-MM-DD"):
        Scenario.model_validate(scenario(**{field: value}))


def test_a_locked_store_is_named_not_waited_on_forever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the store's write lock past the busy timeout: a command that
    writes says which database is locked and exits 2; one that only reads does not wait for
    the lock at all (session 24: opening the store took it)."""
    import accord.store.engine as store_engine

    article = tmp_path / "a.txt"
    article.write_text("France and Germany met in Paris.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli("ingest", str(article), "--db", str(db), "--no-code")[0] == 0
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        read, listed = run_cli("documents", "--db", str(db))
        other = tmp_path / "b.txt"
        other.write_text("Italy and Spain met in Rome.\n", encoding="utf-8")
        code, output = run_cli("ingest", str(other), "--db", str(db), "--no-code")
    finally:
        holder.close()
    assert read == 0 and listed.startswith("1 document"), listed
    assert code == 2 and "s.db" in output and "cannot store" in output, output


NUMERIC_OPTIONS = [
    ("forecast {d}/nope.yaml --interval", "--interval"),
    ("forecast {d}/nope.yaml --seed", "--seed"),
    ("forecast {d}/nope.yaml --runs", "--runs"),
    ("sweep {d}/nope.yaml --vary A.x.position=10:90 --points", "--points"),
    ("backtest {d}/nope.tsv --folds", "--folds"),
    ("events --db {d}/nope.db --min-confidence", "--min-confidence"),
    ("timeline FRA --db {d}/nope.db --min-confidence", "--min-confidence"),
    ("update {d}/nope.yaml --db {d}/nope.db --min-confidence", "--min-confidence"),
]


@settings(max_examples=40, deadline=None)
@given(
    option=st.sampled_from(NUMERIC_OPTIONS),
    value=st.one_of(st.floats(), st.integers(-(2**70), 2**70), st.sampled_from(["", "1e", "x"])),
)
def test_any_number_to_a_numeric_option_is_named_or_reaches_the_input(
    option: tuple[str, str], value: float | str, d: Path
) -> None:
    """Whatever number an option is given, the command ends with one clear error: the option's
    (a bad value) or the missing input's (a good one), never a traceback."""
    command, flag = option
    code, output = run_cli(*command.format(d=d).split(), str(value))
    text = " ".join(output.split())
    assert code == 2, output
    assert flag in text or "nope." in text, output
    assert not list(d.glob("nope*"))  # a refused command made no file
