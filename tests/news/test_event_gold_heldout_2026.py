"""The held-out event gold of session 4, ``news-heldout-2026.json`` (issue 14 item 2).

77 sentences quoted as published in 2025-2026 news reports, labelled by two independent
annotators (``annotations.a``, ``annotations.b``); a third engineer adjudicated every record
where they disagree on the event type, the source set or the target set (``adjudication``).
These tests check that the file says what docs/validation-events.md reports (the agreement
figures, recomputed with scikit-learn's Cohen's kappa), that every record cites its source,
and that nothing in the repository scores the file by accident: it is held out until the
lead scores it once.
"""

from __future__ import annotations

import re

import pytest

from accord.news.evaluate import read_gold
from tests.helpers import DATA, ROOT
from tests.news.event_gold import agreement, gold_records, labels

HELDOUT = DATA / "news" / "news-heldout-2026.json"

# (event type agreements, Cohen's kappa, source-set agreements, target-set agreements) of 77,
# as reported in docs/validation-events.md ("A held-out event gold set of 2025-2026 news").
AGREEMENT_AB = (73, pytest.approx(0.942, abs=1e-3), 73, 74)
AGREEMENT_AG = (76, pytest.approx(0.986, abs=1e-3), 75, 75)
AGREEMENT_BG = (74, pytest.approx(0.957, abs=1e-3), 75, 76)


def test_every_record_is_cited_held_out_and_double_annotated() -> None:
    items = gold_records(HELDOUT)
    assert len(items) == 77
    assert len({r["text"] for r in items}) == len(items)
    for item in items:
        assert re.fullmatch(r"https?://\S+", item["url"]), item["id"]
        assert item["publisher"].strip(), item["id"]
        assert re.fullmatch(r"202[56]-\d\d-\d\d", item["date"]), item["id"]
        assert item["split"] == "heldout", item["id"]
        assert set(item["annotations"]) == {"a", "b"}, item["id"]
    assert len(read_gold(HELDOUT, split="heldout")) == 77


def test_no_sentence_is_in_another_gold_file() -> None:
    others = [p for p in (DATA / "news").glob("*.json*") if p != HELDOUT]
    blob = " ".join(p.read_text(encoding="utf-8") for p in others)
    for item in gold_records(HELDOUT):
        assert item["text"][:60] not in blob, item["id"]
        assert item["url"] not in blob, item["id"]


def test_adjudicated_exactly_where_the_annotators_disagree() -> None:
    follows = [r["adjudication"]["follows"] for r in gold_records(HELDOUT) if "adjudication" in r]
    assert sorted(follows) == ["a", "a", "a", "b", "b", "b"]
    for item in gold_records(HELDOUT):
        a = labels(item["annotations"]["a"])
        b = labels(item["annotations"]["b"])
        gold = labels(item)
        if a == b:
            assert "adjudication" not in item, item["id"]
            assert gold == a, item["id"]
            continue
        adj = item["adjudication"]
        assert gold == labels(adj), item["id"]
        assert adj["reason"].strip(), item["id"]
        if adj["follows"] == "neither":
            assert gold not in (a, b), item["id"]
        else:
            assert {"a": a, "b": b}[adj["follows"]] == gold, item["id"]


def test_reported_agreement_figures() -> None:
    items = gold_records(HELDOUT)
    a = [labels(r["annotations"]["a"]) for r in items]
    b = [labels(r["annotations"]["b"]) for r in items]
    gold = [labels(r) for r in items]
    assert agreement(a, b) == AGREEMENT_AB
    assert agreement(a, gold) == AGREEMENT_AG
    assert agreement(b, gold) == AGREEMENT_BG


def test_nothing_in_the_repository_scores_the_held_out_file() -> None:
    """Only this test names the file, and no code globs the gold folder (so no test, bench or
    CI step can run a coder over it before the lead's one scoring). Since session 5 the file
    is development data (scored once in session 4): the grouped CV of the role rules over all
    the development data (``accord.news.nlp.rules_cv``) names it too."""
    own = ROOT / "tests" / "news" / "test_event_gold_heldout_2026.py"
    development = ROOT / "src" / "accord" / "news" / "nlp" / "rules_cv.py"
    globbing = re.compile(r"""news["']?\s*\)?\s*\.\s*r?glob\(|data/news/\*""")
    for folder in ("src", "tests", "bench", ".ci", "examples", "scripts"):
        for path in sorted((ROOT / folder).rglob("*")):
            if (
                path in (own, development)
                or not path.is_file()
                or path.suffix not in {".py", ".sh", ".toml", ""}
            ):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "news-heldout-2026" not in text, path
            assert not globbing.search(text), path
