"""The nlp coder's speed work leaves its output unchanged (issue 14, priority 1).

``tests/data/news/nlp-events-snapshot.json`` holds the events the nlp coder gave, at commit
2f6b14f (before the speed work: NER in the pipeline, one encode per candidate list, triggers
re-read per predicate), on development text only: the seed article coded as one document, and
every sentence of the seed-article gold and of the ``dev`` split of the accord 2025 file. It is
a regression fixture, not gold: a change meant to alter the coder's output (accuracy work)
rewrites it on purpose with ``python tests/news/test_nlp_snapshot.py`` and says so in its
commit; a speed change must pass this test unchanged. Regenerated in session 4 for one change
alone: the default type head became the static one (docs/validation-events/session-03.md); in
session 5 for the type work: the rules coder's session-5 triggers (which feed the head's dictionary
prior), the static head retrained on all development gold, and the item-5 role rules
(merged together by the lead); in session 6 for the rules coder's recipient rules, which the
hybrid fallback reads (one event: SUPPORT UNSC without the recipient of "after many vetoes by
Russia"); in session 7 for the gazetteer's Russian companies (s7-actors: "The U.S. Treasury
imposed sanctions on Rosneft and Lukoil." now has the recipients RUS, RUS; no other event
changed); in session 8 for the gazetteer's Ukrainian oblast centres (s8-actors: "Russian
missiles struck the centre of Sumy, ..." now has the recipient UKR, not RUS; no other event
changed); in session 8 again for the static head rebuilt by its documented command (s8-head,
417a05db3936 -> 2810847d3361: 60 of the 67 events change their confidence, by at most 0.045;
no event appears, disappears or changes type, actors, trigger, mode or location); in session
10 for the rules fallback (s10-fallback: ``rules_when_silent`` with ``fallback_not_conditional``
and ``fallback_not_rejected``): 67 -> 77 events, ten added to sentences the nlp coder left
uncoded (the seed document's "hosted", "engaging", "calling", "phone call"; seed sentences
005, 018, 038, 039 and diplomacy-2025 004, 005 coded alone), none removed or changed; and in
session 10 again for ``RoleRules.rules_type_same_trigger`` (s10-nlptypes: one event changes
type, "France and the United Kingdom abstained on the American draft ...", REJECT -> CONCEDE,
the rules coder's type for "abstained"; the gold is REJECT); and in session 16 for the
calibrated confidence (s16-confidence, :mod:`accord.news.event_confidence`): the confidence of
all 77 events changes (by at most 0.54), no event appears, disappears or changes anything else;
and in session 25 for the plural group word read as no modifier (s25-nlpfix,
docs/validation-events/session-25-nlpfix.md): one event changes, "Russia and Ukraine agreed to
exchange a thousand prisoners each." gets the recipient RUS ("prisoners", now a bare agent,
takes the source's country) and confidence 0.875 -> 0.926; no other event changes; and in
session 47 for session 46's imposed-sanction mode (s46-sanctionmode,
docs/validation-events/session-46-sanctionmode.md, merged without this regeneration): the three
imposed sanctions of diplomacy-2025 (016, 034, 040) get the mode ``discontinue`` and a
confidence lower by at most 0.009 (the mode is one of its inputs); no other event changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from accord.news.coders import nlp_available

if __name__ == "__main__":  # run as a script to rewrite the snapshot
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers import DATA, SHARED

SNAPSHOT = DATA / "news" / "nlp-events-snapshot.json"
SEED = SHARED / "seed" / "000_3ead7e23d2ba6687.txt"

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _row(event: Any) -> list[Any]:
    location = event.location.country if event.location is not None else None
    return [
        event.event_type,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
        event.mode,
        event.trigger,
        event.confidence,
        location,
        event.sentence,
    ]


def snapshot() -> dict[str, list[list[Any]]]:
    """The nlp coder's events on the development text named in the module docstring."""
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import NlpCoder
    from accord.news.readers import make_document

    coder = NlpCoder()
    out: dict[str, list[list[Any]]] = {
        "seed-document": [_row(e) for e in coder(make_document(SEED.read_text()))]
    }
    for name, split in (("seed-article.json", None), ("diplomacy-2025.json", "dev")):
        for record in read_gold(DATA / "news" / name, split):
            events = coder.code_sentence(record.text, record.date)
            out[f"{name}:{record.id}"] = [_row(e) for e in events]
    return out


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed")
def test_nlp_coder_output_matches_the_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(snapshot()))  # tuples -> lists, as stored
    assert got.keys() == expected.keys()
    changed = [key for key in expected if got[key] != expected[key]]
    assert not changed, f"{len(changed)} items differ, first: {changed[:3]}"
    assert sum(len(v) for v in expected.values()) > 50  # the snapshot codes real events


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps(snapshot(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
