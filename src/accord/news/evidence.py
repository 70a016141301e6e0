"""Stance evidence: sentences in which a scenario actor takes a side on a scenario issue.

A sentence becomes :class:`~accord.news.types.StanceEvidence` when it has all three of

1. an **issue**: one of the issue's ``keywords`` (or its title) appears as a phrase;
2. a **stance cue**: a verb or phrase of advocacy or opposition ("stressed", "called for",
   "must", "insisted", "rejected", "avoids", "hesitant to"...), each with a polarity (+1 for,
   -1 against) and a strength in (0, 1] (:data:`CUES`);
3. an **actor** that maps to a scenario actor: the nearest actor named before the cue (the
   speaker), else the actor of "according to X", else, for a sentence opening with a pronoun
   (He, She, They), the speaker of the previous sentence. Mentions resolve through the
   gazetteer and map to scenario actors by ``Actor.id``, ``Actor.country`` or ``Actor.name``.

Direction: the cue's polarity, flipped by a negation before the cue ("did not call for"), and
flipped again when the sentence shares at least two more content words with the issue's *low*
scale label than with its high label (the scales of accord put "more of the thing the keywords name"
at the high end; the overlap test catches issues phrased the other way). Strength is the cue's
strength, lowered for long sentences where the link between cue and keyword is looser.

This is lexical matching, not understanding: it misses stances stated without a cue word,
cannot tell whose view a reported clause gives beyond the nearest-speaker rule, and reads
"concerns over the lack of guarantees" as opposition to guarantees. Every item keeps its
quotation so that a person can check it; the update rule (:mod:`accord.news.update`) is
deliberately conservative.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from accord.news.coding import split_sentences
from accord.news.gazetteer import Token, load, phrase_key, tokenize
from accord.news.resolve import Mention, find_mentions, group_actors
from accord.news.types import ActorRef, Document, StanceEvidence
from accord.scenario.model import Actor, ActorKind, Issue, Scenario

if TYPE_CHECKING:
    from accord.news.store import Store

# phrase -> (polarity, strength)
CUES: dict[str, tuple[int, float]] = {
    "insisted": (1, 0.9),
    "insists": (1, 0.9),
    "demanded": (1, 0.9),
    "demands": (1, 0.9),
    "demanding": (1, 0.8),
    "stressed": (1, 0.8),
    "stresses": (1, 0.8),
    "emphasized": (1, 0.8),
    "emphasised": (1, 0.8),
    "reiterated": (1, 0.8),
    "called for": (1, 0.8),
    "calls for": (1, 0.8),
    "calling for": (1, 0.8),
    "call for": (1, 0.8),
    "urged": (1, 0.8),
    "urges": (1, 0.8),
    "pushed for": (1, 0.8),
    "advocate": (1, 0.7),
    "advocated": (1, 0.7),
    "advocating": (1, 0.7),
    "must": (1, 0.7),
    "should": (1, 0.5),
    "proposed": (1, 0.7),
    "proposes": (1, 0.7),
    "offered": (1, 0.7),
    "pledged": (1, 0.8),
    "supports": (1, 0.7),
    "supported": (1, 0.7),
    "backed": (1, 0.7),
    "endorsed": (1, 0.7),
    "wants": (1, 0.7),
    "welcomed": (1, 0.6),
    "agreed": (1, 0.6),
    "agree": (1, 0.5),
    "suggested": (1, 0.5),
    "suggestion": (1, 0.5),
    "expressed optimism": (1, 0.5),
    "expressed confidence": (1, 0.5),
    "confident": (1, 0.4),
    "echoed": (1, 0.5),
    "outlined": (1, 0.5),
    "hopes": (1, 0.4),
    "hoped": (1, 0.4),
    "is achievable": (1, 0.4),
    "non-negotiable": (1, 0.8),
    "rejected": (-1, 0.9),
    "rejects": (-1, 0.9),
    "refused": (-1, 0.9),
    "refuses": (-1, 0.9),
    "ruled out": (-1, 0.9),
    "rules out": (-1, 0.9),
    "opposed": (-1, 0.8),
    "opposes": (-1, 0.8),
    "vetoed": (-1, 0.9),
    "objected": (-1, 0.8),
    "dismissed": (-1, 0.7),
    "resisted": (-1, 0.7),
    "avoids": (-1, 0.6),
    "avoided": (-1, 0.6),
    "hesitant": (-1, 0.6),
    "reluctant": (-1, 0.6),
    "warned against": (-1, 0.7),
    "refrained from": (-1, 0.5),
}
_NEGATORS = {"NOT", "NEVER", "N'T", "NO", "WITHOUT"}
_LACK = {"LACK", "ABSENCE", "WITHOUT", "INSUFFICIENT"}
_PRONOUNS = {"HE", "SHE", "THEY", "HIS", "HER", "THEIR"}
_STOP = {
    "THE",
    "A",
    "AN",
    "OF",
    "TO",
    "AND",
    "OR",
    "IN",
    "ON",
    "FOR",
    "WITH",
    "BY",
    "AT",
    "AS",
    "ITS",
    "IS",
    "ARE",
    "BE",
    "NO",
    "ANY",
    "ALL",
    "ONLY",
    "FROM",
    "AFTER",
    "THAN",
    "ONE",
}


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    polarity: int
    strength: float


def _cue_table() -> dict[tuple[str, ...], tuple[int, float]]:
    return {phrase_key(k): v for k, v in CUES.items()}


_CUE_KEYS = _cue_table()
_CUE_MAX = max(len(k) for k in _CUE_KEYS)


def _find_cues(tokens: list[Token]) -> list[_Cue]:
    cues = []
    i = 0
    while i < len(tokens):
        for n in range(min(_CUE_MAX, len(tokens) - i), 0, -1):
            hit = _CUE_KEYS.get(tuple(t.key for t in tokens[i : i + n]))
            if hit:
                cues.append(_Cue(i, i + n, hit[0], hit[1]))
                i += n
                break
        else:
            i += 1
    return cues


def _phrase_positions(keys: list[str], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(keys) - n + 1) if tuple(keys[i : i + n]) == phrase]


def _issue_hits(keys: list[str], issue: Issue) -> list[int]:
    hits: list[int] = []
    for phrase in [*issue.keywords, issue.title]:
        key = phrase_key(phrase)
        if key:
            hits += _phrase_positions(keys, key)
    return sorted(set(hits))


def _keyword_tokens(keys: list[str], issue: Issue) -> set[int]:
    """Token positions covered by the issue's keywords and title."""
    covered: set[int] = set()
    for phrase in [*issue.keywords, issue.title]:
        key = phrase_key(phrase)
        if key:
            for i in _phrase_positions(keys, key):
                covered.update(range(i, i + len(key)))
    return covered


def _content(text: str | None) -> set[str]:
    if not text:
        return set()
    return {t.key for t in tokenize(text) if t.key.isalpha() and t.key not in _STOP}


def orientation(issue: Issue, keys: list[str]) -> int:
    """+1 when the sentence's words lean to the issue's high labels, -1 when to the low ones."""
    words = set(keys)
    low = _content(issue.scale.low_label)
    high = _content(issue.scale.high_label)
    common = low & high
    score_low = len(words & (low - common))
    score_high = len(words & (high - common))
    return -1 if score_low >= score_high + 2 else 1


_NON_STATE_ROLES = frozenset({"REB", "UAF", "INS", "OPP"})
"""Agent roles (PLOVER/CAMEO codes of the gazetteer) of armed or opposition groups: the code of
such a reference is the country the group fights in, not a government that speaks for it."""
_NON_STATE_KINDS = frozenset({ActorKind.OTHER, ActorKind.PARTY, ActorKind.NGO})


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) > 3}


def _non_state(ref: ActorRef, scenario: Scenario) -> list[Actor]:
    """The scenario's non-state actors a rebel or opposition reference stands for: those whose
    name shares a word with it ("Taliban" -> "The Taliban"), else the only one there is."""
    candidates = [a for a in scenario.actors if a.kind in _NON_STATE_KINDS and a.country is None]
    words = _words(ref.name) | _words(ref.text)
    named = [a for a in candidates if words & _words(a.name)]
    return named or (candidates if len(candidates) == 1 else [])


def map_actor(ref: ActorRef, scenario: Scenario) -> list[Actor]:
    """Scenario actors an actor reference stands for: by id, by country, then by name.

    A rebel or opposition group (:data:`_NON_STATE_ROLES`) never stands for the government of
    its country (the Taliban are not the Afghan government): it maps to a non-state actor of the
    scenario or to none."""
    if ref.role in _NON_STATE_ROLES:
        return _non_state(ref, scenario)
    by_id = [a for a in scenario.actors if a.id.upper() == ref.code.upper()]
    if by_id:
        return by_id
    by_country = [a for a in scenario.actors if a.country == ref.code]
    if by_country:
        return by_country
    names = {n.lower() for n in (ref.name, ref.text) if n}
    return [a for a in scenario.actors if a.name.lower() in names]


_PREPOSITIONS = {
    "AT",
    "IN",
    "ON",
    "TO",
    "WITH",
    "FROM",
    "BY",
    "FOR",
    "OF",
    "AGAINST",
    "ABOUT",
    "BETWEEN",
    "AMONG",
    "OVER",
    "UNDER",
    "INTO",
    "AS",
    "THAN",
    "NAMING",
}
_CLAUSE = {"BUT", "WHILE", ";", "HOWEVER", "ALTHOUGH", "THOUGH", "WHEREAS"}


def _clause_start(keys: list[str], before: int) -> int:
    return max((i for i in range(before) if keys[i] in _CLAUSE), default=-1)


def _speaker(mentions: list[Mention], tokens: list[Token], cue: _Cue) -> tuple[ActorRef, ...]:
    """The first actor of the cue's clause (else of the sentence), before the cue, that is not
    the object of a preposition: the grammatical subject, roughly."""
    keys = [t.key for t in tokens]
    start = _clause_start(keys, cue.start)
    found = _subject(mentions, tokens, cue, start)
    if not found and start >= 0:
        found = _subject(mentions, tokens, cue, -1)
    return found


def _subject(
    mentions: list[Mention], tokens: list[Token], cue: _Cue, start: int
) -> tuple[ActorRef, ...]:
    heads: dict[int, Mention] = {}
    for m in mentions:
        heads.setdefault(m.group, m)
    for m in mentions:
        if m.end > cue.start:
            break
        head = heads[m.group]
        if not m.strong or head.start <= start or head is not m:
            continue
        prev = [t.key for t in tokens[max(0, m.start - 2) : m.start]]
        if prev and (prev[-1] in _PREPOSITIONS or (prev[-1] == "THE" and prev[0] in _PREPOSITIONS)):
            continue
        return group_actors(mentions, m.group)
    return ()


def _according_to(mentions: list[Mention], tokens: list[Token]) -> tuple[ActorRef, ...]:
    for i, tok in enumerate(tokens[:-1]):
        if tok.key == "ACCORDING" and tokens[i + 1].key == "TO":
            after = [m for m in mentions if m.start >= i + 2]
            if after:
                return group_actors(mentions, after[0].group)
    return ()


SpeakerFinder = Callable[[str, int, dt.date | None], tuple[ActorRef, ...]]
"""``(sentence, character offset of the cue, date) -> actors``: the agent of the clause that
holds the cue (a coder's parse: :meth:`accord.news.nlp.coder.NlpCoder.clause_agents`)."""


def extract_evidence(
    doc: Document, scenario: Scenario, speaker_finder: SpeakerFinder | None = None
) -> list[StanceEvidence]:
    """Stance evidence in a document for a scenario's actors and issues.

    With ``speaker_finder`` the speaker of a cue is the subject of its clause as the finder
    parses it (issue 14: "the speaker is the subject of the clause, not the nearest name");
    without, the nearest-actor rule above."""
    gaz = load()
    found: list[StanceEvidence] = []
    seen: set[tuple[str, str, str]] = set()
    last_speaker: tuple[ActorRef, ...] = ()
    for start, end in split_sentences(doc.text):
        sentence = doc.text[start:end]
        tokens = tokenize(sentence)
        if not tokens:
            continue
        keys = [t.key for t in tokens]
        mentions = find_mentions(tokens, sentence, doc.date, gaz)
        cues = _find_cues(tokens)
        blocked = {k for m in mentions for k in range(m.start, m.end)}
        cues = [c for c in cues if c.start not in blocked]
        speaker_of_sentence: tuple[ActorRef, ...] = ()
        if cues:
            speaker_of_sentence = _speaker(mentions, tokens, cues[0]) or _according_to(
                mentions, tokens
            )
            if not speaker_of_sentence and keys[0] in _PRONOUNS:
                speaker_of_sentence = last_speaker
        elif mentions and mentions[0].strong:
            speaker_of_sentence = group_actors(mentions, mentions[0].group)
        for issue in scenario.issues:
            hits = _issue_hits(keys, issue)
            if not hits or not cues:
                continue
            # the cue nearest before the first keyword governs it; else the first cue
            prior = [c for c in cues if c.start < hits[0]]
            cue = prior[-1] if prior else cues[0]
            if speaker_finder is not None:
                speaker = speaker_finder(sentence, tokens[cue.start].start, doc.date)
            else:
                speaker = _speaker(mentions, tokens, cue)
            speaker = speaker or _according_to(mentions, tokens)
            if not speaker and keys[0] in _PRONOUNS:
                speaker = last_speaker
            if not speaker:
                continue
            window = keys[max(0, cue.start - 3) : cue.start]
            negated = any(w in _NEGATORS or w.endswith("N'T") for w in window)
            # cues earlier in the same clause govern this one: "avoids ... demanding X" is -1
            clause_start = _clause_start(keys, cue.start)
            polarity = cue.polarity
            if any(w in _LACK for w in keys[max(0, hits[0] - 4) : hits[0]]):
                polarity = -polarity  # "concerns over the lack of guarantees"
            for other in cues:
                if clause_start < other.start < cue.start:
                    polarity *= other.polarity
            # the words of the actors' own names and titles ("Foreign Minister") and those of
            # the issue's keywords ("special status", which the low label negates) say nothing
            # about which end of the scale the sentence leans to
            named = blocked | _keyword_tokens(keys, issue)
            free = [k for i, k in enumerate(keys) if i not in named]
            direction = polarity * (-1 if negated else 1) * orientation(issue, free)
            strength = cue.strength * (1.0 if len(tokens) <= 40 else 0.7)
            for ref in speaker:
                for actor in map_actor(ref, scenario):
                    key = (actor.id, issue.id, sentence)
                    if key in seen:
                        continue
                    seen.add(key)
                    found.append(
                        StanceEvidence(
                            actor=actor.id,
                            issue=issue.id,
                            direction=float(direction),
                            strength=round(strength, 3),
                            quote=re.sub(r"\s+", " ", sentence).strip(),
                            document_id=doc.id,
                            source=doc.source or doc.title,
                            date=doc.date,
                        )
                    )
        if speaker_of_sentence:
            last_speaker = speaker_of_sentence
    return found


def evidence_in_store(
    scenario: Scenario, store: Store, speaker_finder: SpeakerFinder | None = None
) -> tuple[list[Document], list[StanceEvidence]]:
    """The stored documents (near-duplicates left out: their original carries the same
    statements) and the stance evidence found in them for ``scenario`` (``speaker_finder``:
    as in :func:`extract_evidence`)."""
    docs: list[Document] = []
    for info in store.documents():
        if info.near_duplicate_of:
            continue
        doc = store.document(info.id)
        if doc is not None:
            docs.append(doc)
    found: list[StanceEvidence] = []
    for doc in docs:
        found.extend(extract_evidence(doc, scenario, speaker_finder))
    return docs, found
