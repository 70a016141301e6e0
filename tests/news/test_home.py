"""The document's home country (accord.news.home) and how the coders use it (session 11).

Sentences, titles and addresses are our own, written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.news.coders import RulesCoder
from accord.news.coding import code_document, code_sentence
from accord.news.evaluate import evaluate_file, read_gold
from accord.news.gazetteer import load, tokenize
from accord.news.home import countries_in, home_country, slug_text
from accord.news.ingest import ingest
from accord.news.locations import locate
from accord.news.resolve import find_mentions
from accord.news.store import Store
from accord.news.types import Document

ARREST = "The police arrested forty students outside the university on Monday."


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("https://news.example.org/africa/2025/05/malian-police-detain-journalists", "MLI"),
        ("https://news.example.org/world/chad/2025/court-jails-activists.html", "TCD"),
        ("https://www.example.com/sri-lanka-police-disperse-rally/", "LKA"),
        # two states named: a report on their relations has no single home
        ("https://news.example.org/kenya-and-uganda-sign-border-deal", None),
        # none named; the host and the query are not read
        ("https://www.kenyanews.example/2025/05/12/article-12345?country=uganda", None),
        # "english" in a path is the site's language edition, not England
        ("https://example.org/afrika-english/article/ab12cd", None),
        (None, None),
        ("", None),
    ],
)
def test_url_slug_reader(url: str | None, home: str | None) -> None:
    assert home_country(url=url) == home


def test_slug_text_reads_path_words_only() -> None:
    text = slug_text("https://www.kenyanews.example/world/2025/peru-protests-grow.html?x=chile")
    assert text.splitlines() == ["World", "Peru Protests Grow Html"]
    assert countries_in(text) == ["PER"]


def test_title_and_url_agree_or_cancel() -> None:
    assert home_country("Police in Mali detain students", "https://ex.org/malian-unrest") == "MLI"
    assert home_country("Police in Mali detain students", "https://ex.org/senegal-news") is None


def test_text_majority_only_when_no_title_or_url_names_a_state() -> None:
    text = "Bamako, Mali - Police detained students. Mali has seen protests. France is concerned."
    assert home_country(text=text) == "MLI"
    assert home_country(text="Mali and Senegal signed a deal on Tuesday.") is None  # a tie
    assert home_country(title="Talks in Dakar", text=text) == "SEN"  # the title decides


def test_domestic_agent_placed_by_home() -> None:
    events = code_sentence(ARREST, home="MLI")
    assert events and events[0].event_type == "COERCE"
    assert [a.code for a in events[0].sources] == ["MLI"]


def test_no_home_leaves_the_agent_unplaced() -> None:
    assert code_sentence(ARREST) == code_sentence(ARREST, home=None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Senegalese police arrested forty students outside the university on Monday.",
        "Police in Senegal arrested forty students outside the university on Monday.",
    ],
)
def test_a_country_the_sentence_gives_wins(sentence: str) -> None:
    events = code_sentence(sentence, home="MLI")
    assert events and {a.code for e in events for a in e.sources} == {"SEN"}
    assert code_sentence(sentence, home="MLI") == code_sentence(sentence)


def test_home_agent_is_no_place() -> None:
    sentence = "Protesters rallied at the parliament on Monday."
    tokens = tokenize(sentence)
    mentions = find_mentions(tokens, sentence, None, load(), bare=True, home="MLI")
    assert [m.actor.code for m in mentions] == ["MLI", "MLI"]
    assert all(m.bare for m in mentions)  # still no country of their own
    assert locate(tokens, mentions) is None  # "at the parliament" says no place


def test_document_home_reaches_the_rules_coder() -> None:
    doc = Document("d1", "Unrest in Mali", ARREST, url="https://ex.org/2025/05/unrest")
    for events in (code_document(doc), RulesCoder().code_document(doc)):
        assert [a.code for a in events[0].sources] == ["MLI"]
    assert code_document(Document("d2", "Unrest", ARREST)) == []


def test_evaluation_passes_each_record_its_url(tmp_path: Path) -> None:
    record = {
        "id": "R1",
        "event": "COERCE",
        "text": ARREST,
        "source": [{"code": "MLI"}],
        "target": [],
    }
    with_url = {**record, "url": "https://ex.org/2025/malian-police-detain-students"}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([with_url]), encoding="utf-8")
    assert read_gold(path)[0].home == "MLI"
    result = evaluate_file(path, coder=RulesCoder())
    assert (result.correct, result.source_correct) == (1, 1)
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert read_gold(path)[0].home is None
    assert evaluate_file(path, coder=RulesCoder()).predicted == 0


def test_ingest_passes_the_documents_home(tmp_path: Path) -> None:
    row = {
        "title": "Students detained in Bamako",
        "text": ARREST,
        "date": "2025-05-12",
        "url": "https://ex.org/2025/05/12/campus-arrests",
    }
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        report = ingest([path], store, coder=RulesCoder())
        assert report.added == 1
        events = store.events(actor="MLI")
        assert [e.event_type for e in events] == ["COERCE"]
