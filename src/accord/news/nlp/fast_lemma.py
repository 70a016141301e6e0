"""A memo in front of spaCy's rule lemmatizer: each (word, tag, morphology) is lemmatised once.

spaCy's English rule lemmatizer (``spacy.pipeline.Lemmatizer`` in ``rule`` mode, with
``EnglishLemmatizer.is_base_form``) computes a token's lemma from three things only: its text
(``orth``), its coarse part of speech (``pos``) and its morphological features (``morph``).
spaCy keeps its own cache keyed the same way, but only for words that reach its suffix
rules: base forms (singular nouns, infinitives, positive adjectives -- most words of a news
text) and words of tags without rules are worked out again on every occurrence, by reading
the token's morphology into a dict. This memo keys every token by that same triple, asks the
lemmatizer once per key and then writes the stored lemma (a string-store hash) straight into
the token: the same lemma as spaCy's own ``__call__`` by construction, about a tenth of the
cost (docs/benchmarks-news.md). Only rule mode is memoised (lookup mode is a table look-up
already); the memo is bounded and emptied when full.

A word the memo has not seen costs spaCy's suffix rules, and each candidate form they make is
looked up in the part of speech's ``lemma_index``, which spaCy keeps as the JSON *list* it
was read from (57,528 verbs, 20,993 nouns): a linear scan, about 0.2 ms for a form that is not
there, up to nine per word. On text the memo has not met (a fresh worker on real news: the
benchmark's ``--distinct`` corpus) that was about a fifth of the coding time
(docs/benchmarks-news.md, session 10). The coder's pipeline therefore gives its lemmatizer's
index tables as sets (:func:`index_as_sets`, by :mod:`accord.news.nlp.models`): the rule
lemmatizer only asks whether a form is in them, so its answers are the same.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MemoLemmatizer", "memo_lemmatizer"]

MEMO_LIMIT = 200_000  # keys; an entry is a small tuple and an int (well under 100 MB when full)


class MemoLemmatizer:
    """Set each token's lemma as ``lemmatizer`` would, asking it once per (orth, pos, morph).

    Parameters
    ----------
    lemmatizer
        The pipeline's own ``spacy.pipeline.Lemmatizer`` (rule mode); it stays the authority,
        this only remembers its answers.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.overwrite = bool(lemmatizer.overwrite)
        self.memo: dict[tuple[int, int, int], int] = {}

    def lemma(self, token: Any, key: tuple[int, int, int]) -> int:
        """The hash of ``token``'s lemma (added to the string store), from the memo if seen;
        ``key``: its (orth, pos, morph) hashes."""
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            found = self.strings.add(self.lemmatizer.lemmatize(token)[0])
            self.memo[key] = found
        return found

    def __call__(self, doc: Any) -> Any:
        """Lemmatise ``doc`` in place (spaCy's rule: only tokens without a lemma unless
        ``overwrite``) and return it. The tokens' keys and lemmas are read in one
        ``Doc.to_array`` call and the lemmas written back in one ``Doc.from_array`` (the
        same per-token field a ``Token.lemma`` assignment sets): a ``Token`` and its
        ``MorphAnalysis`` are made only for a key the memo has not seen."""
        rows = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        lemmas = rows[:, 3].copy()
        memo, overwrite = self.memo, self.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = memo.get(key)
                lemmas[i] = self.lemma(doc[i], key) if found is None else found
        if len(doc):
            doc.from_array(["LEMMA"], lemmas)
        return doc


def memo_lemmatizer(lemmatizer: Any) -> MemoLemmatizer | None:
    """A :class:`MemoLemmatizer` for ``lemmatizer``, or None when its answers may depend on
    more than (orth, pos, morph): a mode other than spaCy's ``rule`` mode, or a subclass that
    overrides ``lemmatize`` itself."""
    from spacy.pipeline import Lemmatizer

    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return None
    if type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return None
    return MemoLemmatizer(lemmatizer)


def index_as_sets(lemmatizer: Any) -> None:
    """Replace each word list of ``lemmatizer``'s ``lemma_index`` table by a frozenset of the
    same words, in place (for a lemmatizer that :func:`memo_lemmatizer` accepts: spaCy's own
    ``rule_lemmatize`` reads an index only with ``form in index``, which a set answers the
    same without scanning tens of thousands of words; module docstring)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
