"""The memoised lemmatizer gives every token the lemma spaCy's own rule lemmatizer gives it
(issue 14 item 4, speed): same lemmas on real and synthetic text, with the memo cold, warm
and emptied when full. Skipped without the ``[nlp]`` extra."""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available
from tests.news.test_nlp_fast_ruler import ODD, _texts

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# the same words in several forms, tags and cases: a memo keyed on the word alone would fail
FORMS = (
    "Talks talk. He talks; they talked of talks. The talking stopped, talking was banned. "
    "Meeting meets met: the meeting met. Leaves leave, he leaves the leaves. Better, best, "
    "good; the better offer bettered the best. US us Us. Saw saws saw sawing. Russia's "
    "Russias RUSSIA russia. Attacks attacked ATTACKED attacking."
)


def _lemmas(nlp: object, text: str) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in nlp(text)]  # type: ignore[operator]


def test_the_memo_lemmatizer_lemmatises_as_spacy_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.news.nlp import fast_lemma
    from accord.news.nlp.models import MEMO_LEMMATIZER, spacy_pipeline

    plain, fast = spacy_pipeline(False), spacy_pipeline()
    assert MEMO_LEMMATIZER in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert "lemmatizer" in plain.pipe_names
    memo = fast.get_pipe(MEMO_LEMMATIZER)
    texts = [FORMS, ODD, *_texts()]
    assert len(texts) > 40
    memo.memo.clear()
    for text in texts + texts:  # cold, then warm
        assert _lemmas(fast, text) == _lemmas(plain, text)
    assert 0 < len(memo.memo) < fast_lemma.MEMO_LIMIT
    # a full memo is emptied, and the lemmas stay the same
    monkeypatch.setattr(fast_lemma, "MEMO_LIMIT", 5)
    memo.memo.clear()
    assert _lemmas(fast, FORMS) == _lemmas(plain, FORMS)
    assert len(memo.memo) <= 5


def test_only_spacys_rule_mode_is_memoised() -> None:
    from spacy.pipeline import Lemmatizer

    from accord.news.nlp.fast_lemma import memo_lemmatizer
    from accord.news.nlp.models import spacy_pipeline

    rule = spacy_pipeline(False).get_pipe("lemmatizer")
    assert memo_lemmatizer(rule) is not None
    assert memo_lemmatizer(object()) is None

    class Custom(Lemmatizer):
        def rule_lemmatize(self, token: object) -> list[str]:  # pragma: no cover - never run
            return ["x"]

    custom = Custom.__new__(Custom)
    custom._mode = "rule"
    assert memo_lemmatizer(custom) is None
    lookup = Lemmatizer.__new__(Lemmatizer)
    lookup._mode = "lookup"
    assert memo_lemmatizer(lookup) is None


# inflected words through spaCy's suffix rules, found in the index or not ("frobnicated")
RULE_FORMS = (
    "The envoys frobnicated the drafts. Ministers re-tabled proposals, unleashing sanctions; "
    "the negotiators were recalibrating offers and rebranding ceasefires. Protesters "
    "blockaded ports, the juntas' spokesmen rebutted the mediators and the talks reconvened."
)


def test_the_index_as_sets_keeps_every_word_and_lemma() -> None:
    """The fast pipeline's lemmatizer index holds sets (module docstring), with the words of
    spaCy's lists; lemmas through the suffix rules stay spaCy's own."""
    from accord.news.nlp.models import MEMO_LEMMATIZER, spacy_pipeline

    plain, fast = spacy_pipeline(False), spacy_pipeline()
    memo = fast.get_pipe(MEMO_LEMMATIZER)
    sets = memo.lemmatizer.lookups.get_table("lemma_index")
    lists = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert sorted(sets) == sorted(lists) and len(sets) >= 4
    for key, words in lists.items():
        assert isinstance(words, list) and isinstance(sets[key], frozenset)
        assert sets[key] == frozenset(words)
    memo.memo.clear()
    assert _lemmas(fast, RULE_FORMS) == _lemmas(plain, RULE_FORMS)
