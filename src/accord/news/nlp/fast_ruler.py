"""A faster stand-in for spaCy's ``attribute_ruler`` of ``en_core_web_sm``, same output.

The English pipeline's attribute ruler maps fine-grained tags to coarse parts of speech and
morphology, and fixes a few lemmas and parts of speech by word and dependency (179 rules, from
the pipeline's tag map and morph rules). spaCy runs them through its general token
:class:`spacy.matcher.Matcher`, which cost about a quarter of the whole pipeline's time here
(docs/benchmarks-news.md). Every rule of that pipeline is one or two tokens with equality,
``IN``, ``NOT_IN`` or ``REGEX`` tests on ``TAG``, ``DEP``, ``LOWER`` and ``IS_SPACE``, so a
hash index on those values finds the same matches. The matches are then handed, sorted as
spaCy sorts them (by rule number, so a later rule wins), and written by spaCy's own
``set_token_attrs``, as the ruler's ``set_annotations`` writes them (without a ``Span`` per
match). A pipeline with a
rule this module cannot read keeps spaCy's ruler (:func:`fast_ruler` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Check = Callable[[Any], bool]


@dataclass(frozen=True)
class _Rule:
    number: int  # the ruler's attribute id: the order spaCy applies the rules in
    match_id: int  # the matcher's key for the rule (the string hash of str(number))
    tokens: tuple[tuple[tuple[int, Check], ...], ...]  # per token: (attribute, test) pairs


def _test(value: Any) -> Check | None:
    """A predicate over one attribute value for a Matcher token spec value, or None."""
    if isinstance(value, (bool, str)):
        want: bool | str = value

        def equal(v: Any) -> bool:
            return bool(v == want)

        return equal
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            seen: dict[Any, bool] = {}  # a word's answer, kept: words repeat

            def search(v: Any) -> bool:
                hit = seen.get(v)
                if hit is None:
                    hit = seen[v] = bool(pattern.search(v))
                return hit

            return search
    return None


def _index_keys(spec: dict[str, Any]) -> list[tuple[int, Any]] | None:
    """The (attribute, value) keys a rule is filed under: an exact or ``IN`` test of TAG,
    LOWER or DEP, else an IS_SPACE test (None: the rule is tried on every token)."""
    for attr in ("TAG", "LOWER", "DEP"):
        value = spec.get(attr)
        if isinstance(value, str):
            return [(ATTRS.index(attr), value)]
    if isinstance(spec.get("IS_SPACE"), bool):
        return [(ATTRS.index("IS_SPACE"), spec["IS_SPACE"])]
    for attr in ("TAG", "LOWER", "DEP"):
        value = spec.get(attr)
        if isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
            return [(ATTRS.index(attr), str(v)) for v in value["IN"]]
    return None


MEMO_LIMIT = 200_000
"""Distinct token rows remembered (a row's rules depend on its four values only); the memo
is emptied when it grows past this, so memory stays bounded on a long run."""


class FastAttributeRuler:
    """Callable on a ``Doc``: the matches of ``ruler``'s rules, applied by ``ruler``."""

    def __init__(
        self, ruler: Any, rules: list[_Rule], index: dict[tuple[int, Any], list[int]]
    ) -> None:
        self.ruler = ruler
        self.rules = rules
        self.index = index
        self.strings = ruler.vocab.strings
        self.generic = [k for k, rule in enumerate(rules) if k not in _filed(index)]
        self._memo: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def _row(self, key: tuple[int, ...]) -> tuple[Any, ...]:
        """A token's values of :data:`ATTRS` (``tag_``, ``lower_``, ``dep_``, ``is_space``)
        from their string-store hashes (``key``, a row of ``Doc.to_array(ATTRS)``)."""
        tag, lower, dep, space = key
        return (self.strings[tag], self.strings[lower], self.strings[dep], bool(space))

    def _first(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The rules whose first token matches the token of ``key`` (its hashes of
        :data:`ATTRS`): (one-token rules, longer rules)."""
        known = self._memo.get(key)
        if known is not None:
            return known
        row = self._row(key)
        found = list(self.generic)
        for attr in range(len(ATTRS)):
            found.extend(self.index.get((attr, row[attr]), ()))
        hits = [k for k in found if all(test(row[a]) for a, test in self.rules[k].tokens[0])]
        known = (
            tuple(k for k in hits if len(self.rules[k].tokens) == 1),
            tuple(k for k in hits if len(self.rules[k].tokens) > 1),
        )
        if len(self._memo) >= MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = known
        return known

    def matches(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) of every match, sorted as spaCy sorts them.

        The tokens' values are read as string-store hashes in one ``Doc.to_array`` call and
        the memo is keyed by them: reading ``tag_``, ``lower_`` and ``dep_`` made three Python
        strings per token (about a tenth of the pipeline's attribute work); the strings are
        looked up only for a token the memo has not seen or a rule longer than one token."""
        keys = [tuple(row) for row in doc.to_array(list(ATTRS)).tolist()]
        out: list[tuple[int, int, int, int]] = []
        for i, key in enumerate(keys):
            single, longer = self._first(key)
            for k in single:
                out.append((self.rules[k].number, self.rules[k].match_id, i, i + 1))
            for k in longer:
                rule = self.rules[k]
                end = i + len(rule.tokens)
                if end <= len(keys) and all(
                    test(self._row(keys[i + j])[attr])
                    for j, checks in enumerate(rule.tokens[1:], start=1)
                    for attr, test in checks
                ):
                    out.append((rule.number, rule.match_id, i, end))
        out.sort()
        return out

    def __call__(self, doc: Any) -> Any:
        """Write the matches' attributes as the ruler's ``set_annotations`` does (each match's
        attributes on the token at the rule's index, by spaCy's ``set_token_attrs``, in the
        order of the sorted matches), without its ``Span`` per match: each token's matches
        are applied in their order on one ``Token``. Tokens are independent (a rule writes
        only its own token), so the result is the same; an index outside its match is
        refused as spaCy refuses it."""
        from spacy.tokens._retokenize import set_token_attrs

        ruler = self.ruler
        by_token: dict[int, list[int]] = {}
        for number, _, start, end in self.matches(doc):
            index = ruler.indices[number]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                raise ValueError(f"attribute rule {number}: index {index} outside its match")
            by_token.setdefault(at, []).append(number)
        for at, numbers in by_token.items():
            token = doc[at]
            for number in numbers:
                set_token_attrs(token, ruler.attrs[number])
        return doc


def _filed(index: dict[tuple[int, Any], list[int]]) -> set[int]:
    return {k for ids in index.values() for k in ids}


def fast_ruler(ruler: Any) -> FastAttributeRuler | None:
    """The fast stand-in for a spaCy ``AttributeRuler``, or None when one of its rules uses
    something other than the tests described in the module docstring."""
    rules: list[_Rule] = []
    index: dict[tuple[int, Any], list[int]] = {}
    for number, entry in enumerate(ruler.patterns):
        match_id = ruler.vocab.strings[str(number)]
        for pattern in entry["patterns"]:
            tokens = []
            for spec in pattern:
                checks = []
                for attr, value in spec.items():
                    test = _test(value) if attr in ATTRS else None
                    if test is None:
                        return None
                    checks.append((ATTRS.index(attr), test))
                tokens.append(tuple(checks))
            if not tokens:
                return None
            keys = _index_keys(pattern[0])
            for key in keys or ():
                index.setdefault(key, []).append(len(rules))
            rules.append(_Rule(number, match_id, tuple(tokens)))
    return FastAttributeRuler(ruler, rules, index)
