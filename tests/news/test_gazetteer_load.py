"""The gazetteer's load-time shortcuts (session 10, s10-speed) give what the plain code gives:
libyaml's safe loader the same curated data, the memoised phrase keys and dates the same
values, the ASCII shortcut of :func:`normalise_word` the same keys."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from accord.news import gazetteer
from accord.news.gazetteer import (
    _ACCENTS,
    CURATED_FILE,
    SAFE_LOADER,
    _parse_date,
    _read_data,
    load_raw,
    normalise_word,
    phrase_key,
    tokenize,
)


def _plain_phrase_key(phrase: str) -> tuple[str, ...]:
    """:func:`phrase_key` as it was written before the memo (session 9)."""
    words = [w for w in gazetteer.re.split(r"[_\s]+", phrase.strip()) if w]
    return tuple(
        tok.key
        for word in words
        for tok in tokenize(word.lower() if "'" in word or "’" in word else word)
        if tok.key
    )


def test_safe_loader_reads_the_curated_file_as_safe_load_does() -> None:
    text = _read_data(CURATED_FILE)
    assert yaml.load(text, Loader=SAFE_LOADER) == yaml.safe_load(text)


def test_phrase_keys_of_every_alias_are_the_plain_ones() -> None:
    raw = load_raw()
    phrases = [
        alias
        for part in ("countries", "orgs", "groups", "people")
        for item in raw["generated"].get(part, [])
        for alias in item.get("aliases", [])
    ]
    phrases += [d for c in raw["generated"]["countries"] for d in c["demonyms"]]
    phrases += list(raw["generated"]["agents"])
    assert len(phrases) > 30_000
    for phrase in phrases:
        assert phrase_key(phrase) == _plain_phrase_key(phrase), phrase


@pytest.mark.parametrize(
    "phrase",
    ["PEOPLE'S_REPUBLIC_OF_CHINA", "Côte d’Ivoire", "united  nations_", "US", "the U.K.", ""],
)
def test_phrase_key_edge_cases(phrase: str) -> None:
    assert phrase_key(phrase) == _plain_phrase_key(phrase)
    assert phrase_key(phrase) == phrase_key(phrase)  # a memo hit gives the same


def test_normalise_word_folds_as_the_translation_table() -> None:
    for word in ["Washington", "Zelensky's", "Erdoğan", "São", "Côte", "it’s", "U.S.", "42"]:
        assert normalise_word(word) == word.translate(_ACCENTS).upper()


def test_parse_date_memo() -> None:
    assert _parse_date("250224") == dt.date(2025, 2, 24)
    assert _parse_date("250224") is _parse_date("250224")
    assert _parse_date("20250224") == dt.date(2025, 2, 24)
    assert _parse_date("") is None and _parse_date(None) is None
    assert _parse_date("2025-02-30") is None
