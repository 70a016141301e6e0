"""``--quoted-only``: score only gold sentences a checker found as published.

Synthetic records only (never a held-out file: scoring one here would spend it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import DataError
from accord.news.evaluate import quote_found, read_gold
from accord.news.evidence_gold import evaluate_evidence_file, load_evidence_gold
from tests.helpers import run_cli

EVENT_TEXT = "Russian forces shelled the Ukrainian city of Kharkiv on Monday."


def _event_gold(tmp_path: Path, statuses: list[str | None]) -> Path:
    records = []
    for number, status in enumerate(statuses, start=1):
        record = {
            "id": f"Q-{number}",
            "event": "ASSAULT",
            "text": EVENT_TEXT,
            "source": ["RUS"],
            "target": ["UKR"],
        }
        if status is not None:
            record["quote_check"] = {"status": status}
        records.append(record)
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_quote_found_reads_the_status() -> None:
    assert quote_found({"quote_check": {"status": "verbatim"}})
    assert quote_found({"quote_check": {"status": "verbatim_other_url"}})
    assert not quote_found({"quote_check": {"status": "close"}})
    assert not quote_found({"quote_check": {"status": "not_found"}})
    assert not quote_found({})


def test_event_gold_keeps_only_found_quotes(tmp_path: Path) -> None:
    path = _event_gold(tmp_path, ["verbatim", "not_found", None, "close"])
    assert [r.id for r in read_gold(path)] == ["Q-1", "Q-2", "Q-3", "Q-4"]
    assert [r.id for r in read_gold(path, quoted_only=True)] == ["Q-1"]


def test_events_evaluate_quoted_only_scores_the_subset(tmp_path: Path) -> None:
    path = _event_gold(tmp_path, ["verbatim", "not_found", "not_found"])
    code, output = run_cli("events", "evaluate", str(path), "--json", "--quoted-only")
    assert code == 0, output
    assert json.loads(output)["n"] == 1
    none = _event_gold(tmp_path, ["not_found"])
    code, output = run_cli("events", "evaluate", str(none), "--quoted-only")
    assert code == 2 and "quote was found" in output


def _evidence_gold(tmp_path: Path, statuses: list[str]) -> Path:
    lines = []
    for number, status in enumerate(statuses, start=1):
        lines.append(
            json.dumps(
                {
                    "id": f"EQ-{number}",
                    "scenario": "ukraine-2025-02",
                    "text": "Russia rejected any ceasefire before talks on the root causes.",
                    "url": f"https://example.org/{number}",
                    "publisher": "Example",
                    "date": "2025-02-20",
                    "stances": [],
                    "quote_check": {"status": status},
                }
            )
        )
    path = tmp_path / "evidence.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_evidence_gold_keeps_only_found_quotes(tmp_path: Path) -> None:
    path = _evidence_gold(tmp_path, ["verbatim", "not_found", "verbatim_other_url"])
    records, _ = load_evidence_gold(path)
    assert [r.quote_check.status for r in records if r.quote_check] == [
        "verbatim",
        "not_found",
        "verbatim_other_url",
    ]
    assert evaluate_evidence_file(path, quoted_only=True).to_dict()["sentences"] == 2
    with pytest.raises(DataError, match="found as published"):
        evaluate_evidence_file(_evidence_gold(tmp_path, ["not_found"]), quoted_only=True)


def test_an_unknown_quote_status_is_a_clear_error(tmp_path: Path) -> None:
    path = _evidence_gold(tmp_path, ["maybe"])
    with pytest.raises(DataError, match=r"quote_check\.status"):
        load_evidence_gold(path)
