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

    def lemma(self, token: Any) -> int:
        """The hash of ``token``'s lemma (added to the string store), from the memo if seen."""
        key = (token.orth, token.pos, token.morph.key)
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            found = self.strings.add(self.lemmatizer.lemmatize(token)[0])
            self.memo[key] = found
        return found

    def __call__(self, doc: Any) -> Any:
        """Lemmatise ``doc`` in place (spaCy's rule: only tokens without a lemma unless
        ``overwrite``) and return it."""
        overwrite = self.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                token.lemma = self.lemma(token)
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
