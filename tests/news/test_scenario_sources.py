"""A stored document that is one of the scenario's own sources (session 27's trial, finding 8):
``accord evidence`` marks its findings ``already_source`` and ``accord update`` proposes no change
from them unless ``--include-sources`` (accord.news.sources.source_of, the one matching rule)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ScenarioError
from accord.news.evidence import evidence_in_store
from accord.news.sources import scenario_sources, source_of, text_fingerprint, title_key
from accord.news.store import Store
from accord.news.types import Document, StanceEvidence
from accord.news.update import propose
from accord.scenario import load_bundled
from accord.scenario.identity import scenario_hash
from accord.scenario.model import Source
from tests.helpers import SHARED

runner = CliRunner()
SEED = SHARED / "seed" / "000_3ead7e23d2ba6687.txt"
DAY = dt.date(2025, 2, 25)
TITLE = "Trump and Macron expect a Ukraine ceasefire within weeks but differ on security guarantees"
SOURCE = Source(id="seed", title=TITLE, publisher="Daljoog News", date=DAY, file="seed/a_1.txt")
# the changes the seed article proposed before session 27 (code d7128770), in the review's order
BEFORE = [
    "FRA / aggressor_naming: salience 0.6 -> 0.665",
    "FRA / ceasefire: salience 0.8 -> 0.9",
    "FRA / peacekeeping: salience 0.8 -> 0.875",
    "FRA / reconstruction: salience 0.5 -> 0.535",
    "FRA / security_guarantees: salience 0.9 -> 0.975",
    "FRA / territory: salience 0.7 -> 0.775",
    "GBR / aggressor_naming: position 85 -> 82.5",
    "RUS / peacekeeping: position 5 -> 8",
    "USA / ceasefire: salience 0.9 -> 0.965",
    "USA / peacekeeping: salience 0.5 -> 0.525",
    "USA / territory: salience 0.5 -> 0.54",
]


def _doc(**kw: object) -> Document:
    fields: dict[str, object] = {"id": "d" * 64, "title": "Something else", "text": "x"}
    fields.update(kw)
    return Document(**fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the rule


def test_a_document_is_a_source_by_url_file_name_or_title_and_date() -> None:
    web = Source(id="web", title="A page", url="https://example.org/a")
    assert source_of(_doc(url="https://example.org/a"), [web]) == "web"
    assert source_of(_doc(url=" https://example.org/a "), [web]) == "web"
    assert source_of(_doc(url="https://example.org/a/"), [web]) is None  # exact, no guessing
    assert source_of(_doc(path="/home/me/articles/a_1.txt"), [SOURCE]) == "seed"
    assert source_of(_doc(path=r"C:\articles\a_1.txt"), [SOURCE]) == "seed"
    assert source_of(_doc(path="articles/A_1.txt"), [SOURCE]) is None  # a file name is exact
    assert source_of(_doc(path="articles/seed.txt"), [SOURCE]) is None
    assert source_of(_doc(title=TITLE, date=DAY), [SOURCE]) == "seed"
    assert source_of(_doc(title=TITLE, date=DAY + dt.timedelta(1)), [SOURCE]) is None
    assert source_of(_doc(title=TITLE), [SOURCE]) is None  # an undated document: no title rule
    # a source that holds none of the fields, and a document that holds none, match nothing
    assert source_of(_doc(title=""), [Source(id="bare", title="x")]) is None
    assert source_of(_doc(), [web, SOURCE, Source(id="bare", title="Something else")]) is None


_PUNCT = st.sampled_from([" ", "  ", ", ", " - ", ": ", "\u2014", "'", "\t", "\n", "!?", " ("])


@given(
    words=st.lists(st.from_regex(r"[A-Za-z0-9]{1,8}", fullmatch=True), min_size=1, max_size=8),
    seps=st.lists(_PUNCT, min_size=9, max_size=9),
    upper=st.lists(st.booleans(), min_size=8, max_size=8),
    edge=_PUNCT,
)
def test_titles_match_whatever_their_case_white_space_and_punctuation(
    words: list[str], seps: list[str], upper: list[bool], edge: str
) -> None:
    plain = " ".join(words)
    varied = edge + "".join(
        (w.upper() if u else w.lower()) + s for w, s, u in zip(words, seps, upper, strict=False)
    )
    assert title_key(varied) == title_key(plain)
    source = Source(id="s", title=plain, date=DAY)
    assert source_of(_doc(title=varied, date=DAY), [source]) == "s"
    assert source_of(_doc(title=varied + " extra", date=DAY), [source]) is None
    assert source_of(_doc(title=varied, date=DAY + dt.timedelta(1)), [source]) is None


@given(st.text(max_size=40))
def test_a_title_key_is_idempotent_and_holds_no_punctuation(title: str) -> None:
    key = title_key(title)
    assert title_key(key) == key and key == key.strip() and "  " not in key
    assert all(c.isalnum() or c == " " for c in key)


# --------------------------------------------------------------------------- the seed article


@pytest.fixture
def seed_db(tmp_path: Path) -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not present")
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)  # the name the scenario's source `seed` records
    db = f"sqlite:///{tmp_path / 'news.db'}"
    given = ["--date-if-missing", "2025-02-25"]  # the seed carries no date
    done = runner.invoke(app, ["ingest", str(folder), "--db", db, *given])
    assert done.exit_code == 0, done.output
    return db


def _changes(output: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^(\S+ / \S+: \w+ \S+ -> \S+) \(", output, re.M)]


def test_update_skips_the_seed_article_and_says_so(seed_db: str) -> None:
    done = runner.invoke(app, ["update", "ukraine-2025-02", "--db", seed_db], terminal_width=400)
    assert done.exit_code == 0, done.output
    assert _changes(done.output) == []
    assert "0 changes proposed" in done.output and "no change proposed" in done.output
    line = [x for x in done.output.splitlines() if x.startswith("skipped ")]
    assert line == [
        "skipped 22 findings from the scenario's own source (seed): the scenario was written "
        "from them, so they are not counted again (--include-sources counts them)"
    ]
    every = ["update", "ukraine-2025-02", "--db", seed_db, "--include-sources"]
    counted = runner.invoke(app, every, terminal_width=400)
    assert counted.exit_code == 0, counted.output
    assert _changes(counted.output) == BEFORE and "skipped" not in counted.output
    assert f"{len(BEFORE)} changes proposed" in counted.output
    # --accept of a change only the seed proposes: not on offer without --include-sources
    accept = ["update", "ukraine-2025-02", "--db", seed_db, "--accept", "RUS/peacekeeping"]
    refused = runner.invoke(app, accept, terminal_width=400)
    assert refused.exit_code != 0 and "RUS/peacekeeping" in refused.output
    taken = runner.invoke(app, [*accept, "--include-sources"], terminal_width=400)
    assert taken.exit_code == 0, taken.output
    assert _changes(taken.output) == ["RUS / peacekeeping: position 5 -> 8"]


def test_evidence_marks_the_seed_findings_and_finds_the_same(
    seed_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.cli.app import out

    # a wide terminal: pytest-xdist's workers set COLUMNS=80, which cuts the table's headers
    monkeypatch.setattr(out, "width", 400)
    scenario = load_bundled("ukraine-2025-02")
    with Store(seed_db) as store:
        docs, found = evidence_in_store(scenario, store)
    assert [d.path and Path(d.path).name for d in docs] == [SEED.name]
    assert {e.already_source for e in found} == {"seed"} and len(found) == 22
    plain = [e for doc in docs for e in _unmarked(doc, scenario)]
    assert [_finding(e) for e in found] == [_finding(e) for e in plain]
    listed = runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", seed_db, "--json"])
    rows = json.loads(listed.output)
    assert [r.pop("already_source") for r in rows] == ["seed"] * 22
    assert rows == [{k: v for k, v in e.to_dict().items() if k != "already_source"} for e in plain]
    table = runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", seed_db])
    assert "already_source" in table.output and " seed " in table.output


def _unmarked(doc: Document, scenario: object) -> list[StanceEvidence]:
    from accord.news.evidence import extract_evidence

    return extract_evidence(doc, scenario, None, None)  # type: ignore[arg-type]


def _finding(e: StanceEvidence) -> tuple[object, ...]:
    return (e.document_id, e.actor, e.issue, e.direction, e.strength, e.quote, e.date)


def test_propose_matches_the_documents_itself_and_a_scenario_without_sources_is_as_before(
    seed_db: str,
) -> None:
    scenario = load_bundled("ukraine-2025-02")
    with Store(seed_db) as store:
        docs, _found = evidence_in_store(scenario, store)
    bare = _unmarked(docs[0], scenario)  # no mark: propose reads the documents
    assert scenario_sources(scenario, docs) == {docs[0].id: "seed"}
    skipped = propose(scenario, bare, docs)
    assert skipped.changes == [] and len(skipped.skipped) == 22
    assert {e.already_source for e in skipped.skipped} == {"seed"}
    counted = propose(scenario, bare, docs, include_sources=True)
    assert [c.describe().split(" (")[0] for c in counted.changes] == BEFORE
    # the same scenario with no sources (and so no cited evidence): nothing is skipped
    data = scenario.model_dump()
    data["sources"] = []
    for stance in data["stances"]:
        stance["evidence"] = []
    plain = type(scenario).model_validate(data)
    assert scenario_sources(plain, docs) == {}
    unsourced = propose(plain, bare, docs)
    assert unsourced.skipped == [] and unsourced.skipped_line() is None
    assert [c.describe().split(" (")[0] for c in unsourced.changes] == BEFORE


# --------------------------------------------------------------------------- the text's fingerprint


def test_a_document_is_a_source_by_its_texts_fingerprint() -> None:
    text = "Talks resume in Geneva.\n\nBoth sides \u201cwelcome\u201d the plan \u2014 for now."
    typed = "TALKS RESUME IN GENEVA. Both sides 'welcome' the plan - for now!"
    source = Source(id="s", title="Another title", text_sha256=text_fingerprint(text))
    assert text_fingerprint(typed) == source.text_sha256
    assert source_of(_doc(text=typed, title="x", path="a/copy.txt"), [source]) == "s"
    assert source_of(_doc(text=typed + " More.", title="x"), [source]) is None
    assert source_of(_doc(text=text), [Source(id="bare", title="Another")]) is None
    # written in upper case it is read in lower case; anything but 64 hex digits is refused
    assert Source(id="u", title="t", text_sha256="AB" * 32).text_sha256 == "ab" * 32
    with pytest.raises(ScenarioError, match="text_sha256: must be a SHA-256"):
        Source(id="u", title="t", text_sha256="ab12")


def test_a_source_without_a_fingerprint_dumps_and_hashes_as_before() -> None:
    # the scenario hash the ledger records: a scenario that gives no fingerprint keeps its hash
    dumped = SOURCE.model_dump(mode="json")
    assert "text_sha256" not in dumped and "file" in dumped
    scenario = load_bundled("ukraine-2025-02")
    data = scenario.model_dump(mode="json")
    assert data["sources"][0]["text_sha256"] == text_fingerprint(_seed_text())
    data["sources"][0].pop("text_sha256")
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    bare = type(scenario).model_validate(data)
    assert scenario_hash(bare) == hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _seed_text() -> str:  # read only where ../shared is present
    if not SEED.is_file():
        pytest.skip("../shared/seed is not present")
    return SEED.read_text(encoding="utf-8")


def test_the_seed_renamed_and_retitled_is_known_by_its_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial s27, finding 8: the seed article saved as ``seed.txt`` (its title then its first
    line, dated by the user) proposed its changes again."""
    from accord.cli.app import out

    monkeypatch.setattr(out, "width", 200)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "seed.txt").write_text(_seed_text(), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'news.db'}"
    done = runner.invoke(
        app, ["ingest", str(folder), "--db", db, "--date-if-missing", "2025-03-01"]
    )
    assert done.exit_code == 0, done.output
    with Store(db) as store:
        (info,) = store.documents()
    assert info.title != TITLE and info.date != DAY  # neither the name, the title nor the date
    listed = runner.invoke(app, ["evidence", "ukraine-2025-02", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    assert {r["already_source"] for r in json.loads(listed.output)} == {"seed"}
    update = runner.invoke(app, ["update", "ukraine-2025-02", "--db", db], terminal_width=400)
    assert update.exit_code == 0, update.output
    assert _changes(update.output) == [] and "0 changes proposed" in update.output
    assert "skipped 22 findings from the scenario's own source (seed)" in update.output


def test_a_source_update_adds_records_the_articles_fingerprint(seed_db: str) -> None:
    scenario = load_bundled("ukraine-2025-02")
    with Store(seed_db) as store:
        docs, _found = evidence_in_store(scenario, store)
    data = scenario.model_dump()
    data["sources"] = [s for s in data["sources"] if s["id"] != "seed"]
    for stance in data["stances"]:
        stance["evidence"] = [e for e in stance["evidence"] if e["source"] != "seed"]
    unseeded = type(scenario).model_validate(data)
    proposal = propose(unseeded, _unmarked(docs[0], unseeded), docs)
    added = [s for s in proposal.scenario.sources if s.id.startswith("news-")]
    assert [s.text_sha256 for s in added] == [text_fingerprint(docs[0].text)]
    # the revision knows the article again by it, under any name
    renamed = replace(docs[0], path="elsewhere/copy.txt", title="Copy", date=None)
    assert source_of(renamed, proposal.scenario.sources) == added[0].id
