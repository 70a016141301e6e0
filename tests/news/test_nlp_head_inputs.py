"""The shipped static type head is what its documented command builds from the package's data
today (issue 14, session 8, s8-head).

The head's weights are a function of its training inputs (same seed, same weights: tested in
``test_nlp_grouped_cv.py``). Its ``type_head.json`` records the fingerprint of those inputs
(:func:`accord.news.nlp.train.inputs_fingerprint`: gold records, weak phrases and the CAMEO
dictionary prior); this test recomputes it from the current files and fails when a change to
the gold files or to the rules coder's lexicon has left the shipped head behind, as
happened between sessions 5 and 8 (the documented command gave another head than the one
shipped). No training here: the fingerprint reads no parse and fits nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ROOT

REBUILD = "docs/event-coding.md, 'Rebuilding the type head'"


def test_the_shipped_static_head_was_built_from_the_current_inputs(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.news.nlp.classifier import static_head
    from accord.news.nlp.train import inputs_fingerprint

    meta = static_head().meta
    monkeypatch.chdir(ROOT)  # the head records its --gold paths relative to the repository
    now = inputs_fingerprint(meta["gold"], meta["seed"], meta["weak_per_type"])
    assert meta.get("inputs") == now, (
        f"the static type head (digest {meta['digest']}) was trained on inputs with "
        f"fingerprint {meta.get('inputs')}, the package's data give {now}: rebuild it with the "
        f"command of {REBUILD} (--out src/accord/news/nlp/data/static), then regenerate "
        "tests/data/news/nlp-events-snapshot.json and report the differences"
    )


def test_the_fingerprint_changes_with_a_gold_label(tmp_path: Path) -> None:
    """A relabelled gold record (the kind of correction s8-types made) changes it."""
    import json

    from accord.news.nlp.train import inputs_fingerprint

    record = {"id": "a", "text": "France signed a trade deal with Chile.", "event": "AGREE"}
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([record]), encoding="utf-8")
    before = inputs_fingerprint([str(gold)], 0, 2)
    assert inputs_fingerprint([str(gold)], 0, 2) == before
    gold.write_text(json.dumps([{**record, "event": "COOPERATE"}]), encoding="utf-8")
    assert inputs_fingerprint([str(gold)], 0, 2) != before
    assert inputs_fingerprint([str(gold)], 1, 2) != inputs_fingerprint([str(gold)], 0, 2)
