"""The bundled ``ukraine-2025-02``'s evidence says what its sources say (session 46).

Session 45's fact-checking trial (docs/trial-2026-12-07-s45-factcheck.md, findings 9 and 10)
found evidence items cited to the seed article that said more than it, and no quotation a script
could check. Session 46 reworded them: each item cited to the seed article quotes it briefly
(checked here word for word; seven words at most a quotation), the analyst's inference went into
the item's ``note`` (marked as judgement), ``supports`` was narrowed where the article backs
less, and the United Kingdom's abstention cites the UN's record of the meeting. No number
changed: the forecasts are those made before the change (``ukraine_forecast_before_s46.json``,
written from commit ce0847f2).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from accord.errors import ScenarioError
from accord.forecast import forecast
from accord.forecast.checks import consent_weight_text
from accord.scenario import Scenario, load_bundled
from accord.scenario.identity import scenario_hash
from accord.scenario.model import Evidence, Supports
from tests.helpers import ROOT, SHARED

BEFORE = Path(__file__).with_name("ukraine_forecast_before_s46.json")

# "...", or “...”, of at least 12 characters: a quotation (a word in quotes is not checked)
_QUOTATION = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,})[\"\u201d]")
# the same, followed by "(seed": a note's quotation of the seed article
_SEED_IN_NOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,})[\"\u201d]\s*\(seed")
# any "..." or “...”, however short: what the length rule counts
_ANY_QUOTATION = re.compile(r"[\"\u201c]([^\"\u201c\u201d]*)[\"\u201d]")


def _squeezed(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def _found(quotation: str, article: str) -> bool:
    """Whether ``quotation`` is in ``article`` word for word; an ellipsis (``...``) stands for
    left-out words, so its pieces must be there in order."""
    at = 0
    for piece in re.split(r"\s*(?:\.\.\.|\u2026)\s*", _squeezed(quotation)):
        found = article.find(piece.strip(" ,;"), at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _seed_items(scenario: Scenario) -> list[tuple[str, str, Evidence]]:
    return [
        (s.actor, s.issue, e) for s in scenario.stances for e in s.evidence if e.source == "seed"
    ]


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_bundled("ukraine-2025-02")


def _seed_notes(scenario: Scenario) -> list[str]:
    """The notes (of items and of issues) that quote the seed article."""
    notes = [e.note for s in scenario.stances for e in s.evidence if e.note]
    notes += [i.note for i in scenario.issues if i.note]
    return [n for n in notes if "(seed" in n]


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="needs ../shared/seed")
def test_every_item_cited_to_the_seed_quotes_it_word_for_word(scenario: Scenario) -> None:
    seed = next(s for s in scenario.sources if s.id == "seed")
    assert seed.file is not None
    article = _squeezed((SHARED / seed.file).read_text(encoding="utf-8"))
    items = _seed_items(scenario)
    assert len(items) == 22
    checked = 0
    for actor, issue, item in items:
        quotations = _QUOTATION.findall(item.text)
        assert quotations, f"{actor} {issue}: no quotation of the article: {item.text}"
        for quotation in quotations:
            assert _found(quotation, article), f"{actor} {issue}: {quotation!r}"
            checked += 1
    for quotation in (q for note in _seed_notes(scenario) for q in _SEED_IN_NOTE.findall(note)):
        assert _found(quotation, article), quotation
        checked += 1
    assert checked == 38


def test_quotations_of_the_seed_are_short(scenario: Scenario) -> None:
    """A quotation gives the few words that find the passage (seven at most); the rest of an
    item is in the project's own words (tests/scenario/test_ukraine_scenario.py:
    test_evidence_paraphrases_not_copies refuses any run of eight words of the article).
    docs/ukraine-2025-02.md states the count."""
    texts = [item.text for _, _, item in _seed_items(scenario)]
    quoted = [q for text in texts for q in _ANY_QUOTATION.findall(text)]
    quoted += [q for note in _seed_notes(scenario) for q in _ANY_QUOTATION.findall(note)]
    assert quoted and all(len(q.split()) <= 7 for q in quoted), quoted
    in_texts = [len(q.split()) for text in texts for q in _ANY_QUOTATION.findall(text)]
    doc = (ROOT / "docs" / "ukraine-2025-02.md").read_text(encoding="utf-8")
    stated = re.search(
        r"hold\s+(\d+)\s+quotations\s+of\s+the\s+article,\s+(\d+)\s+words\s+in\s+all", doc
    )
    assert stated, "docs/ukraine-2025-02.md no longer states the count"
    assert (int(stated[1]), int(stated[2])) == (len(in_texts), sum(in_texts))


def test_the_checker_refuses_words_the_article_lacks() -> None:
    article = _squeezed("Trump has suggested that the U.S. might play a role in the extraction.")
    assert _found("Trump has suggested that ... play a role", article)
    assert not _found("Trump has suggested that the U.S. should repay aid", article)
    assert not _found("play a role ... Trump has suggested", article)


def test_the_analysts_inferences_are_notes_marked_as_judgement(scenario: Scenario) -> None:
    """The leverage items say what their sources say; why a belligerent weighs 50 is a note."""
    notes = [e.note for s in scenario.stances for e in s.evidence if e.note]
    assert len(notes) >= 10
    assert all(n.startswith("Analyst's judgement") for n in notes), notes
    leverage = [e for s in scenario.stances for e in s.evidence if e.supports == Supports.LEVERAGE]
    assert len(leverage) == 4
    for item in leverage:
        assert item.note and "hence leverage 50" in item.note
        assert "weigh" not in item.text and "whatever" not in item.text and ":" not in item.text


def _items(scenario: Scenario, actor: str, issue: str) -> list[Evidence]:
    return next(s.evidence for s in scenario.stances if (s.actor, s.issue) == (actor, issue))


def test_what_the_article_says_less_of(scenario: Scenario) -> None:
    # the UK's abstention is the UN's record, not the article's ("refrained from vetoing")
    uk = _items(scenario, "GBR", "aggressor_naming")
    assert [e.source for e in uk] == ["seed", "un_press_sc16006", "un_ga_es11_7"]
    assert "abstain" not in uk[0].text and "refrained from vetoing" in uk[0].text
    assert "5 abstentions" in uk[1].text
    press = next(s for s in scenario.sources if s.id == "un_press_sc16006")
    assert press.url == "https://press.un.org/en/2025/sc16006.doc.htm"
    assert press.publisher and press.date and "Resolution 2774" in press.title
    # Trump's report that Putin would accept peacekeepers is no evidence for Russia's 5
    assert "seed" not in [e.source for e in _items(scenario, "RUS", "peacekeeping")]
    # "repay US aid" is not in the article
    assert all("repay" not in e.text for e in _items(scenario, "USA", "reconstruction"))
    # a treaty must settle reconstruction: salience, not who pays (France's 70)
    france = _items(scenario, "FRA", "reconstruction")
    assert [(e.source, e.supports) for e in france] == [
        ("seed", Supports.SALIENCE),
        ("g7_era_2024", Supports.POSITION),
    ]
    # "sufficient security guarantees": how much they matter, not which ones (Ukraine's 95)
    ukraine = _items(scenario, "UKR", "security_guarantees")
    assert [(e.source, e.supports) for e in ukraine] == [
        ("seed", Supports.SALIENCE),
        ("zelensky_2025_02_23", Supports.POSITION),
    ]


def _numbers(row: Any) -> Any:
    if isinstance(row, float):
        return pytest.approx(row, rel=1e-9, abs=1e-9)
    if isinstance(row, dict):
        return {k: _numbers(v) for k, v in row.items()}
    if isinstance(row, list):
        return [_numbers(v) for v in row]
    return row


_CONSENT = re.compile(
    r"issue '(?P<issue>[^']+)': actors whose consent is not needed outweigh consent actor "
    r"(?P<actor>\S+) \((?P<weight>[^,]+), capability x salience\): (?P<names>.+?); the bargain"
)


def _regrouped(warnings: list[str]) -> list[str]:
    """The warnings of the frozen forecasts with their consent-weight warnings, one per issue
    until session 47, as one (:func:`consent_weight_text`), where the first stood."""
    found = [m for w in warnings if (m := _CONSENT.match(w))]
    if not found:
        return warnings
    first = next(i for i, w in enumerate(warnings) if _CONSENT.match(w))
    rest = [w for w in warnings if not _CONSENT.match(w)]
    one = consent_weight_text([(m["issue"], m["actor"], m["weight"], m["names"]) for m in found])
    return rest[:first] + one + rest[first:]


_RUNS = {
    "mean": ("mean", {}),
    "median": ("median", {}),
    "nash": ("nash", {}),
    "bdm": ("bdm", {}),
    "exchange": ("exchange", {}),
    "smp/seed=1": ("smp", {"seed": 1}),
    "mean/runs=20,seed=5": ("mean", {"runs": 20, "seed": 5}),
}


@pytest.mark.parametrize("key", list(_RUNS))
def test_the_forecast_is_the_one_made_before_the_rewording(scenario: Scenario, key: str) -> None:
    before = json.loads(BEFORE.read_text(encoding="utf-8"))[key]
    before["warnings"] = _regrouped(before["warnings"])  # one consent warning (session 47)
    engine, options = _RUNS[key]
    made = forecast(scenario, engine, **options).to_dict()
    now = {
        "issues": {
            i["id"]: {k: i.get(k) for k in ("forecast", "p_agreement", "if_agreement", "vetoed_by")}
            for i in made["issues"]
        },
        "resolutions": {
            r["id"]: {k: r.get(k) for k in ("adoption_probability", "outcome", "expected")}
            for r in made["resolutions"]
        },
        "warnings": made["warnings"],
    }
    assert now == _numbers(before)


def test_an_item_without_a_note_dumps_as_before(scenario: Scenario) -> None:
    """``note`` (session 46) is left out of an item's dump when absent, so the content hash
    of a scenario that gives none, and a ledger record made of it, are unchanged."""
    bare = Evidence(source="s", text="t")
    assert "note" not in bare.model_dump(mode="json")
    noted = Evidence(source="s", text="t", note="Analyst's judgement: x")
    assert noted.model_dump(mode="json")["note"] == "Analyst's judgement: x"
    # the YAML round trip keeps the notes
    text = yaml.safe_dump(scenario.model_dump(mode="json"), allow_unicode=True)
    again = Scenario.model_validate(yaml.safe_load(text))
    assert scenario_hash(again) == scenario_hash(scenario)
    with pytest.raises(ScenarioError, match="note: must not be empty"):
        Evidence(source="s", text="t", note="")


def test_the_report_prints_a_note_under_its_item(scenario: Scenario) -> None:
    from accord.report.html import _evidence_section

    html = _evidence_section(scenario)
    assert html.count('<span class="note">Analyst&#x27;s judgement') == sum(
        1 for s in scenario.stances for e in s.evidence if e.note
    )
    assert "refrained from vetoing" in html and "fund rebuilding and repay" not in html
