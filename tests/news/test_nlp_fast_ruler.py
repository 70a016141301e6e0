"""The fast attribute ruler gives the parse exactly what spaCy's ruler gives it (issue 14
item 4, speed): same matches, same parts of speech, morphology, lemmas, tags and
dependencies on real and synthetic text. Skipped without the ``[nlp]`` extra."""

from __future__ import annotations

import json

import pytest

from accord.news.coders import nlp_available
from tests.helpers import DATA, SHARED

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ODD = (
    "I'm gonna go, y'all. Let's see: there is nothin' doin' here.  \n\n  It was got by you; "
    "gotta c'mon 'em 'nuff ol' somethin'. He gets it. What did they do? Did it? Those that "
    "shall not, won't. You and it met me and I."
)


def _texts() -> list[str]:
    texts = [ODD]
    seed = SHARED / "seed" / "000_3ead7e23d2ba6687.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    records = json.loads((DATA / "news" / "diplomacy-2025.json").read_text(encoding="utf-8"))
    rows = records if isinstance(records, list) else records.get("records", [])
    texts += [str(r["text"]) for r in rows if isinstance(r, dict) and "text" in r]
    return texts


def _annotations(doc: object) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i))
        for t in doc  # type: ignore[attr-defined]
    ]


def test_the_fast_ruler_matches_and_annotates_as_spacy_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accord.news.nlp import fast_ruler as module
    from accord.news.nlp.fast_ruler import fast_ruler
    from accord.news.nlp.models import FAST_RULER, spacy_pipeline

    plain, fast = spacy_pipeline(False), spacy_pipeline()
    assert fast is spacy_pipeline(True) is spacy_pipeline(fast=True)  # loaded once
    assert FAST_RULER in fast.pipe_names and "attribute_ruler" in plain.pipe_names
    ruler = plain.get_pipe("attribute_ruler")
    index = fast_ruler(ruler)
    assert index is not None and len(index.rules) >= len(ruler.patterns)
    texts = _texts()
    assert len(texts) > 40
    for text in texts:
        doc = plain.make_doc(text)
        for name, proc in plain.pipeline:
            if name == "attribute_ruler":
                break
            doc = proc(doc)
        assert index.matches(doc) == ruler.match(doc)
        assert _annotations(fast(text)) == _annotations(plain(text))
    monkeypatch.setattr(module, "MEMO_LIMIT", 5)  # the memo emptied over and over
    small = fast_ruler(ruler)
    assert small is not None
    doc = plain.make_doc(ODD)
    for name, proc in plain.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    assert small.matches(doc) == ruler.match(doc) and len(small._memo) <= 5


def test_a_rule_the_index_cannot_read_keeps_spacys_ruler() -> None:
    from types import SimpleNamespace

    from accord.news.nlp.fast_ruler import fast_ruler

    ruler = SimpleNamespace(
        patterns=[{"patterns": [[{"LOWER": "x", "OP": "+"}]], "attrs": {}, "index": 0}],
        vocab=SimpleNamespace(strings={"0": 0}),
    )
    assert fast_ruler(ruler) is None
