"""Session 29's trial (docs/trial-2026-12-06-s29.md): an event-data researcher builds an event
table from their own articles and loads it next to GDELT or POLECAT; each test is one finding."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import accord.news.ingest
from accord.cli import app
from accord.frames import events_frame
from accord.news.store import Store
from tests.helpers import needs_parquet

runner = CliRunner()

ANKARA = (
    "Turkey and Iraq sign water deal\n"
    "ANKARA, 14 March 2025. Turkish President Recep Tayyip Erdoğan met Iraqi Prime Minister "
    "Mohammed Shia al-Sudani in Ankara on Friday.\n"
)
OSLO = (
    "Zelenskyy thanks Norway for aid\n"
    "OSLO, 5 May 2025. Volodymyr Zelenskyy thanked Norway after Prime Minister Jonas Gahr Støre "
    "announced military aid worth two billion kroner to Ukraine.\n"
)
BELARUS = (
    "EU widens sanctions on Belarus\n"
    "BRUSSELS, 2 April 2025. The European Union imposed new sanctions on Belarus over its "
    "support for Russia. Belarus condemned the decision and accused Brussels of interference.\n"
)
IMF = "Greece and the IMF\nATHENS, 3 March 2025. The IMF criticised Greece over its budget.\n"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("trial-s29")
    for name, text in (("ankara", ANKARA), ("oslo", OSLO), ("belarus", BELARUS), ("imf", IMF)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = folder / "events.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


# Finding 1: a canonical name typed with its accents, as the article writes it ("Recep Tayyip
# Erdoğan", "Jonas Gahr Støre"), was refused (exit 2) because the gazetteer writes it without.


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("RECEP TAYYIP ERDOĞAN", "Recep Tayyip Erdogan"),
        ("Jonas Gahr Støre", "Jonas Gahr Store"),
    ],
)
def test_a_canonical_name_typed_with_its_accents_is_that_name(
    store_path: Path, typed: str, canonical: str
) -> None:
    asked = runner.invoke(app, ["events", "--db", str(store_path), "--actor", typed, "--json"])
    assert asked.exit_code == 0, asked.output
    assert f"read as {canonical} (" in asked.stderr
    plain = runner.invoke(app, ["events", "--db", str(store_path), "--actor", canonical, "--json"])
    assert json.loads(asked.stdout) == json.loads(plain.stdout) != []


def test_another_name_of_a_person_is_still_refused_naming_the_canonical_one(
    store_path: Path,
) -> None:
    asked = runner.invoke(app, ["events", "--db", str(store_path), "--actor", "Erdoğan"])
    assert asked.exit_code == 2
    assert "give that name or code" in asked.output and "Recep Tayyip Erdogan (TUR)" in asked.output


# Finding 2: `source_country`/`target_country` held any code of three letters: IMF, WHO, IGO,
# NGO, IMG (armed groups) were exported as countries.


def test_the_country_columns_hold_states_only(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    done = runner.invoke(
        app, ["events", "--db", str(store_path), "--format", "csv", "--out", str(out)]
    )
    assert done.exit_code == 0, done.output
    table = pd.read_csv(out)
    codes = set(
        ";".join(table.source_code.dropna().tolist() + table.target_code.dropna().tolist()).split(
            ";"
        )
    )
    countries = set(
        ";".join(
            table.source_country.dropna().tolist() + table.target_country.dropna().tolist()
        ).split(";")
    )
    assert "IMF" in codes and "IMF" not in countries
    assert {"GRC", "TUR", "IRQ", "BLR"} <= countries


# Finding 3: a missing value was "" in some columns (a side with no actor, no sector, no mode)
# and null in others (location, url) in the Parquet file and the frame, while the CSV read back
# both as NaN; a two-actor side with no sector was ";".


def test_missing_values_are_null_in_every_format(store_path: Path, tmp_path: Path) -> None:
    needs_parquet()
    for fmt in ("csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        done = runner.invoke(
            app, ["events", "--db", str(store_path), "--format", fmt, "--out", str(out)]
        )
        assert done.exit_code == 0, done.output
    csv = pd.read_csv(tmp_path / "events.csv")
    parquet = pd.read_parquet(tmp_path / "events.parquet")
    with Store(f"sqlite:///{store_path}", create=False) as store:
        frame = events_frame(store.events(), store)
    for table in (parquet, frame):
        assert not (table.astype(object) == "").any().any()
        assert not table.astype(object).isin([";"]).any().any()
        assert table.isna().sum().to_dict() == csv.isna().sum().to_dict()
    assert parquet.target_code.isna().any()  # an event with no target


def test_a_plover_record_has_the_same_keys_with_or_without_a_location(
    store_path: Path,
) -> None:
    done = runner.invoke(app, ["events", "--db", str(store_path), "--format", "plover-json"])
    records = json.loads(done.stdout)
    assert len({tuple(r) for r in records}) == 1
    assert any(r["location"] is None for r in records)


# Finding 4: `--out FILE` without `--format` printed the table and wrote nothing; `--json` with
# `--jsonl` or `--format` dropped one of them, exit 0.


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--out", "x.csv"], "--out x.csv: needs --format plover-json, csv or parquet"),
        (["--json", "--jsonl"], "--json and --jsonl ask for two outputs; give one"),
        (["--json", "--format", "csv"], "--json and --format csv ask for two outputs"),
        (["--format", "xlsx", "--json"], "--format: unknown format 'xlsx'"),
    ],
)
def test_outputs_that_cannot_both_be_given_are_refused(
    store_path: Path, options: list[str], said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = runner.invoke(app, ["events", "--db", str(store_path), *options])
    assert done.exit_code == 2
    assert said in done.output and "Traceback" not in done.output
    assert not (tmp_path / "x.csv").exists()


# Finding 5: Ctrl-C during `accord ingest` ended with the progress bar only (exit 130): nothing
# said that the documents stored before are kept and that a re-run stores the rest.


def test_an_interrupted_ingest_says_what_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(3):
        (articles / f"a{i}.txt").write_text(ANKARA + f"Report {i}.\n", encoding="utf-8")

    def interrupted(inputs: object, store: object, **kw: object) -> None:
        on_file = kw["on_file"]
        assert callable(on_file)
        on_file(articles / "a0.txt", None)
        raise KeyboardInterrupt

    monkeypatch.setattr(accord.news.ingest, "ingest", interrupted)
    done = runner.invoke(app, ["ingest", str(articles), "--db", str(tmp_path / "s.db")])
    assert done.exit_code == 130
    assert "interrupted after 1 of 3 file(s)" in done.stderr
    assert "run the same command again to store the rest" in done.stderr


# Finding 6: `--near-threshold 2` said `near_threshold must be in (0, 1]`, the Python name.


def test_a_near_threshold_out_of_range_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ANKARA, encoding="utf-8")
    done = runner.invoke(
        app,
        [
            "ingest",
            str(tmp_path / "a.txt"),
            "--db",
            str(tmp_path / "s.db"),
            "--near-threshold",
            "2",
        ],
    )
    assert done.exit_code == 2
    assert "--near-threshold: expected an estimated Jaccard resemblance" in done.output
    assert "near_threshold" not in done.output


# Finding 7: a JSON Lines row cut off read `invalid JSON (Unterminated string starting at,
# column 32)`; a date written day or month first got no hint of how to write it.


def test_a_jsonl_rows_mistakes_are_readable(tmp_path: Path) -> None:
    rows = tmp_path / "wire.jsonl"
    rows.write_text(
        '{"text": "Kenya sent police to Haiti.", "date": "08/06/2025"}\n'
        '{"title": "cut", "text": "Russia and Ukraine exchanged prisone\n',
        encoding="utf-8",
    )
    done = runner.invoke(app, ["ingest", str(rows), "--db", str(tmp_path / "s.db")])
    assert (
        "line 1: date: expected a date such as 2025-02-24 (write 2025-06-08 if the day comes "
        "first, 2025-08-06 if the month does) (got '08/06/2025')"
    ) in done.stderr
    assert "line 2: invalid JSON at column 26 (unterminated string starting there)" in done.stderr
