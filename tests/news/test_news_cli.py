"""``accord ingest / documents / events / timeline`` through Typer's CliRunner."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

import accord.news.ingest as ingest_module
from accord.cli import app
from accord.news.store import Store
from tests.news.test_ingest import ARTICLE, ATOM, RSS, FakeCoder

runner = CliRunner()


@pytest.fixture
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> FakeCoder:
    coder = FakeCoder()
    monkeypatch.setattr(ingest_module, "default_coder", lambda: coder)
    return coder


def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Talks\n24 February 2025. {ARTICLE}")
    (folder / "b.rss").write_text(RSS)
    (folder / "c.atom").write_text(ATOM)
    (folder / "d.jsonl").write_text('{"text": "Germany met Ukraine.", "date": "2025-02-25"}\n[\n')
    return folder


DOCUMENT_KEYS = [
    "id",
    "title",
    "date",
    "date_from",
    "source",
    "url",
    "path",
    "words",
    "events",
    "near_duplicate_of",
    "similarity",
    "ingested_at",
]
"""``accord documents --json``'s record as it was before the CLI and the workbench shared one
function (session 7); the workbench's is the same without ``path``."""


def test_ingest_then_query(tmp_path: Path, fake_coder: FakeCoder) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    folder = inputs(tmp_path)
    result = runner.invoke(app, ["ingest", str(folder / "*"), "--db", url])
    assert result.exit_code == 0, result.output
    assert "added" in result.stdout and "FakeCoder" in result.stdout
    assert "d.jsonl: line 2" in result.stderr
    again = runner.invoke(app, ["ingest", str(folder), "--db", url])
    assert again.exit_code == 0
    docs = json.loads(runner.invoke(app, ["documents", "--db", url, "--json"]).stdout)
    assert len(docs) == 5  # 1 text + 2 RSS entries + 1 Atom + 1 JSONL row, once each
    assert {d["date_from"] for d in docs} == {"text", "metadata"}
    assert [list(d) for d in docs] == [DOCUMENT_KEYS] * 5  # the record, key order included
    with Store(url, create=False) as store:
        stored = store.documents()
    assert [d["id"] for d in docs] == [s.id for s in stored]
    assert [d["path"] for d in docs] == [s.path for s in stored]
    assert [d["ingested_at"] for d in docs] == [s.ingested_at.isoformat() for s in stored]

    events = json.loads(runner.invoke(app, ["events", "--db", url, "--json"]).stdout)
    assert {e["event"] for e in events} == {"CONSULT", "REJECT", "AGREE"}
    for record in events:
        assert set(record) >= {"id", "date", "event", "source", "target", "text", "documents"}
    ukr = runner.invoke(app, ["events", "--db", url, "--actor", "ukr", "--jsonl"])
    lines = [json.loads(line) for line in ukr.stdout.splitlines()]
    assert lines and all("UKR" in {a["code"] for a in r["source"] + r["target"]} for r in lines)
    since = runner.invoke(app, ["events", "--db", url, "--since", "2025-02-25", "--json"])
    assert all(r["date"] >= "2025-02-25" for r in json.loads(since.stdout))
    table = runner.invoke(app, ["events", "--db", url, "--type", "agree"])
    assert table.exit_code == 0 and "AGREE" in table.stdout and "CONSULT" not in table.stdout

    svg = tmp_path / "fra.svg"
    png = tmp_path / "fra.png"
    for plot in (svg, png):
        timeline = runner.invoke(app, ["timeline", "FRA", "--db", url, "--plot", str(plot)])
        assert timeline.exit_code == 0, timeline.output
        assert "CONSULT" in timeline.stdout
    root = ET.fromstring(svg.read_text())
    assert root.tag.endswith("svg") and root.findall(".//{http://www.w3.org/2000/svg}circle")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    no_store = runner.invoke(app, ["events", "--db", url])
    assert no_store.exit_code == 2 and "no news store" in no_store.stderr
    assert not (tmp_path / "x.db").exists()  # a query does not create a store
    (tmp_path / "bad.jsonl").write_text("{nope\n")
    nothing = runner.invoke(app, ["ingest", str(tmp_path / "bad.jsonl"), "--db", url, "--no-code"])
    assert nothing.exit_code == 1
    assert not (tmp_path / "x.db").exists()  # read nothing: no store made (session 30)
    missing = runner.invoke(app, ["ingest", str(tmp_path / "none.txt"), "--db", url])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    bad_date = runner.invoke(app, ["events", "--db", url, "--since", "24/02/2025"])
    assert bad_date.exit_code == 2 and "--since" in bad_date.stderr
    assert "Traceback" not in bad_date.output
    bad_url = runner.invoke(app, ["documents", "--db", "nosuchdb://x"])
    assert bad_url.exit_code == 2 and "unknown database kind" in bad_url.stderr
    bad_plot = runner.invoke(app, ["timeline", "FRA", "--db", url, "--plot", "x.gif"])
    assert bad_plot.exit_code == 2
    monkeypatch.setenv("ACCORD_DB", url)
    none_yet = runner.invoke(app, ["documents", "--json"])  # ACCORD_DB read: no store there yet
    assert none_yet.exit_code == 2 and "no news store" in none_yet.stderr
    (tmp_path / "a.txt").write_text("France and Germany met in Paris on 3 March 2025.")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--no-code"]).exit_code == 0
    listed = runner.invoke(app, ["documents", "--json"])
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == 1


def test_seed_with_fake_coder(shared: Path, tmp_path: Path, fake_coder: FakeCoder) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    seeds = sorted(str(p) for p in (shared / "seed").glob("*.txt"))
    result = runner.invoke(app, ["ingest", *seeds, "--db", url, "--date-if-missing", "2025-02-25"])
    assert result.exit_code == 0, result.output
    docs = json.loads(runner.invoke(app, ["documents", "--db", url, "--json"]).stdout)
    assert len(docs) == len(seeds) and docs[0]["words"] > 500
    # the seed article states no date of its own: the given one is used, and said so
    assert (docs[0]["date"], docs[0]["date_from"]) == ("2025-02-25", "given")
    assert fake_coder.calls == len(seeds)


def test_seed_with_real_coder(shared: Path, tmp_path: Path) -> None:
    """`accord ingest seed/*.txt` then `accord events --json` with the real PLOVER coder."""
    if ingest_module.default_coder() is None:
        pytest.skip("accord.news.coding is not installed yet")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    seeds = sorted(str(p) for p in (shared / "seed").glob("*.txt"))
    result = runner.invoke(app, ["ingest", *seeds, "--db", url])
    assert result.exit_code == 0, result.output
    events = json.loads(runner.invoke(app, ["events", "--db", url, "--json"]).stdout)
    assert events, "the seed article should yield events"
    codes = {a["code"] for e in events for a in e["source"] + e["target"]}
    assert {"USA", "FRA"} <= codes  # Trump and Macron are the article's protagonists
    doc_ids = {
        d["id"] for d in json.loads(runner.invoke(app, ["documents", "--db", url, "--json"]).stdout)
    }
    assert all(set(e["documents"]) <= doc_ids for e in events)


def test_timeline_pictures_are_well_formed() -> None:
    """PNG chunks carry valid CRCs and the pixel data inflates to height x (1 + 3 width)
    bytes; events sharing a day and a type are drawn as separate dots in the SVG."""
    import datetime as dt
    import struct
    import zlib

    from accord.news.timeline import TimelinePoint, timeline_png, timeline_svg

    day = dt.date(2025, 2, 24)
    points = [
        TimelinePoint(day, "CONSULT", "source", 1),
        TimelinePoint(day, "CONSULT", "target", 3),
        TimelinePoint(day + dt.timedelta(days=3), "ASSAULT", "both", 1),
        TimelinePoint(day + dt.timedelta(days=9), "NEWTYPE", "source", 2),
    ]
    data = timeline_png("FRA", points)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks[kind] = body
        pos += 12 + length
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + 3 * width)
    root = ET.fromstring(timeline_svg("FRA", points))
    circles = root.findall(".//{http://www.w3.org/2000/svg}circle")
    dots = {(c.get("cx"), c.get("cy")) for c in circles if c.find("{*}title") is not None}
    assert len(dots) == len(points)
    labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert labels.index("CONSULT") < labels.index("ASSAULT") < labels.index("NEWTYPE")
