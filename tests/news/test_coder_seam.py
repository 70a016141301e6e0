"""The coder seam (issue 14): choosing a coder, the message without the NLP extra, exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import accord.news.coders as coders
from accord.cli import app
from accord.errors import AccordError
from accord.news.coders import Coder, MissingExtraError, RulesCoder, get_coder
from accord.news.coding import code_sentence
from accord.news.event_confidence import calibrate
from accord.news.export import COLUMNS, QUAD_CLASS
from accord.news.types import PLOVER_TYPES
from tests.helpers import SHARED

runner = CliRunner()
SEED = SHARED / "seed"
SENTENCE = "French President Emmanuel Macron met U.S. President Donald Trump in Washington."


@pytest.fixture
def no_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coders, "missing_nlp_modules", lambda: ["spacy"])


def test_rules_coder_behind_the_seam_is_the_rule_coder() -> None:
    coder = get_coder("rules").coder
    assert isinstance(coder, RulesCoder) and isinstance(coder, Coder)
    # the same events, with the calibrated confidence (session 16, accord.news.event_confidence)
    assert coder.code_sentence(SENTENCE) == calibrate(code_sentence(SENTENCE), "rules")
    assert coder.code_sentence(SENTENCE)[0].event_type == "CONSULT"


def test_unknown_coder_is_a_clear_error() -> None:
    with pytest.raises(AccordError, match=r"unknown coder .bert.*rules, nlp"):
        get_coder("bert")


def test_without_the_extra_nlp_falls_back_to_rules_and_says_so(no_nlp: None) -> None:
    choice = get_coder("nlp")
    assert isinstance(choice.coder, RulesCoder)
    assert choice.note is not None
    assert "missing: spacy" in choice.note and "pip install 'accord[nlp]'" in choice.note
    assert choice.note.endswith("using the rules coder")
    with pytest.raises(MissingExtraError, match=r"accord\[nlp\]"):
        get_coder("nlp", strict=True)


def test_cli_prints_the_fallback_note(no_nlp: None, tmp_path: Path) -> None:
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps([{"id": "a", "text": SENTENCE, "event": "CONSULT"}]))
    result = runner.invoke(app, ["events", "evaluate", str(gold), "--coder", "nlp", "--json"])
    assert result.exit_code == 0, result.output
    assert "the nlp coder is not available" in result.stderr
    assert json.loads(result.stdout)["coder"] == "rules"
    bad = runner.invoke(app, ["events", "evaluate", str(gold), "--coder", "xyz"])
    assert bad.exit_code == 2 and "unknown coder 'xyz'" in bad.output


def test_every_type_has_a_quad_class() -> None:
    assert set(QUAD_CLASS) == set(PLOVER_TYPES)


@pytest.mark.skipif(not SEED.is_dir(), reason="shared seed article not present")
def test_exports_round_trip_through_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    ingest = runner.invoke(app, ["ingest", str(SEED), "--db", url, "--coder", "rules"])
    assert ingest.exit_code == 0, ingest.output
    stored = json.loads(runner.invoke(app, ["events", "--db", url, "--json"]).stdout)
    assert stored
    plover = json.loads(
        runner.invoke(app, ["events", "--db", url, "--format", "plover-json"]).stdout
    )
    assert [r["id"] for r in plover] == [r["id"] for r in stored]
    assert all(r["coder"]["name"] == "rules" for r in plover)
    frames = {}
    for fmt in ("csv", "parquet"):
        path = tmp_path / f"events.{fmt}"
        result = runner.invoke(app, ["events", "--db", url, "--format", fmt, "--out", str(path)])
        assert result.exit_code == 0, result.output
        frames[fmt] = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
    for frame in frames.values():
        assert tuple(frame.columns) == COLUMNS
        assert list(frame["event_id"]) == [r["id"] for r in stored]
        assert list(frame["event_type"]) == [r["event"] for r in stored]
        assert set(frame["coder"]) == {"rules"}
        assert set(frame["quad_class"]) <= set(QUAD_CLASS.values())
    assert list(frames["csv"]["sentence"]) == list(frames["parquet"]["sentence"])
    # the date: ISO text in the CSV, a date (date32) in Parquet since session 27 (finding 11)
    import pyarrow as pa
    import pyarrow.parquet as pq

    assert pq.read_schema(tmp_path / "events.parquet").field("date").type == pa.date32()
    assert [dt.date.fromisoformat(d) for d in frames["csv"]["date"]] == list(
        frames["parquet"]["date"]
    )
    assert list(frames["csv"]["date"]) == [r["date"] for r in stored]
    washington = frames["parquet"][frames["parquet"]["location_place"] == "Washington"]
    assert set(washington["location_country"]) == {"USA"}
