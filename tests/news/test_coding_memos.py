"""The rules coder's exact speed-ups of session 14 (issue 14 item 4, s14-coderspeed): the
CAMEO-to-PLOVER mapping memoised and a sentence's meeting place read once per sentence. Each
must give what the work it replaces gives (both coders' events on every development text are
compared by docs/data/speed-2026-12-04-s14-coderspeed/same_events_s14.py)."""

from __future__ import annotations

from accord.news.coding import cameo_to_plover, code_sentence, lexicon


def test_the_memoised_mapping_is_the_mapping() -> None:
    codes = {sense.code for senses in lexicon().verbs.values() for sense in senses}
    codes |= {p.code for senses in lexicon().verbs.values() for s in senses for p in s.patterns}
    codes |= set(lexicon().curated.values()) | {"", " 042 ", "01", "0", "163", "02x", "abc"}
    cameo_to_plover.cache_clear()
    for code in sorted(codes):
        first = cameo_to_plover(code)
        assert first == cameo_to_plover.__wrapped__(code)
        assert cameo_to_plover(code) is first  # read back, not worked out again
    assert cameo_to_plover("042") == ("CONSULT", "visit")
    assert cameo_to_plover("010") is None


def test_every_meeting_of_a_sentence_reads_its_one_place() -> None:
    # two meetings in one sentence and one place: the visitor of each acts on its host
    events = code_sentence(
        "Macron met Scholz in Berlin and held talks with Sanchez.", object_recipient=False
    )
    coded = [
        (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets]) for e in events
    ]
    assert coded == [("CONSULT", ["FRA"], ["DEU"]), ("CONSULT", ["ESP"], ["DEU"])]
    # no place named: the participants act together, with no recipient
    events = code_sentence("Macron and Sanchez met on Monday.", object_recipient=False)
    assert [(e.event_type, len(e.sources), e.targets) for e in events] == [("CONSULT", 2, ())]
