"""PLOVER 2.0 event coding with CAMEO verb patterns and a gazetteer (no statistical model).

For each sentence the coder finds actor mentions (:mod:`accord.news.resolve`) and trigger
words: the verbs of the CAMEO verb dictionary of PETRARCH2 (``CAMEO.2.0.txt``, with their
pattern lists) and a short curated list of diplomatic triggers (``curated.yaml``: "talks",
"called for", "vetoed"...). A verb's CAMEO code is that of its best matching pattern (words
that must follow or precede it within a short window), else the default code of its block.
CAMEO codes become PLOVER 2.0 types and modes by the OEDA CAMEO2PLOVER-2021 table; CAMEO 01
(statements) and 02 (appeals) have no PLOVER type and code nothing. Negated cooperative
triggers ("refused to meet", "did not agree") become REJECT.

Source: the nearest actor (or compound) before the trigger; else the agent of a passive "by";
else the first actor after it. Target: the first other actor after the trigger. This is the
shallow, order-based heuristic of TABARI-era coders; it has no parse tree, so it errs on
long sentences with several clauses. See docs/event-coding.md.

On top of that, conventions of the CAMEO and PLOVER codebooks and of the OEDA gold standard:
intent ("will support" -> AGREE, "may impose" -> THREATEN; CAMEO 03/13), appeals as requests
(CAMEO 02; the PLOVER 2.0 definition of REQUEST), request and aid nouns as objects ("accepted
demands" 083, "sent arms" 072), agentless passives with a place, joint acts of compounds,
domestic recipients of protest, coercion and assault, and agents without a country coded from
their location or the sentence. docs/validation-events.md gives the figures and how the rules
were kept apart from the held-out data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from accord.news.gazetteer import (
    Gazetteer,
    Key,
    Token,
    load,
    load_raw,
    longest_prefix,
    phrase_key,
    prefix_set,
    tokenize,
)
from accord.news.home import home_country
from accord.news.meetings import hosted_roles, meeting_place
from accord.news.resolve import Mention, find_mentions, group_actors
from accord.news.types import PLOVER_TYPES, ActorRef, Document, Event, event_key

_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
_NEGATIONS = {
    "NOT",
    "NEVER",
    "N'T",
    "NO",
    "REFUSED",
    "REFUSES",
    "REFUSE",
    "DECLINED",
    "DECLINES",
    "RULED",
    "CANNOT",
}
_MODALS = {"MUST", "SHOULD"}
# CAMEO 03 ("express intent to cooperate") and 13 ("threaten"): a future or intended act
_FUTURE = {"WILL", "WOULD", "SHALL", "'LL"}
_MAYBE = {"MAY", "MIGHT", "COULD"}
_INTENT_TO = {
    "PLANS",
    "PLANNED",
    "PLAN",
    "PREPARED",
    "READY",
    "WILLING",
    "INTENDS",
    "INTENDED",
    "INTEND",
    "OFFERED",
    "OFFERS",
    "PROMISED",
    "PROMISES",
    "PLEDGED",
    "PLEDGES",
    "VOWED",
    "VOWS",
}
# "decided to VERB": the decision is the act, taken (CAMEO codes DECIDE as 030, an intent to
# cooperate, whatever is decided); the complement types it ("decided to expel 12 ...
# officials", "decided ... to close its border") and, unlike "plans to", is not future
_DECIDED = {"DECIDED", "DECIDES", "DECIDE"}
_HOSTILE = {"COERCE", "ASSAULT", "MOBILIZE", "SANCTION"}
_PRONOUNS = {"HE", "SHE", "THEY", "IT"}

VIOLENT_LEMMAS = frozenset(
    {
        "attack",
        "strike",
        "bomb",
        "shell",
        "kill",
        "shoot",
        "fire",
        "invade",
        "assault",
        "raid",
        "clash",
        "fight",
        "wound",
        "destroy",
        "launch",
        "hit",
        "bombard",
        "massacre",
        "execute",
        "torture",
        "abduct",
        "kidnap",
        "explode",
        "detonate",
        "target",
        "ambush",
        "storm",
        "capture",
        "seize",
        "occupy",
        "drone",
        "missile",
        "airstrike",
        "shelling",
        "offensive",
        "artillery",
        "rocket",
        "battle",
        "combat",
        "war",
        "beat",
        "injure",
        "murder",
        "assassinate",
        "behead",
        "blast",
        "mortar",
        "sniper",
        "violence",
        "casualty",
        "dead",
    }
)
VIOLENT_TYPES = frozenset({"ASSAULT"})
"""The violent types: both coders code one only where the sentence names a violent act
(issue 14 item 5: "a violent type needs a violent act in the sentence, not a verb of
contact"), one of :data:`VIOLENT_LEMMAS` ("engaging directly with Putin", "deterring further
aggression" name none)."""
_GENERIC_FORCE = {"19", "190"}
"""CAMEO's "use conventional military force, not specified below": the code the dictionary
gives a verb of contact or continuation by default ("engage", "further"); a violent event
coded with it needs a violent word in the sentence (:func:`violent_act`), while a specific
violent code names the act itself ("demolished" 1712, "throwing stones" 182)."""
_IRREGULAR = {"FOUGHT": "fight", "STRUCK": "strike", "SHOT": "shoot", "BEATEN": "beat"}
_BLOW = {"BLOW", "BLOWS", "BLEW", "BLOWN", "BLOWING"}


def violent_act(tokens: Iterable[Token]) -> bool:
    """Whether the words name a violent act: a word whose base form (regular English
    inflection undone, or an irregular past) is one of :data:`VIOLENT_LEMMAS`, in a violent
    sense (:func:`violent_sense`: not "the fight against corruption", "a carrier strike
    group")."""
    words = list(tokens)
    keys = [t.key for t in words]
    for i, token in enumerate(words):
        key = token.key
        if key in _BLOW and i + 1 < len(words) and words[i + 1].key == "UP":
            return True  # "blew up a house": an explosion
        if _violent_word(key) and violent_sense(keys, i):
            return True
    return False


# ----------------------------------------------------------------------------------------------
# s29-violent (issue 14 item 5: "a violent type needs a violent act in the sentence"): a
# violent word in a sense that names no violent act (docs/validation-events/session-29-violent.md)
# ----------------------------------------------------------------------------------------------

_NONVIOLENT_HEADS = frozenset(
    {
        # economic and legal instruments: "the loss and damage fund", "attack insurance"
        "FUND",
        "FUNDS",
        "FUNDING",
        "FINANCE",
        "FINANCING",
        "FACILITY",
        "COMPENSATION",
        "INSURANCE",
        "PAYMENT",
        "PAYMENTS",
        "CLAIM",
        "CLAIMS",
        # reports and assessments: "a damage report", "damage assessment"
        "REPORT",
        "REPORTS",
        "ASSESSMENT",
        "ASSESSMENTS",
        # institutions and units: "a carrier strike group", "a war committee"
        "GROUP",
        "GROUPS",
        "COMMITTEE",
        "COMMISSION",
        "COUNCIL",
        "CABINET",
        # exercises and capacities: "combat training", "battle manoeuvres", "live-fire drills"
        "TRAINING",
        "DRILL",
        "DRILLS",
        "EXERCISE",
        "EXERCISES",
        "MANOEUVRES",
        "MANEUVERS",
        "CAPABILITY",
        "CAPABILITIES",
        "READINESS",
    }
)
"""Heads of a noun phrase that a violent word may modify without naming an act: the phrase
names an economic, legal or institutional thing, a report, an exercise or a capacity."""
_ABSTRACT_OBJECTS = frozenset(
    {
        # social ills fought, combated, battled (crime, economy, health, climate)
        "CORRUPTION",
        "GRAFT",
        "CRIME",
        "CRIMINALITY",
        "TRAFFICKING",
        "SMUGGLING",
        "LAUNDERING",
        "FRAUD",
        "SCAMS",
        "IMPUNITY",
        "DRUGS",
        "NARCOTICS",
        "POVERTY",
        "HUNGER",
        "INFLATION",
        "UNEMPLOYMENT",
        "CLIMATE",
        "DISEASE",
        "DISEASES",
        "PANDEMIC",
        "EPIDEMIC",
        "DISINFORMATION",
        "MISINFORMATION",
        "RACISM",
        "DISCRIMINATION",
        # values and institutions attacked in words: "a deliberate attack on its sovereignty"
        "SOVEREIGNTY",
        "DEMOCRACY",
        "FREEDOM",
        "FREEDOMS",
        "INDEPENDENCE",
        "CONSTITUTION",
        "MULTILATERALISM",
    }
)
"""Objects that make a violent word figurative ("fighting graft", "to combat climate change",
"the war on drugs", "an attack on democracy"): a social ill, or a value or institution, not a
person, a place or a force."""
_OBJECT_END = frozenset(
    {",", ".", ";", ":", "(", ")", "IN", "AT", "BY", "WITH", "FOR", "TO", "FROM", "AND", "OR"}
)
_OBJECT_HEAD_END = _OBJECT_END | {
    '"',
    "THAT",
    "WHICH",
    "WHO",
    "IS",
    "ARE",
    "WAS",
    "WERE",
    "HAS",
    "HAVE",
    "HAD",
    "WILL",
    "WOULD",
    "CHANGE",  # "climate change"
    "CRISIS",  # "the climate crisis"
}
"""What may follow the head of a figurative object: the phrase ends there, or a compound
head of an ill follows; any other word may be a noun the first one modifies ("a strike on a
narcotics vessel" is an attack on a vessel)."""


def violent_sense(keys: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` of a sentence's upper-case ``keys`` (a violent word) is used
    in a violent sense, the act issue 14 item 5 asks a violent type for. Not so (a word class
    each, no list of sentences): a modifier of an economic, legal or institutional head, a
    report, an exercise or a capacity (:data:`_NONVIOLENT_HEADS`: "the loss and damage fund",
    "the carrier strike group"); a word whose object, within four words ("against", "on",
    articles and modifiers before it; a comma, a preposition of place, time or goal or a
    conjunction ends it), has a social ill, a value or an institution as its head
    (:data:`_ABSTRACT_OBJECTS`, followed by :data:`_OBJECT_HEAD_END`: "fighting graft", "to
    combat climate change", "an attack on its sovereignty")."""
    if i + 1 < len(keys) and keys[i + 1] in _NONVIOLENT_HEADS:
        return False
    for j in range(i + 1, min(i + 5, len(keys))):
        if keys[j] in _OBJECT_END:
            break
        after = keys[j + 1] if j + 1 < len(keys) else "."
        if keys[j] in _ABSTRACT_OBJECTS and after in _OBJECT_HEAD_END:
            return False  # the object's head, not a modifier ("a strike on a narcotics vessel")
    return True


def _nonviolent_trigger(tokens: list[Token], trig: Trigger) -> bool:
    """A violent type's trigger whose head word (its last) is not in a violent sense
    (:func:`violent_sense`): "the loss and damage fund" is no assault."""
    return not violent_sense([t.key for t in tokens], trig.end - 1)


# ----------------------------------------------------------------------------------------------
# s31-arrest: an arrest named by its verb is COERCE `arrest`, not CAMEO 175's ASSAULT
# (docs/validation-events/session-31-arrest.md)
# ----------------------------------------------------------------------------------------------

_ARREST_VERB = re.compile(r"(?:ARREST|DETAIN|JAIL|IMPRISON|APPREHEND)(?:S|ED|ING)?")
_ROUND_UP = frozenset({"ROUND", "ROUNDS", "ROUNDED", "ROUNDING"})
_TAKE = frozenset({"TAKE", "TAKES", "TOOK", "TAKEN", "TAKING"})
_ARREST_CODE = "173"


def arrest_verb(keys: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` of a sentence's upper-case ``keys`` is a verb of arrest or
    detention: arrest, detain, jail, imprison, apprehend (any regular form), "round up" or
    "take into custody"."""
    key = keys[i]
    if _ARREST_VERB.fullmatch(key):
        return True
    after = keys[i + 1 : i + 3]
    if key in _ROUND_UP:
        return after[:1] == ["UP"]
    return key in _TAKE and after == ["INTO", "CUSTODY"]


def _arrest_not_assault(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None, violent: bool
) -> tuple[Trigger, tuple[str, str | None] | None]:
    """An arrest or detention named by its verb (:func:`arrest_verb`) that a CAMEO pattern typed
    violent (the ARREST and DETAIN blocks' 175, "use tactics of violent repression", for whom
    or when one arrests: "arrested 500 protesters", "during demonstrations"; ASSAULT
    `pro_autocracy` in the CAMEO->PLOVER table) is COERCE `arrest` (CAMEO 173), unless the
    sentence names a violent act beside it (``violent``: :func:`violent_act`, "beat and
    arrested"). Any other trigger is returned as it is."""
    if mapped is None or mapped[0] not in VIOLENT_TYPES or violent:
        return trig, mapped
    if not arrest_verb([t.key for t in tokens], trig.start):
        return trig, mapped
    return replace(trig, cameo=_ARREST_CODE), cameo_to_plover(_ARREST_CODE)


# ----------------------------------------------------------------------------------------------
# s33-suspended: what is suspended decides SANCTION or COERCE
# (docs/validation-events/session-33-suspended.md)
# ----------------------------------------------------------------------------------------------

_SUSPEND_WORD = re.compile(r"SUSPEN(?:D|DS|DED|DING|SION|SIONS)")
# political life (CAMEO 1722, "ban political parties or politicians": COERCE `ban`)
_SUSPENDED_POLITICS = frozenset({"PARTY", "POLITICAL"})
# freedoms, the media and movement (CAMEO 1721, "impose restrictions on political freedoms":
# COERCE `restrict`; PLOVER 2.0 table 3.10's `restrict`, `censor` and `withhold`)
_SUSPENDED_FREEDOMS = frozenset(
    {"ELECTORAL", "ELECTION", "PARLIAMENT", "CONSTITUTION", "VISA", "VISA-FREE", "INTERNET"}
    | {"MEDIA", "BROADCAST", "BROADCASTER", "NEWSPAPER", "PUBLICATION", "OUTLET", "RADIO"}
    | {"TELEVISION"}
)
# exchanges with another party: suspending them reduces relations (SANCTION), whatever names
# them ("its election observation mission", "media cooperation with")
_SUSPENDED_EXCHANGES = frozenset(
    {"MISSION", "OBSERVER", "OBSERVATION", "AID", "ASSISTANCE", "FUNDING", "FUND", "TRADE"}
    | {"COOPERATION", "TALK", "NEGOTIATION", "TIE", "RELATION", "MEMBERSHIP", "PARTICIPATION"}
)
_SUSPENDED_OWN = frozenset({"ITS", "THEIR", "HIS", "HER", "OUR", "MY"})
_SUSPENDED_OFFICE = frozenset({"OFFICE", "POST", "DUTY", "POSITION", "FUNCTION"})
# the words that end the object's noun phrase: a preposition other than "of", a conjunction,
# a quotation mark
_SUSPENDED_END = frozenset(
    {"FOR", "WITH", "FROM", "TO", "IN", "ON", "AT", "UNTIL", "AFTER", "BEFORE", "OVER", "BY"}
    | {"AGAINST", "BETWEEN", "AMID", "DURING", "THROUGH", "UNDER", "INTO", "AND", "OR", "AS"}
    | {"“", "”", '"', "."}
)


def suspended_freedom(keys: Sequence[str], end: int) -> str | None:
    """The CAMEO code of what a suspension at ``end`` of a sentence's upper-case ``keys`` (the
    word after "suspended", or after "suspension of") suspends, where that is a freedom at
    home rather than an exchange with another party: political parties or political activity
    (1722, COERCE `ban`: "suspended the activities of political parties"), an official from
    office (1722: "suspended Machar from office"), elections, parliament, the constitution,
    the media, internet access or visas (1721, COERCE `restrict`: "suspended the country's
    electoral process", "suspended broadcasts of French news outlets", "a partial suspension
    of visa issuance"); else None. The object is its noun phrase (up to six words, through
    "of", to a comma, another preposition, a conjunction or a quotation mark); one that opens
    with a possessive pronoun is the subject's own ("suspended its political activities") and
    one that names an exchange ("election observation mission", "aid") is a reduction of
    relations: None for both."""
    words: list[str] = []
    at = end
    while at < len(keys) and len(words) < 6:
        key = keys[at]
        if key in _SUSPENDED_END or key in _CLAUSE_STOP or key == ",":
            break
        words.append(fold_noun(key))
        at += 1
    if not words or words[0] in _SUSPENDED_OWN or _SUSPENDED_EXCHANGES & set(words):
        return None
    office = [k for k in keys[at + 1 : at + 3] if k not in _SUSPENDED_OWN][:1]
    if (
        at < len(keys)
        and keys[at] == "FROM"
        and office
        and fold_noun(office[0]) in _SUSPENDED_OFFICE
    ):
        return "1722"  # "suspended Machar from office"
    if _SUSPENDED_POLITICS & set(words):
        return "1722"
    if _SUSPENDED_FREEDOMS & set(words):
        return "1721"
    return None


def _suspension_not_sanction(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> tuple[Trigger, tuple[str, str | None] | None]:
    """A suspension (the verb or the noun, "suspended", "the suspension of") that the CAMEO
    dictionary reads as reducing relations (CAMEO 16, SANCTION) but whose object is a freedom
    at home (:func:`suspended_freedom`: political parties, elections, the media, visas) is
    COERCE with that code's mode (CAMEO 1722 or 1721; PLOVER 2.0 sec. 3.15, "repression,
    restrictions on rights"). Any other trigger is returned as it is."""
    if mapped is None or mapped[0] != "SANCTION":
        return trig, mapped
    if not _SUSPEND_WORD.fullmatch(tokens[trig.start].key):
        return trig, mapped
    keys = [t.key for t in tokens]
    end = trig.end
    if end < len(keys) and keys[end - 1] != "OF" and keys[end] == "OF":
        end += 1  # "the suspension of the electoral process"
    code = suspended_freedom(keys, end)
    if code is None:
        return trig, mapped
    return replace(trig, cameo=code), cameo_to_plover(code)


@lru_cache(maxsize=1 << 16)
def _violent_word(key: str) -> bool:
    """Whether one word (its gazetteer key) is an irregular violent past or, with regular
    English inflection undone, one of :data:`VIOLENT_LEMMAS` (memoised: every sentence the
    coders read is scanned, word by word)."""
    if key in _IRREGULAR:
        return True
    word = key.lower()
    forms = {word}
    for suffix in ("s", "es", "d", "ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms |= {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # "hitting", "shelled" stays "shell"
    return bool(forms & VIOLENT_LEMMAS)


_POST_WINDOW = 10
_PRE_WINDOW = 6
_TARGET_WINDOW = 18
_CLAUSE_STOP = {";", ":", "BUT", "WHILE", "WHEREAS", "ALTHOUGH"}
# a verb's pattern words lie in its own clause: these words open another one
_PATTERN_STOP = _CLAUSE_STOP | {
    ",",
    "THAT",
    "WHICH",
    "WHO",
    "WHOSE",
    "WHERE",
    "WHEN",
    "BECAUSE",
    "SINCE",
    "IF",
    "UNLESS",
    "UNTIL",
    "AFTER",
    "BEFORE",
}


@dataclass(frozen=True)
class Pattern:
    pre: tuple[frozenset[str], ...]
    post: tuple[frozenset[str], ...]
    code: str
    verb: str = ""  # the verb the pattern was written for (CAMEO.2.0.txt comment)


@dataclass(frozen=True)
class VerbBlock:
    name: str
    code: str
    patterns: tuple[Pattern, ...]
    fallback: str = ""  # for a block without a default: the code most of its patterns share
    cooperative: bool = False  # most coded patterns are cooperative (CAMEO 03-08)


def _block_fallback(code: str, patterns: tuple[Pattern, ...]) -> str:
    """The CAMEO root that at least 60% of a "---" block's coded patterns (five or more) give,
    as a three-digit ``R0`` code ("REFUSE" -> 120); else ""."""
    if code not in ("---", ""):
        return ""
    roots = [p.code[:2] for p in patterns if p.code[:2].isdigit()]
    if len(roots) < _FALLBACK_MIN:
        return ""
    top = max(set(roots), key=roots.count)
    if roots.count(top) < _FALLBACK_SHARE * len(roots) or top == "01":
        return ""
    return top + "0"


_FALLBACK_MIN = 5
_FALLBACK_SHARE = 0.6


@dataclass(frozen=True)
class VerbSense:
    """One verb of a CAMEO block: its default code (own or the block's) and its patterns."""

    block: VerbBlock
    code: str
    patterns: tuple[Pattern, ...]
    base: str = ""


@dataclass
class Lexicon:
    """Trigger tables compiled from the packaged data."""

    verbs: dict[Key, list[VerbSense]]
    curated: dict[Key, str]
    cameo_plover: dict[str, tuple[str, str]]
    max_len: int
    prefixes: frozenset[Key] = field(init=False, repr=False, compare=False)
    """Leading parts of the trigger phrases (:func:`accord.news.gazetteer.prefix_set`)."""

    def __post_init__(self) -> None:
        self.prefixes = prefix_set((*self.verbs, *self.curated), self.max_len)


@lru_cache(maxsize=1 << 16)
def fold_noun(word: str) -> str:
    """A crude singular of a pattern or text word ("DEMANDS" -> "DEMAND", "PARTIES" ->
    "PARTY"), so that CAMEO patterns written with one number match the other. Memoised:
    trigger matching folds every word in a window around each candidate verb, the same few
    thousand words again and again (docs/benchmarks-news.md)."""
    if len(word) > 4 and word.endswith("IES"):
        return word[:-3] + "Y"
    if len(word) > 3 and word.endswith("S") and not word.endswith(("SS", "US", "IS")):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The CAMEO trigger lexicon (cached): the shipped, prebuilt one
    (:mod:`accord.news.tables`) when it was built from the present sources, else built."""
    from accord.news.tables import shipped

    tables = shipped()
    return build_lexicon() if tables is None else tables.lexicon


def build_lexicon() -> Lexicon:
    """The lexicon, built from the package's data files (:func:`load_raw`)."""
    raw = load_raw()
    verbs: dict[Key, list[VerbSense]] = {}
    for block in raw["generated"]["verbs"]:
        compiled = _compile_block(block)
        bases = {v["base"] for v in block.get("verbs", [])}
        for verb in block.get("verbs", []) or [{"base": "", "forms": block["forms"], "code": ""}]:
            code = verb["code"] or compiled.code
            sense = VerbSense(
                compiled, code, _patterns_for(compiled, verb["base"], code, bases), verb["base"]
            )
            for form in verb["forms"]:
                verbs.setdefault(tuple(form.split()), []).append(sense)
    curated = {phrase_key(k): str(v) for k, v in raw["curated"].get("triggers", {}).items()}
    table = {k: (v[0], v[1]) for k, v in raw["generated"]["cameo_plover"].items()}
    max_len = max(len(k) for k in [*verbs, *curated])
    return Lexicon(verbs, curated, table, max_len)


def _re_base(base: str) -> str:
    return base[2:] if base.startswith("RE") and len(base) > 5 else base


def _patterns_for(block: VerbBlock, base: str, code: str, bases: set[str]) -> tuple[Pattern, ...]:
    """The patterns of a block that apply to one of its verbs.

    PETRARCH applies a block's patterns to all its verbs. Here a pattern written for another
    verb of the block applies only when it keeps the verb's CAMEO root ("support ... effort",
    written for BACK, is still 05) or the verb has no code of its own: an idiom that changes
    the category ("take part" -> 030 in the block of "capture", "blast" as criticism in the
    block of "blow up") stays with its own verb.
    """
    if not base:
        return block.patterns
    root = code[:2] if code[:2].isdigit() else ""
    out = []
    for pattern in block.patterns:
        # a "re-" verb repeats its base verb's act: REIMPOSE reads IMPOSE's patterns
        own = pattern.verb in (base, _re_base(base)) or pattern.verb not in bases
        if own or not root or pattern.code[:2] == root:
            out.append(pattern)
    return tuple(out)


def _compile_block(block: dict[str, Any]) -> VerbBlock:
    patterns = tuple(
        Pattern(
            tuple(frozenset(fold_noun(w) for w in e) for e in p["pre"]),
            tuple(frozenset(fold_noun(w) for w in e) for e in p["post"]),
            p["code"],
            p.get("verb", ""),
        )
        for p in block["patterns"]
    )
    code = block["code"]
    roots = [p.code[:2] for p in patterns if p.code[:2].isdigit() and p.code[:2] != "01"]
    cooperative = bool(roots) and sum("03" <= r <= "08" for r in roots) >= 0.5 * len(roots)
    return VerbBlock(block["name"], code, patterns, _block_fallback(code, patterns), cooperative)


@lru_cache(maxsize=4096)
def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """PLOVER type and mode of a CAMEO code, by the most specific prefix in the OEDA table.
    Memoised (a few hundred codes; the rules coder asks twice per trigger, the nlp coder's
    prior and modes once per verb)."""
    code = code.strip()
    if not code or not code[:2].isdigit() or code[:2] == "01":
        return None
    if code[:2] == "02":
        # CAMEO 02 "appeal" is absent from the 2021 table; the PLOVER 2.0 codebook defines
        # REQUEST as "all requests, demands, and orders", so appeals are requests, with the
        # codebook's modes (assist / change / yield / meet) by the CAMEO 02 subcodes
        return "REQUEST", _APPEAL_MODES.get(code[:3])
    if code.startswith(_SANCTION_CODES):
        return "SANCTION", "discontinue"
    table = lexicon().cameo_plover
    for length in range(len(code), 1, -1):
        hit = table.get(code[:length])
        if hit:
            kind, mode = hit
            return (kind if kind in PLOVER_TYPES else _OLD_TYPES.get(kind, kind)), (mode or None)
    return None


_APPEAL_MODES = {
    "021": "assist",
    "022": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}

# PLOVER 2.0 (manual of 4 February 2024, sec. 3.13.3 and table 7.1: CAMEO 16 "reduce
# relations" is SANCTION, and "(political or economic) sanctions are coded as 'discontinue'")
# against the 2021 draft table, which files CAMEO 163 (impose embargo, boycott or sanctions)
# under COERCE
_SANCTION_CODES = ("163",)

_OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",
}


# ----------------------------------------------------------------------------------------------
# Sentences
# ----------------------------------------------------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|No|Gov|Prof|Jr|Sr|vs|Inc|Co|Corp)|"
    r"\b(?:[A-Z]\.){1,}[A-Z])$"
)
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: lines are split at ends of sentences, not abbreviations."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        offset, chunk = line.start(), line.group()
        start = 0
        for match in _END.finditer(chunk):
            before = chunk[start : match.start() + 1]
            if _ABBREV.search(before[:-1]) or re.search(r"\b[A-Z]\.$", before):
                continue
            piece = chunk[start : match.end()].strip()
            if piece:
                s = offset + start + (len(chunk[start:]) - len(chunk[start:].lstrip()))
                spans.append((s, s + len(piece)))
            start = match.end()
        rest = chunk[start:]
        if rest.strip():
            s = offset + start + (len(rest) - len(rest.lstrip()))
            spans.append((s, s + len(rest.strip())))
    return spans


# ----------------------------------------------------------------------------------------------
# Triggers
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    start: int  # token index
    end: int
    cameo: str
    score: float  # how specific the match was
    how: str  # "pattern", "curated", "default"
    speech: bool = False  # a verb of saying ("said", "told"): its complement usually codes better
    cooperative: bool = False  # a verb without a code whose block is mostly cooperative


def _match_seq(elements: Sequence[frozenset[str]], words: list[str]) -> int | None:
    """Match elements in order inside ``words`` (each at the first word it holds after the
    last match); return the span used, or None."""
    pos = 0
    size = len(words)
    for element in elements:
        while pos < size and words[pos] not in element:
            pos += 1
        if pos >= size:
            return None
        pos += 1
    return pos


# A request as the object of a verb of answering (CAMEO 083 "accede to demands", 12
# "reject"): "accepted demands", "dismissed an appeal", "turned down the request". The nouns
# are CAMEO's own words for requests (its DEMAND/APPEAL/REQUEST patterns), in singular form.
_REQUEST_NOUNS = frozenset(
    {"DEMAND", "APPEAL", "REQUEST", "PLEA", "CALL", "ULTIMATUM", "PROPOSAL", "OFFER", "BID"}
)
_TALK_NOUNS = frozenset({"TALK", "DISCUSSION", "NEGOTIATION", "MEETING", "DIALOGUE"})
_GIVING = frozenset({"SEND", "DELIVER", "PROVIDE", "SHIP", "SUPPLY", "GIVE", "DONATE", "AIRLIFT"})
_DISPATCHING = frozenset({"ANNOUNCE", "DISPATCH", "RUSH", "EXTEND", "DEPLOY", "ALLOCATE"})
# CAMEO files ISSUE in its GRANT block (060, material cooperation, for "issued visas") and
# codes its statement patterns 010 ("issue statement / report / press release"): "issue" that
# matches none of its patterns is a verb of publishing, a statement (CAMEO 010), whose
# complement carries the event ("issued confirmation of a meeting", "the joint statement
# issued following the talks")
_PUBLISHING = frozenset({"ISSUE"})
_OBJECT_RULES: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    (
        frozenset(
            {"ACCEPT", "MEET", "HEED", "SATISFY", "GRANT", "AGREE", "ACCEDE", "BOW", "YIELD"}
        ),
        frozenset({"DEMAND"}),
        "083",
    ),
    (
        frozenset({"REJECT", "DISMISS", "SPURN", "REBUFF", "IGNORE", "DENY", "TURN"}),
        _REQUEST_NOUNS,
        "120",
    ),
    # CAMEO 072 / 073 / 071: what is given names the kind of aid ("sent arms", "delivered
    # food and medicine", "provided a loan"); CAMEO 161: "broke off / cut relations"
    (_GIVING, frozenset({"ARM", "WEAPON", "AMMUNITION", "MISSILE", "TANK", "JET"}), "072"),
    (
        _GIVING,
        frozenset({"FOOD", "MEDICINE", "RELIEF", "HUMANITARIAN", "TENT", "BLANKET", "VACCINE"}),
        "073",
    ),
    (_GIVING, frozenset({"LOAN", "GRANT", "CREDIT", "FUND", "MONEY", "DOLLAR", "EURO"}), "071"),
    (_GIVING, frozenset({"AID", "ASSISTANCE", "SUPPLY"}), "070"),
    # CAMEO 073 / 070 (PROVIDE AID): aid announced or dispatched is aid given ("announced
    # urgent humanitarian assistance", "dispatched a rescue team"); pledges stay CAMEO 03
    (
        _DISPATCHING,
        frozenset({"HUMANITARIAN", "RELIEF", "RESCUE", "FOOD", "MEDICINE"}),
        "073",
    ),
    (_DISPATCHING, frozenset({"AID", "ASSISTANCE"}), "070"),
    (
        frozenset({"BREAK", "CUT", "SEVER", "SUSPEND", "DOWNGRADE"}),
        frozenset({"RELATION", "TIE"}),
        "161",
    ),
    # CAMEO 161 "reduce or break diplomatic relations": recalling or withdrawing envoys
    # ("withdrew their ambassadors from Algeria"), not a military retreat (0872)
    (
        frozenset({"WITHDRAW", "RECALL"}),
        frozenset({"AMBASSADOR", "ENVOY", "DIPLOMAT", "EMBASSY"}),
        "161",
    ),
    # CAMEO 144 "obstruct passage, block" (PLOVER PROTEST): crowds blocking streets or
    # roads ("blocked streets in Hong Kong"), not a blockade imposed by a state (CAMEO 191)
    (frozenset({"BLOCK", "BARRICADE"}), frozenset({"STREET", "ROAD", "HIGHWAY"}), "144"),
    # CAMEO 163 (PLOVER 2.0 sec. 3.13): adopting or extending sanctions imposes them
    # ("adopted its 16th package of sanctions"), whatever the verb's own code
    (
        frozenset({"ADOPT", "APPROVE", "PASS", "UNVEIL", "EXTEND", "TIGHTEN", "EXPAND"}),
        frozenset({"SANCTION", "TARIFF", "EMBARGO"}),
        "163",
    ),
    # CAMEO 163 again: the verbs that put a measure in force ("imposed an extra 25 percent
    # tariff", "implementing an 84% tariff", "unleashed its biggest sanctions package"), which
    # CAMEO codes 172 (administrative sanctions, COERCE) or by their own block without it
    (
        frozenset({"IMPOSE", "IMPLEMENT", "SLAP", "LEVY", "UNLEASH"}),
        frozenset({"SANCTION", "TARIFF", "EMBARGO"}),
        "163",
    ),
    # CAMEO 154 "mobilize or increase armed forces" (PLOVER MOBILIZE): troops sent or deployed
    # ("is deploying 40,000 troops", "sending about 3,000 additional troops"); the verbs have
    # no code of their own in the CAMEO dictionary ("---")
    (
        frozenset({"DEPLOY", "SEND", "DISPATCH", "RUSH", "STATION"}),
        frozenset({"TROOP", "SOLDIER", "WARSHIP", "BATTALION", "BRIGADE", "PARATROOPER"}),
        "154",
    ),
    # CAMEO 111 / PLOVER ACCUSE ("disapprove"): summoning a foreign envoy is the diplomatic
    # form of an official protest ("summoned Niger's ambassador to complain"), not a meeting
    # (CAMEO's SUMMON block default, 040 CONSULT)
    (frozenset({"SUMMON"}), frozenset({"AMBASSADOR", "ENVOY", "DIPLOMAT", "CHARGE"}), "111"),
    # CAMEO 040 / 045: leading or facilitating talks is taking part in them or mediating
    # ("led discussions with", "facilitated months of talks"), not material cooperation
    (frozenset({"LEAD", "CHAIR", "CONDUCT"}), _TALK_NOUNS, "040"),
    (frozenset({"FACILITATE", "BROKER", "SPONSOR", "ARRANGE"}), _TALK_NOUNS, "045"),
)


def _statement_block(block: VerbBlock) -> bool:
    return block.code.startswith(("01", "02"))


def _verb_trigger(
    blocks: list[VerbSense],
    tokens: list[Token],
    i: int,
    n: int,
    stop: int,
    blocked: set[int] | None = None,
) -> Trigger | None:
    end = min(stop, i + n + _POST_WINDOW)
    post = [fold_noun(t.key) for t in tokens[i + n : end]]
    pre = [fold_noun(t.key) for t in tokens[max(0, i - _PRE_WINDOW) : i]]
    # a verb of saying governs its object, not the clause it reports: "said Russia supports"
    # must not match the SAY pattern "* SUPPORT" (a statement of support)
    subject = next(
        (
            j - i - n
            for j in range(i + n, end)
            if tokens[j].key in _PRONOUNS or (blocked is not None and j in blocked)
        ),
        len(post),
    )
    best: tuple[float, str] | None = None
    before = pre[::-1]  # the words before the verb are matched from the verb outwards
    post_words = set(post)
    for sense in blocks:
        statement = _statement_block(sense.block) and subject < len(post)
        block_post = post[:subject] if statement else post
        words = set(block_post) if statement else post_words
        for pattern in sense.patterns:
            # a pattern whose first element names no word after the verb cannot match (the
            # cheap test first: most of a verb's patterns fail here)
            if pattern.post and pattern.post[0].isdisjoint(words):
                continue
            used_post = _match_seq(pattern.post, block_post)
            if used_post is None:
                continue
            used_pre = _match_seq(pattern.pre[::-1], before)
            if used_pre is None:
                continue
            size = len(pattern.post) + len(pattern.pre)
            if size == 0:
                continue
            score = 10.0 * size - 0.5 * (used_post + used_pre)
            if best is None or score > best[0]:
                best = (score, pattern.code)
    if best is not None:
        return Trigger(i, i + n, best[1], best[0], "pattern")
    codes = [b.code for b in blocks if b.code and b.code != "---"]
    if codes:
        return Trigger(i, i + n, codes[0], 0.0, "default")
    fallbacks = [b.block.fallback for b in blocks if b.block.fallback]
    if fallbacks:
        return Trigger(i, i + n, fallbacks[0], -1.0, "default")
    return Trigger(i, i + n, "---", 0.0, "default")


_DETERMINERS = {
    "THE",
    "A",
    "AN",
    "THIS",
    "THESE",
    "THOSE",
    "ITS",
    "THEIR",
    "HIS",
    "HER",
    "OUR",
    "MY",
    "YOUR",
    "'S",
    "ANY",
    "NO",
    "SUCH",
    "EACH",
    "EVERY",
    "SOME",
    "OF",
    "FOR",
    "WITH",
    "ABOUT",
    "ON",
    "IN",
    "AT",
    "FROM",
    "INTO",
    "AMID",
    "DESPITE",
    "OVER",
    "UNDER",
    "BETWEEN",
    "AMONG",
    "AGAINST",
    "WITHOUT",
    "MORE",
    "MOST",
    "LESS",
    "FURTHER",
    "POSSIBLE",
    "POTENTIAL",
    "NEW",
    "JOINT",
    "KEY",
    "MAIN",
    "OTHER",
    "SAME",
    "STARK",
    "NEXT",
    "GROWING",
    "ONGOING",
    "RECENT",
}
_SUBJECTS = {"HE", "SHE", "IT", "WHO", "WHICH", "THAT", "THEY", "WE", "I", "YOU", "ALSO", "AND"}
_NOT_TRIGGERS = {
    "ACCORDING",
    "UNITED",
    "SURROUNDING",
    "REGARDING",
    "CONCERNING",
    "FOLLOWED",
    "FOLLOWING",
    "INCLUDING",
    "BASED",
    "LOCATED",
    "TITLED",
    "ENTITLED",
}


# Event nouns ("talks", "a visit", "the invasion") report an event only when a light verb
# governs them ("held talks", "paid a visit") or they name the parties ("talks between X and
# Y", "a phone call with X", "Macron's visit to Washington"); as a topic, a time or a
# background ("in these talks", "since Russia's invasion", "followed by negotiations") they
# code nothing.
_EVENT_NOUNS = {
    ("MEETING",),
    ("MEETINGS",),
    ("TALKS",),
    ("NEGOTIATIONS",),
    ("SUMMIT",),
    ("PHONE", "CALL"),
    ("PROPOSAL",),
    ("INVASION",),
    ("VISIT",),
    ("VISITS",),
}
_LIGHT_VERBS = {
    "HELD",
    "HOLD",
    "HOLDS",
    "HOLDING",
    "HAD",
    "HAVE",
    "HAS",
    "BEGAN",
    "BEGIN",
    "BEGINS",
    "OPENED",
    "OPEN",
    "LAUNCHED",
    "LAUNCH",
    "CONDUCTED",
    "PAID",
    "PAY",
    "PAYS",
    "MADE",
    "MAKE",
    "MAKES",
    "RESUMED",
    "RESUME",
    "RENEWED",
    "RENEW",
    "CONTINUED",
    "ENTERED",
    "JOINED",
    "ATTENDED",
    "STARTED",
    "CONCLUDED",
    "ENDED",
    "PUT",
    "SUBMITTED",
    "PRESENTED",
    "TABLED",
    "UNVEILED",
}
_PARTNER = {"BETWEEN", "WITH"}
_BACKGROUND_PREP = {
    "IN",
    "SINCE",
    "BY",
    "ON",
    "OF",
    "AFTER",
    "BEFORE",
    "DURING",
    "FROM",
    "FOR",
    "ABOUT",
    "TOWARD",
    "TOWARDS",
    "AMID",
    "DESPITE",
    "FOLLOWING",
    "FOLLOWED",
}


def _event_noun_ok(tokens: list[Token], i: int, n: int, blocked: set[int]) -> bool:
    """False for an event noun (:data:`_EVENT_NOUNS`) used as a topic or background."""
    key = tuple(t.key for t in tokens[i : i + n])
    if key not in _EVENT_NOUNS:
        return True
    if key[0].startswith("VISIT") and i > 0 and tokens[i - 1].key not in _DETERMINERS:
        return True  # "will visit Kyiv", "visits Paris": a verb
    before = [t.key for t in tokens[max(0, i - 4) : i]]
    if any(w in _LIGHT_VERBS for w in before):
        return True
    after = tokens[i + n].key if i + n < len(tokens) else ""
    # the nominal's opening word: skip adjectives, determiners and a possessor
    j = i - 1
    while j >= 0 and (
        tokens[j].key in _ARTICLES
        or tokens[j].key == "'S"
        or j in blocked
        or (
            tokens[j].text.isalpha()
            and tokens[j].text.islower()
            and tokens[j].key not in _BACKGROUND_PREP
            and tokens[j].key not in _LIGHT_VERBS
        )
    ):
        j -= 1
    opener = tokens[j].key if j >= 0 else ""
    if opener in _BACKGROUND_PREP:
        return False
    if after in _PARTNER:
        return True
    return after == "TO" and i > 0 and tokens[i - 1].key == "'S"


_ARTICLES = {"A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "THIS", "THAT", "ANY", "EACH"}


def _verb_like(tokens: list[Token], i: int, n: int, blocked: set[int], base: str = "") -> bool:
    """Rough noun/verb test without a tagger: the word before a verb is not a determiner or
    preposition, the word is not the head of a compound noun ("a press release", "the Ukraine
    conflict") nor a participle before a name ("Ousted President X"), and an -s form follows
    its subject (an actor, a pronoun or an adverb)."""
    key = tokens[i].key
    if key in _NOT_TRIGGERS or i in blocked:
        return False
    prev = tokens[i - 1].key if i > 0 else ""
    if prev in _DETERMINERS:
        return False
    if (
        i > 1
        and n == 1
        and (key == base or key.endswith("ING"))
        and tokens[i - 2].key in _ARTICLES
        and tokens[i - 1].text.isalpha()
        and tokens[i - 1].text.islower()
        and not tokens[i - 1].key.endswith("LY")
    ):
        return False  # the head of a compound noun: "a press release", "a hunger strike"
    if (
        i > 1
        and n == 1
        and key == base
        and tokens[i - 2].key in ("THE", "A", "AN")
        and i - 1 in blocked
    ):
        return False  # a name as modifier of a noun: "the Ukraine conflict"
    if n == 1 and key == base and _names_modify(tokens, i, blocked):
        return False  # names joined by a hyphen: "the U.S.-European approach"
    if i == 0 and n == 1 and i + 1 in blocked:
        return False  # a participle before a name: "Ousted President X", "Exiled leader Y"
    if i > 0 and tokens[i].text[:1].isupper() and n == 1 and not tokens[i - 1].text[:1].isalnum():
        return False  # capitalised after punctuation: a headline word or a name
    plural_like = key.endswith("S") and not key.endswith("SS") and n == 1
    subject_before = i - 1 in blocked or prev in _SUBJECTS or prev.endswith("LY") or i == 0
    return not (plural_like and not subject_before)


def _names_modify(tokens: list[Token], i: int, blocked: set[int]) -> bool:
    """Names joined by hyphens between an article and the word ``i`` ("the *U.S.-European*
    approach"): the names modify a noun, as one name does in "the Ukraine conflict", so the
    word is a noun, no verb."""
    j = i - 1
    names = 0
    while j >= 0 and (j in blocked or tokens[j].key == "-"):
        names += j in blocked and (j + 1 == i or tokens[j + 1].key == "-")
        j -= 1
    return (
        names >= 2
        and j >= 0
        and tokens[j].key in ("THE", "A", "AN")
        and "-" in {t.key for t in tokens[j + 1 : i]}
    )


def _digit_comma(tokens: list[Token], j: int) -> bool:
    """The comma of a written number ("40,000 troops"): the tokenizer splits it, and it ends
    no clause."""
    return (
        tokens[j].key == ","
        and 0 < j < len(tokens) - 1
        and tokens[j - 1].key.isdigit()
        and tokens[j + 1].key.isdigit()
    )


# verbs that put a person or group on a list: CAMEO files DESIGNATE under NAME (appoint, no
# event) and LIST nowhere; "designated X as a Foreign Terrorist Organization" / "as Specially
# Designated Global Terrorists" puts X under sanctions (asset freezes and bans: US State
# Department, "Foreign Terrorist Organizations"; 31 CFR 594, the SDGT programme), so with
# "as ... terrorist(s/ism)" in its clause the verb is CAMEO 163 (impose sanctions), PLOVER
# SANCTION (session 8, s8-actors)
_LISTING = frozenset({"DESIGNATE", "LIST", "BLACKLIST", "PROSCRIBE"})


def _as_terrorist(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether the clause after a listing verb reads "as ... terrorist(s)" ("designated the
    group as a Foreign Terrorist Organization")."""
    keys = [t.key for t in tokens[start:stop]]
    return "AS" in keys and any(k.startswith("TERROR") for k in keys[keys.index("AS") :])


def _in_name(tokens: list[Token], i: int, blocked: set[int]) -> bool:
    """Whether word ``i`` is a later word of a name the gazetteer lacks ("Office of Foreign
    Assets *Control*", "the Red *Cross*" where no organisation matched): a capitalised word
    inside the sentence right after another capitalised word that is no actor mention. A verb
    is capitalised mid-sentence only in a name or a headline, and in a headline a verb codes
    only right after its subject's mention (:func:`_headline_verb`), which this leaves alone
    (session 8, s8-actors: names of organisations give no triggers)."""
    if i == 0 or i - 1 in blocked:
        return False
    word, prev = tokens[i].text, tokens[i - 1].text
    return word[:1].isupper() and prev[:1].isupper() and prev.isalpha()


# Session 34 (s34-deployed): the verbs that send or deploy something (CAMEO's MOBILIZE pattern
# verbs above), the words that make what they send relief (CAMEO 073 "provide humanitarian
# aid"), those of disaster relief proper, and the armed forces whose deployment is MOBILIZE
# (CAMEO 154) unless it is for disaster relief (PLOVER 2.0 sec. 3.14.1)
_RELIEF_SENDING = frozenset({"DEPLOY", "SEND", "DISPATCH", "RUSH", "STATION"})
_DISASTER_RELIEF = frozenset({"HUMANITARIAN", "RELIEF", "DISASTER"})
_RELIEF_WORDS = _DISASTER_RELIEF | {"RESCUE", "MEDICAL", "HOSPITAL", "FOOD", "MEDICINE"}
_ARMED_FORCES = frozenset(
    {"TROOP", "SOLDIER", "WARSHIP", "BATTALION", "BRIGADE", "PARATROOPER", "FORCE", "POLICE"}
)


def _relief_sent(
    head: str, tokens: list[Token], start: int, stop: int, found: Trigger | None
) -> bool:
    """Whether a verb that sends or deploys (``head``, its base) sends relief: its clause
    (``tokens[start:stop]``: what is sent, what it carries and what it is for) names relief,
    medical, rescue or disaster work ("deployed a hospital ship", "deployed two navy vessels
    carrying ... food supplies", "deployed three helicopters ... for humanitarian missions",
    "sent their disaster response teams"), or, where it names an armed force (troops,
    soldiers, police ...), disaster relief proper (humanitarian, relief, disaster: "deployed
    troops for flood relief"; "sent troops to rescue the hostages" stays MOBILIZE). That is
    aid sent, AID (CAMEO 073; PLOVER 2.0 sec. 3.14.1: "Mobilizing police or military forces
    for disaster relief should be coded as AID"; docs/event-coding.md: "aid, relief or a
    medical or rescue team sent is AID"), not a deployment of forces (154, MOBILIZE). A
    trigger an object rule already gave a code of aid (07: "sent arms" 072) keeps it
    (session 34, s34-deployed; back in session 35, s35-sentrelief, as a correction)."""
    if head not in _RELIEF_SENDING:
        return False
    if found is not None and found.how == "pattern" and found.cameo.startswith("07"):
        return False
    words = {fold_noun(t.key) for t in tokens[start:stop]}
    relief = _DISASTER_RELIEF if not words.isdisjoint(_ARMED_FORCES) else _RELIEF_WORDS
    return not words.isdisjoint(relief) and _relief_is_what_is_sent(tokens, start, stop, relief)


# Session 36 (s36-sentnarrow): where the relief word of a sending verb's clause may stand. The
# craft and forces that carry relief or are deployed for it (session 35's claim: "assets ...
# whose relief is named only in what they carry or what they are for"; armed forces for
# disaster relief, PLOVER 2.0 sec. 3.14.1); the prepositions that end a noun phrase; the
# measure and group nouns a partitive "of" (or a sum's "in") continues ("tonnes of relief
# supplies", "$10 million in humanitarian aid"); the words that say what a craft carries or
# what it is sent to do ("to deliver humanitarian aid", "to help with flood relief")
_SENT_CARRIERS = _ARMED_FORCES | {
    "SHIP",
    "VESSEL",
    "BOAT",
    "AIRCRAFT",
    "PLANE",
    "AIRPLANE",
    "JET",
    "HELICOPTER",
    "CHOPPER",
    "FLIGHT",
    "CONVOY",
    "TRUCK",
    "LORRY",
    "FRIGATE",
    "CORVETTE",
    "PERSONNEL",
    "MARINE",
    "SAILOR",
}
_SENT_PHRASE_END = frozenset(
    {"ABOUT", "ON", "OVER", "AGAINST", "FOR", "IN", "AT", "WITH", "TO", "BY", "FROM", "INTO"}
    | {"ONTO", "DURING", "AFTER", "AMID", "AS", "VIA", "THROUGH", "TOWARD", "TOWARDS", "ACROSS"}
    | {"UNDER", "NEAR", "OFF", "REGARDING", "CONCERNING", "AMONG", "BETWEEN", "AROUND"}
    | {"WITHIN", "WITHOUT", "DESPITE", "FOLLOWING", "UPON", "ALONG", "LIKE", "INCLUDING"}
)
_SENT_MEASURES = frozenset(
    {"TON", "TONNE", "KILOGRAM", "KG", "LITRE", "LITER", "GALLON", "BATCH", "SHIPMENT", "CARGO"}
    | {"CONSIGNMENT", "LOAD", "PLANELOAD", "TRUCKLOAD", "SHIPLOAD", "CONTAINER", "BOX", "CRATE"}
    | {"PACKAGE", "PARCEL", "KIT", "BAG", "SACK", "CARTON", "PALLET", "TEAM", "GROUP", "CREW"}
    | {"CONTINGENT", "SQUAD", "DETACHMENT", "UNIT", "WORTH", "MILLION", "BILLION", "THOUSAND"}
    | {"HUNDRED", "DOLLAR", "EURO", "$"}
)
_SENT_SUMS = frozenset({"MILLION", "BILLION", "THOUSAND", "DOLLAR", "EURO", "WORTH"})
_SENT_NUMBERS = frozenset(
    {"ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DOZEN"}
    | {"HUNDRED", "THOUSAND", "HUNDREDS", "THOUSANDS", "DOZENS", "$"}
)
# words after "and" that open a second verb phrase, not a second thing sent ("sent a
# delegation and will discuss ..."), and nouns in -ing that are things, not participles
_SENT_VERB_OPENERS = frozenset(
    {"WILL", "WOULD", "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "ALSO", "THEN", "CAN"}
    | {"COULD", "SHOULD", "MAY", "MIGHT", "MUST", "SHALL", "DID", "DOES", "DO", "TO"}
)
_SENT_THINGS_IN_ING = frozenset(
    {"CLOTHING", "BEDDING", "HOUSING", "BUILDING", "COOKING", "DRINKING", "HEATING", "LIGHTING"}
    | {"FIREFIGHTING", "LIFESAVING", "ROOFING", "FENCING", "PLUMBING", "SHELTERING", "LANDING"}
)
_SENT_CARGO_VERBS = frozenset(
    {"CARRYING", "TRANSPORTING", "FERRYING", "BEARING", "CONTAINING", "HAULING", "BRINGING"}
    | {"DELIVERING"}
)
_SENT_PURPOSE_VERBS = frozenset(
    {"DELIVER", "CARRY", "BRING", "TRANSPORT", "FERRY", "AIRLIFT", "DISTRIBUTE", "PROVIDE"}
    | {"SUPPLY", "DROP", "SUPPORT", "HELP", "ASSIST", "AID", "JOIN", "CONDUCT", "PERFORM"}
    | {"UNDERTAKE", "BOLSTER", "REINFORCE"}
)
_SENT_PARTICIPLES = frozenset({"SENT", "DEPLOYED", "DISPATCHED", "RUSHED", "STATIONED"})
_SENT_BEFORE_PARTICIPLE = frozenset(
    {"WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING", "ALSO", "ALREADY", "JUST", "HAVE", "HAS"}
    | {"REPORTEDLY", "RECENTLY", "FIRST", "NOW"}
)


def _sent_phrase_ends(tokens: list[Token], j: int, k: int, stop: int) -> bool:
    """Whether token ``k`` ends the noun phrase that starts at token ``j``
    (:func:`_sent_phrase_end`)."""
    key = tokens[k].key
    nxt = tokens[k + 1].key if k + 1 < stop else ""
    if key in ("OF", "IN"):
        before = fold_noun(tokens[k - 1].key) if k > j else ""
        return before not in (_SENT_MEASURES if key == "OF" else _SENT_SUMS)
    if key in _SENT_PHRASE_END:
        # "over 800 tons", "about 20 tonnes": a number's "over" or "about" opens the phrase
        return not (k == j and (nxt.isdigit() or nxt in _SENT_NUMBERS))
    if key in ("AND", "OR"):
        return nxt in _SENT_VERB_OPENERS or nxt.endswith("ED")
    if key.endswith("ING") and "-" not in key:
        return key not in _SENT_THINGS_IN_ING
    if key == ",":
        return not _digit_comma(tokens, k)
    return not (key.isalnum() or "-" in key or key in ("'S", "$", "&"))


def _sent_phrase_end(tokens: list[Token], j: int, stop: int) -> int:
    """Where the noun phrase that starts at token ``j`` ends (before ``stop``): its
    determiners, numbers, modifiers and compounds up to its head, nouns joined by "and" or
    "or", and a partitive "of" (or a sum's "in") after a measure or group noun ("over one
    hundred tons of life-saving relief supplies", "a team of medical experts"). A preposition
    ("a letter *about* ...", "to Tonga", "for ..."), a participle in -ing ("a letter *urging*
    ..."), "and" before a second verb ("and will discuss", "and decided") or a mark ends it."""
    k = j
    while k < stop and not _sent_phrase_ends(tokens, j, k, stop):
        k += 1
    return k


def _sent_heads(tokens: list[Token], j: int, end: int) -> set[str]:
    """The head nouns (folded) of the noun phrase ``tokens[j:end]``: its last word and each
    word before an "and" or "or" ("a hospital ship and three aircraft")."""
    heads = {fold_noun(tokens[end - 1].key)} if end > j else set()
    heads |= {
        fold_noun(tokens[k - 1].key)
        for k in range(j + 1, end)
        if tokens[k].key in ("AND", "OR", ",")
    }
    return heads


def _sent_carried_or_meant(tokens: list[Token], end: int, stop: int) -> set[str]:
    """The folded words of what a craft or force sent carries or is sent for, in its clause
    after its noun phrase (which ends at ``end``): the phrase after a participle of carrying
    ("carrying more than 800 tons of food supplies"), "with" (also "loaded with": "with
    medical teams"), "for" ("for humanitarian missions") or "as part of", and the object of a
    purpose "to" with a verb of delivering or helping ("to deliver 20 tonnes of humanitarian
    aid", "to help with flood relief"). A participle or verb in -ed or -ing of another noun
    ends the search ("two warships to a port *used* for humanitarian deliveries")."""
    words: set[str] = set()
    k = end
    while k < stop:
        key = tokens[k].key
        at = -1
        if key in _SENT_CARGO_VERBS or key in ("FOR", "WITH"):
            at = k + 1
        elif key in ("LOADED", "LADEN", "PACKED") and k + 1 < stop:
            at = k + 2 if tokens[k + 1].key == "WITH" else -1
        elif key == "AS" and [t.key for t in tokens[k + 1 : k + 3]] == ["PART", "OF"]:
            at = k + 3
        elif key == "TO" and k + 1 < stop and tokens[k + 1].key in _SENT_PURPOSE_VERBS:
            at = k + 2
            if at < stop and tokens[at].key in ("WITH", "IN", "OUT", "ON"):
                at += 1  # "to help with", "to assist in", "to carry out"
        if at >= 0:
            close = _sent_phrase_end(tokens, at, stop)
            words |= {fold_noun(t.key) for t in tokens[at:close]}
            k = max(close, k + 1)
        elif key.endswith(("ED", "ING")) and "-" not in key:
            break  # a participle or verb under another noun: "a port *used* for ..."
        else:
            k += 1
    return words


def _relief_is_what_is_sent(
    tokens: list[Token], start: int, stop: int, relief: frozenset[str]
) -> bool:
    """Whether a relief word (``relief``) of a sending verb's clause (``tokens[start:stop]``,
    the tokens after the verb) names what is sent: the verb's object, its head and that
    head's own modifiers or compounds ("sent humanitarian aid", "dispatched a rescue team",
    "sent tonnes of relief supplies", "deployed a hospital ship"), or, for a participle with
    no object ("supplies dispatched by China", "a flight dispatched from India"), the noun
    phrase just before it; or, where that head is a craft or a force (:data:`_SENT_CARRIERS`),
    what it carries or is sent for (:func:`_sent_carried_or_meant`). A relief word anywhere else
    in the clause (a preposition's object under another noun, "sent a letter ... about food
    security"; a purpose clause of what is no craft or force, "sent a delegation ... to
    discuss disaster relief") does not make the verb AID: it keeps the verb's own code, as
    before session 35 (session 36, s36-sentnarrow, narrowing s35-sentrelief's reading)."""
    end = _sent_phrase_end(tokens, start, stop)
    first, last = start, end
    if end == start and start > 0 and tokens[start - 1].key in _SENT_PARTICIPLES:
        k = start - 2
        while k >= 0 and tokens[k].key in _SENT_BEFORE_PARTICIPLE:
            k -= 1
        last = k + 1
        while k >= max(0, last - 8) and (tokens[k].key.isalnum() or "-" in tokens[k].key):
            if tokens[k].key in _SENT_PHRASE_END | _PATTERN_STOP or tokens[k].key in ("AND", "OR"):
                break
            k -= 1
        first = k + 1
    words = {fold_noun(t.key) for t in tokens[first:last]}
    if not words.isdisjoint(relief):
        return True
    if _sent_heads(tokens, first, last).isdisjoint(_SENT_CARRIERS):
        return False
    return not _sent_carried_or_meant(tokens, end, stop).isdisjoint(relief)


def find_triggers(
    tokens: list[Token], lex: Lexicon | None = None, blocked: set[int] | None = None
) -> list[Trigger]:
    """Every trigger of a tokenised sentence (longest match first at each position).

    ``blocked`` holds token indices inside actor mentions: they are never triggers. Given
    ``blocked`` (the rules coder, which knows the sentence's mentions), a later word of a name
    the gazetteer lacks is no trigger either (:func:`_in_name`); without it (the nlp head's
    dictionary prior, :func:`accord.news.nlp.classifier.pattern_prior`) triggers are read
    as the head's training read them.
    """
    lex = lex or lexicon()
    names = blocked is not None
    blocked = blocked or set()
    out: list[Trigger] = []
    i = 0
    while i < len(tokens):
        if (
            i in blocked
            or (tokens[i].key,) not in lex.prefixes
            or (names and _in_name(tokens, i, blocked))
        ):
            i += 1  # in a mention or a name, or a word that starts no trigger phrase
            continue
        found: Trigger | None = None
        for n in range(longest_prefix(tokens, i, lex.prefixes, lex.max_len), 0, -1):
            key = tuple(t.key for t in tokens[i : i + n])
            blocks = lex.verbs.get(key)
            curated = lex.curated.get(key)
            if blocks is None and curated is None:
                continue
            base = blocks[0].base if blocks else ""
            if curated is None and not _verb_like(tokens, i, n, blocked, base):
                continue
            if not _event_noun_ok(tokens, i, n, blocked):
                continue
            stop = next(
                (
                    j
                    for j in range(i + n, len(tokens))
                    if tokens[j].key in _PATTERN_STOP and not _digit_comma(tokens, j)
                ),
                len(tokens),
            )
            verb = _verb_trigger(blocks, tokens, i, n, stop, blocked) if blocks else None
            # the curated list is the project's explicit choice and wins over CAMEO
            found = Trigger(i, i + n, curated, 5.0 + n, "curated") if curated else verb
            senses = lex.verbs.get((tokens[i].key,))
            head = senses[0].base.split(" ")[0] if senses else ""
            objects = [
                fold_noun(tokens[j].key) for j in range(i + n, stop) if not _digit_comma(tokens, j)
            ][:5]
            for verbs, nouns, code in _OBJECT_RULES:
                if head in verbs and any(w in nouns for w in objects):
                    found = Trigger(i, i + n, code, 20.0, "pattern")
                    break
            if _relief_sent(head, tokens, i + n, stop, found):
                found = Trigger(i, i + n, "073", 20.0, "pattern")
            if head in _LISTING and _as_terrorist(tokens, i + n, stop):
                found = Trigger(i, i + n, "163", 20.0, "pattern")
            if found is not None and found.how == "default" and head in _PUBLISHING:
                found = Trigger(i, i + n, "010", found.score, found.how)
            if head in _COURT_DECLARING and court_struck_down(tokens, i, i + n):
                found = Trigger(i, i + n, "120", 20.0, "pattern")
            # a verb of saying whose pattern gives no event ("said", "announced"); one whose
            # pattern does ("said it will support" -> 032) keeps its rank
            if (
                found is not None
                and blocks
                and curated is None
                and (found.cameo in ("---", "") or found.cameo.startswith("01"))
            ):
                found = Trigger(
                    found.start,
                    found.end,
                    found.cameo,
                    found.score,
                    found.how,
                    speech=True,
                    cooperative=any(b.block.cooperative for b in blocks),
                )
            break
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


# ----------------------------------------------------------------------------------------------
# Events
# ----------------------------------------------------------------------------------------------


def _negation(key: str) -> bool:
    """A word that negates: one of :data:`_NEGATIONS`, or a contracted auxiliary, which the
    tokenizer keeps whole ("doesn't", "aren't", "won't")."""
    return key in _NEGATIONS or key.endswith("N'T")


def _negated(tokens: list[Token], trig: Trigger) -> bool:
    near = any(_negation(t.key) for t in tokens[max(0, trig.start - 3) : trig.start])
    return near or _neither_nor(tokens, trig) is not None


def _negated_passive(tokens: list[Token], trig: Trigger) -> bool:
    """A negated participle after a form of "be" ("leaders aren't invited", "was not
    consulted"): the sentence says the act did not happen to its subject; nobody refuses
    anything (CAMEO 12 is an actor's refusal), so there is no event."""
    window = [t.key for t in tokens[max(0, trig.start - 3) : trig.start]]
    be = any(w in _PASSIVE_AUX or w.removesuffix("N'T") in _PASSIVE_AUX for w in window)
    return be and tokens[trig.start].key.endswith(("ED", "EN"))


_PERSONAL = _PRONOUNS | {"WE", "I", "YOU"}


def _actor_negates(tokens: list[Token], trig: Trigger, mentions: list[Mention]) -> bool:
    """True when the subject of the negation before ``trig`` is an actor: a mention ends, or
    a personal pronoun stands, within the three words before "not" ("Russia would not
    accept", "they did not agree"). A negated cooperative verb is read as a refusal (CAMEO
    12) only then: "a resolution, which did not designate Russia", "peace should not come
    at the expense of ..." state what a text or a state of affairs lacks, and nobody refuses
    anything (issue 14 item 5; CAMEO code 12, REJECT, is an actor's refusal)."""
    window = range(max(0, trig.start - 3), trig.start)
    neg = next((j for j in window if _negation(tokens[j].key)), None)
    if neg is None:
        # "Neither Chile nor Peru agreed": the actors stand inside the negated subject
        start = _neither_nor(tokens, trig) or 0
        return any(start < m.start < trig.start and m.strong for m in mentions)
    ends = {m.end for m in mentions}
    return any(
        k in ends or (k < neg and tokens[k].key in _PERSONAL)
        for k in range(max(0, neg - 3), neg + 1)
    )


# verbs that report that an act did not happen ("failed to gain", "avoids naming"), and
# adjectives of reluctance that report it has not happened yet ("has been hesitant to agree"):
# no event
_NOT_DONE = {
    *("FAILED", "FAILS", "FAIL", "AVOIDS", "AVOIDED", "AVOID", "AVOIDING", "WITHOUT"),
    *("HESITANT", "RELUCTANT", "UNWILLING"),
}
# a phrase of time after the trigger ("passing a resolution after many vetoes by Russia")
# names what came before or after the act, not its recipient
_TIME_AFTER = {"AFTER", "BEFORE", "SINCE"}
# conjunctions that open a condition or an open question: "if both parties agreed"
_CONDITION = {"IF", "UNLESS", "WHETHER"}


def _unreal(tokens: list[Token], trig: Trigger) -> bool:
    """True for an act the sentence does not report as done: inside a condition ("if both
    parties agreed", "if Russia were to violate"), after a verb of non-occurrence ("failed to
    garner", "avoids naming ... or demanding"), or in a subordinate clause of opinion
    ("hesitant to agree")."""
    j = trig.start - 1
    steps = 0
    while j >= 0 and steps < 12:
        key = tokens[j].key
        if key in _CONDITION:
            return True
        if key in _NOT_DONE and steps < 8:
            return True
        if key in _CLAUSE_STOP or key in {",", "THAT", "WHICH", "WHO"}:
            break
        j -= 1
        steps += 1
    return False


def _opinion(tokens: list[Token], trig: Trigger) -> bool:
    """An appeal verb (CAMEO 02) with a that-clause that asks nothing ("suggesting that a
    ceasefire is achievable") states an opinion (CAMEO 01), not a request; "suggested that
    Kyiv should ..." stays a request."""
    if not trig.cameo.startswith("02") or trig.end >= len(tokens):
        return False
    if tokens[trig.end].key != "THAT":
        return False
    clause = [t.key for t in tokens[trig.end + 1 : trig.end + 15]]
    return not any(w in _MODALS for w in clause)


def _intent(tokens: list[Token], trig: Trigger) -> str | None:
    """ "future" for "will/would (also) VERB" and "plans/prepared/ready to VERB", "maybe" for
    "may/might/could VERB", else None (the act itself is reported)."""
    j = trig.start - 1
    while j >= 0 and (tokens[j].key.endswith("LY") or tokens[j].key in ("ALSO", "SOON", "BE")):
        j -= 1
    if j < 0:
        return None
    key = tokens[j].key
    if key in _FUTURE:
        return "future"
    if key in _MAYBE:
        return "maybe"
    if key == "TO" and j > 0 and tokens[j - 1].key in _INTENT_TO:
        return "future"
    return None


_MEASURES = frozenset({"MOBILIZE", "SANCTION"})
_THREAT_CONDITION = frozenset({"IF", "UNLESS", "OTHERWISE"})
_WARNING_WORDS = ("WARN", "THREAT", "ULTIMATUM")


def _announced_measure(tokens: list[Token], kind: str, intent: str) -> bool:
    """A deployment or a sanction announced for the future with no condition attached ("will
    recall their ambassadors from Algeria", "would send 15,000 troops to states along its
    western border"): a decision taken and announced, coded as the measure (the gold codes
    these MOBILIZE and SANCTION), not a threat. PLOVER 2.0 THREATEN is a coercive warning:
    a measure made to depend on the other side's conduct ("will impose tariffs *if* Trump
    follows through", "will withdraw *unless* ... arranged a ceasefire"), or told as a
    warning ("issued a stern warning ..., asserting that Israel would escalate"), stays a
    threat, as do acts that may happen ("may halt")."""
    if kind not in _MEASURES or intent != "future":
        return False
    return not any(t.key in _THREAT_CONDITION or t.key.startswith(_WARNING_WORDS) for t in tokens)


def _groups_before(mentions: list[Mention], tok: int, skip: set[int] | None = None) -> list[int]:
    """Groups of the strong actors before token ``tok``; those inside ``skip`` (a relative
    clause the trigger is not in) are left out: "X, who met Y, criticised Z" has X as actor."""
    groups: list[int] = []
    for m in mentions:
        if skip and m.start in skip and tok not in skip:
            continue
        if m.end <= tok and m.strong and not m.place and m.group not in groups:
            groups.append(m.group)
    return groups


def _group_start(mentions: list[Mention], group: int) -> int:
    """The first token of the first mention of ``group``."""
    return min(m.start for m in mentions if m.group == group)


def _groups_after(mentions: list[Mention], tok: int, limit: int) -> list[int]:
    groups: list[int] = []
    for m in mentions:
        if tok <= m.start < limit and not m.place and m.group not in groups:
            groups.append(m.group)
    return groups


_REPORTING = {"SAID", "SAYS", "REPORTED", "REPORTS", "TOLD", "ADDED", "ANNOUNCED", "STATED"}


def _attribution(tokens: list[Token]) -> int:
    """Index of the comma that opens a closing attribution (", a State Department spokesman
    said Wednesday", ", Thai military sources said today"), else the sentence length."""
    for j in range(len(tokens) - 1, max(-1, len(tokens) - 16), -1):
        if tokens[j].key == "," and any(t.key in _REPORTING for t in tokens[j + 1 : j + 14]):
            return j
    return len(tokens)


def _bare_group(mentions: list[Mention], group: int) -> bool:
    return all(m.bare for m in mentions if m.group == group)


def _goal_after(mentions: list[Mention], tokens: list[Token], group: int) -> int | None:
    """The group of a named actor right after a group without a country, introduced by a
    preposition of direction ("engineers to Ukraine", "troops against Syria"), or None."""
    end = max(m.end for m in mentions if m.group == group)
    for m in mentions:
        if m.start >= end and not m.bare:
            gap = [t.key for t in tokens[end : m.start]]
            if 0 < len(gap) <= 2 and gap[0] in ("TO", "INTO", "TOWARD", "TOWARDS", "AGAINST"):
                return m.group
            return None
    return None


_NEAR = {"NEAR", "OUTSIDE", "BEYOND", "ALONG", "ACROSS"}
_EDGE = {"BORDER", "BORDERS", "FRONTIER", "BORDERLANDS"}


def _located_after(mentions: list[Mention], tokens: list[Token], group: int, limit: int) -> str:
    """The state of the first named actor or place after a group without a country, within
    its clause and before ``limit`` ("killed ministers in a strike on Sanaa": YEM; "drones
    directed at Israel": ISR), else "". PLOVER 2.0 sec. 2.4.1: the recipient is the entity
    "to whom the event is directed"; an agent named without a country ("villages", "an
    embassy") is coded by the state the sentence puts it in or aims the act at, and only
    without one by the domestic fallback of :func:`_fill_bare` (the source's own state).
    Proximity is not inclusion: "a garrison near the Chad border" may be on either side, so
    "near" and a border phrase locate nothing."""
    end = max(m.end for m in mentions if m.group == group)
    for m in mentions:
        if m.start < end or m.bare or not m.strong or m.start >= limit:
            continue
        gap = {t.key for t in tokens[end : m.start]}
        edge = m.end < len(tokens) and tokens[m.end].key in _EDGE
        if gap & _CLAUSE_STOP or gap & _NEAR or edge:
            return ""
        return m.actor.code if len(m.actor.code) == 3 and m.actor.code != "IMG" else ""
    return ""


def _clause_subject(
    tokens: list[Token], trig: Trigger, mentions: list[Mention], before: list[int]
) -> Mention | None:
    """A demonym inside the subject of the trigger's clause, one to three lower-case words
    before the verb ("Zelensky reported that in Dnipro, a Russian drone hit ...": a Russian
    drone hit; "Israeli helicopters and tanks shelled ..."), or None. PLOVER 2.0 sec. 2.4.1:
    the actor is the entity "who initiated the event"; in reported speech that is the subject
    of the reported clause, not the reporter, and a demonym in that subject names it (as
    before an event noun: "Russian shelling"). Bare agent nouns ("jets") may stand in the
    subject; a named actor after the demonym closes it. A participle ("aircraft using
    missiles") is not the clause's verb."""
    if tokens[trig.start].key.endswith("ING"):
        return None  # "British aircraft using missiles": a participle, not the clause's verb
    last = max((m.end for m in mentions if m.group in before and not m.bare), default=0)
    for m in mentions:
        gap = tokens[m.end : trig.start]
        if (
            not m.strong
            and m.actor.code
            and m.start >= last
            and 1 <= len(gap) <= 3
            and all(t.text.isalpha() and t.text.islower() for t in gap)
        ):
            return m
    return None


# prepositions of place: a name after one is where an act happens, not who undergoes it
_LOCATIVE = {
    "IN",
    "ACROSS",
    "AT",
    "THROUGHOUT",
    "NEAR",
    "OUTSIDE",
    "AROUND",
    "INTO",
    "FROM",
    "THROUGH",
    "INSIDE",
    "WITHIN",
    "TO",
    "TOWARD",
    "TOWARDS",
    "ALONG",
    "OFF",
}


def _locative(tokens: list[Token], start: int) -> bool:
    """Whether the name opening at token ``start`` follows a preposition of place ("in Hong
    Kong", "across the country"; an article may stand between)."""
    lead = start - 1 if start > 0 and tokens[start - 1].key != "THE" else start - 2
    return lead >= 0 and tokens[lead].key in _LOCATIVE


def _modal_request(tokens: list[Token], trig: Trigger, mentions: list[Mention]) -> bool:
    pre = [t.key for t in tokens[max(0, trig.start - 3) : trig.start]]
    before = _groups_before(mentions, trig.start)
    if before and _possessor(tokens, mentions, before[-1]):
        return False  # "Ukraine's sovereignty must remain": the noun, not Ukraine, must
    return any(w in _MODALS for w in pre) and len(before) >= 2


# conflictual types whose unnamed recipient is the source's own state (gold convention)
_DOMESTIC = {"PROTEST", "COERCE", "ASSAULT"}
_PASSIVE_AUX = {"WAS", "WERE", "BEEN", "BEING", "IS", "ARE", "BE"}
_RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}


def _fill_bare(
    sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...], mentions: list[Mention]
) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Codes for agents named without a country: a source takes the first country-coded
    actor of the sentence; a target takes the source's country (the gold standard's domestic
    convention: "the army held refugees" is coded army -> refugees of the same country)."""

    def fill(actors: tuple[ActorRef, ...], code: str) -> tuple[ActorRef, ...]:
        out: list[ActorRef] = []
        for actor in actors:
            if not actor.code:
                if not code:
                    continue
                actor = ActorRef(code, actor.role, actor.name, actor.text)
            if all((a.code, a.name) != (actor.code, actor.name) for a in out):
                out.append(actor)
        return tuple(out)

    context = next((m.actor.code for m in mentions if m.actor.code), "")
    sources = fill(sources, context)
    source_code = next((a.code for a in sources if len(a.code) == 3 and a.code != "IMG"), "")
    return sources, fill(targets, source_code)


def _relative_spans(tokens: list[Token]) -> set[int]:
    """Token indices inside a parenthetical relative clause closed by a comma (", who met
    Putin in 2022,"): its verb is background to the main clause's."""
    inside: set[int] = set()
    for i in range(len(tokens) - 1):
        if tokens[i].key != "," or tokens[i + 1].key not in ("WHO", "WHICH", "WHOSE"):
            continue
        close = next((j for j in range(i + 2, len(tokens)) if tokens[j].key == ","), None)
        if close is not None and close + 1 < len(tokens):
            inside.update(range(i + 1, close))
    return inside


_APPOSITIVE_HEAD = frozenset({"A", "AN", "THE"})


def _appositive_spans(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """Token indices inside an appositive noun phrase set off by commas after a named actor
    ("Argentina's President Javier Milei, *a close ally of Donald Trump*, thanked ..."): it
    describes the actor before it, so an actor inside it is no subject of the verb after it
    (Quirk et al. 1985, 17.65: a non-restrictive appositive is an apposition to the noun
    phrase before it). Only a phrase that opens with an article and a common noun (the word
    after the article opens no actor: ", the US, and Peru" is a list) and holds no verb
    trigger, after an actor with a country of its own (else the phrase may carry the only
    country: "Ambassador Dorothy Shea, the Charge d'Affaires at the US Mission")."""
    starts = {m.start for m in mentions}
    anchors = {m.end for m in mentions if m.strong and m.actor.code and not m.place}
    inside: set[int] = set()
    for i in range(1, len(tokens) - 2):
        if tokens[i].key != "," or i not in anchors or tokens[i + 1].key not in _APPOSITIVE_HEAD:
            continue
        if i + 2 in starts:
            continue
        close = next(
            (j for j in range(i + 2, min(len(tokens), i + 14)) if tokens[j].key in (",", ";")),
            None,
        )
        if close is None or tokens[close].key != "," or close + 1 >= len(tokens):
            continue
        if any(tokens[j].key in ("AND", "OR") for j in range(close + 1, close + 2)):
            continue  # ", a diplomat, and ...": a list
        inside.update(range(i + 1, close))
    return inside


_ING_CLAUSE = frozenset({",", "AFTER", "BEFORE", "WHILE", "SINCE", "UPON", "WHEN"})


def _participle(tokens: list[Token], trig: Trigger) -> bool:
    """A participle clause after a comma (", calling for ...", ", having discussed ...") or
    after a subordinator ("after *reaching* an agreement with the Trump administration",
    "while *visiting* Kyiv"): an adverbial -ing clause whose subject is the main clause's
    (Quirk et al. 1985, 15.58: the implied subject of a non-finite adverbial clause)."""
    i = trig.start
    if i >= 2 and tokens[i - 1].key == "HAVING" and tokens[i - 2].key in _ING_CLAUSE:
        return True
    return i >= 1 and tokens[i - 1].key in _ING_CLAUSE and tokens[i].key.endswith("ING")


def _opening_group(tokens: list[Token], mentions: list[Mention]) -> int | None:
    """The group of the actor a sentence opens with (its subject), or None; a possessor
    ("Trump's approach ...") is not the subject."""
    first = mentions[0] if mentions else None
    if first is None or first.start > (1 if tokens[0].key == "THE" else 0):
        return None
    if first.end < len(tokens) and tokens[first.end].key in ("'S", "'"):
        return None
    return first.group


_AUX_BEFORE = _PASSIVE_AUX | {"HAS", "HAVE", "HAD", "GET", "GOT", "GETS", "'S", "NOT"}


def _by_participle(tokens: list[Token], trig: Trigger) -> int | None:
    """For a one-word past participle followed by "by" ("occupied by", "led by"), the index
    of the word before it, adverbs skipped (-1 at the sentence's start); else None."""
    if trig.end - trig.start != 1 or trig.end >= len(tokens) or tokens[trig.end].key != "BY":
        return None
    if not tokens[trig.start].key.endswith("ED"):
        return None
    j = trig.start - 1
    while j >= 0 and tokens[j].key.endswith("LY"):
        j -= 1
    return j


def _reduced_passive(tokens: list[Token], trig: Trigger) -> bool:
    """A one-word past participle followed by "by" whose previous word (adverbs skipped) is
    no auxiliary: a reduced relative clause that describes a noun ("areas currently
    *occupied by* Russia", "talks *hosted by* Qatar", "a statement *issued by* the
    ministry"). It is background to the sentence's act, not a reported act of its own
    (issue 14 item 5), while "was attacked by" and "has been hosted by" are passives that
    report the act."""
    j = _by_participle(tokens, trig)
    return j is not None and j >= 0 and tokens[j].key.isalpha() and tokens[j].key not in _AUX_BEFORE


def _set_off_participle(tokens: list[Token], trig: Trigger) -> bool:
    """The same participle set off by a comma or after a bracket ("The Venezuelan government,
    *led by* Nicolas Maduro, revoked ...", "the Government of National Unity (GNU) *led by*
    Dbeibah"): a non-restrictive reduced relative clause (Quirk et al. 1985, 17.30). It
    describes the noun before it, so its verb ranks after the main clause's, as a relative
    clause's set off by commas does (session 23, s23-led); with no other verb it is kept."""
    j = _by_participle(tokens, trig)
    return j is not None and j >= 1 and tokens[j].key in (",", ")")


def _recipient_end(tokens: list[Token], trig: Trigger, closing: int) -> int:
    """Where the words that can name the recipient of ``trig`` end: before a verb of
    non-occurrence ("calls for an end to the war but *avoids naming* Russia"), a phrase of
    time ("passing a resolution *after* many vetoes by Russia") or a relative clause of a
    noun ("pushed for a resolution *that* portrayed Russia as the aggressor"), else
    ``closing``. An actor named there is no partner of the act (issue 14 item 5; PLOVER 2.0
    sec. 2.4.1: the recipient is the entity the event is directed at). "demanded that Russia
    withdraw" keeps Russia: the clause is the verb's own complement, not a noun's."""
    for j in range(trig.end, closing):
        key = tokens[j].key
        if key in _NOT_DONE or key in _TIME_AFTER:
            return j
        prev = tokens[j - 1]
        if (
            key in ("THAT", "WHICH", "WHO")
            and j > trig.end
            and prev.text.isalpha()
            and prev.text.islower()
            and (prev.key,) not in lexicon().verbs
            and any(t.key in ("A", "AN", "THE") for t in tokens[max(0, j - 4) : j - 1])
        ):
            return j
    return closing


def _asked_for(tokens: list[Token], trig: Trigger) -> set[int]:
    """Token indices of the phrases introduced by "for" after ``trig``: what a request asks
    for or whom it benefits ("called for *the creation of a Ukrainian military force*",
    "guarantees *for Ukraine and its citizens*"), up to the end of the phrase (a comma, a
    clause word, "from"/"on", or "and" before a verb of the CAMEO dictionary). CAMEO 10
    ("demand", "appeal for") codes as recipient the party asked ("called *on* X", "urged X",
    "demands from X"), never the thing or beneficiary asked for. An actor that is the subject
    of an infinitive ("called for Russia *to withdraw*": "to" and a lower-case word that is no
    article) is the party asked and stays a possible recipient."""
    inside: set[int] = set()
    j = trig.end - 1 if tokens[trig.end - 1].key == "FOR" else trig.end
    while j < len(tokens):
        if tokens[j].key != "FOR":
            j += 1
            continue
        k = j + 1
        while k < len(tokens):
            key = tokens[k].key
            if key in _FOR_STOP:
                break
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                key == "AND"
                and nxt is not None
                and nxt.text.islower()
                and (nxt.key,) in lexicon().verbs
            ):
                break
            if (
                key == "TO"
                and nxt is not None
                and nxt.text.isalpha()
                and nxt.text.islower()
                and nxt.key not in _ARTICLES
            ):
                inside.difference_update(range(j, k))  # the infinitive's subject is asked
                break
            inside.add(k)
            k += 1
        j = k
    return inside


_FOR_STOP = {",", ";", ":", ".", "THAT", "WHICH", "WHO", "FROM", "ON", "BUT", "WHILE", "BY"}


def _possessor(tokens: list[Token], mentions: list[Mention], group: int) -> bool:
    """The last mention of ``group`` is a possessor ("*Ukraine's* sovereignty must remain"):
    it is not the subject of the verb that follows its noun."""
    end = max(m.end for m in mentions if m.group == group)
    return end < len(tokens) and tokens[end].key in ("'S", "'")


def _purpose_of_noun(tokens: list[Token], trig: Trigger) -> bool:
    """An infinitive after a plural noun that is no verb of the CAMEO dictionary ("efforts to
    find", "negotiations to ensure", "failures to react"): the purpose or content of the noun,
    no act the sentence reports (issue 14 item 5). Verbs ("seeks to", "agrees to") and the
    verbs and adjectives of intent (:data:`_INTENT_TO`) keep their infinitive."""
    j = trig.start - 2
    if j < 0 or tokens[j + 1].key != "TO":
        return False
    word = tokens[j]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.key.endswith("S")
        and not word.key.endswith(("SS", "US", "IS"))
        and word.key not in _INTENT_TO
        and (word.key,) not in lexicon().verbs
    )


def _purpose_of_indefinite_noun(tokens: list[Token], trig: Trigger) -> bool:
    """An infinitive after a singular noun introduced by "a"/"an", at most one modifier
    between ("a peacekeeping *force to help* stabilize", "a chance to respond"): an
    infinitive that completes a noun phrase states what the thing is for, as after a plural
    noun (:func:`_purpose_of_noun`), even when the noun is spelled like a verb of the CAMEO
    dictionary ("force"): after an article it is a noun. The thing is no actor, and the act
    is not reported as done. A bare infinitive after "help" belongs to the same purpose
    ("to help *stabilize*")."""
    j = trig.start - 2
    if j >= 2 and tokens[j + 1].key == "HELP":
        j -= 1
    if j < 1 or tokens[j + 1].key != "TO":
        return False
    word = tokens[j]
    if not (word.text.isalpha() and word.text.islower()) or word.key in _INTENT_TO:
        return False
    if word.key.endswith(("ED", "ING")):
        return False
    article = next((k for k in (j - 1, j - 2) if k >= 0 and tokens[k].key in ("A", "AN")), None)
    if article is None:
        return False
    return all(t.text.isalpha() and t.text.islower() for t in tokens[article + 1 : j])


# adjective-forming suffixes of English (Quirk et al. 1985, A Comprehensive Grammar of the
# English Language, App. I.64-I.68: -al, -ary, -ic, -ive, -ous, -ful, -able, -ible)
_ADJECTIVE_SUFFIXES = ("AL", "ARY", "IC", "IVE", "OUS", "FUL", "ABLE", "IBLE")


def _prenominal(tokens: list[Token], j: int, blocked: set[int]) -> bool:
    """Whether word ``j`` can only be a modifier inside a noun phrase: a number ("the *2023*
    ban"), a hyphenated compound ("a *long-standing* dispute") or a lower-case adjective by
    its suffix ("*territorial*", "*central*"), and no part of an actor's name."""
    word = tokens[j]
    if j in blocked:
        return False
    if word.key.isdigit():
        return True
    if not word.text.islower():
        return False
    if "-" in word.text and word.text.replace("-", "").isalpha():
        return True
    return word.text.isalpha() and word.key.endswith(_ADJECTIVE_SUFFIXES)


def _noun_after_modifiers(tokens: list[Token], trig: Trigger, blocked: set[int]) -> bool:
    """A one-word trigger after a determiner or a possessor and one or more modifiers that
    only a noun phrase has (:func:`_prenominal`): "the 2023 *ban*", "the earthquake's central
    *impact* zone", "a long-standing territorial *dispute*". English puts numbers and
    adjectives before a noun, between its determiner and its head (Quirk et al. 1985, 17.2,
    "the premodification of noun phrases"), never between a determiner and a finite verb, so
    the word is a noun that names a thing or a topic; CAMEO and PLOVER code verbs of acts
    (PLOVER 2.0 manual, sec. 1: an event is an action of a source on a target), and an act
    named by a noun is coded only where a light verb governs it or it names its parties
    (:func:`_event_noun_ok`). The curated list (nouns chosen on purpose) and past forms in
    -ed (a verb after an adjective-like noun: "the national guard *deployed*") are left
    alone (session 8 round 2, s8b-types)."""
    if trig.end - trig.start != 1 or trig.how == "curated":
        return False
    if tokens[trig.start].key.endswith("ED"):
        return False
    j = trig.start - 1
    while j >= 0 and _prenominal(tokens, j, blocked):
        j -= 1
    if j == trig.start - 1 or j < 0:
        return False
    return tokens[j].key in _ARTICLES or tokens[j].key == "'S"


# the verbs of compelling that English spells like nouns: "force" (an armed body, or coercion
# itself) and "pressure"
_COMPEL_NOUNS = frozenset({"FORCE", "FORCES", "PRESSURE", "PRESSURES"})
# what cannot open a verb's object: prepositions, conjunctions and "as"
_NO_OBJECT = frozenset(
    {"OF", "ON", "ABOUT", "OVER", "AGAINST", "FOR", "IN", "AT", "WITH", "TO", "BY", "FROM"}
    | {"INTO", "DURING", "AFTER", "AMID", "AS", "AND", "OR", "BUT", "UNTIL", "THAT", "WHICH"}
)


def _compulsion_noun(tokens: list[Token], trig: Trigger) -> bool:
    """ "force" or "pressure" with no object after it ("a European peacekeeping *force* as
    unacceptable", "a regional standby *force* to Benin", "by *force* or coercion", "rising
    *pressure* from Washington"): as verbs of compelling they are transitive and take their
    object at once ("*forced* Kyiv to", "*pressure* Iran into"; Quirk et al. 1985, 16.52,
    complex-transitive verbs), so a preposition, a conjunction, a punctuation mark or the
    sentence's end after the word makes it the noun: an armed body or the act of compelling
    named, no act of coercion reported (PLOVER 2.0 sec. 1: an event is an action of a source
    on a target)."""
    if trig.end - trig.start != 1 or tokens[trig.start].key not in _COMPEL_NOUNS:
        return False
    if trig.end >= len(tokens):
        return True
    after = tokens[trig.end]
    return after.key in _NO_OBJECT or not after.text[:1].isalnum()


# verbs of remaining in a state: current copulas (Quirk et al. 1985, 16.21-16.22), whose
# complement describes the subject
_STATE_COPULAS = frozenset(
    {"REMAIN", "REMAINS", "REMAINED", "STAY", "STAYS", "STAYED", "SEEM", "SEEMS", "SEEMED"}
)


def _copular_state(tokens: list[Token], trig: Trigger) -> bool:
    """A trigger right after a copula of remaining ("leaders remain *detained*", "people
    there remain *cut off*"): the participle is the subject's complement, an adjective that
    describes a state (Quirk et al. 1985, 16.21-16.22: "remain" and "stay" are current
    copulas, their complement is a subject complement), not an act the sentence reports; the
    act that put them there is reported elsewhere, if at all (PLOVER 2.0 manual, sec. 1:
    events are actions, not states) (session 8 round 2, s8b-types)."""
    return trig.start > 0 and tokens[trig.start - 1].key in _STATE_COPULAS


# what stands before the "to" of an infinitive that reports no act done: "be to" (an
# arrangement), "be supposed to" (an expectation), "have yet to" (not done so far)
_NOT_DONE_TO = frozenset({"IS", "ARE", "WAS", "WERE", "SUPPOSED", "YET"})


def _infinitive_not_done(tokens: list[Token], trig: Trigger) -> bool:
    """A trigger in an infinitive after "be", "be supposed" or "have yet" ("the talks were to
    *prepare* ...", "was supposed to *take* place", "has yet to *provide* a comment"): "be to"
    states an arrangement or plan, "be supposed to" an expectation, "have yet to" that the act
    has not happened (Quirk et al. 1985, 3.45 and 4.55-4.56, semi-auxiliaries), so the
    sentence reports no act as done (issue 14 item 5; PLOVER 2.0 manual, sec. 1: events are
    what happened) (session 8 round 2, s8b-types)."""
    return (
        trig.start > 1
        and tokens[trig.start - 1].key == "TO"
        and tokens[trig.start - 2].key in _NOT_DONE_TO
    )


_DECIDING = frozenset(_DECIDED | {"DETERMINE", "DETERMINES", "DETERMINED"})
_OPEN = frozenset({"WHETHER", "IF", "HOW", "WHAT", "WHEN", "WHERE", "WHO", "WHICH"})


def _open_question(tokens: list[Token], trig: Trigger) -> bool:
    """A verb of deciding followed by an indirect question ("the next steps ... *will
    determine whether* peace is within reach", "Chile will decide whether to join"): the
    decision is open, so the sentence reports no intent (CAMEO codes DECIDE and DETERMINE
    030, an expressed intent, for "decided to cooperate", where what is decided is said)."""
    return (
        tokens[trig.start].key in _DECIDING
        and trig.end < len(tokens)
        and tokens[trig.end].key in _OPEN
    )


_SUBMIT = frozenset({"SUBMIT", "SUBMITS", "SUBMITTED", "SUBMITTING"})


def _submitted_object(tokens: list[Token], trig: Trigger) -> Trigger:
    """ "submit" with a direct object that none of its CAMEO patterns names ("has submitted a
    final draft agreement ... to the U.S."): an offer (030, AGREE), not the block's default.
    The SUBMIT block's default, 080 (yield: CONCEDE), is the intransitive sense ("submitted
    to pressure"); the block's own patterns code a submitted document as an appeal or an
    offer, most of them in root 03 (&SOLUTION 030, LEGISLATION 034, &PROPOSAL 035; &PROPOSAL,
    PETITION and PAPER 020), never as yielding. ``trig`` itself otherwise."""
    if tokens[trig.start].key not in _SUBMIT or trig.how != "default":
        return trig
    if trig.end >= len(tokens) or tokens[trig.end].key not in _ARTICLES:
        return trig
    return Trigger(trig.start, trig.end, "030", trig.score, trig.how)


# ----------------------------------------------------------------------------------------------
# s32-responded: "responded with tear gas", "retaliated by imposing tariffs": the response's
# instrument or means is the act (docs/validation-events/session-32-responded.md)
# ----------------------------------------------------------------------------------------------

_RESPONSE_VERBS = frozenset(
    {
        "RESPOND",
        "RESPONDS",
        "RESPONDED",
        "RESPONDING",
        "RETALIATE",
        "RETALIATES",
        "RETALIATED",
        "RETALIATING",
        "REACT",
        "REACTS",
        "REACTED",
        "REACTING",
    }
)
"""Verbs of responding: what they code by themselves (CAMEO's default for the RESPOND block
is a complaint, 110) says nothing of the act when the sentence names its instrument or
means (:func:`response_means`)."""
_MEANS_STOP = frozenset({",", ".", ";", ":", "AND", "BUT", "THAT", "WHICH", "WHO", "AFTER"})
"""Words that end the stretch between a response verb and its "with"/"by": another clause."""
_PHRASE_STOP = frozenset({".", ";", ":", "TO", "AFTER", "THAT", "WHICH", "WHO", "WHILE", "AS"})
"""Words that end the noun phrase of an instrument ("with teargas and water cannon *to*
disperse", "with teargas *after* authorities imposed a curfew"); a gerund ends it too."""
_PHRASE_MAX = 10
"""The longest instrument phrase read (words)."""
_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
"""CAMEO roots of a use of force (posture, coercion, assault, fighting, mass violence): the
only codes the USE block's patterns give an instrument of a response ("used water cannon",
175); its other patterns ("used ... posts", 090) name no act of the response."""
_MEANS_GAP = 6
"""The most words between the response verb and its "with" or "by" ("responded firmly by",
"responded to the airstrikes by", "retaliated on Monday with")."""


def response_means(tokens: Sequence[Token], at: int) -> Trigger | None:
    """The act a response verb at token ``at`` names through its instrument or means, as a
    trigger at the verb (its span, the act's CAMEO code); None where there is none.

    * "by" + a gerund that starts a trigger ("responded by closing its airspace", "by
      deploying troops"): the gerund's CAMEO code (its verb patterns);
    * "with" + a noun phrase, its head only (:func:`_instrument_head`: cut before a
      preposition that starts its complement, a clause, a comma or a gerund): its first
      trigger that is a violent-act word ("with F-16 fighter jet airstrikes | on Cambodian
      posts"), else the head read as the object of "used" where the USE block's patterns
      give it a use of force ("responded with tear gas and rubber bullets" as "used tear gas
      and rubber bullets", 175; :data:`_FORCE_ROOTS`); "with anger | at the airstrikes"
      names no act.

    A phrase that names neither ("responded with urgency", "responded by saying") gives
    None: the response verb is coded as before."""
    if not 0 <= at < len(tokens) or tokens[at].key not in _RESPONSE_VERBS:
        return None
    j = at + 1
    while j < len(tokens) and j <= at + _MEANS_GAP and tokens[j].key not in _MEANS_STOP:
        key = tokens[j].key
        if key == "BY" and j + 1 < len(tokens) and tokens[j + 1].key.endswith("ING"):
            found = find_triggers(list(tokens[j + 1 :]))
            first = next((t for t in found if t.start == 0 and not t.speech), None)
            if first is None or cameo_to_plover(first.cameo) is None:
                return None
            return Trigger(at, at + 1, first.cameo, first.score, first.how)
        if key == "WITH":
            return _instrument(tokens, at, j + 1)
        j += 1
    return None


_HEAD_STOP = frozenset(
    {
        ",",
        "ABOUT",
        "AGAINST",
        "ALONG",
        "AMID",
        "AMONG",
        "AROUND",
        "AT",
        "BECAUSE",
        "BEFORE",
        "BUT",
        "BY",
        "DESPITE",
        "DURING",
        "FOR",
        "FROM",
        "IF",
        "IN",
        "INTO",
        "NEAR",
        "OF",
        "ON",
        "ONTO",
        "OVER",
        "SINCE",
        "THROUGH",
        "TOWARD",
        "TOWARDS",
        "UNDER",
        "UNTIL",
        "UPON",
        "WHEN",
        "WHERE",
        "WITH",
        "WITHIN",
        "WITHOUT",
    }
)
"""s33-responded2: words that end the head of a "with" phrase, the instrument itself: a
preposition that starts its complement ("with anger *at* the airstrikes", "with airstrikes *on*
Cambodian posts"), a clause ("*when*", "*because*") or a comma."""


def _instrument_head(tokens: Sequence[Token], begin: int) -> list[Token]:
    """s33-responded2: the head of the "with" phrase that starts at ``begin``, the instrument:
    its words up to a preposition that starts its complement, a clause or a comma
    (:data:`_HEAD_STOP`, :data:`_PHRASE_STOP`), a gerund or :data:`_PHRASE_MAX` words ("with
    tear gas and rubber bullets", "with F-16 fighter jet airstrikes | on ...", "with anger | at
    the airstrikes", "with condemnation | of the airstrikes")."""
    end = begin
    while end < len(tokens) and end < begin + _PHRASE_MAX:
        key = tokens[end].key
        if key in _PHRASE_STOP or key in _HEAD_STOP:
            break
        if end > begin and key.endswith("ING"):
            break  # "with tear gas, injuring", "with force dispersing": another clause
        end += 1
    return list(tokens[begin:end])


def _instrument(tokens: Sequence[Token], at: int, begin: int) -> Trigger | None:
    """:func:`response_means` for "with": the phrase's head (:func:`_instrument_head`, the
    instrument; s33-responded2), read as the object of "used", else its first violent-act
    trigger; None where it names neither (a violent word in the complement, "with anger at
    the airstrikes", is not the instrument)."""
    phrase = _instrument_head(tokens, begin)
    if not phrase:
        return None
    used = Token("used", tokens[at].start, tokens[at].end, "USED")
    read = find_triggers([used, *phrase])
    for t in read:
        violent = t.start > 0 and _violent_word(phrase[t.start - 1].key)
        if violent and cameo_to_plover(t.cameo) is not None:
            return Trigger(at, at + 1, t.cameo, t.score, t.how)
    first = next((t for t in read if t.start == 0 and t.how == "pattern"), None)
    if first is not None and first.cameo[:2] in _FORCE_ROOTS:
        return Trigger(at, at + 1, first.cameo, first.score, first.how)
    return None


def _responded_means(tokens: list[Token], trig: Trigger) -> Trigger:
    """``trig`` retyped by :func:`response_means` where it is a response verb with an
    instrument or a means of another type than its own ("retaliated with missiles" is an
    assault already, and keeps its mode); ``trig`` itself otherwise."""
    if trig.end != trig.start + 1:
        return trig
    means = response_means(tokens, trig.start)
    if means is None:
        return trig
    own, act = cameo_to_plover(trig.cameo), cameo_to_plover(means.cameo)
    return trig if own is not None and act is not None and own[0] == act[0] else means


def _possessor_before_to(
    tokens: list[Token], mentions: list[Mention], group: int, after: list[int]
) -> bool:
    """The group is a possessor inside the object ("submitted a draft on the exploitation *of
    Ukraine's* raw materials *to the U.S.*") and a later group is introduced by "to": the
    "to" phrase names the recipient of what is handed over (PLOVER 2.0 sec. 2.4.1: the
    target is the entity the event is directed at), the possessor only qualifies the
    object. The "to" must be the first after the possessor: in "Sweden's decision *to send*
    them back to Bulgaria" the "to" phrase belongs to the infinitive, not to the trigger."""
    if not _possessor(tokens, mentions, group):
        return False
    end = max(m.end for m in mentions if m.group == group)
    for later in after[after.index(group) + 1 :]:
        j = _group_start(mentions, later) - 1
        while j >= 0 and tokens[j].key in ("THE", "A", "AN"):
            j -= 1
        if j >= 0 and tokens[j].key == "TO":
            return all(t.key != "TO" for t in tokens[end:j])
    return False


def _setting_spans(tokens: list[Token]) -> set[int]:
    """Token indices of a relative clause of place (", where all 193 member states convene"):
    it describes the setting of the sentence's act, not an act of its own."""
    inside: set[int] = set()
    for i in range(len(tokens) - 1):
        if tokens[i].key == "," and tokens[i + 1].key == "WHERE":
            close = next((j for j in range(i + 2, len(tokens)) if tokens[j].key == ","), None)
            inside.update(range(i + 1, len(tokens) if close is None else close))
    return inside


def _act_code(cameo: str) -> bool:
    """A CAMEO code that names an act: not a statement (01x) and not the empty code."""
    return cameo not in ("---", "") and not cameo.startswith("01")


_FINITE_AUX = frozenset(_PASSIVE_AUX | _FUTURE | _MAYBE | {"HAS", "HAVE", "HAD"})
_FRONTING = frozenset(
    {"IN", "DURING", "BY", "FOLLOWING", "AMID", "AFTER", "BEFORE", "AT", "ON", "UNDER", "WITH"}
)


def _fronted_adverbial(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """Token indices of an opening adverbial phrase closed by a comma before the sentence's
    subject ("*In a recent televised interview with Eri TV*, President Afwerki accused ...",
    "*By contrast*, the Kremlin demurred", "*During his confirmation hearing*, Rubio lauded
    ..."): it sets the scene of the main clause's act (Quirk et al. 1985, 8.13), so a trigger
    inside it ranks after the main clause's. Only when an actor is named after the comma and
    no auxiliary or modal stands before it (a clause, not a phrase); its own events stay,
    ranked lower ("May" capitalised is the month)."""
    if len(tokens) < 3 or tokens[0].key not in _FRONTING:
        return set()
    close = next((j for j in range(1, len(tokens)) if tokens[j].key == ","), None)
    if close is None or not any(m.start > close for m in mentions):
        return set()
    if any(t.key in _FINITE_AUX and t.text.islower() for t in tokens[1:close]):
        return set()  # "In response Maduro has declared ..., saying": the main clause itself
    return set(range(1, close))


def _headline(sentence: str, tokens: list[Token]) -> bool:
    """A headline line: no closing punctuation and most longer words capitalised."""
    if sentence.rstrip().endswith((".", "!", "?", '"', "”", "'", "’")):
        return False
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _headline_verb(tokens: list[Token], trig: Trigger, blocked: set[int]) -> bool:
    """In a headline only a finite verb right after its subject codes ("UN Security Council
    Passes ...", "Macron Calls for ..."); nouns ("U.S.-Russia Talks") and verbless titles
    code nothing."""
    key = tuple(t.key for t in tokens[trig.start : trig.end])
    return trig.start - 1 in blocked and key not in _EVENT_NOUNS


_TIME_WORDS = frozenset(
    {"ON", "IN", "LAST", "THIS", "EARLIER", "LATER", "ALSO", "UNANIMOUSLY", "TODAY", "WEEK"}
    | {"MONTH", "YEAR", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"}
    | {"SUNDAY", "YESTERDAY"}
)


def _to_after_time(tokens: list[Token], at: int) -> bool:
    """ "to" at ``at`` or after up to three words of time ("decided *on Wednesday* to close
    its border", "decided *last week* to expel"): the infinitive the verb governs."""
    for j in range(at, min(at + 4, len(tokens))):
        if tokens[j].key == "TO":
            return True
        if tokens[j].key not in _TIME_WORDS:
            return False
    return False


def _defers_to_complement(tokens: list[Token], trig: Trigger) -> bool:
    """A verb of intent (:data:`_INTENT_TO`: "vowed") that matched none of its CAMEO patterns
    and has only its block's majority code (VOW: 130) types nothing itself before "to", "not"
    or "that": the act it announces does ("vowed not to back down", "vowed to lift
    sanctions"), and :func:`_intent` reads the verb there. "decided to" (:data:`_DECIDED`) defers
    too, whatever its score: CAMEO's DECIDE default (030) is no act, and what was decided is
    reported as done (no intent mode)."""
    after = tokens[trig.end].key if trig.end < len(tokens) else ""
    if trig.how != "default":
        return False
    if tokens[trig.start].key in _DECIDED and _to_after_time(tokens, trig.end):
        return True
    intent = tokens[trig.start].key in _INTENT_TO
    return trig.score < 0 and intent and after in {"TO", "NOT", "THAT"}


def _given_from(tokens: list[Token], mentions: list[Mention], group: int, kind: str) -> bool:
    """Support or aid whose named party is introduced by "from" ("with support *from*
    Russia", "received aid *from* the EU"): the party after "from" is the giver. PLOVER 2.0
    sec. 2.4.1: the source is the actor who initiates the event, the target whom it is
    directed at; the preposition "from" marks the origin of what is given."""
    if kind not in ("SUPPORT", "AID"):
        return False
    j = _group_start(mentions, group) - 1
    while j >= 0 and tokens[j].key in ("THE", "A", "AN"):
        j -= 1
    return j >= 0 and tokens[j].key == "FROM"


_COPULAS = {"IS", "WAS", "ARE", "WERE", "BECAME", "BECOMES", "BECOME", "REMAINS", "REMAINED"}


def _predicate_subject(
    tokens: list[Token], mentions: list[Mention], group: int, previous: bool
) -> int | None:
    """The actor an actor named after a copula stands for ("he became *the first European head
    of state* to meet Trump", "Chile is *the only member* to vote ..."): a predicate nominal
    describes the copula's subject and names no actor of its own, so the subject is the source
    of what follows (issue 14 item 5: the actor is the subject of the clause, not the nearest
    name). Between the copula and the name only an article and adjectives may stand (a
    participle or a preposition makes a passive or a progressive: "was signed by X", "are
    demanding a U.N. presence"). ``group`` itself when it
    follows no copula; a pronoun subject stands for the first actor of the sentence before
    it, else the previous sentence's subject (-1); None when the subject names no actor."""
    j = _group_start(mentions, group) - 1
    steps = 0
    while (
        j >= 0
        and steps < 3
        and tokens[j].key not in _COPULAS
        and (
            tokens[j].key in _ARTICLES
            or (
                tokens[j].text.isalpha()
                and tokens[j].text.islower()
                and not tokens[j].key.endswith(("ED", "EN", "ING"))
                and tokens[j].key not in _BACKGROUND_PREP | {"BY", "TO", "THAT", "WITH", "AS"}
            )
        )
    ):
        j -= 1
        steps += 1
    if j < 1 or tokens[j].key not in _COPULAS:
        return group
    subject = next((m.group for m in mentions if m.end == j), None)
    if subject is not None:
        return subject
    if tokens[j - 1].key not in _PRONOUNS:
        return None
    first = next((m.group for m in mentions if m.end <= j - 1 and m.strong), None)
    if first is not None:
        return first
    return -1 if previous else None


def _among(tokens: list[Token], mentions: list[Mention], group: int) -> bool:
    """The group is introduced by "among", at most two words (its modifiers) between
    ("garnered controversy *among Western allies*"): a preposition of the setting or of those
    affected, which never introduces the agent of an active verb (in English the agent
    precedes it), so no source is taken from it."""
    start = _group_start(mentions, group)
    words = [t.key for t in tokens[max(0, start - 3) : start]]
    return "AMONG" in words and not {",", ";", ":"} & set(words[words.index("AMONG") :])


def _participants(tokens: list[Token], mentions: list[Mention], trig: Trigger) -> set[int]:
    """Groups introduced by "between" after an event noun before ``trig`` ("a phone call
    *between Trump and Putin*, as well as meetings *between Rubio and Russian officials*,
    raised alarm"): the parties of that event, which the noun's own trigger codes. The
    subject of the later verb is the event, not its parties (issue 14 item 5: the actor is
    the subject of the clause, not the nearest name), so they are no source. An event noun
    is a noun of :data:`_TALK_NOUNS` or a verb of the CAMEO dictionary ("call", "deal");
    "an alliance between Mali, Burkina Faso and Niger" names a group that can act."""
    out: set[int] = set()
    for m in mentions:
        j = m.start - 1
        if m.start >= trig.start or j < 1 or tokens[j].key != "BETWEEN":
            continue
        noun = tokens[j - 1]
        folded = fold_noun(noun.key)
        event = folded in _TALK_NOUNS or (folded,) in lexicon().verbs
        if noun.text.isalpha() and noun.text.islower() and event:
            out.add(m.group)
    return out


def _purpose_after_partner(tokens: list[Token], mentions: list[Mention], trig: Trigger) -> bool:
    """An infinitive of purpose right after a comitative "with X" ("he would meet *with
    Zelensky* soon *to discuss* ...", "Chile worked with Peru to build ..."): the object of
    "with" never controls the infinitive, whose subject and mode are those of the verb it
    serves, and what is to be discussed or built is the purpose of that verb's act, which
    the verb codes (as :func:`_purpose_of_noun`; the nlp coder's ``no_purpose_clause``). No
    event of its own, and no source taken from the partner (issue 14 item 5: the actor is
    the subject of the clause, not the nearest name). Verbs of asking keep their infinitive
    ("called on Peru to withdraw", "urged Peru to"): they take no "with"."""
    if trig.start < 2 or tokens[trig.start - 1].key != "TO":
        return False
    end = trig.start - 1
    mention = max((m for m in mentions if m.end <= end), key=lambda m: m.end, default=None)
    if mention is None:
        return False
    gap = tokens[mention.end : end]
    if len(gap) > 2 or not all(t.text.isalpha() and t.text.islower() for t in gap):
        return False
    j = _group_start(mentions, mention.group) - 1
    while j >= 0 and tokens[j].key in ("THE", "A", "AN"):
        j -= 1
    return j >= 0 and tokens[j].key == "WITH"


def _thing_of(tokens: list[Token], mentions: list[Mention], trig: Trigger, group: int) -> bool:
    """The group is the "of" complement of a plural noun that names things, and that noun
    phrase is the trigger's subject ("*the diplomatic efforts of Trump and Macron* signal a
    turning point"): the subject is the noun, not the actors that complete it, as with a
    possessor (:func:`_possessor`: "Ukraine's sovereignty must remain"). The noun phrase
    opens with a determiner and the actors are named ones: a partitive names people
    ("thousands of protesters braved the cold", "Shiite members of Lebanon's Cabinet walked
    out"). A noun names things when it is a plural that is no verb of the CAMEO dictionary
    (the test of :func:`_purpose_of_noun`, "efforts to find") and no agent noun or title of
    the gazetteer ("the leaders of France and Germany agreed" keeps its actors)."""
    mine = [m for m in mentions if m.group == group]
    if max(m.end for m in mine) != trig.start or any(m.bare for m in mine):
        return False
    j = min(m.start for m in mine) - 1
    if j < 1 or tokens[j].key != "OF":
        return False
    noun = tokens[j - 1]
    words = tokens[max(0, j - 4) : j - 1]
    gaz = load()
    return (
        any(t.key in _ARTICLES for t in words)
        and noun.text.isalpha()
        and noun.text.islower()
        and noun.key.endswith("S")
        and not noun.key.endswith(("SS", "US", "IS"))
        and (noun.key,) not in lexicon().verbs
        and (fold_noun(noun.key),) not in lexicon().verbs
        and (noun.key,) not in gaz.agents
        and (noun.key,) not in gaz.titles
    )


def _joint(tokens: list[Token], trig: Trigger, sources: tuple[ActorRef, ...]) -> bool:
    """A joint act: two or more states act, or "joint" comes just before the trigger."""
    before = {t.key for t in tokens[max(0, trig.start - 3) : trig.start]}
    return "JOINT" in before or len({a.code for a in sources}) > 1


def _exercise_partner(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, sources: tuple[ActorRef, ...]
) -> int | None:
    """The group of another state's actor that a military act is done "with" ("launched its
    largest military exercises *with Philippine forces*"), named within four words after the
    trigger in its clause, or None: a partner in the act, so the act is joint (PLOVER 2.0 sec.
    3.14.1: joint military operations are COOPERATE) and the partner one of its actors, not
    its recipient."""
    codes = {a.code for a in sources}
    for j in range(trig.end, min(len(tokens) - 1, trig.end + 4)):
        if tokens[j].key in _CLAUSE_STOP or tokens[j].key == ",":
            return None
        if tokens[j].key == "WITH":
            if tokens[j - 1].key in _EDGE:
                return None  # "troops to the border with Peru": a place
            m = next((m for m in mentions if m.start == j + 1 and not m.place), None)
            if m is None or not m.actor.code or m.actor.code in codes:
                return None
            return m.group
    return None


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    """The same named actor twice (same code and name, or same code, role and words)."""
    if a.code != b.code:
        return False
    if a.name and b.name:
        return a.name == b.name and a.role == b.role
    return bool(a.text and b.text and a.text.lower() == b.text.lower())


# s46-company (docs/event-coding.md, "A state-owned company is its state; a private company
# is no actor", a convention from session 46): the agent words of a company as a business (the
# Phoenix agent dictionary's BUS sector) that a mention may end in, and the words that say a
# state owns or runs it. Airlines and banks are left out: many are state-owned, and the
# convention codes a national airline as its state.
_COMPANY_NOUNS = frozenset(
    {
        "COMPANY",
        "COMPANIES",
        "CORPORATION",
        "CORPORATIONS",
        "CONGLOMERATE",
        "CONGLOMERATES",
        "MANUFACTURER",
        "MANUFACTURERS",
        "BUSINESSES",
        "ENTERPRISE",
        "ENTERPRISES",
        "CONTRACTOR",
        "CONTRACTORS",
    }
)
_STATE_OWNER_WORDS = frozenset({"STATE", "NATIONAL", "GOVERNMENT", "PUBLIC", "NATIONALISED"})
# words that end the modifiers read before a company mention ("the national oil company")
_COMPANY_PHRASE_STOP = frozenset(
    {"THE", "A", "AN", "ITS", "THEIR", "OF", "AND", "OR", "TO", "BY", "WITH", "FOR", "'S"}
)


def private_companies(tokens: Sequence[Token], mentions: Sequence[Mention]) -> frozenset[str]:
    """The words of the mentions of a sentence that name a private company: a company noun
    (:data:`_COMPANY_NOUNS`) as the last word of a business mention (role BUS), with no word in
    it or among the up to three modifiers before it that says a state owns or runs it
    ("Nexperia's Chinese parent company", "social media companies"; not "the state-owned
    company", "the national oil company", nor a company the gazetteer names, such as Rosatom or
    "French uranium company Orano", whose code is its owner's). A mention's words count only
    where every mention with those words is such a company.

    docs/event-coding.md (session 46's convention): "A privately owned company has no code,
    whatever its nationality or a demonym beside it: ... an act whose only doer is such a
    company is no event." Both coders drop such an actor from an event's sources, and the event
    whose only sources they are (:func:`code_tokens`, ``accord.news.nlp.coder``); a company as
    the recipient is left as it is (the READING gold codes sanctioned companies by their
    demonym: docs/validation-events/session-46-company.md)."""
    private: set[str] = set()
    owned: set[str] = set()
    for mention in mentions:
        actor = mention.actor
        if actor.role != "BUS" or not actor.text:
            continue
        words = re.findall(r"[A-Z]+", actor.text.upper())
        if not words or words[-1] not in _COMPANY_NOUNS:
            continue
        k = mention.start - 1
        while k >= max(0, mention.start - 3) and tokens[k].key not in _COMPANY_PHRASE_STOP:
            words += re.findall(r"[A-Z]+", tokens[k].key)
            if not any(c.isalpha() for c in tokens[k].key):
                break
            k -= 1
        (owned if _STATE_OWNER_WORDS & set(words) else private).add(actor.text)
    return frozenset(private - owned)


def private_company(actor: ActorRef, private: frozenset[str]) -> bool:
    """Whether ``actor`` is a company that names no state (``private``: the words of such
    mentions in its sentence, :func:`private_companies`)."""
    return actor.role == "BUS" and actor.text in private


def without_company_doers(events: Iterable[Event], private: frozenset[str]) -> list[Event]:
    """``events`` less the private companies among their sources (``private``:
    :func:`private_companies` of their sentence), and less each event whose only sources they
    are (session 46's convention: "an act whose only doer is such a company is no event")."""
    kept: list[Event] = []
    for event in events:
        sources = tuple(a for a in event.sources if not private_company(a, private))
        if event.sources and not sources:
            continue
        kept.append(event if sources == event.sources else replace(event, sources=sources))
    return kept


# ----------------------------------------------------------------------------------------------
# Type rules of session 7 (issue 14; docs/validation-events/session-07.md, s7-types):
# each reads one PLOVER 2.0 or CAMEO convention the dictionaries miss; :func:`_retype` applies them
# ----------------------------------------------------------------------------------------------

_RESIGN = frozenset({"RESIGN", "RESIGNS", "RESIGNED", "RESIGNING"})


def _resignation(tokens: list[Token], trig: Trigger) -> bool:
    """An official resigning. PLOVER 2.0 sec. 3.7: "RETREAT also covers resignations of
    government officials" (mode ``resign``; sec. 3.13's SANCTION modes say the same), while CAMEO
    files RESIGN under 083 / 0831 (accede to a change in leadership), which maps to CONCEDE.
    "resigned in protest" keeps its CAMEO pattern (140, PROTEST)."""
    return tokens[trig.start].key in _RESIGN and trig.cameo.startswith("083")


_PROTESTERS = frozenset(
    {"PROTESTER", "PROTESTERS", "PROTESTOR", "PROTESTORS", "DEMONSTRATOR", "DEMONSTRATORS"}
    | {"RIOTER", "RIOTERS"}
)


def _riot(tokens: list[Token], trig: Trigger) -> bool:
    """Protesters as the subject of a violent act ("protesters set fire to the parliament"):
    CAMEO 145 "protest violently, riot", PLOVER 2.0 PROTEST mode ``riot`` ("distinct, continuous
    and violent action ... to cause physical injury and/or property damage", table 3.7), not an
    ASSAULT by the crowd. The protesters are among the six words before the verb, in its
    clause, up to the verb's own subject (:func:`_riot_span`)."""
    return any(tokens[j].key in _PROTESTERS for j in _riot_span(tokens, trig.start))


# s38-riotspan: the riot's crowd is the violent verb's subject, not a word before a
# complementiser, before a subject of the verb's own, or the object of a verb of saying or urging
_RIOT_COMPLEMENTISERS = frozenset({"THAT", "WHETHER", "IF"})
_RIOT_OWN_SUBJECTS = frozenset({"HE", "SHE", "THEY", "WE", "I", "YOU", "IT"})
_RIOT_MODALS = frozenset({"WOULD", "WILL", "COULD", "MIGHT", "MAY", "SHALL", "SHOULD", "CAN"})
_RIOT_TELLING = frozenset(
    {"WARN", "WARNS", "WARNED", "WARNING", "URGE", "URGES", "URGED", "URGING"}
    | {"TELL", "TELLS", "TOLD", "TELLING", "ASK", "ASKS", "ASKED", "ASKING"}
    | {"ORDER", "ORDERS", "ORDERED", "ORDERING", "INSTRUCTED", "ADVISED", "REMINDED"}
    | {"INFORMED", "ASSURED", "CAUTIONED", "EXHORTED", "CALLED", "APPEALED"}
)


def _riot_span(tokens: list[Token], at: int) -> list[int]:
    """The positions where the subject of a riot's violent verb at ``at`` stands (s38-riotspan):
    the words of :func:`_subject_span` up to a complementiser ("that", "whether", "if") or a
    subject of the verb's own ("they", an armed force before a modal), nearest first; none
    where a verb of saying or urging stands among them ("urged demonstrators not to attack"),
    as the crowd is its object, unless an "and" after it starts the crowd's own act."""
    kept: list[int] = []
    for j in _subject_span(tokens, at):
        key = tokens[j].key
        if key in _RIOT_COMPLEMENTISERS or key in _RIOT_OWN_SUBJECTS:
            break
        if key in _RIOT_MODALS and j > 0 and fold_noun(tokens[j - 1].key) in _RIOT_ARMED:
            break  # "told protesters the army would shoot": the army's act
        if key in _RIOT_TELLING and not any(tokens[k].key == "AND" for k in kept):
            return []  # "warned officers and threw stones": the crowd's own two acts
        kept.append(j)
    return kept


def _subject_span(tokens: list[Token], at: int) -> list[int]:
    """The positions of the six words before ``at`` in its clause, nearest first: where the
    subject of the verb at ``at`` stands (:func:`_riot`, :func:`_crowd_riot`,
    :func:`_named_before`)."""
    span: list[int] = []
    for j in range(at - 1, max(-1, at - 7), -1):
        if tokens[j].key in _CLAUSE_STOP or tokens[j].key == ",":
            break
        span.append(j)
    return span


_RIOTERS = _PROTESTERS | frozenset({"YOUTHS", "STUDENTS", "CROWD", "CROWDS", "MOB", "MOBS"})


def _crowd_riot(tokens: list[Token], trig: Trigger) -> bool:
    """A crowd as the subject of a violent act (s11-protest): young people, students, a crowd
    or a mob among the six words before the verb, in its clause ("thousands of youths stormed
    the parliament building", "youths resorted to throwing stones"). CAMEO 145, PROTEST mode
    ``riot``, as :func:`_riot` reads protesters; not when an armed force is named among those
    words."""
    words = [tokens[k].key for k in _riot_span(tokens, trig.start)]
    if any(fold_noun(w) in _FORCES for w in words):
        return False
    return any(w in _RIOTERS for w in words)


_RALLY = frozenset({"RALLY", "RALLIES", "RALLIED", "RALLYING"})
_FORCES = frozenset({"TROOP", "FORCE", "ARMY", "SOLDIER", "MILITARY", "MILITIA", "FIGHTER"})


# ----------------------------------------------------------------------------------------------
# s37-riot2 (docs/validation-events/session-37-riot2.md): a crowd named as the subject of a
# violent or forcing act, read past an aside, with verbs of forcing a passage and an attempt
# ----------------------------------------------------------------------------------------------

# a crowd of the riot convention: protesters, rioters, youths, students, a crowd or a mob
# (:data:`_RIOTERS`), farmers or marchers; or civilians in numbers ("thousands of citizens")
_RIOT_CROWD = _RIOTERS | frozenset({"FARMERS", "MARCHERS"})
_RIOT_CIVILIANS = frozenset({"PEOPLE", "CITIZENS", "RESIDENTS", "VILLAGERS"})
_RIOT_NUMBERS = frozenset({"THOUSANDS", "HUNDREDS", "DOZENS", "TENS", "SCORES"})
# an armed group, the police or officials among the subject's words: no crowd's riot
_RIOT_ARMED = _FORCES | frozenset(
    {"POLICE", "OFFICER", "MILITANT", "REBEL", "GUNMAN", "GUNMEN", "INSURGENT", "SETTLER"}
    | {"GANG", "JIHADIST", "TERRORIST", "ATTACKER", "GUARD", "COMMANDO", "PARAMILITARY"}
)
# a verb of forcing a passage: "pushed through barbed wire", "forced their way into"
_FORCING = frozenset(
    {"PUSHED", "PUSHING", "PUSH", "PUSHES", "FORCED", "FORCING", "FORCE", "FORCES"}
    | {"BROKE", "BREAK", "BREAKS", "BREAKING", "BURST", "BURSTING", "BARGED", "BARGING"}
)
_PASSAGE = frozenset({"THROUGH", "INTO", "PAST"})
_RIOT_BE = frozenset({"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"})
# the noun of an attempt whose infinitive is the act ("made an attempt to storm")
_ATTEMPT_NOUNS = frozenset({"ATTEMPT", "BID"})


def _passive_verb(tokens: list[Token], at: int) -> bool:
    """A form of "be" before the verb at ``at``, an adverb in "-ly" between ("youths were
    shot", "were reportedly beaten"): the crowd before it is the one acted on, not the
    subject of the act."""
    j = at - 1
    if j >= 1 and tokens[j].key.endswith("LY"):
        j -= 1
    return j >= 0 and tokens[j].key in _RIOT_BE


def _riot_crowd(tokens: list[Token], trig: Trigger) -> bool:
    """A crowd named as the subject of the verb (s37-riot2), read where session 33's crowd
    subject is read (:func:`_crowd_subject_words`: the six words before the verb, and past an
    aside set off by commas, "Some protesters, clad in dark clothing, threw"): a word of
    :data:`_RIOT_CROWD`, or civilians in numbers ("thousands of citizens clashed"); not where an
    armed group, the police or an official stands among those words, nor in a passive."""
    if _passive_verb(tokens, trig.start):
        return False
    words = _crowd_subject_words(tokens, trig.start)
    span = _riot_span(tokens, trig.start)
    if len(span) < len(_subject_span(tokens, trig.start)):  # s38-riotspan: the verb's own subject
        words = [tokens[k].key for k in span]
    if any(fold_noun(w) in _RIOT_ARMED | _NOT_CROWD for w in words):
        return False
    if any(w in _RIOT_CROWD for w in words):
        return True
    return any(w in _RIOT_NUMBERS for w in words) and any(w in _RIOT_CIVILIANS for w in words)


def _riot_subject(tokens: list[Token], trig: Trigger) -> bool:
    """The subject of a riot: protesters (:func:`_riot`), a crowd (:func:`_crowd_riot`) or,
    since s37-riot2, a crowd read past an aside or in numbers (:func:`_riot_crowd`); never
    a crowd before a passive verb ("Nineteen youths were shot dead": acted on)."""
    if _passive_verb(tokens, trig.start):
        return False
    return _riot(tokens, trig) or _crowd_riot(tokens, trig) or _riot_crowd(tokens, trig)


def _forced_passage(tokens: list[Token], trig: Trigger) -> bool:
    """A verb of forcing a passage (s37-riot2): "pushed through barbed wire", "broke into the
    compound", "forced their way into the building" (:data:`_FORCING` then "through", "into"
    or "past", or "their way"): a forcing act, violent whatever the CAMEO type of the verb
    alone ("pushed" is 0xx "push for", "forced" 17x)."""
    if tokens[trig.start].key not in _FORCING:
        return False
    j = trig.start + 1
    if j + 1 < len(tokens) and tokens[j].key == "THEIR" and tokens[j + 1].key == "WAY":
        return True
    return j < len(tokens) and tokens[j].key in _PASSAGE


def _attempted_riot(tokens: list[Token], trig: Trigger) -> bool:
    """An attempt made by a crowd whose infinitive is a violent or forcing act ("protesters
    made an attempt to storm the palace", s37-riot2): the infinitive is the act attempted, CAMEO
    145 as "attempted to storm" is, not the purpose of a noun
    (:func:`_purpose_of_indefinite_noun`)."""
    j = trig.start
    if j < 2 or tokens[j - 1].key != "TO" or tokens[j - 2].key not in _ATTEMPT_NOUNS:
        return False
    mapped = cameo_to_plover(trig.cameo)
    violent = mapped is not None and mapped[0] in VIOLENT_TYPES
    return (violent or _forced_passage(tokens, trig)) and _riot_subject(tokens, trig)


def _rally(tokens: list[Token], trig: Trigger) -> str | None:
    """CAMEO files RALLY under MOBILIZE (150) with patterns for crowds ("* AGAINST", "* (IN
    PROTEST)": 141) and for support ("* (IN SUPPORT)": 053). "rallied behind / around X" is
    support (053, SUPPORT); a rally with no armed force in its clause is a demonstration (141,
    PLOVER 2.0 sec. 3.14.1: "mobilizing supporters to demonstrate" is PROTEST), whatever
    pattern the words after it happen to match."""
    if tokens[trig.start].key not in _RALLY:
        return None
    if trig.end < len(tokens) and tokens[trig.end].key in ("BEHIND", "AROUND"):
        return "053"
    lo, hi = max(0, trig.start - 6), min(len(tokens), trig.end + 6)
    if any(fold_noun(t.key) in _FORCES for t in tokens[lo:hi]):
        return None
    return "141"


_VOTE = frozenset({"VOTE", "VOTES", "VOTED", "VOTING"})


def _voted_against(tokens: list[Token], trig: Trigger) -> bool:
    """Voting against a proposal ("voted against a resolution condemning Russia"): rejecting
    it, CAMEO 12 (the dictionary's DECIDE block codes "* (AGAINST)" 120), not the VOTE pattern's
    110 (disapprove: ACCUSE), which would make the vote an accusation of whoever the proposal
    names."""
    return (
        tokens[trig.start].key in _VOTE
        and trig.end < len(tokens)
        and tokens[trig.end].key == "AGAINST"
    )


_VOICING = frozenset(
    {"EXPRESS", "EXPRESSED", "EXPRESSES", "EXPRESSING", "VOICE", "VOICED", "VOICES", "VOICING"}
)
_ABOUT = frozenset({"OVER", "ABOUT", "AT", "REGARDING"})


def _concern_over(tokens: list[Token], trig: Trigger) -> bool:
    """Concern expressed *over* or *about* something ("expressed grave concerns over the
    crackdown"): disapproval, CAMEO 110 (as the dictionary's REITERATE and JOIN patterns
    "* CONCERN" code it), PLOVER ACCUSE, not the EXPRESS / VOICE patterns' 012 (a pessimistic
    comment, no event). Concern with no object ("voiced concern") stays a comment."""
    if tokens[trig.start].key not in _VOICING:
        return False
    near = [fold_noun(t.key) for t in tokens[trig.end : trig.end + 3]]
    if "CONCERN" not in near:
        return False
    at = trig.end + near.index("CONCERN") + 1
    return any(t.key in _ABOUT for t in tokens[at : at + 4])


_HAND_OVER = frozenset({"HAND", "HANDS", "HANDED", "HANDING"})
_RELEASED = frozenset({"CAPTIVE", "HOSTAGE", "PRISONER", "DETAINEE", "BODY", "REMAIN"})
_RELIEF = frozenset({"FOOD", "MEDICINE", "RELIEF", "HUMANITARIAN", "TENT", "BLANKET", "AID"})


def _handed_over(tokens: list[Token], trig: Trigger) -> tuple[str, tuple[str, str | None]] | None:
    """What is handed over types the act ("hand over" is not in the CAMEO verb dictionary;
    the curated list has it): people or bodies are released, CAMEO 0841 "return, release
    person(s)" (PLOVER RETREAT ``release``); food, medicine or relief is humanitarian aid, CAMEO
    073 (AID). None for anything else (a letter, a report), which :func:`_retype` codes as no
    act."""
    if tokens[trig.start].key not in _HAND_OVER:
        return None
    objects = {fold_noun(t.key) for t in tokens[trig.end : trig.end + 8]}
    if objects & _RELEASED:
        return "0841", ("RETREAT", "release")
    if objects & _RELIEF:
        return "073", ("AID", None)
    return None


# session 8 (s8-types): type rules for the largest confusions of both coders over all twelve
# development files (docs/validation-events/session-08.md, gold conventions and event types);
# each takes the trigger and its mapped type and returns a new CAMEO code and type, or None

_Retyped = tuple[str, tuple[str, str | None] | None]


def _object_words(
    tokens: list[Token], trig: Trigger, n: int, stops: frozenset[str] = frozenset()
) -> list[str]:
    """The folded words (:func:`fold_noun`) of up to ``n`` tokens after a trigger, in its
    clause (up to a comma or a clause word, or one of ``stops``): where the session-8 rules
    look for the object that types the act."""
    words: list[str] = []
    for t in tokens[trig.end : trig.end + n]:
        if t.key in _CLAUSE_STOP or t.key == "," or t.key in stops:
            break
        words.append(fold_noun(t.key))
    return words


_FIRE = frozenset(
    {"FIRE", "FIRED", "FIRES", "FIRING", "LAUNCH", "LAUNCHED", "LAUNCHES", "LAUNCHING"}
)
_AIMED = frozenset({"AT", "AGAINST", "TOWARD", "TOWARDS", "INTO", "TARGETING"})
_SEA = frozenset({"SEA", "WATERS", "OCEAN"})
_HARM = frozenset({"DRONE", "ATTACK", "STRIKE", "KILLING", "KILLED", "WOUNDING", "HIT", "DAMAGE"})
_SHOW_OF_FORCE = frozenset({"BALLISTIC", "TEST", "TEST-FIRE", "TRIAL"})


def _missile_launch(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Missiles fired or launched at nothing but the sea ("fired two ballistic missiles into the
    sea", "toward the East Sea", "fired a ballistic missile Friday"): a show of force short of
    its use, PLOVER 2.0 sec. 3.14 MOBILIZE mode ``weapons`` ("increase readiness of weapons
    systems", table 3.9; CAMEO 150 "demonstrate military power", as the dictionary's
    "DROP * &WEAPON (AT {TRAINING RANGE})" 150), not an ASSAULT. Missiles aimed at a place or
    a ship, with drones, or with harm named in the clause stay an attack, and so do missiles
    fired with neither the sea nor a test nor a ballistic missile named ("Russia fired 40
    cruise missiles overnight" reports a strike whose target the sentence leaves out)."""
    if tokens[trig.start].key not in _FIRE:
        return None
    clause = _object_words(tokens, trig, 16, frozenset({"THAT", "WHICH"}))
    if "MISSILE" not in clause[:8] or _HARM & set(clause):
        return None
    if not (_SEA | _SHOW_OF_FORCE) & set(clause):
        return None
    for i, word in enumerate(clause):
        if word in _AIMED and not _SEA & set(clause[i + 1 : i + 5]):
            return None
    return "150", ("MOBILIZE", "weapons")


_DISMISS = ("DISMISS", "DISPUT", "DENY", "DENIE", "DENYING", "REFUT", "REBUF")
_CLAIMS = frozenset(
    {"CLAIM", "ACCUSATION", "ALLEGATION", "REPORT", "FIGURE", "ASSERTION"}
    | {"INITIATIVE", "PROPOSAL", "PLAN", "OFFER"}
)
# session 27 (s27-deny): the near words of a claim (a charge is an accusation; a statement, a
# finding or a concern voiced is a claim; results or a victory declared are a claim of figures;
# an idea or a suggestion is a proposal), and the verb of criticism that rejects an accusation
_CLAIMS_S27 = frozenset(
    {"CHARGE", "STATEMENT", "FINDING", "CONCERN", "RESULT", "VICTORY", "IDEA", "SUGGESTION"}
)
_ACCUSATIONS = frozenset({"CLAIM", "ACCUSATION", "ALLEGATION", "CHARGE"})
_SLAM = frozenset({"SLAM", "SLAMS", "SLAMMED", "SLAMMING"})


def rejects_claim(verb: str, objects: Sequence[str]) -> bool:
    """Whether a verb (its upper-case word, ``verb``) with the folded words of its object
    (:func:`fold_noun`, ``objects``) dismisses, disputes, denies or refutes a claim, an
    accusation, figures or a proposal (docs/event-coding.md, session 8: REJECT, manual 3.10).
    Session 27 (s27-deny) adds the claim's near words (:data:`_CLAIMS_S27`; charges only for a
    verb that is not "dismiss": a court dismissing charges acquits) and "slammed" an
    accusation ("slammed the unfounded accusations against ..."): the rules coder's test
    (:func:`_rejected_claim`) and the nlp coder's on the parse's object."""
    found = set(objects)
    if verb.startswith(_DISMISS):
        claims = _CLAIMS | _CLAIMS_S27
        if verb.startswith("DISMISS"):
            claims = claims - {"CHARGE"}
        return bool(claims & found)
    return verb in _SLAM and bool(_ACCUSATIONS & found)


def _rejected_claim(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Dismissing, disputing, denying or refuting a claim, an accusation, figures or a proposal
    ("dismissed the claims, calling them ...", "disputed the UN's casualty figures",
    "dismissed the initiative completely"): PLOVER 2.0 sec. 3.10 REJECT ("all rejections and
    refusals"; CAMEO files DENY under REFUSE and "REBUFF * OFFER" under 125), not the
    dictionary's 110 (DISMISS in its DESPATCH block, DISPUTE in VERBAL_CONFLICT: disapproval)
    nor 016 (deny responsibility, a statement with no PLOVER type). Charges dismissed are left
    out: a court dismissing them acquits (CONCEDE, manual 3.4.2), it rejects no claim. The test
    is :func:`rejects_claim` (its word classes widened in session 27)."""
    if rejects_claim(tokens[trig.start].key, _object_words(tokens, trig, 7)):
        return "120", ("REJECT", None)
    return None


# s33-dismissed: "dismiss" / "rebuff" with an object that is no person, office or body (a
# protest, an objection, a challenge, a declaration, prospects for talks), and "pushed back
# on / against" a stance: a refusal, REJECT (CAMEO 12), not DISMISS's 110 or PUSH's 100
_DISMISSING = frozenset(
    {"DISMISS", "DISMISSES", "DISMISSED", "DISMISSING"}
    | {"REBUFF", "REBUFFS", "REBUFFED", "REBUFFING"}
)
_PUSHING = frozenset({"PUSH", "PUSHES", "PUSHED", "PUSHING"})
# a post, an office or a body that is dismissed from office (CAMEO's "DISMISS GOVERNOR" 110)
_POSTS = frozenset(
    {"MINISTER", "OFFICIAL", "GOVERNOR", "GENERAL", "COMMANDER", "CHIEF", "HEAD", "DIRECTOR"}
    | {"JUDGE", "PROSECUTOR", "AMBASSADOR", "ENVOY", "GOVERNMENT", "CABINET", "PARLIAMENT"}
    | {"EMPLOYEE", "WORKER", "STAFF", "OFFICER", "SECRETARY", "ADVISER", "ADVISOR", "DEPUTY"}
    | {"MAYOR", "PREMIER", "PRESIDENT", "CHAIRMAN", "BOARD", "COUNCIL", "PERSONNEL", "AIDE"}
    | {"HIM", "HER", "ME", "US", "YOU"}
)
# where the dismissed object's noun phrase ends ("a protest from Japan", "the debate as ...")
_STANCE_ENDS = frozenset(
    {"SINCE", "AFTER", "BEFORE", "FOR", "OVER", "DURING", "FROM", "IN", "ON", "AT", "TO", "BY"}
    | {"AMID", "WHILE", "BECAUSE", "UNDER", "AS", "OF", "WITH", "THAT", "WHICH", "WHO", "AND"}
    | {",", ".", '"', "(", "-", "--"}
)
# "pushed back on / against" a force is fighting, not a refusal
_FOES = frozenset(
    {"TROOP", "FORCE", "ARMY", "SOLDIER", "FIGHTER", "MILITANT", "REBEL", "OFFENSIVE"}
    | {"ADVANCE", "ATTACK", "ASSAULT", "ENEMY", "INVADER", "INCURSION"}
)


def dismissed_stance(tokens: list[Token], mentions: list[Mention], at: int) -> bool:
    """Whether "dismiss" or "rebuff" at ``at`` takes an object that is a stance of another
    (a claim, a protest, an objection, a challenge, a declaration, prospects for talks, a case)
    and no person, office or body dismissed from office: not a passive ("was dismissed"), not
    "dismissed from", not charges (a court dismissing them acquits, docs/event-coding.md), and
    the head of the object's noun phrase (its last word before a preposition, "as", "to", a
    participle or the clause's end) is no actor's name or agent word (a mention of the
    gazetteer that ends there), no capitalised name and no post (:data:`_POSTS`)."""
    if tokens[at].key not in _DISMISSING:
        return False
    if at > 0 and tokens[at - 1].key in _PASSIVE_AUX:
        return False
    end = at + 1
    while end < len(tokens) and end < at + 8:
        key = tokens[end].key
        if key in _STANCE_ENDS or key in _CLAUSE_STOP or (end > at + 1 and key.endswith("ING")):
            break
        end += 1
    if end == at + 1:
        return False  # "dismissed from his post", "dismissed as ...": no object here
    words = [fold_noun(t.key) for t in tokens[at + 1 : end]]
    if "CHARGE" in words:
        return False
    head = tokens[end - 1]
    if fold_noun(head.key) in _POSTS or head.key in _POSTS:
        return False
    if head.text[:1].isupper() and head.key not in _ARTICLES:
        return False  # "dismissed Bolton": a person
    return not any(m.end == end and (m.actor.code or m.bare) for m in mentions)


def pushed_back(tokens: list[Token], at: int) -> bool:
    """Whether "push" at ``at`` is "pushed back on / against" a stance ("pushed back against
    Trump's proposal", "pushed back Friday on ... remarks"): "back" and then, after at most two
    words of time or adverbs in "-ly" (:data:`_TIME_WORDS`), "on" or "against", with no armed
    force, attack or advance named in the words after it ("pushed back against Russian forces"
    is fighting; "pushed back crowds", "pushed back the deadline" take an object and are no
    refusal)."""
    if tokens[at].key not in _PUSHING or at + 2 >= len(tokens) or tokens[at + 1].key != "BACK":
        return False
    for k in range(at + 2, min(at + 5, len(tokens))):
        key = tokens[k].key
        if key in ("ON", "AGAINST"):
            after = [fold_noun(t.key) for t in tokens[k + 1 : k + 8]]
            return not _FOES & set(after)
        if key not in _TIME_WORDS and not key.endswith("LY"):
            return False  # "pushed back crowds on Friday": an object, no refusal
    return False


def _dismissals(
    tokens: list[Token], mentions: list[Mention], triggers: list[Trigger]
) -> list[Trigger]:
    """``triggers`` with "dismiss" / "rebuff" a stance (:func:`dismissed_stance`) and "pushed
    back on / against" (:func:`pushed_back`, whose "back" is then no trigger of its own) read
    as a refusal, CAMEO 120 (REJECT, PLOVER 2.0 sec. 3.10: "all rejections and refusals")."""
    out: list[Trigger] = []
    dropped: set[int] = set()
    for trig in triggers:
        if trig.end != trig.start + 1:
            out.append(trig)
        elif dismissed_stance(tokens, mentions, trig.start):
            out.append(replace(trig, cameo="120", how="pattern"))
        elif pushed_back(tokens, trig.start):
            out.append(replace(trig, cameo="120", how="pattern"))
            dropped.add(trig.start + 1)
        else:
            out.append(trig)
    return [t for t in out if t.start not in dropped]


# s46-court: a court's refusal of a party's case (docs/event-coding.md, "A court's decision is
# coded by what it does to a party"): the verbs of rejecting and the cases a court rejects
_COURT_REFUSING = frozenset(
    {"REJECT", "REJECTS", "REJECTED", "REJECTING", "DENY", "DENIES", "DENIED", "DENYING"}
    | _DISMISSING
)
_COURT_CASES = frozenset(
    {"APPEAL", "CHALLENGE", "CASE", "PETITION", "MOTION", "COMPLAINT", "LAWSUIT", "SUIT"}
    | {"OBJECTION", "PLEA"}
)
# a party that owns the case: a possessive ("Georgescu's appeal", "his defence's appeal") or a
# person's pronoun; "its" is left out (it may be a company's or a foreign state's)
_CASE_OWNERS = frozenset({"HIS", "HER", "THEIR"})
_POSSESSIVE_MARKS = frozenset({"'S", "’S", "ʼS", "'", "’", "ʼ"})
# a case brought by a party named after it ("a challenge posed by the opposition party")
_BROUGHT = frozenset({"BY", "FROM"})
_COURT_CASE_ENDS = _CLAUSE_STOP | {",", ".", "THAT", "WHICH", "WHO", "AND", "AFTER", "BEFORE"}
_SUBJECT_ENDS = _CLAUSE_STOP | {",", ".", "THAT", "WHICH", "WHO", "WHOSE"}
# the words of a court or its judges in the subject of its verb
_COURT_NOUNS = frozenset(
    {"COURT", "COURTS", "TRIBUNAL", "TRIBUNALS", "JUDGE", "JUDGES", "JUSTICES", "JUDICIARY"}
)


def _court_subject(tokens: Sequence[Token], at: int) -> bool:
    """Whether a court word stands in the subject of the verb at ``at``: among the eight words
    before it, with no comma, clause stop or relative word between ("The Constitutional *Court*
    of Romania has rejected", "the *Court* of Bosnia and Herzegovina rejected")."""
    for k in range(at - 1, max(-1, at - 9), -1):
        key = tokens[k].key
        if key in _SUBJECT_ENDS:
            return False
        if key in _COURT_NOUNS:
            return True
    return False


def court_case_rejected(
    tokens: Sequence[Token], at: int, end: int, sources: Sequence[ActorRef]
) -> bool:
    """s46-court: whether a REJECT whose verb is ``tokens[at:end]`` and whose ``sources`` are
    a state's court is that court rejecting, dismissing or denying a case a named party brought
    (an appeal, a challenge, a case, a petition, a motion, a complaint, a lawsuit, an objection,
    a plea: :data:`_COURT_CASES`; not a request or a bid, which a company or a foreign body may
    make too), so that, with no recipient named, the court's own state is the
    recipient (docs/event-coding.md, "A court's decision is coded by what it does to a party":
    the party whose case it rejects, of its own state, "as for a named domestic target").

    The sources: every one of one state (a three-letter code that is no organisation, IGO, NGO
    or armed group), the verb's subject a court (:func:`_court_subject`). The verb: a form
    of reject, dismiss, rebuff or deny. The case: the head of the verb's object, within seven
    words and before a clause's end (:data:`_COURT_CASE_ENDS`), a word of :data:`_COURT_CASES`
    (singular or plural) whose owner is named: a possessive between the verb and it
    ("rejected Georgescu's appeal", "rejected his defence's appeal"), "his", "her" or "their"
    there ("rejecting his appeal"), or "by" / "from" and a word after it within two words
    ("a challenge posed by the nation's leading opposition party"). An unowned case ("dismissed
    a case accusing ...", "rejected the appeal") names no party and takes no recipient."""
    if end <= at or tokens[at].key not in _COURT_REFUSING:
        return False
    states = {a.code for a in sources}
    if len(states) != 1 or not _court_subject(tokens, at):
        return False
    (code,) = states
    if len(code) != 3 or code in ("IGO", "NGO", "IMG", "MNC") or code in load().org_classes:
        return False  # an international court ("the ICJ": IGO) has no state of its own
    owned = False
    for k in range(end, min(end + 8, len(tokens))):
        key = tokens[k].key
        if key in _COURT_CASE_ENDS:
            return False
        if key in _POSSESSIVE_MARKS or key in _CASE_OWNERS:
            owned = True
        if fold_noun(key) in _COURT_CASES or key in _COURT_CASES:
            after = [t.key for t in tokens[k + 1 : k + 4]]
            return owned or (any(w in _BROUGHT for w in after[:2]) and len(after) > 1)
    return False


# s47-courtrule: the verbs by which a court finds an act void ("ruled that ...", "declared ...")
_COURT_DECLARING = frozenset({"RULE", "DECLARE"})
# the words that find an act void or against the law: "unconstitutional", "null and void", or
# "violate(s)" / "breach(es)" with "constitution" after it ("violate the country's constitution")
_VOIDING = frozenset(
    {"UNCONSTITUTIONAL", "ANTI-CONSTITUTIONAL", "UNLAWFUL", "ILLEGAL", "INVALID", "VOID"}
    | {"NULL", "ILLEGITIMATE", "UNCONSTITUTIONALLY"}
)
_VIOLATING = frozenset(
    {"VIOLATE", "VIOLATES", "VIOLATED", "CONTRAVENE", "CONTRAVENES", "BREACH", "BREACHES"}
)
_CONSTITUTIONS = frozenset({"CONSTITUTION", "CONSTITUTIONS", "LAW", "LAWS", "LEGAL"})
_COURT_NEGATIONS = frozenset({"NOT", "NO", "NEVER", "NEITHER", "NOR"})


def court_struck_down(tokens: Sequence[Token], at: int, end: int) -> bool:
    """s47-courtrule: whether "rule" or "declare" at ``tokens[at:end]``, its subject a court
    (:func:`_court_subject`), finds an act unconstitutional, unlawful or void, so that the
    court rejects it: REJECT, CAMEO 120 (docs/event-coding.md, "A court's decision is coded by
    what it does to a party": a court that "annuls or voids ... a contract, a law or an
    election, or rules it unconstitutional or unlawful, is REJECT"). The finding: a word of
    :data:`_VOIDING` after the verb, or a verb of :data:`_VIOLATING` with "constitution" (or
    "law", "legal": :data:`_CONSTITUTIONS`) within six words after it, both before the
    sentence's end or a semicolon and with no negation before them ("not unconstitutional");
    the verb a past or present form (not the noun "a ruling": a ruling told as background is
    no event). "The court ruled that the law is valid" finds nothing void and keeps its code."""
    if end <= at or not _court_subject(tokens, at):
        return False
    if tokens[at].key not in ("RULED", "RULES", "DECLARED", "DECLARES"):
        return False
    for k in range(end, len(tokens)):
        key = tokens[k].key
        if key in (".", ";", "?", "!") or key in _COURT_NEGATIONS or key.endswith(("N'T", "N’T")):
            return False
        if key in _VOIDING:
            return True
        if key in _VIOLATING and any(t.key in _CONSTITUTIONS for t in tokens[k + 1 : k + 7]):
            return True
    return False


_DEFENDING = frozenset({"DEFEND", "DEFENDS", "DEFENDED", "DEFENDING"})
# s35-defended: what is defended in words, an act, a decision, a policy or a record (singular,
# as :func:`fold_noun` gives it; "LAUNCHE" is its fold of "launches"), not a place, a people, a
# border, sovereignty or a person (CAMEO 052 "Defend verbally" against the DEFEND block's 074)
_DEFENDED_ACTS = frozenset(
    {"DECISION", "MOVE", "STEP", "ACTION", "ACT", "LAUNCH", "LAUNCHE", "TEST", "ALLOWANCE"}
    | {"POLICY", "PLAN", "LAW", "BILL", "BAN", "MEASURE", "TARIFF", "DEAL", "AGREEMENT", "PACT"}
    | {"TIE", "RELATION", "ADMINISTRATION", "RECORD", "EXERCISE", "DRILL", "REFORM", "BUDGET"}
    | {"APPROACH", "STANCE", "REMARK", "COMMENT", "STATEMENT", "CHOICE", "RESPONSE", "VOTE"}
    | {"HANDLING", "PROGRAM", "PROGRAMME", "INITIATIVE", "PROPOSAL", "ORDER", "VISIT", "TRIP"}
    | {"APPOINTMENT", "PARDON", "HIKE", "CUT", "STRATEGY"}
)
_OWN_POSSESSIVES = frozenset({"HIS", "HER", "ITS", "THEIR", "OUR", "MY"})


def defended_act(tokens: list[Token], mentions: list[Mention], at: int) -> str | None:
    """s35-defended: how "defend" at ``at`` reads when its object is an act, a decision, a
    policy or a record (:data:`_DEFENDED_ACTS`, the head of the object's noun phrase: its last
    word before a preposition, "as", "and", a comma or the clause's end) and so a defence in
    words, not the DEFEND block's protection (CAMEO 074, AID): ``"052"`` (CAMEO "Defend
    verbally", SUPPORT) where the act is another actor's, an actor other than the subject's
    (the last actor named before the verb) named as the phrase's possessor or after "by" or
    "of" ("the Kremlin defended North Korea's latest launch"); :data:`NO_EVENT` where it is
    the subject's own (a possessive pronoun, "defended his administration", "his nation's
    ties"; a possessor of the subject's state; no owner named, "defended the decision": a
    statement with no act of its own); None for any other verb or object ("troops defended
    the city", "defend its sovereignty", "defended the EU Ambassador") and for a passive."""
    if tokens[at].key not in _DEFENDING:
        return None
    if at > 0 and tokens[at - 1].key in _PASSIVE_AUX:
        return None
    end = at + 1
    while end < len(tokens) and end < at + 9:
        key = tokens[end].key
        if (key in _STANCE_ENDS and key != "BY") or key in _CLAUSE_STOP:
            break
        if key == "BY" or (end > at + 1 and key.endswith("ING") and key != "HANDLING"):
            break
        end += 1
    if end == at + 1:
        return None
    head = tokens[end - 1].key
    if head not in _DEFENDED_ACTS and fold_noun(head) not in _DEFENDED_ACTS:
        return None
    if tokens[at + 1].key in _OWN_POSSESSIVES:
        return NO_EVENT  # "defended his administration", "his nation's ties with China"
    after = end + 1  # an owner after "by" or "of" ("the decision of the junta")
    while after < len(tokens) and tokens[after].key in ("THE", "A", "AN"):
        after += 1
    subject = [m for m in mentions if m.end <= at and m.actor.code]
    own = subject[-1].actor.code if subject else None
    owners = [
        m
        for m in mentions
        if m.actor.code
        and (
            (at < m.start and m.end < end and tokens[m.end].key in ("'S", "'"))
            or (end < len(tokens) and tokens[end].key in ("BY", "OF") and m.start == after)
        )
    ]
    if any(m.actor.code != own for m in owners):
        return "052"  # "defended North Korea's latest launch": support of another's act
    return NO_EVENT  # "defended the decision as a sovereign move": the subject's own


def _verbal_defences(
    tokens: list[Token], mentions: list[Mention], triggers: list[Trigger]
) -> list[Trigger]:
    """``triggers`` with "defend" an act read by :func:`defended_act`: another's act defended
    is CAMEO 052 (SUPPORT, CAMEO2PLOVER-2021), the subject's own is no event (dropped)."""
    out: list[Trigger] = []
    for trig in triggers:
        reading = defended_act(tokens, mentions, trig.start)
        if reading == NO_EVENT:
            continue
        out.append(trig if reading is None else replace(trig, cameo=reading, how="pattern"))
    return out


_IMPOSING = ("IMPOS", "ADOPT", "RENEW", "EXTEND", "APPROV", "ANNOUNC", "INTRODUC", "UNVEIL")


def _restrictive_measures(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """ "restrictive measures" (the EU's word for its sanctions) and "countermeasures" imposed on
    a state's firms or vessels are sanctions, CAMEO 163 as the IMPOSE patterns "* SANCTIONS" and
    "* EMBARGO" code them, PLOVER 2.0 SANCTION ``discontinue`` (sec. 3.13.3), not the IMPOSE
    block's 170 (COERCE, repression at home). Export controls imposed ("imposing new export
    controls on ... rare earth materials") are the same, CAMEO 163 (docs/event-coding.md: "An
    imposed sanction is SANCTION `discontinue`": "... or export controls imposed, adopted,
    approved or extended"), not the IMPOSE block's 172 (COERCE ``restrict``); session 47,
    s47-sanctiontype. Controls eased or lifted in the same clause are not imposed
    (:func:`_imposed_export_controls`)."""
    if not tokens[trig.start].key.startswith(_IMPOSING):
        return None
    words = [t.key for t in tokens[trig.end : trig.end + 6]]
    for i, word in enumerate(words):
        if word in _CLAUSE_STOP or word == ",":
            return None
        if word in ("COUNTERMEASURES", "COUNTER-MEASURES") or (
            word == "MEASURES" and i > 0 and words[i - 1] == "RESTRICTIVE"
        ):
            return "163", ("SANCTION", "discontinue")
        if _imposed_export_controls(words, i):
            return "163", ("SANCTION", "discontinue")
    return None


_EXPORT_CONTROLS = frozenset({"CONTROL", "CONTROLS"})
_EASING = ("LIFT", "EAS", "RELAX", "REMOV", "WAIV", "LOOSEN", "SCRAP", "REVOK", "SUSPEND")


def _imposed_export_controls(words: list[str], i: int) -> bool:
    """``words[i]`` ends "export control(s)" and no word before it in the window eases or lifts
    them ("announced it would ease export controls" is no sanction imposed)."""
    if words[i] not in _EXPORT_CONTROLS or i == 0 or words[i - 1] != "EXPORT":
        return False
    return not any(w.startswith(_EASING) for w in words[: i - 1])


_BANNING = frozenset({"BAN", "BANS", "BANNED", "BANNING"})
_BLACKLISTING = frozenset({"BLACKLIST", "BLACKLISTS", "BLACKLISTED", "BLACKLISTING"})


def _imposed_listing(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """An export ban ("banned the export of dual-use items to 16 US entities") or a listing
    ("blacklisted two Chinese firms") that the CAMEO dictionary codes 160 (its BAN * EXPORT
    pattern, BLACKLIST's first sense: reduce relations, no mode) is an export control or a
    listing imposed, CAMEO 163, SANCTION ``discontinue`` (docs/event-coding.md: "An imposed
    sanction is SANCTION `discontinue`", session 46, s46-sanctionmode). The type stays."""
    if mapped != ("SANCTION", None) or trig.cameo != "160":
        return None
    key = tokens[trig.start].key
    if key in _BLACKLISTING or (key in _BANNING and "EXPORT" in _object_words(tokens, trig, 4)):
        return "163", ("SANCTION", "discontinue")
    return None


_ORDER = frozenset({"ORDER", "ORDERS", "ORDERED", "ORDERING"})
_MOBILIZING = frozenset(
    {"DEPLOY", "DEPLOYMENT", "MOBILIZATION", "MOBILISATION", "MOBILIZE", "MOBILISE"}
)


def _ordered_deployment(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """A government ordering its forces to deploy or a mobilization ("ordered the aircraft
    carrier ... to deploy to the Caribbean", "ordered a nationwide military mobilization"):
    the order is the mobilization, CAMEO 154 "mobilize or increase armed forces", PLOVER 2.0
    sec. 3.14 MOBILIZE, not a demand (ORDER 100, REQUEST) made of its own forces."""
    if tokens[trig.start].key not in _ORDER:
        return None
    if _MOBILIZING & set(_object_words(tokens, trig, 14, frozenset({"THAT"}))):
        return "154", ("MOBILIZE", None)
    return None


_CURFEWS = frozenset({"CURFEW", "LOCKDOWN"})
_ARRESTS = frozenset({"ARREST", "DETENTION", "IMPRISONMENT"})
_CLOSURES = frozenset({"CLOSURE", "SHUTDOWN", "BAN", "BLACKOUT", "CRACKDOWN", "SUSPENSION"})
_CLOSING = frozenset({"CLOSE", "SHUT", "SUSPEND", "CEASE"})


def _ordered_restriction(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """An order whose content is a curfew, a lockdown, arrests, a closure, a ban or a
    shutdown ("ordered a nationwide night curfew", "ordered the arrest of ...", "ordered the
    newspaper to suspend publication"): the order imposes the measure, CAMEO 17 (1723 curfew,
    173 arrest, 172 restrict), PLOVER 2.0 COERCE, not a demand (ORDER 060 or 100, REQUEST)."""
    if tokens[trig.start].key not in _ORDER:
        return None
    words = _object_words(tokens, trig, 8, frozenset({"THAT", "BY"}))
    head = words[:4]
    if _CURFEWS & set(head):
        return "1723", ("COERCE", "curfew")
    if _ARRESTS & set(head):
        return "173", ("COERCE", "arrest")
    if _CLOSURES & set(head):
        return "172", ("COERCE", "restrict")
    to = next((k for k, w in enumerate(words) if w == "TO"), None)
    if to is not None and to + 1 < len(words) and words[to + 1] in _CLOSING:
        return "172", ("COERCE", "restrict")
    return None


_AGREEING = ("AGREE", "PLEDG", "VOW", "PROMIS", "DECID", "COMMIT")
_CONCEDING = frozenset({"HALT", "STOP", "CUT", "SUSPEND", "SCRAP", "REVOKE"})
_MILITARY_ACTS = frozenset(
    {"STRIKE", "ATTACK", "FIRE", "FIGHTING", "HOSTILITY", "SHELLING", "BOMBING", "OFFENSIVE"}
    | {"WAR", "FIGHT", "CONFLICT", "VIOLENCE", "CLASH", "HOSTILITIES"}
)


def _agreed_concession(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Agreeing or pledging to halt, stop, cut or suspend something of one's own ("agreed to
    halt construction", "agreed to cut lawmakers' benefits"): a future concession, which PLOVER
    2.0 sec. 3.4.2 keeps CONCEDE ("Future concessions ... do not reduce to AGREE"), not the
    CAMEO 03 intent (AGREE). Halting strikes, fighting or the war is a ceasefire agreed, which
    the gold codes AGREE (CAMEO 0356); easing or lifting sanctions is not read here (CAMEO
    0354; docs/validation-events/session-08.md: the wider rule was dropped): one party's is
    :func:`_agreed_sanctions_relief`'s (session 34)."""
    if not tokens[trig.start].key.startswith(_AGREEING):
        return None
    words = [t.key for t in tokens[trig.end : trig.end + 6]]
    if "TO" not in words:
        return None
    at = words.index("TO") + 1
    if at >= len(words) or words[at] not in _CONCEDING:
        return None
    objects = {fold_noun(t.key) for t in tokens[trig.end + at + 1 : trig.end + at + 5]}
    if objects & _MILITARY_ACTS:
        return None
    return "08", ("CONCEDE", None)


_AGREE_FORMS = frozenset({"AGREE", "AGREED", "AGREES", "AGREEING"})
# words before "agreed" that make the agreement joint ("Thailand and Cambodia agreed", "both
# sides agreed", "the two countries ... had agreed"): a mutual undertaking, AGREE
_JOINT_WORDS = frozenset({"AND", "&", "BOTH", "TWO", "SIDES", "PARTIES", "EACH"})
_EXEMPTING = frozenset({"EXEMPT", "UNFREEZE"})
# what an exemption is from, for it to ease sanctions (CAMEO 085: economic sanctions, boycott,
# embargo; tariffs as economic sanctions)
_EXEMPTED_FROM = frozenset({"SANCTION", "TARIFF", "EMBARGO", "BOYCOTT"})


def _joint_agreement(tokens: list[Token], trig: Trigger) -> bool:
    """Whether the words before ``trig`` (back to a comma, at most 12) name two parties or
    more ("Thailand and Cambodia agreed", "both sides agreed", "the two countries said ...
    they had agreed"): a joint undertaking (AGREE), not one party's concession."""
    for token in reversed(tokens[max(0, trig.start - 12) : trig.start]):
        if token.key == ",":
            return False
        if fold_noun(token.key) in _JOINT_WORDS or token.key in _JOINT_WORDS:
            return True
    return False


def _eases_sanctions(tokens: list[Token], at: int) -> bool:
    """Whether the verb at ``at`` eases sanctions as the CAMEO verb dictionary's own patterns
    read it: 085 ("ease * SANCTION", "lift * BOYCOTT"), an intent code 0354 read as its act,
    or 0351 with a sanction, tariff, embargo or boycott after it (the dictionary files "lift *
    SANCTION" under 0351 before its 085 pattern); or exempting or unfreezing with one of those
    after it (no pattern in the dictionary). Not 081 (bans, restrictions, curfews) nor any
    other yield."""
    key = tokens[at].key
    after = {fold_noun(t.key) for t in tokens[at + 1 : at + 9]}
    if any(key.startswith(w) for w in _EXEMPTING) and after & _EXEMPTED_FROM:
        return True
    senses = lexicon().verbs.get((key,))
    if not senses:
        return False
    found = _verb_trigger(senses, tokens, at, 1, len(tokens))
    if found is None:
        return False
    if found.cameo.startswith("0354"):
        return True  # an intent to ease economic sanctions: the easing itself
    if found.cameo.startswith("0351"):
        return bool(after & _EXEMPTED_FROM)  # "agreed to lift sanctions"
    return found.cameo.startswith("085") and found.how == "pattern"


def _agreed_sanctions_relief(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """One party agreeing to ease, lift or exempt from sanctions, tariffs or an embargo ("it
    has agreed to exempt Hungary from U.S. sanctions", "has agreed on a roadmap to ease
    sanctions on Syria"): lifting or easing agreed is CONCEDE (docs/event-coding.md, gold
    conventions; PLOVER 2.0 sec. 3.4.2), the party that gains the target, not the CAMEO 0354
    intent (AGREE). What is eased is read with :func:`_eases_sanctions`. Two parties agreeing
    together stay AGREE (:func:`_joint_agreement`). The sanctions readings of session 33's
    s33-agreedto alone (session 34, s34-agreedsanctions;
    docs/validation-events/session-34-agreedsanctions.md)."""
    if tokens[trig.start].key not in _AGREE_FORMS or _joint_agreement(tokens, trig):
        return None
    keys = [t.key for t in tokens]
    at = trig.start + 1
    if at < len(keys) and keys[at] == "ON":  # "agreed on a roadmap to ease sanctions"
        to = next((j for j in range(at + 1, min(len(keys), at + 6)) if keys[j] == "TO"), None)
        if to is None:
            return None
        at = to
    if at + 1 >= len(keys) or keys[at] != "TO":
        return None
    return ("085", ("CONCEDE", None)) if _eases_sanctions(tokens, at + 1) else None


# the nouns of a ceasefire that an announcement names ("announced a three-day ceasefire")
_CEASEFIRE_NOUNS = frozenset({"CEASEFIRE", "CEASE-FIRE", "TRUCE"})
# words that end the announced noun phrase before a ceasefire noun ("the formation of a truce
# committee", "plans for a truce", "that it will observe a truce"): prepositions, clause words,
# pronouns, modals; and, after the noun, the words that may follow it (not another noun: "a truce
# committee", "a ceasefire agreement" name something else)
_PHRASE_BREAK = frozenset(
    {"OF", "FOR", "ON", "TO", "IN", "AT", "BY", "WITH", "FROM", "AFTER", "FOLLOWING", "ABOUT"}
    | {"OVER", "AGAINST", "BETWEEN", "UNDER", "THAT", "WHICH", "WHO", "WHETHER", "IF"}
    | {"IT", "THEY", "HE", "SHE", "WE", "WILL", "WOULD", "SHALL", "COULD", "MAY", "MIGHT"}
    | {"CAN", "MUST", "SHOULD", "NOT", "NO", "WAS", "WERE", "IS", "ARE", "BE", "BEEN"}
)
_AFTER_CEASEFIRE = _PHRASE_BREAK | frozenset(
    {"AND", "OR", "AS", "UNTIL", "TILL", "DURING", "THROUGH", "ALONG", "ACROSS", "AROUND"}
    | {"STARTING", "BEGINNING", "EFFECTIVE", "LASTING", "ENDING"}
)
# a ceasefire that the sentence says is in force ("took effect", "came into force", "with
# immediate effect"): one in force is RETREAT, left as the dictionary codes it
_IN_FORCE = (
    ("IN", "FORCE"),
    ("INTO", "FORCE"),
    ("IN", "EFFECT"),
    ("INTO", "EFFECT"),
    ("TOOK", "EFFECT"),
    ("IMMEDIATE", "EFFECT"),
    ("EFFECTIVE", "IMMEDIATELY"),
)


def _ceasefire_in_force(tokens: list[Token]) -> bool:
    """The sentence says a ceasefire is in force: "took effect", "in force", "came into
    effect", "with immediate effect", "effective immediately" (two words in a row)."""
    keys = [t.key for t in tokens]
    return any(pair in _IN_FORCE for pair in itertools.pairwise(keys))


def _announced_ceasefire(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """A party that announces a ceasefire or a truce ("Putin announced a three-day ceasefire",
    "The Ministry of Defense has announced a ceasefire") declares it; the announcement is not
    its implementation, so it is a ceasefire announced but not yet in force: CONCEDE
    (docs/event-coding.md, gold conventions; PLOVER 2.0 sec. 3.4 "declarations (but not
    implementations) of ceasefires", 3.7.2), not the dictionary's CAMEO 0871 (RETREAT
    `ceasefire`) nor another ANNOUNCE pattern. The ceasefire noun is the announcing verb's
    object: at most five words after it, none of them a preposition, a clause word, a pronoun
    or a modal (:data:`_PHRASE_BREAK`: "announced the formation of a truce committee", "that
    it will observe a truce"), and not the first half of a compound ("a truce committee"). A
    sentence that says the ceasefire is in force (:func:`_ceasefire_in_force`) is left to the
    dictionary (RETREAT), and so is "declared" (the gold codes a declared ceasefire both
    ways). Session 35, s35-ceasefire (docs/validation-events/session-35-ceasefire.md)."""
    if tokens[trig.start].key not in _ANNOUNCING or trig.end != trig.start + 1:
        return None
    for j in range(trig.end, min(len(tokens), trig.end + 6)):
        key = tokens[j].key
        if key in _CEASEFIRE_NOUNS:
            after = tokens[j + 1].key if j + 1 < len(tokens) else "."
            if (after.isalnum() or "-" in after) and after not in _AFTER_CEASEFIRE:
                return None  # "a truce committee", "a ceasefire agreement": another noun
            return None if _ceasefire_in_force(tokens) else ("0871", ("CONCEDE", None))
        if key in _PHRASE_BREAK or key in _CLAUSE_STOP or key == ",":
            return None
    return None


_CARRIED = frozenset({"CARRIED", "CARRY", "CARRIES", "CARRYING"})
# "conducted airstrikes": CONDUCT sits in CAMEO's OVERSEE_MANAGE block (060, cooperation)
_CONDUCTED = frozenset({"CONDUCT", "CONDUCTS", "CONDUCTED", "CONDUCTING"})
_STRIKES = frozenset({"STRIKE", "AIRSTRIKE", "ATTACK", "RAID", "BOMBING", "SHELLING"})
_AIRDROP = frozenset({"AIRDROP", "AIR-DROP"})


def _carried_out(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """What is carried out (or conducted) names the act: strikes, attacks, raids are the use
    of force, as
    the dictionary's own "CARRIED_OUT * ATTACK" / "* RAID" (190) and "* {AIR STRIKE}" (195)
    code them (PLOVER 2.0 ASSAULT), an airdrop of supplies is aid (CAMEO 073, PLOVER 2.0 sec.
    3.6), whichever other CARRY_OUT pattern ("* SEARCH" 090, "* OPERATIONS" 062) matched."""
    key = tokens[trig.start].key
    if not (key in _CARRIED and trig.end - trig.start >= 2) and key not in _CONDUCTED:
        return None
    for word in _object_words(tokens, trig, 5):
        if word in _STRIKES:
            return "190", ("ASSAULT", None)
        if word in _AIRDROP:
            return "073", ("AID", None)
    return None


_RELIEF_GOODS = _RELIEF | frozenset({"MEDICAL", "RESCUE", "SUPPLIES", "SUPPLY", "EMERGENCY"})


def _relief(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Aid, relief or a medical or rescue team sent is humanitarian aid, CAMEO 073 (PLOVER 2.0
    sec. 3.6: AID "primarily benefits the recipient"; "emergency assistance"), not the CAMEO
    AID block's own 060 nor a DISPATCH / GRANT pattern's 061-062 (COOPERATE, exchange that
    benefits both)."""
    if mapped is None or mapped[0] != "COOPERATE":
        return None
    if tokens[trig.start].key in ("AID", "AIDS"):
        return "070", ("AID", None)
    if _RELIEF_GOODS & set(_object_words(tokens, trig, 6)):
        return "073", ("AID", None)
    return None


_OPEN_TO = frozenset({"OPEN", "WILLINGNESS", "READINESS", "WILLING"})


def _open_to_talks(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Being open or willing to talk or to consider ("was open to direct talks", "stated its
    willingness to consider a ceasefire"): an intent to meet or negotiate, CAMEO 036 (AGREE;
    PLOVER 2.0 sec. 3.2.1: future meetings are AGREE), not the talks themselves (CONSULT)."""
    if mapped is None or mapped[0] != "CONSULT":
        return None
    key = tokens[trig.start].key
    if key == "OPEN" and trig.end < len(tokens) and tokens[trig.end].key == "TO":
        return "036", ("AGREE", None)
    before = [t.key for t in tokens[max(0, trig.start - 3) : trig.start]]
    if "TO" in before and _OPEN_TO & set(before):
        return "036", ("AGREE", None)
    return None


_LIFTING = frozenset({"LIFT", "LIFTS", "LIFTED", "LIFTING", "EASING", "REMOVAL"})
_SANCTION_WORDS = frozenset({"SANCTION", "SANCTIONS"})


def _lifted_sanctions(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Sanctions lifted ("confirmed *the lifting of sanctions* on potash", "announced the
    lifting of sanctions") are sanctions eased, CAMEO 085 (PLOVER RETREAT ``ease``), not a
    sanction (the curated noun read alone) nor the intent 0351 that the first of the LIFT
    block's two "* SANCTION" patterns gives (the block lists 0351 and 085 for the same words;
    an intent is read from "will", "vowed to" by ``_intent``, which turns 085 into AGREE).
    The noun after a verb of lifting ("lifted sanctions on Syria", "vowed to lift sanctions")
    is that verb's object and no act of its own: no event (the verb codes the act)."""
    key = tokens[trig.start].key
    if mapped is None:
        return None
    if key.startswith("LIFT") and trig.cameo == "0351":
        return "085", ("RETREAT", "ease")
    if key not in _SANCTION_WORDS or mapped[0] != "SANCTION":
        return None
    for j in range(trig.start - 1, max(-1, trig.start - 4), -1):
        if tokens[j].key in _LIFTING:
            if tokens[j + 1].key == "OF":
                return "085", ("RETREAT", "ease")  # "the lifting of sanctions": the noun's act
            return "---", None  # "lifted sanctions": the verb's object
    return None


_SUMMONING = frozenset({"SUMMON", "SUMMONS", "SUMMONED", "SUMMONING"})
_ENVOYS = frozenset({"AMBASSADOR", "ENVOY", "DIPLOMAT", "CHARGE", "COMMISSIONER"})


def _summoned_envoy(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """An envoy summoned ("summoned Bangladesh's High *Commissioner*", "summoned Wu Jianghao,
    *ambassador* of China to Japan") is an official protest, CAMEO 111 (PLOVER ACCUSE
    ``disapprove``), as the dictionary's object rule reads "summon * ambassador"; that rule
    sees only the words right after the verb, so a name or title before the envoy word, or a
    High Commissioner (a Commonwealth state's ambassador), left the SUMMON block's default,
    040 (a meeting). Read here over up to eight words, across an appositive's comma."""
    if tokens[trig.start].key not in _SUMMONING or trig.cameo == "111":
        return None
    for t in tokens[trig.end : trig.end + 8]:
        if t.key in _CLAUSE_STOP or t.key in ("AND", "TO"):
            break
        if fold_noun(t.key) in _ENVOYS:
            return "111", ("ACCUSE", "disapprove")
    return None


_GRIEVANCES = frozenset(
    {"PROTEST", "DISSATISFACTION", "DISPLEASURE", "DISCONTENT", "OBJECTION", "COMPLAINT"}
)
_LODGING = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("LODG", ("E", "ES", "ED", "ING")),
        ("FILE", ("", "S", "D")),
        ("FILING", ("",)),
        ("DELIVER", ("", "S", "ED", "ING")),
        ("ISSU", ("E", "ES", "ED", "ING")),
        ("EXPRESS", ("", "ES", "ED", "ING")),
        ("VOIC", ("E", "ES", "ED", "ING")),
        ("REGISTER", ("", "S", "ED", "ING")),
        ("CONVEY", ("", "S", "ED", "ING")),
        ("MA", ("KE", "KES", "DE", "KING")),
    )
    for end in ends
)


def _lodged_grievance(words: list[str]) -> bool:
    """A grievance made by the summoner among ``words`` (keys): a protest, dissatisfaction,
    displeasure, discontent, an objection or complaint lodged, filed, delivered, issued,
    expressed, voiced, registered, conveyed or made (the grievance within four words of the
    verb), or "to protest" / "to complain"."""
    for i, word in enumerate(words):
        if word in _LODGING and any(fold_noun(w) in _GRIEVANCES for w in words[i + 1 : i + 5]):
            return True
        if word == "TO" and i + 1 < len(words) and words[i + 1] in ("PROTEST", "COMPLAIN"):
            return True
    return False


def _summoned_passive_envoy(tokens: list[Token], trig: Trigger) -> bool:
    """s33-summoned: an envoy as the subject of a passive summons ("Hungary's *Ambassador* to
    Ukraine, has been summoned to the Ministry"): the envoy word within eight words before the
    auxiliary, across an appositive's comma, in the verb's own clause."""
    i = trig.start - 1
    if i > 0 and tokens[i].key in _PASSIVE_AUX | {"BEEN"}:
        i -= 1
        if tokens[i].key in ("HAS", "HAVE", "HAD"):
            i -= 1
    else:
        return False
    for t in reversed(tokens[max(0, i - 7) : i + 1]):
        if t.key in _CLAUSE_STOP or t.key in ("AND", "THAT", "WHO", "WHICH"):
            break
        if fold_noun(t.key) in _ENVOYS:
            return True
    return False


def _summoned_in_protest(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """s33-summoned: a summons that docs/event-coding.md's gold conventions code as a protest,
    CAMEO 111 (PLOVER ACCUSE ``disapprove``), where :func:`_summoned_envoy` sees no envoy word
    after the verb: an envoy summoned in the passive (:func:`_summoned_passive_envoy`), or an
    official summoned to protest ("summoned Funakoshi on Friday to *file* its own *protest*",
    "summoned Kenji Kanasugi, *expressing* strong *dissatisfaction*"): a grievance lodged
    (:func:`_lodged_grievance`) within twelve words after the verb, in its clause. Else the
    SUMMON block's default, 040 (a meeting)."""
    if tokens[trig.start].key not in _SUMMONING or trig.cameo == "111":
        return None
    if _summoned_passive_envoy(tokens, trig):
        return "111", ("ACCUSE", "disapprove")
    words: list[str] = []
    for t in tokens[trig.end : trig.end + 12]:
        if t.key in _CLAUSE_STOP:
            break
        words.append(t.key)
    return ("111", ("ACCUSE", "disapprove")) if _lodged_grievance(words) else None


# s27-expel: the expulsion of diplomats (docs/event-coding.md, gold conventions: "Expelling
# diplomats (or ordering them to leave) is SANCTION `expel`")
_DIPLOMATIC = _ENVOYS | {"ATTACHE", "CONSUL", "CONSULAR", "DIPLOMATIC", "EMBASSY", "CONSULATE"}
_DECLARING = frozenset(
    f"{stem}{end}" for stem in ("DECLAR", "DESIGNAT") for end in ("E", "ES", "ED", "ING")
)
_ORDERING_OUT = _ORDER | {"ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "ANNOUNCING"}
_EXPULSION = frozenset({"EXPEL", "EXPELLED", "EXPULSION"})
_GIVE_FORMS = frozenset({"GIVE", "GIVES", "GAVE", "GIVEN", "GIVING"})
_SPELLS = frozenset({"DAY", "HOUR", "WEEK", "MONTH"})


def _diplomatic(words: list[str]) -> bool:
    """A word of diplomats or their missions among ``words`` (folded): an envoy, a diplomat,
    an attache, a consul, an embassy, a consulate, "diplomatic", "consular", "High
    Commission"."""
    return bool(_DIPLOMATIC & set(words)) or any(
        a == "HIGH" and b == "COMMISSION" for a, b in itertools.pairwise(words)
    )


def _to_leave(words: list[str]) -> bool:
    """ "to leave" (or "to depart") among a trigger's object words."""
    return any(a == "TO" and b in ("LEAVE", "DEPART") for a, b in itertools.pairwise(words))


def _expelled_envoy(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """The expulsion of diplomats, CAMEO 166 (PLOVER SANCTION ``expel``: "the expulsion of
    ambassadors or similar diplomats", manual table 3.8), however it is said: declared
    *persona non grata* ("declared the military attache and his deputy personae non grata"),
    or declared "undesirable" with an envoy, an embassy or a consulate named in the object;
    an order or an announcement of an expulsion or of leaving whose object names diplomats
    ("ordered two senior Russian diplomats expelled", "announced the expulsion of two
    military diplomats", "ordered the ambassador to leave"); a number of days or hours to
    leave given to diplomats ("has given the Iranian ambassador ... seven days to leave",
    "the ambassador and three diplomats were given seven days to leave": the subject of a
    passive counts). The dictionary reads these as a statement (DECLARE, ANNOUNCE 010), a
    demand (ORDER 100), a gift (GIVE 060) or a deportation (174, COERCE), which the convention
    keeps for individuals who are not diplomats."""
    key = tokens[trig.start].key
    words = _object_words(tokens, trig, 14)
    if key in _DECLARING:
        # the phrase is looked for across commas (an appositive list between): "declared
        # Pakistani military advisers - Air, Navy and Defence - ... as persona non grata"
        span = []
        for t in tokens[trig.end : trig.end + 24]:
            if t.key in _CLAUSE_STOP or t.key in (".", "THAT", "WHO", "WHICH"):
                break
            span.append(t.key)
        grata = any(
            a in ("PERSONA", "PERSONAE") and b == "NON" and c == "GRATA"
            for a, b, c in zip(span, span[1:], span[2:], strict=False)
        )
        if grata or ("UNDESIRABLE" in words and _diplomatic(words)):
            return "166", ("SANCTION", "expel")
        return None
    if key in _ORDERING_OUT:
        if _diplomatic(words) and (_EXPULSION & set(words) or _to_leave(words)):
            return "166", ("SANCTION", "expel")
        return None
    if key not in _GIVE_FORMS or not _to_leave(words) or not _SPELLS & set(words):
        return None
    subject: list[str] = []
    if trig.start > 0 and tokens[trig.start - 1].key in ("WAS", "WERE", "BEEN", "BE"):
        for t in reversed(tokens[max(0, trig.start - 12) : trig.start - 1]):
            if t.key in _PATTERN_STOP:
                break
            subject.append(fold_noun(t.key))
    if _diplomatic(words) or _diplomatic(subject[::-1]):
        return "166", ("SANCTION", "expel")
    return None


# s28-deport: expelling people who are not diplomats (docs/event-coding.md, gold conventions:
# "expelling or deporting other individuals is COERCE `deport`")
_EXPEL_VERBS = frozenset({"EXPEL", "EXPELS", "EXPELLED", "EXPELLING"})
_PEOPLE = frozenset(
    {"MIGRANT", "REFUGEE", "IMMIGRANT", "FOREIGNER", "NATIONALS", "CITIZENS", "DEPORTEE"}
    | {"ASYLUM", "PEOPLE", "FAMILY"}
)
_NOT_PEOPLE = frozenset(
    {"OFFICIAL", "REPRESENTATIVE", "INSPECTOR", "ADVISER", "ADVISOR", "STAFF", "EMPLOYEE"}
    | {"OFFICER", "PERSONNEL", "TROOP", "FORCE", "SOLDIER", "MILITARY", "MISSION"}
)
_OBJECT_ENDS = frozenset(
    {"SINCE", "AFTER", "BEFORE", "FOR", "OVER", "DURING", "FROM", "IN", "ON", "AT", "TO", "BY"}
    | {"AMID", "WHILE", "BECAUSE", "UNDER", "AS"}
)


def _expelled_people(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """People who are not diplomats expelled ("expelled a group of 75 Venezuelans", "expelled
    180,417 undocumented Haitians", "expelled the migrants"): CAMEO 174 (PLOVER COERCE
    ``deport``), as docs/event-coding.md's convention keeps SANCTION ``expel`` for diplomats
    (:func:`_expelled_envoy`) and reads expelling or deporting other individuals as COERCE
    ``deport``; the curated "expelled" (166) read every object as diplomats. The object of the
    verb (up to ten words in its clause, ended by a preposition or conjunction of time, place
    or cause: "since", "from", "to", "after"...; a comma inside a number does not end it) must
    name people: a demonym in the plural ("Venezuelans") or a word of people (migrants,
    refugees, foreigners, nationals, citizens, deportees, asylum seekers, people, families),
    and no word of diplomats (:func:`_diplomatic`) nor of officials, inspectors, advisers,
    staff or troops, whose expulsion keeps its reading."""
    if tokens[trig.start].key not in _EXPEL_VERBS:
        return None
    keys: list[str] = []
    for i in range(trig.end, min(len(tokens), trig.end + 10)):
        key = tokens[i].key
        digits = 0 < i < len(tokens) - 1 and tokens[i - 1].key.isdigit()
        if key in _CLAUSE_STOP or key in _OBJECT_ENDS:
            break
        if key == "," and not (digits and tokens[i + 1].key.isdigit()):
            break
        keys.append(key)
    words = [fold_noun(k) for k in keys]
    if _diplomatic(words) or _NOT_PEOPLE & set(words):
        return None
    if _names_people(keys, words):
        return "174", ("COERCE", "deport")
    if not keys and _expulsion_aux(tokens, trig):
        return _expelled_subject(tokens, trig)
    return None


def _names_people(keys: list[str], words: list[str]) -> bool:
    """Whether an expulsion's object (or passive subject), its token ``keys`` and their nouns
    folded ``words``, names people: a demonym in the plural ("Venezuelans") or a word of people
    (:data:`_PEOPLE`)."""
    gaz = load()
    plural = any(k.endswith("S") and (k,) in gaz.demonyms and (k,) not in gaz.names for k in keys)
    return plural or bool(_PEOPLE & (set(words) | set(keys)))


# s29-expulsion: an expulsion told in the passive (docs/event-coding.md, "Source": "for a
# passive ("...by Y") the actor after "by"; for an agentless passive with a place ... the
# place's state, with X as target")
_EXPULSION_AUX = frozenset(_PASSIVE_AUX | {"GET", "GETS", "GOT"})
_EXPULSION_KINDS = frozenset({("SANCTION", "expel"), ("COERCE", "deport")})
_RELATIVE = frozenset({"WHO", "WHICH", "THAT"})
_SUBJECT_STOP = frozenset(_PATTERN_STOP | _REPORTING | {"STATED", "CONFIRMED"})
_BEFORE_NAME = frozenset({"TO", "IN", "FROM", "AT", "ON", "WITH", "FOR", "AGAINST", "BY"})


def _expulsion_aux(tokens: list[Token], trig: Trigger) -> bool:
    """The trigger is a past participle with a form of "be" or "get" among the two words
    before it ("were expelled", "had been deported", "was swiftly expelled")."""
    return tokens[trig.start].key.endswith(("ED", "EN")) and any(
        t.key in _EXPULSION_AUX for t in tokens[max(0, trig.start - 2) : trig.start]
    )


def _expelled_span(tokens: list[Token], trig: Trigger) -> tuple[int, int]:
    """The token span [start, end) of a passive trigger's subject, read back from its
    auxiliary to the start of its clause (a comma, "that", a verb of saying); a relative
    pronoun right after a comma ("South Africa's ambassador to the United States, who was
    designated ...") stands for the phrase before the comma."""
    end = trig.start
    while end > 0 and tokens[end - 1].key in _EXPULSION_AUX | {"HAS", "HAVE", "HAD"}:
        end -= 1
    if end >= 1 and tokens[end - 1].key in _RELATIVE:
        end -= 1
        if end >= 1 and tokens[end - 1].key == ",":
            end -= 1
    start = end
    while start > 0 and end - start < 12 and tokens[start - 1].key not in _SUBJECT_STOP:
        if _infinitive_to(tokens, start - 1):
            break  # "willing to accept migrants ... being deported": the subject is after it
        start -= 1
    return start, end


def _infinitive_to(tokens: list[Token], at: int) -> bool:
    """ "to" before a lower-case word that is no article or number: an infinitive ("to
    accept"), not a phrase of place or recipient ("to the United States")."""
    if tokens[at].key != "TO" or at + 1 >= len(tokens):
        return False
    word = tokens[at + 1]
    return word.text.islower() and word.key not in _ARTICLES and not word.key[:1].isdigit()


def _expelled_subject(tokens: list[Token], trig: Trigger) -> _Retyped | None:
    """People who are not diplomats expelled, told in the passive ("around 1.6 million
    undocumented Afghans had been expelled since ..."): the subject names them, as the object
    does in the active (:func:`_expelled_people`), so COERCE ``deport`` by the same word
    classes."""
    start, end = _expelled_span(tokens, trig)
    keys = [t.key for t in tokens[start:end]]
    words = [fold_noun(k) for k in keys]
    if not keys or _diplomatic(words) or _NOT_PEOPLE & set(words):
        return None
    if _names_people(keys, words):
        return "174", ("COERCE", "deport")
    return None


def _coded_after(tokens: list[Token], mentions: list[Mention], at: int) -> Mention | None:
    """The coded mention (a state or an organisation) that starts right after token ``at``
    (an article between)."""
    k = at + 1
    while k < len(tokens) and tokens[k].key in _ARTICLES:
        k += 1
    return next((m for m in mentions if m.start == k and m.actor.code), None)


def _expulsion_roles(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, kind: str, mode: str | None
) -> tuple[int | None, int | None] | None:
    """The roles of an expulsion (SANCTION ``expel``, COERCE ``deport``) told in the passive
    (:func:`_expulsion_aux`): (source group, target group), either None where the sentence
    names nobody; None where the trigger is no such passive. The subject, the expelled, is the
    recipient, never the source (PLOVER 2.0 sec. 2.4.1; docs/event-coding.md, "Source": an
    agentless passive's subject is its target); the source is the agent ("by X"), else the
    state or body it is expelled from ("was expelled from the Council", "deported from the
    U.S."), else the place it happens in ("in Phnom Penh"), else the state an expelled envoy is
    accredited to ("South Africa's ambassador to the United States, who was designated persona
    non grata"), else none. A destination ("deported to France") is neither role: it is where
    the people are sent, not who sends them nor who is sent. Where the sentence names neither
    the expelled nor the expelling state the result is ``(None, None)`` and the caller keeps the
    coder's earlier reading (s29-expulsion's variant B: "migrants have been deported to France"
    keeps its event). Since session 35 (s35-freed) people freed or released in the passive
    (:func:`_freed_passive`) take the same roles ("another American was freed from Belarus")."""
    freed = _freed_passive(tokens, trig, kind)
    if not ((kind, mode) in _EXPULSION_KINDS or freed) or not _expulsion_aux(tokens, trig):
        return None
    start, end = _expelled_span(tokens, trig)
    subject = next(
        (
            m
            for m in sorted(mentions, key=lambda m: -m.end)
            if start <= m.start
            and m.end <= end
            and (m.strong or (freed and m.end == end))  # "another American was freed"
            and not m.place
            and m.actor.code
            and not (
                m.start > 0
                and (
                    tokens[m.start - 1].key in _BEFORE_NAME
                    or (
                        m.start > 1
                        and tokens[m.start - 1].key in _ARTICLES
                        and tokens[m.start - 2].key in _BEFORE_NAME
                    )
                )
            )
        ),
        None,
    )
    host: Mention | None = None
    for prep in ("BY", "FROM", "IN"):
        sent_to = False  # after "to", only "by" names a role: "to a prison in El Salvador"
        for j in range(trig.end, min(len(tokens), trig.end + 12)):
            if tokens[j].key in _SUBJECT_STOP:
                break
            sent_to = sent_to or tokens[j].key == "TO"
            if tokens[j].key == prep and (prep == "BY" or not sent_to):
                host = _coded_after(tokens, mentions, j)
                if host is not None:
                    break
        if host is not None:
            break
    if host is None and subject is not None:
        for j in range(subject.start, min(len(tokens) - 1, subject.end + 2)):
            if tokens[j].key == "TO" and fold_noun(tokens[j - 1].key) in _ENVOYS:
                host = _coded_after(tokens, mentions, j)
                break
    return (
        host.group if host is not None else None,
        subject.group if subject is not None else None,
    )


# s31-expelsource: an agentless expulsion takes the announcer's state as its source
# (docs/event-coding.md, "Gold conventions": "An event has a source")
_ANNOUNCER_VERBS = frozenset(_REPORTING | {"STATED", "CONFIRMED"})


def _expulsion_announcer(
    tokens: list[Token],
    mentions: list[Mention],
    trig: Trigger,
    attribution: int,
    victim: int | None,
) -> int | None:
    """The group of the state that announces an expulsion told in the passive with no agent,
    no state it is expelled from, no place and no host (:func:`_expulsion_roles` gives no
    source), or None: the speaker of a closing attribution ("..., Russia's foreign ministry
    said"), else the actor of "according to X", else the subject of a verb of saying whose
    clause holds the passive ("Australian Foreign Minister Penny Wong stated that the Iranian
    ambassador ... were given seven days to leave"). The gold gives the announcer's state as the
    source of such an expulsion, as "An event has a source" asks; an announcer that is no state
    (an organisation: "according to UNHCR") or is the expelled itself gives none."""
    states = load().org_classes

    def state(group: int | None) -> int | None:
        if group is None or group == victim:
            return None
        actors = group_actors(mentions, group)
        return group if actors and all(a.code and a.code not in states for a in actors) else None

    def first(lo: int, hi: int) -> int | None:
        return next(
            (m.group for m in mentions if lo <= m.start < hi and m.actor.code and not m.place),
            None,
        )

    if trig.end <= attribution < len(tokens):
        found = state(first(attribution + 1, len(tokens)))
        if found is not None:
            return found
    for j in range(len(tokens) - 2):
        if tokens[j].key == "ACCORDING" and tokens[j + 1].key == "TO":
            named = _coded_after(tokens, mentions, j + 1)
            found = state(named.group if named is not None else None)
            if found is not None:
                return found
    k = _expelled_span(tokens, trig)[0] - 1
    if k >= 0 and tokens[k].key == "THAT":
        k -= 1
    if k >= 0 and tokens[k].key in _ANNOUNCER_VERBS:
        return state(first(0, k))
    return None


# s35-freed: people freed or released are released, CAMEO 0841 (PLOVER RETREAT ``release``;
# the PLOVER 2.0 manual, 3.4.2 and 3.7; docs/event-coding.md, "Gold conventions")
_FREEING = frozenset({"FREE", "FREES", "FREED", "FREEING"})
_FREED_PARTICIPLES = frozenset({"FREED", "RELEASED"})
_BEFORE_BARE_FREE = frozenset(
    {"WILL", "WOULD", "CAN", "COULD", "MUST", "SHOULD", "MAY", "MIGHT", "NOT", "DID"}
    | {"HELP", "HELPS", "HELPED", "HELPING"}
)
_FREED_PEOPLE = frozenset(
    {"PRISONER", "DETAINEE", "HOSTAGE", "CAPTIVE", "INMATE", "CONVICT", "ABDUCTEE", "POW"}
    | {"CITIZEN", "NATIONAL", "NATIONALS", "CITIZENS", "PEOPLE", "PERSON", "INDIVIDUAL"}
    | {"MAN", "MEN", "WOMAN", "WOMEN", "CHILD", "CHILDREN", "CIVILIAN", "RESIDENT", "TOURIST"}
    | {"JOURNALIST", "REPORTER", "ACTIVIST", "DISSIDENT", "OPPONENT", "PROTESTER", "STUDENT"}
    | {"DEMONSTRATOR", "WORKER", "STAFFER", "EMPLOYEE", "TEACHER", "WRITER", "SUSPECT"}
    | {"SOLDIER", "SERVICEMAN", "SERVICEMEN", "CREW", "SAILOR", "SEAFARER", "FISHERMAN"}
    | {"FISHERMEN", "MIGRANT", "REFUGEE"}
)
_FREED_OBJECT_STOPS = frozenset({"OF", "AND", "OR", "NOR"})


def _freed_names_people(keys: list[str]) -> bool:
    """Whether the object or passive subject of a verb of freeing, its token ``keys``, names
    people (s35-freed): a word of people held or let go (prisoners, detainees, hostages,
    captives, citizens, nationals, journalists, activists, soldiers, a crew ...:
    :data:`_FREED_PEOPLE`, folded to the singular), a demonym in the plural ("10 Americans")
    or a demonym that ends the phrase, a noun ("another American")."""
    if not keys:
        return False
    gaz = load()
    if any(fold_noun(k) in _FREED_PEOPLE or k in _FREED_PEOPLE for k in keys):
        return True
    last = keys[-1]
    plural = any(k.endswith("S") and (k,) in gaz.demonyms and (k,) not in gaz.names for k in keys)
    return plural or ((last,) in gaz.demonyms and (last,) not in gaz.names)


def _freed_object(tokens: list[Token], trig: Trigger) -> list[str]:
    """The object of a verb of freeing: up to ten words after it, in its clause, ended by a
    preposition or conjunction of time, place or cause (as :func:`_expelled_people` reads an
    expulsion's object; a comma inside a number does not end it) or by "of", "and", "or",
    "nor"; empty where the first word after it is one of those four ("free and fair", "free
    of armed groups": an adjective)."""
    keys: list[str] = []
    for i in range(trig.end, min(len(tokens), trig.end + 10)):
        key = tokens[i].key
        digits = 0 < i < len(tokens) - 1 and tokens[i - 1].key.isdigit()
        if key in _CLAUSE_STOP or key in _OBJECT_ENDS or key in _FREED_OBJECT_STOPS:
            break
        if key == "," and not (digits and tokens[i + 1].key.isdigit()):
            break
        keys.append(key)
    return keys


def _freed_people(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """People freed ("Venezuela has freed 10 Americans", "Israel has freed nearly 2,000
    Palestinian detainees", "another American was freed from Belarus") are released, CAMEO 0841
    "return, release person(s)" (PLOVER RETREAT ``release``: the manual's 3.4.2 "the actual
    release or exchange of prisoners should be coded as RETREAT"), not the RELEASE block's
    default 080 (yield, CONCEDE), which the dictionary gives "free" where no pattern ("*
    PRISONERS", "* &HOSTAGE") names the people. The object of "freed", "frees", "freeing" or
    "set free" (:func:`_freed_object`), or, where it has none, the subject of the passive
    ("were freed", "were set free") must name people (:func:`_freed_names_people`); the bare
    "free" counts only after a modal, "not", "did" or a form of "help" ("helping free five of
    his country's citizens"), not after "to" ("urging Algeria to free a writer": what is asked).
    Only a trigger typed CONCEDE is retyped; a promise ("will free") is then read as any
    intended act is."""
    if mapped is None or mapped[0] != "CONCEDE":
        return None
    key = tokens[trig.start].key
    set_free = key == "SET" and trig.end - trig.start == 2 and tokens[trig.end - 1].key == "FREE"
    if key not in _FREEING and not set_free:
        return None
    if key == "FREE" and (trig.start == 0 or tokens[trig.start - 1].key not in _BEFORE_BARE_FREE):
        return None
    keys = _freed_object(tokens, trig)
    set_passive = set_free and trig.start > 0 and tokens[trig.start - 1].key in _EXPULSION_AUX
    if not keys and ((key == "FREED" and _expulsion_aux(tokens, trig)) or set_passive):
        start, end = _expelled_span(tokens, trig)
        keys = [t.key for t in tokens[start:end]]
    return ("0841", ("RETREAT", "release")) if _freed_names_people(keys) else None


def _freed_passive(tokens: list[Token], trig: Trigger, kind: str) -> bool:
    """People freed or released, told in the passive (s35-freed): a RETREAT on "freed" or
    "released" whose subject (:func:`_expelled_span`) names people (:func:`_freed_names_people`:
    "the Americans had been released from Venezuela"). :func:`_expulsion_roles` gives it an
    expulsion's roles: the freed the recipient, the agent ("by X") or the state they are freed
    from ("from Belarus") the source."""
    if kind != "RETREAT" or tokens[trig.start].key not in _FREED_PARTICIPLES:
        return False
    start, end = _expelled_span(tokens, trig)
    return _freed_names_people([t.key for t in tokens[start:end]])


# s36-promised: a release of people promised or announced as to come is CONCEDE, not an intent
# (AGREE): docs/event-coding.md, "Property handed back" ("a return only approved or promised is
# CONCEDE (PLOVER manual 3.4.2), as a promised release is")
_RELEASING = frozenset({"RELEASE", "FREE"})


def _promise_before(tokens: list[Token], trig: Trigger) -> bool:
    """ "will", "would", "shall" or "'ll" before ``trig``, adverbs, "also", "soon" and "be"
    between (as :func:`_intent` reads them). Not "promised to", "pledged to", "plans to" or
    "offered to": the promise verb codes its own event there (AGREE), and the READING gold codes
    a pledge or offer made to another party AGREE ("pledged to hand over bodies")."""
    j = trig.start - 1
    while j >= 0 and (tokens[j].key.endswith("LY") or tokens[j].key in ("ALSO", "SOON", "BE")):
        j -= 1
    return j >= 0 and tokens[j].key in _FUTURE


def _promised_release(tokens: list[Token], trig: Trigger, kind: str) -> bool:
    """A release of people told as to come ("Cuba said it will release 553 prisoners", "will
    free 20 Peruvian prisoners", "would set free 30 fishermen", "will pardon the former
    president"): PLOVER CONCEDE, an announced retreat (manual 3.4.2), not the intent rule's
    AGREE. The object of "release", "free" or "set free" (:func:`_freed_object`) must name
    people (:func:`_freed_names_people`); "pardon" takes people only. Not read: a promise made
    on a condition ("if", "unless": an offer), the passive ("will be released", whose roles
    are not read here), "would be free and fair" and "agreed to release"."""
    if kind not in ("CONCEDE", "RETREAT") or not _promise_before(tokens, trig):
        return False
    if any(t.key in _THREAT_CONDITION for t in tokens):
        return False
    key = tokens[trig.start].key
    after_be = trig.start > 0 and tokens[trig.start - 1].key == "BE"
    if key == "PARDON":
        return True
    set_free = key == "SET" and trig.end - trig.start == 2 and tokens[trig.end - 1].key == "FREE"
    if (key in _RELEASING or set_free) and not after_be:
        return _freed_names_people(_freed_object(tokens, trig))
    return False


_REMOVING = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("ELIMINAT", ("E", "ES", "ED", "ING")),
        ("DROP", ("", "S", "PED", "PING")),
        ("SCRAP", ("", "S", "PED", "PING")),
        ("REMOV", ("E", "ES", "ED", "ING")),
        ("WAIV", ("E", "ES", "ED", "ING")),
    )
    for end in ends
)
_DUTIES = frozenset({"SANCTION", "SANCTIONS", "TARIFF", "TARIFFS", "DUTY", "DUTIES"})


def _removed_sanctions(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Sanctions or tariffs that are eliminated, dropped, scrapped, removed or waived
    ("eliminated tariffs on Brazilian goods, dropping steep tariffs he imposed") are eased,
    CAMEO 085 (PLOVER RETREAT ``ease``), not imposed: the curated noun read alone is a sanction
    (163). These verbs have no code of their own in the CAMEO dictionary (ELIMINATE, PLUNGE
    and DEPORT blocks without a default for these objects), so the noun carries the act; the
    verb is looked for among the three words before the noun (a modifier or two between)."""
    if mapped is None or mapped[0] != "SANCTION" or tokens[trig.start].key not in _DUTIES:
        return None
    for j in range(trig.start - 1, max(-1, trig.start - 4), -1):
        if tokens[j].key in _REMOVING:
            return "085", ("RETREAT", "ease")
        if tokens[j].key in _CLAUSE_STOP or tokens[j].key == ",":
            break
    return None


_CLOSE_VERBS = frozenset({"CLOSE", "CLOSED", "CLOSES", "CLOSING", "SHUT", "SHUTS"})
_CROSSINGS = frozenset({"BORDER", "AIRSPACE", "FRONTIER", "CROSSING"})


def _closed_border(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Closing a border, a crossing or the air space ("closed its air space for Indian
    airlines", "to close its border with Belarus"): the CAMEO dictionary's CLOSE * BORDER and
    CLOSE * AIRSPACE (172, restrict, COERCE); "air space" in two words matched no pattern and
    "closed" was read as a statement. Whether it is a sanction is read from the recipient
    (:func:`_border_sanction`). A pattern that already gives a sanction ("closed all border
    crossings", 160) is kept; "close to the border" is a place, no act."""
    if tokens[trig.start].key not in _CLOSE_VERBS or (mapped and mapped[0] == "SANCTION"):
        return None
    if trig.end < len(tokens) and tokens[trig.end].key == "TO":
        return "---", None  # "a region close to the border": an adjective of place, no act
    words = _object_words(tokens, trig, 5)
    if _CROSSINGS & set(words) or ("AIR" in words and "SPACE" in words):
        return "172", ("COERCE", "restrict")
    return None


def _border_sanction(
    tokens: list[Token], trig: Trigger, sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...]
) -> bool:
    """A border or air space closed to another state is SANCTION, the gold's convention on
    every development record that names one (heldout-2026 HO26-068, heldout-s5 HO26B-050,
    heldout-s5c HO26C-042, heldout-s6 HO26D-005: CAMEO 16, reduce relations); a junta closing
    its own borders with no other state named stays COERCE (heldout-s8 HO26G-005)."""
    closed = _closed_border(tokens, trig, None)
    if closed is None or closed[0] != "172" or not sources:
        return False
    own = sources[0].code[:3]
    return bool(own) and any(a.code and a.code[:3] != own for a in targets)


_ARRIVE = frozenset({"ARRIVE", "ARRIVED", "ARRIVES", "ARRIVING"})
_CARGO = frozenset(
    {"AID", "SUPPLY", "SUPPLIES", "FOOD", "RELIEF", "CONTINGENT", "MEDICINE", "PEACEKEEPER"}
)


def _aid_arrived(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """Aid, supplies or a contingent that "arrived" ("trucks carrying 200 tons of food supplies
    ... arrived at the Syrian border", "a new contingent of 230 Kenyan police arrived in
    Haiti"): the delivery of aid or of a protection force (CAMEO 07, AID), not the visit
    CAMEO reads in ARRIVE (042, CONSULT), which a person's arrival stays. The subject is read
    back to the clause's start (a comma or the sentence's)."""
    if tokens[trig.start].key not in _ARRIVE:
        return None
    j = trig.start - 1
    while j >= 0 and tokens[j].key != "," and trig.start - j <= 15:
        if fold_noun(tokens[j].key) in _CARGO or tokens[j].key in _CARGO:
            return "070", ("AID", None)
        j -= 1
    return None


_FACE_PAY = frozenset({"FACE", "FACES", "PAY", "PAYS"})
_THREAT_MODALS = frozenset({"WILL", "WOULD", "SHALL", "COULD", "'LL"})
_THREAT_NOUNS = frozenset(
    {"PRICE", "CONSEQUENCE", "CONSEQUENCES", "DAMAGE", "RESPONSE", "RETALIATION", "REPRISAL"}
)
_PLEDGE = frozenset({"PLEDGED", "PLEDGES", "VOWED", "VOWS", "PROMISED", "PROMISES"})


def _made_to_suffer(tokens: list[Token], trig: Trigger) -> bool:
    """ "X will pay a heavy price", "the U.S. would face 'irreparable damage'": the subject is
    the one threatened, the speaker the threatener (CAMEO 13, THREATEN)."""
    if tokens[trig.start].key not in _FACE_PAY:
        return False
    if not any(t.key in _THREAT_MODALS for t in tokens[max(0, trig.start - 2) : trig.start]):
        return False
    return any(t.key in _THREAT_NOUNS for t in tokens[trig.end : trig.end + 5])


def _threat_idiom(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """A threat said as a consequence ("will pay a heavy price", "would face irreparable
    damage", :func:`_made_to_suffer`) or as a pledged response ("pledged a strong response
    if ..."): CAMEO 13 (THREATEN), not the AGREE that "will" or "pledged" gives the verb."""
    if _made_to_suffer(tokens, trig):
        return "130", ("THREATEN", None)
    if tokens[trig.start].key in _PLEDGE and any(
        t.key in ("RESPONSE", "RETALIATION", "REPRISAL") for t in tokens[trig.end : trig.end + 4]
    ):
        return "130", ("THREATEN", None)
    return None


# Session 30 (s30-armsale): docs/event-coding.md, "Gold conventions" (session 29): "An approved
# or delivered arms sale is AID `military` (CAMEO 072 ...): the selling state is the source, the
# buying state the recipient. A sale only offered or promised is AGREE, mode `military` (CAMEO
# 0332)." The word classes: arms (the object sold, delivered or approved for sale), selling and
# delivering verbs, approving verbs, and the verbs that offer or promise a sale.
_ARMS = frozenset(
    {"ARM", "WEAPON", "WEAPONRY", "ARMAMENT", "MUNITION", "AMMUNITION", "MISSILE", "ROCKET"}
    | {"INTERCEPTOR", "LAUNCHER", "HOWITZER", "ARTILLERY", "TANK", "JET", "WARPLANE", "WARSHIP"}
    | {"FRIGATE", "CORVETTE", "SUBMARINE", "PATRIOT", "HIMARS", "ATACMS", "EUROFIGHTER", "RAFALE"}
)
_ARMS_MODEL = re.compile(r"^(F|SU|MIG|S|J)-\d+S?$")  # "F-16s", "Su-57", "S-400"
_ARMS_GEAR = frozenset({"EQUIPMENT", "HARDWARE", "SYSTEM"})
_ARMS_GEAR_OF = frozenset({"MILITARY", "DEFENSE", "DEFENCE", "AIR-DEFENSE", "AIR-DEFENCE"})
_SELLING = frozenset({"SELL", "DELIVER", "SUPPLY", "SHIP", "TRANSFER", "PROVIDE", "DONATE"})
_SALES = frozenset({"SALE", "SALES"})
_APPROVING = ("APPROV", "AUTHORIZ", "AUTHORIS", "GREENLIGHT", "GREEN-LIGHT")
_OFFERING = ("OFFER", "PROMIS", "PLEDG", "AGREE", "COMMIT")
_ARMS_WINDOW = 10
_STARTING = frozenset({"START", "BEGIN", "CONTINUE"})
_ARMS_AID: tuple[str, tuple[str, str | None]] = ("072", ("AID", "military"))
_ARMS_OFFERED: tuple[str, tuple[str, str | None]] = ("0332", ("AGREE", "military"))


def _arms_word(tokens: list[Token], j: int) -> bool:
    """The word at ``j`` names arms: a noun of :data:`_ARMS` ("missiles", "Patriot"), a model
    ("F-16s", "S-400") or equipment or systems of the military or of (air) defence."""
    key = tokens[j].key
    if fold_noun(key) in _ARMS or key in _ARMS or _ARMS_MODEL.match(key):
        return True
    if fold_noun(key) in _ARMS_GEAR and j > 0:
        return any(t.key in _ARMS_GEAR_OF for t in tokens[max(0, j - 2) : j])
    return False


def _arms_object(tokens: list[Token], start: int) -> list[int]:
    """The indices of the clause after ``start`` (up to :data:`_ARMS_WINDOW` words, to a stop
    or a comma): what a verb sells, delivers or approves."""
    out: list[int] = []
    for j in range(start, min(len(tokens), start + _ARMS_WINDOW)):
        if tokens[j].key in _PATTERN_STOP or (tokens[j].key == "," and not _digit_comma(tokens, j)):
            break
        out.append(j)
    return out


def _verb_base(key: str) -> str:
    """The base of a selling or delivering verb form ("SOLD" -> "SELL", "SUPPLIED" ->
    "SUPPLY", "PROVIDING" -> "PROVIDE"), or ""."""
    if key in ("SOLD", "SELLS", "SELLING", "SELL"):
        return "SELL"
    for base in _SELLING:
        if key.startswith(base[:-1] if base.endswith(("Y", "E")) else base):
            return base
    return ""


def _arms_sold(tokens: list[Token], start: int) -> bool:
    """A selling or delivering verb at ``start`` whose object names arms ("sold 24 Rafale
    jets", "delivered Patriot air defence systems"), read before its "to"."""
    if not _verb_base(tokens[start].key):
        return False
    for j in _arms_object(tokens, start + 1):
        if tokens[j].key in ("TO", "FROM"):
            break
        if _arms_word(tokens, j):
            return True
    return False


def _arms_intent(tokens: list[Token], trig: Trigger) -> bool:
    """The sale or delivery is only offered or promised: "will sell", "plans to deliver",
    and "will start delivering" (the intent read before "start", "begin" or "continue")."""
    if _intent(tokens, trig) == "future":
        return True
    j = trig.start - 1
    if j > 0 and tokens[j].key.startswith(tuple(_STARTING)):
        return _intent(tokens, Trigger(j, j + 1, "", 0.0, "default")) == "future"
    return False


def _arms_sale(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """An arms sale (the convention above): a sale of arms approved ("approved a $2 billion arms
    sale to Taiwan", "approved the possible sale of F-16 jets"), or arms sold or delivered ("sold
    24 Rafale jets to Egypt", "has delivered Patriot air defence systems to Ukraine") is AID
    ``military`` (CAMEO 072), the approving or selling state the source and the buyer the
    recipient (the coder's roles of an active verb); one only offered or promised ("will sell",
    "offered to sell arms", "agreed to deliver missiles") is AGREE ``military`` (CAMEO 0332).
    An act announced as a noun ("announced the delivery of Patriot launchers to Ukraine") is the
    act, as :func:`_announced_acts` reads others."""
    key = tokens[trig.start].key
    if key.startswith(_APPROVING):
        window = _arms_object(tokens, trig.end)
        if any(tokens[j].key in _SALES for j in window) and any(
            _arms_word(tokens, j) for j in window
        ):
            return _ARMS_OFFERED if _arms_intent(tokens, trig) else _ARMS_AID
        return None
    if key.startswith(_OFFERING):
        at = trig.end + (1 if trig.end < len(tokens) and tokens[trig.end].key == "TO" else 0)
        if at > trig.end and at < len(tokens) and _arms_sold(tokens, at):
            return _ARMS_OFFERED  # "offered to sell F-16 jets to Turkey"
        return None
    if key in _ANNOUNCING and trig.end + 2 < len(tokens):
        # "announced the delivery / sale of ... missile launchers to Ukraine"
        k = trig.end + (1 if tokens[trig.end].key in _ARTICLES else 0)
        noun = tokens[k].key
        if (noun in ("DELIVERY", "DELIVERIES") or noun in _SALES) and any(
            _arms_word(tokens, j) for j in _arms_object(tokens, k + 1)
        ):
            return _ARMS_AID
        return None
    if _arms_sold(tokens, trig.start):
        return _ARMS_OFFERED if _arms_intent(tokens, trig) else _ARMS_AID
    return None


# Session 36 (s36-approved): what is approved decides the type, as docs/event-coding.md's written
# conventions say ("Events": "adopting, approving or extending sanctions, tariffs or an embargo is
# 163"; "Gold conventions": "An approved or delivered arms sale is AID `military`"; "Property
# handed back": "a return only approved or promised is CONCEDE"). The word classes: the measures
# approved, what eases them (then no measure is put in force), the nouns of an export or a
# transaction with defence goods, and the nouns of a return.
_APPROVED_MEASURES = frozenset({"SANCTION", "EMBARGO", "EMBARGOES", "TARIFF"})
_MEASURE_EASED = frozenset(
    {"LIFT", "LIFTING", "EASE", "EASING", "RELIEF", "REMOVAL", "REMOVE", "REMOVING", "WAIVER"}
    | {"EXEMPTION", "EXEMPT", "SUSPENSION", "SUSPEND", "SUSPENDING", "END", "ENDING", "REPEAL"}
    | {"RELAXATION", "RELAX", "RELAXING", "CUT", "REDUCTION", "REDUCE", "REDUCING", "ROLLBACK"}
)
_ARMS_TRADE = frozenset({"EXPORT", "TRANSACTION"})
_DEFENCE_OF = _ARMS_GEAR_OF | {"ARMS", "WEAPONS", "ARMORED", "ARMOURED"}
_RETURN_NOUNS = frozenset({"RETURN", "RESTITUTION"})


def _approving_verb(tokens: list[Token], trig: Trigger) -> bool:
    """The trigger is a verb of approving ("approved", "approving", "authorized"), not the noun
    "approval" (what "announced the approval of" names is left as it was)."""
    key = tokens[trig.start].key
    return key.startswith(_APPROVING) and not key.startswith("APPROVAL")


def _approved_measure(tokens: list[Token], window: list[int]) -> bool:
    """What is approved (``window``: the verb's clause, :func:`_arms_object`) names sanctions,
    tariffs or an embargo ("approved the enshrinement in law of an arms embargo", "approved a
    resolution renewing an arms embargo") with no word of easing before it or just after it
    ("approved the lifting of sanctions", "sanctions relief": no measure put in force)."""
    for n, j in enumerate(window):
        key = tokens[j].key
        if key in _APPROVED_MEASURES or fold_noun(key) in _APPROVED_MEASURES:
            after = tokens[j + 1].key if j + 1 < len(tokens) else ""
            before = {tokens[i].key for i in window[:n]}
            return not (before & _MEASURE_EASED or fold_noun(after) in _MEASURE_EASED)
    return False


def _approved_arms_trade(tokens: list[Token], window: list[int]) -> bool:
    """What is approved is a sale of defence goods told as an export or a transaction: "defence
    exports", "arms exports" or "military exports" (the modifier before the noun), or an export
    or transaction whose clause names arms (:func:`_arms_word`) or armoured vehicles ("a potential
    transaction involving Namer Armored Personnel Carrier power packs")."""
    trade = [j for j in window if fold_noun(tokens[j].key) in _ARMS_TRADE]
    if not trade:
        return False
    if any(j > 0 and tokens[j - 1].key in _DEFENCE_OF for j in trade):
        return True
    return any(
        _arms_word(tokens, j) or tokens[j].key in ("ARMORED", "ARMOURED")
        for j in window
        if j > trade[0]
    )


def _approved_return(tokens: list[Token], window: list[int]) -> bool:
    """What is approved is a return of property: "the return of" or "the restitution of" a thing
    that names no people (:func:`_freed_names_people`: a return of refugees is not property)."""
    for n, j in enumerate(window[:-1]):
        if tokens[j].key in _RETURN_NOUNS and tokens[j + 1].key == "OF":
            rest = [tokens[i].key for i in window[n + 2 :]]
            return not _freed_names_people(rest)
    return False


def _approved_object(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """A verb of approving typed by what is approved (the conventions above), not the APPROVE
    block's 051 (SUPPORT): sanctions, tariffs or an embargo approved are CAMEO 163 (SANCTION
    ``discontinue``; :func:`_approved_measure`); a sale of defence goods approved as an export
    or a transaction is AID ``military`` (CAMEO 072; AGREE ``military`` where only intended, as
    :func:`_arms_sale` reads a sale; :func:`_approved_arms_trade`); a return of property approved
    is CONCEDE (CAMEO 080; :func:`_approved_return`). Roles are the coder's roles of the verb:
    the approving body the source, the state named after the object ("to Israel", "on South
    Sudan") the recipient. Anything else approved (a budget, a pact, funds) keeps its type."""
    if not _approving_verb(tokens, trig):
        return None
    window = _arms_object(tokens, trig.end)
    if _approved_measure(tokens, window):
        return "163", ("SANCTION", "discontinue")
    if _approved_arms_trade(tokens, window):
        return _ARMS_OFFERED if _arms_intent(tokens, trig) else _ARMS_AID
    if _approved_return(tokens, window):
        return "080", ("CONCEDE", None)
    return None


# s30-threaten: a warning is THREATEN only when the consequence it names is the speaker's own
# act (docs/event-coding.md, "Gold conventions"); these word classes read its content clause
WARNING_VERBS = ("WARN", "CAUTION")
COUNTER_NOUNS = _THREAT_NOUNS | {"COUNTERMEASURE", "COUNTERMEASURES", "REPRISALS"}
_LEADING_CLAUSE = frozenset(
    {"IF", "UNLESS", "SHOULD", "BY", "WITHOUT", "ONCE", "WHEN", "AFTER", "BEFORE", "IN", "AS"}
)
_CLAUSE_AUX = (
    _THREAT_MODALS
    | _PASSIVE_AUX
    | {
        "CAN",
        "MAY",
        "MIGHT",
        "MUST",
        "SHOULD",
        "HAS",
        "HAVE",
        "HAD",
        "DO",
        "DOES",
        "DID",
        "WON'T",
        "CAN'T",
    }
)
_OWN_WORDS = frozenset(
    {"I", "WE", "HE", "SHE", "IT", "THEY", "MY", "OUR", "HIS", "HER", "ITS", "THEIR"}
)
# irregular past participles of a passive ("would be met", "could be left", "be cut")
_IRREGULAR_PARTICIPLES = frozenset(
    {"MET", "LEFT", "HIT", "CUT", "SHUT", "SET", "PUT", "MADE", "HELD", "SENT", "KEPT", "LOST"}
)
KEEP_THREAT = "keep"
NO_EVENT = "none"


_COMPLEMENT_PREPS = frozenset({"AGAINST", "ABOUT", "OF", "TO", "FOR", "OVER"})


def _warning_that(tokens: list[Token], trig: Trigger) -> int | None:
    """The "that" of a warning verb's content clause ("warned [X] [on Monday] that ..."): none
    after a comma or a complement of the verb ("warned people against sharing images that
    ...": the "that" of a relative clause)."""
    if not tokens[trig.start].key.startswith(WARNING_VERBS):
        return None
    for i in range(trig.end, min(trig.end + 8, len(tokens))):
        key = tokens[i].key
        if key == "THAT":
            return i
        if key in _COMPLEMENT_PREPS or key in {",", ".", ";", ":"} or key.endswith("ING"):
            return None
    return None


def _warning_clause(tokens: list[Token], that: int) -> tuple[int, int] | None:
    """The content clause after ``that`` without a condition that opens it ("that if Japan
    refuses ..., China will") or closes it ("... if sanctions are reimposed"): its [start,
    end) tokens."""
    start = that + 1
    while start < len(tokens) and tokens[start].key in _LEADING_CLAUSE | {"OR", "AND"}:
        comma = next((i for i in range(start, len(tokens)) if tokens[i].key == ","), None)
        if comma is None:
            return None
        start = comma + 1
    end = next(
        (
            i
            for i in range(start, len(tokens))
            if tokens[i].key in _THREAT_CONDITION or tokens[i].key in {",", ".", ";"}
        ),
        len(tokens),
    )
    return (start, end) if start < end else None


def _passive_at(tokens: list[Token], i: int, end: int) -> bool:
    """Token ``i`` is a form of "be" followed by a past participle ("would be imposed")."""
    if tokens[i].key not in _PASSIVE_AUX:
        return False
    j = i + 1
    while j < end and (tokens[j].key.endswith("LY") or tokens[j].key in ("NOT", "BEING")):
        j += 1
    word = tokens[j].key if j < end else ""
    return word.endswith(("ED", "EN")) or word in _IRREGULAR_PARTICIPLES


def warned_act(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, speaker: frozenset[str]
) -> int | str:
    """What a warning's content clause (:func:`_warning_clause`) makes of a THREATEN event of
    the speaker ``speaker`` (its actors' codes): :data:`KEEP_THREAT` where the consequence is
    the speaker's own act (the clause's subject is the speaker, a pronoun, an agent of the
    speaker's state; the clause names a response, a price to pay or an agentless passive:
    "Washington could walk away", "sanctions would be imposed"), where the warning is told to
    the one it threatens ("warned Russia that ...") and where a clause that names no actor
    sets a condition ("would increase if Syria did not withdraw"); the group of another actor
    whose act is judged ("that Putin is mocking the efforts", "that Israel's violations
    represent", "is being hindered ... by Israel"): ACCUSE ``disapprove`` of it; or
    :data:`NO_EVENT` where the clause names no actor ("that conditions will not shift")."""
    that = _warning_that(tokens, trig)
    bare = that is None and _bare_content(tokens, trig)
    if bare and speaker:
        that = trig.end - 1  # s31-warning: "warned Delhi's move ... can trigger a war"
    elif that is None and speaker:
        return warned_of(tokens, mentions, trig, speaker)
    clause = None if that is None else _warning_clause(tokens, that)
    if that is None or clause is None or not speaker:
        return KEEP_THREAT
    if any(trig.end <= m.start < that and not _locative(tokens, m.start) for m in mentions):
        return KEEP_THREAT  # "warned Russia that ...": told to the one it threatens
    start, end = clause
    subject_end = next((i for i in range(start, end) if tokens[i].key in _CLAUSE_AUX), None)
    if subject_end is None:
        subject_end = min(end, start + 4)
    quotes = {"“", "”", '"', "'", "`", "‘", "’"}
    first = next((t.key for t in tokens[start:subject_end] if t.key not in quotes), "")
    if first in _OWN_WORDS:
        return KEEP_THREAT  # "that it could shut the Strait", "that his government would"

    def named(lo: int, hi: int) -> list[Mention]:
        return [
            m
            for m in mentions
            if lo <= m.start < hi and not m.place and not _locative(tokens, m.start)
        ]

    subject = named(start, subject_end)
    if any((m.bare and not m.actor.code) or m.actor.code in speaker for m in subject):
        return KEEP_THREAT  # "that police will no longer tolerate", "that Warsaw is getting"
    words = tokens[start:end]
    face = any(
        t.key in _FACE_PAY and any(u.key in _THREAT_MODALS for u in tokens[max(start, i - 2) : i])
        for i, t in enumerate(words, start)
    )
    if face or any(t.key in COUNTER_NOUNS for t in words):
        return KEEP_THREAT  # "would provoke firm countermeasures", "will face justice"
    by_agent = next(
        (
            m.group
            for i in range(start, end)
            if tokens[i].key == "BY"
            for m in named(i + 1, min(end, i + 6))
            if m.actor.code and m.actor.code not in speaker
        ),
        None,
    )
    if any(_passive_at(tokens, i, end) for i in range(start, end)):
        return KEEP_THREAT if by_agent is None else by_agent  # "would be imposed" (by us)
    other = next((m.group for m in subject if m.actor.code), None)
    if other is not None:
        return other
    if by_agent is not None:
        return by_agent
    if bare or any(t.key in _THREAT_CONDITION for t in tokens[that:]):
        return KEEP_THREAT  # "that the attacks would increase if Syria did not withdraw"
    return NO_EVENT


# s31-warning: the constructions s30-threaten's "that" clause does not read, under the same
# convention: a content clause with no "that" ("warned Washington's tariffs could trigger a
# trade war") and a prepositional complement ("warned of famine", "warned against Finland
# joining NATO", "warned farmers about water shortages")
WARNING_PREPS = frozenset({"OF", "ABOUT", "AGAINST", "OVER"})
# the speaker's own measures named as what a warning is "of" ("warned of further sanctions")
MEASURE_NOUNS = COUNTER_NOUNS | {
    "SANCTION",
    "SANCTIONS",
    "MEASURE",
    "MEASURES",
    "RECIPROCATION",
    "RETALIATORY",
    "ACTION",
    "STEPS",
    "CRACKDOWN",
    "TARIFF",
    "TARIFFS",
    "THREAT",
    "THREATS",
}
_APOSTROPHE_S = frozenset({"'S", "’S"})


def _bare_content(tokens: list[Token], trig: Trigger) -> bool:
    """A warning verb whose content clause has no "that": a pronoun or a noun phrase right
    after the verb, then an auxiliary or modal with no comma, preposition or "to" between
    ("warned it would act", "warned the tariffs could trigger"), or a possessive noun phrase
    whose clause's auxiliary comes later ("warned Delhi's move to suspend the treaty ..., can
    trigger a nuclear war")."""
    if not tokens[trig.start].key.startswith(WARNING_VERBS) or trig.end >= len(tokens):
        return False
    stops = _COMPLEMENT_PREPS | {"THAT", ",", ".", ";", ":", "AND", "BUT"}
    for i in range(trig.end, min(trig.end + 7, len(tokens))):
        key = tokens[i].key
        if key in _CLAUSE_AUX:
            return i > trig.end
        if key in stops:
            break
    possessive = next(
        (
            i
            for i in range(trig.end, min(trig.end + 4, len(tokens)))
            if tokens[i].key in _APOSTROPHE_S
        ),
        None,
    )
    if possessive is None or any(t.key in stops - {","} for t in tokens[trig.end : possessive]):
        return False
    return any(t.key in _CLAUSE_AUX for t in tokens[possessive:] if t.key not in (".", ";"))


def _warning_prep(tokens: list[Token], trig: Trigger) -> int | None:
    """The preposition of a warning verb's complement ("warned [farmers] about", "cautioned
    against", "warned of"), after at most three words of an addressee."""
    if not tokens[trig.start].key.startswith(WARNING_VERBS):
        return None
    for i in range(trig.end, min(trig.end + 4, len(tokens))):
        key = tokens[i].key
        if key in WARNING_PREPS:
            return i
        if key in _CLAUSE_AUX or key in _OWN_WORDS or key in {"THAT", "TO", ",", ".", ";", ":"}:
            return None
    return None


def warned_of(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, speaker: frozenset[str]
) -> int | str:
    """What a warning's prepositional complement (:func:`_warning_prep`) makes of a THREATEN
    event of the speaker ``speaker``: :data:`KEEP_THREAT` where the warning is told to an actor
    ("warned Panama about"), forbids the addressee an act ("warned people against sharing
    images"), or names the speaker's own measure or act ("warned of further sanctions",
    "warned of possible reciprocation", "if ..."); the group of another actor whose act is
    judged ("warned against Finland joining NATO"): ACCUSE ``disapprove`` of it; or
    :data:`NO_EVENT` where it names no actor ("warned farmers about water supply problems",
    "cautioned against drawing premature conclusions", "warned of famine in Gaza")."""
    prep = _warning_prep(tokens, trig)
    if prep is None:
        return KEEP_THREAT
    if any(trig.end <= m.start < prep and not m.bare for m in mentions):
        return KEEP_THREAT  # "warned Panama about ...": told to the one it threatens
    if prep > trig.end and tokens[prep].key == "AGAINST":
        return KEEP_THREAT  # "warned people against sharing images": a prohibition
    stops = _THREAT_CONDITION | {",", ".", ";", ":", "THAT", "WHICH", "WHO"}
    end = next((i for i in range(prep + 1, len(tokens)) if tokens[i].key in stops), len(tokens))
    words = tokens[prep + 1 : end]
    if any(t.key in MEASURE_NOUNS for t in words) or (
        end < len(tokens) and tokens[end].key in _THREAT_CONDITION
    ):
        return KEEP_THREAT  # "warned of retaliatory measures", "of consequences if ..."
    named = [
        m
        for m in mentions
        if prep < m.start < end and not m.place and not _locative(tokens, m.start)
    ]
    if any((m.bare and not m.actor.code) or m.actor.code in speaker for m in named):
        return KEEP_THREAT  # the speaker's own act
    other = next((m.group for m in named if m.actor.code), None)
    return NO_EVENT if other is None else other


def _warned_by(
    tokens: list[Token],
    mentions: list[Mention],
    trig: Trigger,
    source_group: int | None,
    previous: tuple[ActorRef, ...],
) -> int | str:
    """:func:`warned_act` for the rules coder's source group (-1: the previous sentence's
    actors; None: no speaker, the event is left as it is)."""
    if source_group is None:
        return KEEP_THREAT
    actors = group_actors(mentions, source_group) if source_group >= 0 else previous
    return warned_act(tokens, mentions, trig, frozenset(a.code for a in actors if a.code))


# ----------------------------------------------------------------------------------------------
# s36-visa: a person's visa revoked is coercion (docs/event-coding.md, "A person's visa revoked
# is coercion"; docs/validation-events/session-36-visa.md)
# ----------------------------------------------------------------------------------------------

_VISA_WITHDRAWING = re.compile(r"(?:REVOK|REVOC|CANCEL|SUSPEN|RESTRICT)[A-Z]*")
_VISA_WORDS = frozenset({"VISA", "VISAS"})
_VISA_MEASURES = frozenset({"RESTRICTION", "BAN"})  # folded: "visa restrictions", "visa bans"
# a person or officials (folded): the holder of a visa the convention reads
_VISA_PERSONS = frozenset(
    {"OFFICIAL", "DIPLOMAT", "JUDGE", "MINISTER", "LAWMAKER", "SENATOR", "LEGISLATOR", "MAYOR"}
    | {"GOVERNOR", "PRESIDENT", "LEADER", "AMBASSADOR", "ENVOY"}
)
# what may follow the visa noun when it heads its phrase ("the visa of", "Petro's visa,");
# another noun ("visa issuance", "visa requirements") makes the visa a modifier
_VISA_HEAD_END = _OBJECT_ENDS | {"OF", "AND", "OR", ",", ".", ";", ":", "(", "“", "”", '"'}
# words that end a holder phrase ("on Colombian officials and their families, who ...")
_VISA_HOLDER_END = _OBJECT_ENDS | {"AND", "OR", ",", ".", ";", ":", "(", "WHO", "THAT", "WHICH"}


def _visa_person(keys: Sequence[str]) -> bool:
    """Whether the words of a visa's holder (its possessor, "of" or "on" phrase) name a person
    or officials of a named state (s36-visa): a person the gazetteer names ("Petro's visa"), or
    a word of persons or offices (:data:`_VISA_PERSONS`, folded, or an office title of the
    gazetteer: "officials", "the President") with a state named beside it (a demonym or a
    country: "Colombian government officials", "the President of Cuba"). Not nationals or
    travellers at large ("visas of Pakistani citizens"), and not a holder left unnamed ("his
    visa", "the visas of officials"), whose recipient the sentence does not give."""
    gaz = load()
    person = state = False
    for i, key in enumerate(keys):
        if fold_noun(key) in _VISA_PERSONS or (key,) in gaz.titles:
            person = True
        for n in (1, 2, 3):
            phrase = tuple(keys[i : i + n])
            kinds = {e.kind for e in gaz.names.get(phrase, [])}
            if "person" in kinds:
                return True
            state = state or "country" in kinds or phrase in gaz.demonyms
    return person and state


def _visa_holder_after(keys: Sequence[str], at: int) -> list[str]:
    """The holder phrase that starts at ``at`` (after "of" or "on"): up to six words, to a
    comma, a preposition, a conjunction or a relative pronoun."""
    words: list[str] = []
    for key in keys[at : at + 6]:
        if key in _VISA_HOLDER_END or key in _CLAUSE_STOP:
            break
        words.append(key)
    return words


def _revoked_person_visa(keys: Sequence[str], trig: Trigger) -> bool:
    """A verb (or noun) of revoking, cancelling, suspending or restricting whose object is a
    person's visa (s36-visa): the visa noun heads the object, within seven words of the verb
    (after "of" for a noun: "the revocation of"), with no preposition, conjunction or comma
    before it; its holder (the words before it, "Colombian President Gustavo Petro's visa",
    or its "of" phrase, "the visa of Colombian President Gustavo Petro") names a person or
    officials (:func:`_visa_person`)."""
    if trig.end - trig.start != 1 or not _VISA_WITHDRAWING.fullmatch(keys[trig.start]):
        return False
    at = trig.end
    if keys[trig.start].endswith(("ION", "IONS")):
        if at >= len(keys) or keys[at] != "OF":
            return False
        at += 1  # "the revocation of Petro's visa"
    for j in range(at, min(len(keys), at + 8)):
        key = keys[j]
        if key in _VISA_WORDS:
            nxt = keys[j + 1] if j + 1 < len(keys) else "."
            if nxt not in _VISA_HEAD_END and nxt not in _CLAUSE_STOP:
                return False  # "visa issuance", "visa requirements": not the visa itself
            holder = list(keys[at:j])
            if nxt == "OF":
                holder += _visa_holder_after(keys, j + 2)
            return _visa_person(holder)
        if key in _VISA_HOLDER_END or key in _CLAUSE_STOP:
            return False
    return False


def _restricted_person_visa(keys: Sequence[str], trig: Trigger) -> bool:
    """Visa restrictions or a visa ban imposed on a person or officials (s36-visa): "visa
    restriction(s)" or "visa ban(s)" within four words after the trigger, with no comma,
    conjunction or "that" between ("the sanctions consist of imposing visa restrictions on the
    President of Cuba", "approving the visa restrictions on Colombian government officials"),
    followed by "on" or "against" and a holder that names a person or officials
    (:func:`_visa_person`); "tariffs on imports from Colombia and visa restrictions in
    response" names no holder."""
    at = trig.end
    for j in range(at, min(len(keys) - 2, at + 4)):
        key = keys[j]
        if key in _VISA_WORDS and fold_noun(keys[j + 1]) in _VISA_MEASURES:
            if keys[j + 2] not in ("ON", "AGAINST"):
                return False
            return _visa_person(_visa_holder_after(keys, j + 3))
        if key in _CLAUSE_STOP or key in ("AND", "OR", ",", "THAT", "WHICH"):
            return False
    return False


def withdrawn_visa(tokens: list[Token], trig: Trigger) -> bool:
    """Whether a trigger withdraws or restricts a person's visa (s36-visa): a verb of revoking,
    cancelling, suspending or restricting whose object is a person's visa
    (:func:`_revoked_person_visa`), or visa restrictions or a visa ban named on a person or
    officials after the trigger (:func:`_restricted_person_visa`)."""
    keys = [t.key for t in tokens]
    if national_visas_withdrawn(keys, trig):  # s37-natvisa: a class's visas
        return True
    return _revoked_person_visa(keys, trig) or _restricted_person_visa(keys, trig)


def _revoked_visa(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> _Retyped | None:
    """A state that revokes, cancels, suspends or restricts the visa of a person or of officials
    of another state ("the US is revoking the visa of Colombian President Gustavo Petro", "will
    cancel ... Petro's visa", "imposing visa restrictions on the President of Cuba") is COERCE
    ``restrict``, CAMEO 1721 (172 "impose administrative sanctions"; PLOVER 2.0 sec. 3.15,
    table 3.10), not the SANCTION (CAMEO 16, a cut of relations, trade or aid) that the REVOKE,
    CANCEL and SUSPEND blocks and the curated noun "sanctions" give: docs/event-coding.md, "A
    person's visa revoked is coercion" (session 36). The verb's own object
    (:func:`_revoked_person_visa`) is read whatever its dictionary type; visa restrictions on a
    person (:func:`_restricted_person_visa`) retype a trigger typed SANCTION or a verb of
    imposing (:data:`_IMPOSING`: "approving the visa restrictions"). A country's nationals'
    visas, visa issuance, requirements or visa-free travel are not read."""
    if not any(t.key in _VISA_WORDS for t in tokens):  # both readings need the word: most do not
        return None
    keys = [t.key for t in tokens]
    if _revoked_person_visa(keys, trig):
        return "1721", ("COERCE", "restrict")
    sanction = mapped is not None and mapped[0] == "SANCTION"
    if not sanction and not keys[trig.start].startswith(_IMPOSING):
        return None
    if _restricted_person_visa(keys, trig):
        return "1721", ("COERCE", "restrict")
    return None


def _announced_visa_measure(tokens: list[Token], trig: Trigger, kind: str, intent: str) -> bool:
    """A person's visa revoked, announced for the future with no condition or warning ("will
    cancel ... Petro's visa", "will be revoking the visa of"): the measure, COERCE, not a threat
    (docs/event-coding.md, "A person's visa revoked is coercion", as :func:`_announced_measure`
    reads an announced sanction; s36-visa)."""
    if kind != "COERCE" or intent != "future" or not withdrawn_visa(tokens, trig):
        return False
    return not any(t.key in _THREAT_CONDITION or t.key.startswith(_WARNING_WORDS) for t in tokens)


# ----------------------------------------------------------------------------------------------
# s37-natvisa: nationals' visas withdrawn are coercion (docs/event-coding.md, "Nationals' visas
# withdrawn are coercion"; docs/validation-events/session-37-natvisa.md)
# ----------------------------------------------------------------------------------------------

_NATVISA_WITHDRAWING = re.compile(r"(?:REVOK|REVOC|CANCEL|SUSPEN)[A-Z]*")
# a class of another state's people (folded): the holders the convention reads
_NATVISA_CLASS = frozenset({"NATIONAL", "CITIZEN", "OFFICIAL", "DIPLOMAT"})
# the nouns "visa-free" names the travel itself with ("visa-free travel", "visa-free regime")
_VISA_FREE_HEADS = frozenset({"TRAVEL", "REGIME", "ENTRY", "ACCESS"})
# participles between the visas and their holder ("visas issued by India to Pakistani citizens")
_VISA_GIVEN = frozenset({"ISSUED", "GRANTED", "GIVEN"})
# words that end a class of holders; it runs through "and", "or", "of" and "from" ("officials
# and diplomats from Georgia", "nationals of 19 countries")
_NATVISA_HOLDER_END = (
    (_OBJECT_ENDS - {"FROM"}) | {",", ".", ";", ":", "(", "“", "”", '"'} | {"WHO", "THAT", "WHICH"}
)
# the words of a passive's verb group before the participle ("will be", "have been")
_NATVISA_AUX = _PASSIVE_AUX | _FUTURE | {"HAS", "HAVE", "HAD"}


def _visa_class(keys: Sequence[str]) -> bool:
    """Whether a holder phrase names a class of another state's people (s37-natvisa): a word of
    nationals, citizens, officials or diplomats (:data:`_NATVISA_CLASS`, folded) with a state
    named in the phrase (a demonym or a country: "Pakistani citizens", "officials and diplomats
    from Georgia"); "nationals of 19 countries" names no state."""
    if not any(fold_noun(key) in _NATVISA_CLASS for key in keys):
        return False
    gaz = load()
    for i in range(len(keys)):
        for n in (1, 2, 3):
            phrase = tuple(keys[i : i + n])
            if phrase in gaz.demonyms or any(
                e.kind == "country" for e in gaz.names.get(phrase, [])
            ):
                return True
    return False


def _class_visa_end(keys: Sequence[str], j: int) -> int | None:
    """Where the visa phrase whose first word is at ``j`` ends (s37-natvisa): "visas", "visa
    issuance", "visa-free travel" (or regime, entry, access); None where the visa word only
    modifies another noun ("visa requirements", "visa rules")."""
    nxt = keys[j + 1] if j + 1 < len(keys) else "."
    if keys[j] == "VISA-FREE":
        return j + 2 if fold_noun(nxt) in _VISA_FREE_HEADS else None
    if keys[j] not in _VISA_WORDS:
        return None
    if fold_noun(nxt) == "ISSUANCE":
        return j + 2
    if nxt in _VISA_HEAD_END or nxt in _CLAUSE_STOP or nxt in _VISA_GIVEN or nxt in _NATVISA_AUX:
        return j + 1
    return None


def _class_visa_parts(keys: Sequence[str], end: int) -> tuple[int | None, int | None]:
    """After a visa phrase ending at ``end``: where its issuer starts ("issued by India") and
    where its holder starts ("of", "for" or "to" Pakistani citizens), each None if not named."""
    issuer = holder = None
    at = end
    if at < len(keys) and keys[at] in _VISA_GIVEN:
        at += 1
        if at < len(keys) and keys[at] == "BY":
            issuer = at + 1
            at += 1
            while at < min(len(keys), issuer + 4) and keys[at] not in _NATVISA_HOLDER_END:
                at += 1
    if at < len(keys) and keys[at] in ("OF", "FOR", "TO"):
        holder = at + 1
    return issuer, holder


def _class_holder(keys: Sequence[str], at: int | None) -> list[str]:
    """The class of holders that starts at ``at``: up to eight words, to a comma, a preposition
    other than "of" and "from", a relative pronoun or a quotation mark."""
    words: list[str] = []
    for key in keys[at : at + 8] if at is not None else ():
        if key in _NATVISA_HOLDER_END or key in _CLAUSE_STOP:
            break
        words.append(key)
    return words


def _withdrawn_class_visas(keys: Sequence[str], trig: Trigger) -> bool:
    """A verb (or noun with "of") of revoking, cancelling or suspending whose object is the
    visas, the visa issuance or the visa-free travel of a class of another state's people
    (s37-natvisa): the visa phrase within seven words of the verb with no preposition,
    conjunction or comma before it, its holder before it ("Pakistani citizens' visas") or after
    it ("the visas of", "visa-free travel for officials and diplomats from Georgia", "visas
    issued to Pakistani nationals") naming such a class (:func:`_visa_class`)."""
    if trig.end - trig.start != 1 or not _NATVISA_WITHDRAWING.fullmatch(keys[trig.start]):
        return False
    at = trig.end
    if keys[trig.start].endswith(("ION", "IONS")):
        if at >= len(keys) or keys[at] != "OF":
            return False
        at += 1  # "the suspension of visa-free travel for"
    for j in range(at, min(len(keys), at + 8)):
        if keys[j] in _VISA_WORDS or keys[j] == "VISA-FREE":
            end = _class_visa_end(keys, j)
            if end is None:
                return False
            holder = list(keys[at:j]) + _class_holder(keys, _class_visa_parts(keys, end)[1])
            return _visa_class(holder)
        if keys[j] in _VISA_HOLDER_END or keys[j] in _CLAUSE_STOP:
            return False
    return False


def _passive_class_visas(keys: Sequence[str], trig: Trigger) -> tuple[int, int] | None:
    """The visas of a class of another state's people, issued by a state named in the subject,
    withdrawn in a passive ("all existing valid visas issued by India to Pakistani citizens will
    be cancelled", s37-natvisa): where the issuer's and the holders' phrases start, else None.
    The participle (cancelled, revoked, suspended) follows a passive auxiliary; the subject is
    read back from the verb group to a comma, "that" or a clause word (up to 14 words)."""
    key = keys[trig.start]
    if trig.end - trig.start != 1 or not _NATVISA_WITHDRAWING.fullmatch(key):
        return None
    if (
        not key.endswith(("ED", "EN"))
        or trig.start == 0
        or keys[trig.start - 1] not in _PASSIVE_AUX
    ):
        return None
    k = trig.start - 1
    while k > 0 and keys[k - 1] in _NATVISA_AUX:
        k -= 1
    first = k
    while first > 0 and k - first < 14 and keys[first - 1] not in _PATTERN_STOP:
        first -= 1
    for j in range(first, k):
        if keys[j] in _VISA_WORDS or keys[j] == "VISA-FREE":
            end = _class_visa_end(keys, j)
            if end is None:
                return None
            issuer, holder = _class_visa_parts(keys[:k], end)
            if issuer is None or holder is None:
                return None
            return (issuer, holder) if _visa_class(_class_holder(keys[:k], holder)) else None
    return None


def national_visas_withdrawn(keys: Sequence[str], trig: Trigger) -> bool:
    """Whether a trigger withdraws the visas, the visa issuance or the visa-free travel of a
    class of another state's people (s37-natvisa): as the verb's object
    (:func:`_withdrawn_class_visas`) or as a passive's subject with its issuer named
    (:func:`_passive_class_visas`)."""
    if not any(key in _VISA_WORDS or key == "VISA-FREE" for key in keys):
        return False
    return _withdrawn_class_visas(keys, trig) or _passive_class_visas(keys, trig) is not None


def _natvisa_roles(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, kind: str
) -> tuple[int, int] | None:
    """The source and recipient groups of a passive withdrawal of a class's visas with the
    issuer named (:func:`_passive_class_visas`), done or threatened: the issuing state the
    source, the holders' state the recipient (docs/event-coding.md, "Nationals' visas withdrawn
    are coercion"; s37-natvisa); None where the construction or either actor is missing."""
    if kind not in ("COERCE", "THREATEN") or not any(t.key in _VISA_WORDS for t in tokens):
        return None
    found = _passive_class_visas([t.key for t in tokens], trig)
    if found is None:
        return None
    issuer = next((m.group for m in mentions if m.start == found[0] and m.actor.code), None)
    holders = [m for m in mentions if found[1] <= m.start < found[1] + 8 and m.actor.code]
    if issuer is None or not holders or holders[0].group == issuer:
        return None
    return issuer, holders[0].group


def _withdrawn_national_visas(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> tuple[Trigger, tuple[str, str | None] | None]:
    """A state that cancels, revokes or suspends the visas, the visa issuance or the visa-free
    travel of another state's nationals, citizens, officials or diplomats as a class
    (:func:`national_visas_withdrawn`: "India cancelled the visas of Pakistani citizens",
    "decided to suspend visa-free travel for officials and diplomats from Georgia") is COERCE
    ``restrict``, CAMEO 1721 (172; PLOVER 2.0 sec. 3.15), whatever the dictionary gives the
    verb (SANCTION for "cancelled", none for the bare "suspend"): docs/event-coding.md,
    "Nationals' visas withdrawn are coercion" (s37-natvisa). The construction is a pattern
    (the verb with its object), so the trigger is one, as the dictionary's object patterns
    are; any other trigger is returned as it is."""
    if not any(t.key in _VISA_WORDS or t.key == "VISA-FREE" for t in tokens):
        return trig, mapped  # most sentences name no visa
    if not national_visas_withdrawn([t.key for t in tokens], trig):
        return trig, mapped
    return replace(trig, cameo="1721", how="pattern"), ("COERCE", "restrict")


_TYPE_RULES_S8 = (
    _expelled_envoy,
    _expelled_people,
    _missile_launch,
    _rejected_claim,
    _restrictive_measures,
    _imposed_listing,
    _ordered_deployment,
    _ordered_restriction,
    _agreed_concession,
    _agreed_sanctions_relief,
    _announced_ceasefire,
    _carried_out,
    _relief,
    _open_to_talks,
    _lifted_sanctions,
    _removed_sanctions,
    _revoked_visa,
    _summoned_envoy,
    _summoned_in_protest,
    _closed_border,
    _aid_arrived,
    _threat_idiom,
    _arms_sale,
    _approved_object,
    _freed_people,
)
"""The session-8 type rules and the later sessions' (``_lifted_sanctions`` of session 9;
``_closed_border`` and ``_aid_arrived`` of session 10, s10-rules3; ``_threat_idiom`` of
s10-rules4; ``_ordered_restriction`` of s11-protest; ``_expelled_envoy`` of s27-expel;
``_expelled_people`` of s28-deport; ``_arms_sale`` of s30-armsale; ``_freed_people`` of
s35-freed; ``_revoked_visa`` of s36-visa; ``_approved_object`` of s36-approved;
``_imposed_listing`` of s46-sanctionmode), in the
order :func:`_retype` tries them (the first that applies wins)."""


def _retype(
    tokens: list[Token], trig: Trigger, mapped: tuple[str, str | None] | None
) -> tuple[Trigger, tuple[str, str | None] | None]:
    """The session-7 and session-8 type rules over a trigger's CAMEO-mapped type."""
    for rule in _TYPE_RULES_S8:
        retyped = rule(tokens, trig, mapped)
        if retyped is not None:
            return replace(trig, cameo=retyped[0]), retyped[1]
    if _voted_against(tokens, trig):
        return replace(trig, cameo="120"), ("REJECT", None)
    if _concern_over(tokens, trig):
        return replace(trig, cameo="110"), ("ACCUSE", "disapprove")
    handed = _handed_over(tokens, trig)
    if handed is not None:
        return replace(trig, cameo=handed[0]), handed[1]
    if tokens[trig.start].key in _HAND_OVER:
        return replace(trig, cameo="---"), None  # "a letter handed over": no act named
    rally = _rally(tokens, trig)
    if rally is not None:
        return replace(trig, cameo=rally), cameo_to_plover(rally)
    if _forced_passage(tokens, trig) and _riot_subject(tokens, trig):
        return replace(trig, cameo="145"), ("PROTEST", "riot")  # "pushed through" (s37)
    if mapped is None:
        return trig, mapped
    if mapped[0] == "CONCEDE" and _resignation(tokens, trig):
        return trig, ("RETREAT", "resign")
    if mapped[0] in VIOLENT_TYPES and _riot_subject(tokens, trig):
        return replace(trig, cameo="145"), ("PROTEST", "riot")
    return trig, mapped


# ----------------------------------------------------------------------------------------------
# Rules of session 9 (issue 14 item 5; docs/validation-events/session-09.md, the rules coder's
# remaining role and type faults, s9-rules): roles and readings the session-8 rules left
# ----------------------------------------------------------------------------------------------

_ENGAGE = frozenset({"ENGAGE", "ENGAGES", "ENGAGED", "ENGAGING"})


def _engaged_with(tokens: list[Token], mentions: list[Mention], trig: Trigger) -> Trigger:
    """ "engage (directly) with" a named actor ("engaging directly with Russian President
    Vladimir Putin") is contact with that actor, CAMEO 040 (consult, PLOVER CONSULT), not the
    ENGAGE block's default 190 (use of force), whose patterns all need "in" (in negotiation,
    046; in diplomacy, 050; in a firefight, 193). A thing after "with" ("did not engage
    seriously with the offer") is no actor: the trigger is left as it is."""
    if tokens[trig.start].key not in _ENGAGE or trig.end != trig.start + 1:
        return trig
    j = trig.end
    if j < len(tokens) and tokens[j].key.endswith("LY"):
        j += 1  # "directly", "publicly"
    if j + 1 >= len(tokens) or tokens[j].key != "WITH":
        return trig
    if not any(m.start == j + 1 and m.strong and m.actor.code for m in mentions):
        return trig
    return replace(trig, cameo="040", how="pattern")


_CALL = frozenset({"CALL", "CALLS", "CALLED", "CALLING", "PHONED", "TELEPHONED", "RANG"})
_AFTER_CALLEE = frozenset(
    {
        ",",
        ".",
        "ON",
        "AND",
        "IN",
        "LATE",
        "EARLY",
        "LAST",
        "THIS",
        "YESTERDAY",
        "TODAY",
        "AFTER",
        "BEFORE",
        "OVER",
        "DURING",
        "FOR",
        "WHO",
    }
)
_CALL_PURPOSE = frozenset(
    {"DISCUSS", "TALK", "CONGRATULATE", "EXPRESS", "CONVEY", "OFFER", "BRIEF", "THANK"}
)


def _phoned(tokens: list[Token], mentions: list[Mention], trig: Trigger) -> Trigger:
    """ "Trump called Putin on Tuesday": a call to a named actor is contact by telephone
    (CAMEO 041, CONSULT), not the appeal of "called on X to" or "called for" (REQUEST). The
    callee must be followed by the clause's end, a time, a place or a purpose of talk ("to
    discuss"), so that a naming ("called Peru's move a provocation", "called Trump a liar")
    is left as it is."""
    if tokens[trig.start].key not in _CALL or trig.end != trig.start + 1:
        return trig
    callee = next((m for m in mentions if m.start == trig.end and m.strong and m.actor.code), None)
    if callee is None:
        return trig
    k = callee.end
    purpose = k + 1 < len(tokens) and tokens[k].key == "TO" and tokens[k + 1].key in _CALL_PURPOSE
    if k < len(tokens) and tokens[k].key not in _AFTER_CALLEE and not purpose:
        return trig
    return replace(trig, cameo="041", how="pattern")


_REPORT_VERBS = frozenset(
    {"REVEALED", "REVEALS", "DISCLOSED", "DISCLOSES", "REPORTED", "REPORTS", "UNVEILED"}
)


def _report_of_act(tokens: list[Token], trig: Trigger, triggers: list[Trigger]) -> bool:
    """ "Israel revealed its latest strikes targeted ...", "the Navy reported humanitarian aid
    has been sent": a verb of report whose object clause holds another trigger codes no act of
    its own (REVEAL's default SUPPORT, or REPORT's "reported ... aid" pattern 0331, came
    first); the act reported is coded. Only when the clause (to the next comma) names another
    act; "claimed that ..." is not a report here (the gold's ACCUSE)."""
    if tokens[trig.start].key not in _REPORT_VERBS or trig.how == "curated":
        return False
    stop = next(
        (j for j in range(trig.end, len(tokens)) if tokens[j].key in (",", ";")), len(tokens)
    )
    return any(trig.end <= t.start < stop for t in triggers)


# verbs of claim, which CAMEO files under DISAPPROVE (110): "claimed that ...", "alleges ..."
_CLAIMING = frozenset({"CLAIM", "CLAIMS", "CLAIMED", "CLAIMING", "ALLEGE", "ALLEGES", "ALLEGING"})
# what a violation breaks: "broke the ceasefire" (CAMEO's BREAK default, 190) is one
_PACTS = frozenset({"CEASEFIRE", "CEASE-FIRE", "TRUCE", "AGREEMENT", "ACCORD", "ARMISTICE"})
_BREAKING = frozenset({"BREAK", "BREAKS", "BROKE", "BROKEN", "BREAKING"})


def _violation(tokens: list[Token], trig: Trigger) -> bool:
    """A verb of violation, a judgement of wrong-doing, not an act of force: "violated",
    "breached", or "broke" with a pact among its next five words ("broke the ceasefire")."""
    key = tokens[trig.start].key
    if key.startswith(("VIOLAT", "BREACH")):
        return True
    ahead = {fold_noun(t.key) for t in tokens[trig.end : trig.end + 5]}
    return key in _BREAKING and bool(ahead & _PACTS)


def _claim_of_force(tokens: list[Token], trig: Trigger, triggers: list[Trigger]) -> bool:
    """ "X claimed (that) its forces shot down drones", "X alleges police fired at
    protesters": a bare verb of claim whose reported clause (to the next comma) holds an act
    of force codes no act of its own; the act reported is coded, ASSAULT of its own actors
    (docs/event-coding.md, gold conventions: "'X said Y attacked Z': the type follows the
    reported predicate"). "Alleged" is mostly an adjective ("the alleged attack"): it counts
    only before "that". A reported violation ("claimed Y broke the ceasefire") is a judgement,
    no act of force: the claim stays an accusation."""
    key = tokens[trig.start].key
    claim = key in _CLAIMING or (
        key == "ALLEGED" and trig.end < len(tokens) and tokens[trig.end].key == "THAT"
    )
    if not claim or trig.how != "default":
        return False
    stop = next(
        (j for j in range(trig.end, len(tokens)) if tokens[j].key in (",", ";", ":")),
        len(tokens),
    )
    return any(
        trig.end <= t.start < stop
        and (cameo_to_plover(t.cameo) or ("", None))[0] == "ASSAULT"
        and not _violation(tokens, t)
        for t in triggers
    )


# nouns of an armed attack, the object of a condemnation whose attacker is its recipient
_ATTACK_NOUNS = _STRIKES | {"AGGRESSION", "INVASION"}
_CONDEMNING = ("CONDEMN", "DENOUNC")
_CALLING = frozenset({"CALLING", "DESCRIBING", "TERMING", "LABELLING", "LABELING"})


def _attack_at(tokens: list[Token], start: int, stop: int) -> int | None:
    """The first noun of an armed attack (:data:`_ATTACK_NOUNS`) in ``tokens[start:stop]``."""
    return next((j for j in range(start, stop) if fold_noun(tokens[j].key) in _ATTACK_NOUNS), None)


def _attacker_before(
    mentions: list[Mention], tokens: list[Token], attack: int, start: int
) -> int | None:
    """The group of an actor from ``start`` on that modifies the attack noun at ``attack``: a
    demonym or a possessor at most two words before it ("Israeli airstrikes", "Russia's
    latest strikes")."""
    for m in mentions:
        if (
            m.start >= start
            and attack - 3 <= m.end <= attack
            and not any(k.key in (",", "ON", "AGAINST", "AT", "IN") for k in tokens[m.end : attack])
        ):
            return m.group
    return None


def _condemned_attack(
    tokens: list[Token], mentions: list[Mention], trig: Trigger
) -> tuple[int | None, set[int]] | None:
    """The attacker (or None) and the victims of a condemnation whose object is an armed
    attack, or None when its object is none. docs/event-coding.md, gold conventions: "A
    condemned attack is an accusation of its attacker": "condemned the strike on Z by Y", "Y's
    strike on Z", or a later ", calling it a Y attack" make Y the recipient; the victim Z (an
    actor named in the object after the attack noun) never is. The attack noun must head the
    object: only words that are no actor ("the continued acts of", "what it called an act of
    armed") come before it, save its own modifier ("Israeli strikes")."""
    if not tokens[trig.start].key.startswith(_CONDEMNING):
        return None
    stop = next(
        (
            j
            for j in range(trig.end, len(tokens))
            if tokens[j].key in _CLAUSE_STOP or tokens[j].key in (",", ".", "FOR")
        ),
        len(tokens),
    )
    attack = _attack_at(tokens, trig.end, min(stop, trig.end + 10))
    if attack is None:
        return None
    own = _attacker_before(mentions, tokens, attack, trig.end)
    if any(trig.end <= m.start < attack and m.group != own for m in mentions):
        return None  # "condemned Russia for ...", "condemned Israel's decision to ..."
    victims = {m.group for m in mentions if attack < m.start < stop and m.group != own}
    if own is not None:
        return own, victims
    for j in range(attack + 1, stop - 1):
        if tokens[j].key == "BY":
            agent = next((m.group for m in mentions if j < m.start <= j + 2), None)
            if agent is not None:
                return agent, victims - {agent}  # "the strike on Z by Y"
    for j in range(stop, min(len(tokens) - 3, stop + 8)):
        words = [t.key for t in tokens[j : j + 3]]
        if words[0] == "," and words[1] in _CALLING and words[2] in ("IT", "THEM"):
            named = _attack_at(tokens, j + 3, min(len(tokens), j + 9))
            later = None if named is None else _attacker_before(mentions, tokens, named, j + 3)
            if later is not None:
                return later, victims - {later}  # ", calling it a Y attack"
            break
    return None, victims


# verbs that report what another did: "said", "reported", "claimed" (a violation they name
# is the speaker's judgement)
_SAYING = frozenset(_REPORTING | _CLAIMING | {"SAY", "ALLEGED", "ASSERTED", "ASSERTS"})


def _reported_violation(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, before: list[int]
) -> bool:
    """ "India reported Pakistan violated the ceasefire by flying drones", "Misri said the
    agreement had been breached": a violation (:func:`_violation`) reported by a verb of
    saying that follows the first actor of the sentence is that speaker's judgement of
    wrong-doing, ACCUSE speaker -> violator (docs/event-coding.md, gold conventions: "a
    reported judgement of wrong-doing ('violated the ceasefire', ...) is ACCUSE X -> Y"; "the
    word of judgement governs"). CAMEO codes "violate ceasefire" 196 (ASSAULT), a breach a
    rejection and "broke" 190."""
    if not before or not _violation(tokens, trig):
        return False
    speaker = max(m.end for m in mentions if m.group == before[0])
    said = next((j for j in range(speaker, trig.start) if tokens[j].key in _SAYING), None)
    if said is None or any(
        tokens[j].key in _CLAUSE_STOP or tokens[j].key == "." for j in range(said, trig.start)
    ):
        return False
    return len(before) < 2 or _group_start(mentions, before[-1]) > said


def _partner_of_later_verb(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, group: int
) -> bool:
    """The group is the partner of a later, coordinated verb ("advocating for a more neutral
    stance *and engaging directly with* Putin"): introduced by "with" right after a verb in
    -ing or -ed (an adverb in -ly between) that follows "and" after the trigger. The "with"
    phrase complements that verb, not the trigger (Quirk et al. 1985, 13.52, coordinated
    predicates share the subject, not the complements); the trigger keeps no recipient from
    it. Session 6's 10' (no recipient after any "and" + -ing word) also cut the objects of
    the first verb ("tariffs ... and going up to 25% ... on goods from Denmark")."""
    j = _group_start(mentions, group) - 1
    if j <= trig.end or tokens[j].key != "WITH":
        return False
    j -= 1
    if tokens[j].key.endswith("LY"):
        j -= 1
    return (
        j - 1 >= trig.end and tokens[j].key.endswith(("ING", "ED")) and tokens[j - 1].key == "AND"
    )


def _neither_nor(tokens: list[Token], trig: Trigger) -> int | None:
    """The index of a "neither" that a "nor" follows before the trigger in its clause, or
    None: a subject "Neither the Belarusian nor Russian embassies in Warsaw immediately
    *responded*", "Neither representatives from Ukraine nor from European countries have been
    *invited*", or a predicate "is neither concluded nor *halted*". Correlative "neither ...
    nor" is negative (Quirk et al. 1985, 13.40) however far from the verb, so the verb is read
    as negated like one after "not"."""
    nor = False
    for j in range(trig.start - 1, -1, -1):
        key = tokens[j].key
        if key in _CLAUSE_STOP or key in (",", "THAT", "WHICH", "WHO"):
            return None
        if key == "NOR":
            nor = True
        elif key == "NEITHER":
            return j if nor else None
    return None


def _neither_nor_sources(
    tokens: list[Token],
    mentions: list[Mention],
    trig: Trigger,
    group: int,
    sources: tuple[ActorRef, ...],
) -> tuple[ActorRef, ...]:
    """The actors of a "neither X nor Y" subject, all of them ("Neither Chile nor Peru
    agreed": both refuse), when ``group`` (the source found, the actor nearest the verb) is
    one of them. The correlative joins its members as "and" does (Quirk et al. 1985, 13.40:
    "neither X nor Y" is "not X and not Y"), but the gazetteer groups only actors joined by
    "and" or commas, so the nearest member alone was the source."""
    neither = _neither_nor(tokens, trig)
    if neither is None or group < 0 or _group_start(mentions, group) < neither:
        return sources
    members: list[ActorRef] = []
    for m in mentions:
        if neither < m.start and m.end <= trig.start and m.strong and not m.place:
            members.extend(a for a in group_actors(mentions, m.group) if a not in members)
    return tuple(members) or sources


_PERFECT = frozenset({"HAS", "HAVE", "HAD"})


def _not_yet(tokens: list[Token], trig: Trigger) -> bool:
    """A perfect negated right before the trigger, at most an adverb between ("had not
    publicly acknowledged the incident", "said it had not received any formal proposal",
    "hasn't responded"): the sentence reports that the act has not happened (yet), a
    non-occurrence, not a refusal. CAMEO 12 (REJECT) is an actor's refusal, said with "will
    not", "would not", "does not", "refused"; a perfect that has not happened reports no
    act, so there is no event (as for "failed to", ``_NOT_DONE``)."""
    j = trig.start - 1
    if j >= 0 and tokens[j].key.endswith("LY"):
        j -= 1
    if j < 0:
        return False
    key = tokens[j].key
    if key.endswith("N'T"):
        return key.removesuffix("N'T") in _PERFECT
    return key in ("NOT", "NEVER") and j > 0 and tokens[j - 1].key in _PERFECT


def _own_forces(
    kind: str, sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...], cameo: str = ""
) -> bool:
    """A MOBILIZE whose recipient is of the source's own state ("the government deployed a
    heavy police presence", "ordered the aircraft carrier ... to deploy"): the forces moved
    are the actor's instrument, not the entity the mobilization is directed at (PLOVER 2.0
    sec. 3.14: MOBILIZE's target is the actor it is aimed at; no gold file codes a MOBILIZE
    with a target of the source's state), so the recipient is dropped. So for a dissolution
    (:func:`_dissolutions`, CAMEO 0831): "the government" dissolved is the act's object, of
    the source's state, not a party the concession is made to."""
    codes = {a.code for a in sources}
    own = kind == "MOBILIZE" or cameo == _DISSOLUTION
    return own and bool(targets) and all(a.code in codes for a in targets)


def _act_of_passive(tokens: list[Token], trig: Trigger) -> bool:
    """A violent noun inside "in a/an/the ..." right after a violent passive ("have been
    killed *in a suicide car bombing*", "were killed in an IDF *strike*"): the noun names the
    act the passive reports, coded once, by the verb (:func:`_passive_agent` reads its
    agent); read on its own, the noun would take the victims as its source."""
    if not _violent_word(tokens[trig.start].key):
        return False
    for j in range(trig.start - 1, max(0, trig.start - 5), -1):
        if tokens[j].key in ("A", "AN", "THE") and j >= 3 and tokens[j - 1].key == "IN":
            verb, aux = tokens[j - 2].key, tokens[j - 3].key
            return _violent_word(verb) and verb.endswith(("ED", "EN")) and aux in _PASSIVE_AUX
    return False


_ANNOUNCING = frozenset({"ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "ANNOUNCING"})
# nominal suffixes and the verb endings they replace ("suspension" -> "suspend",
# "deployment" -> "deploy", "dissolution" -> "dissolve", "lifting" -> "lift"), tried in turn
_NOMINAL = (
    ("MENT", ""),
    ("SION", "D"),
    ("UTION", "VE"),
    ("ITION", ""),
    ("ATION", "ATE"),
    ("ATION", ""),
    ("TION", "TE"),
    ("ING", ""),
    ("ING", "E"),
    ("AL", ""),
    ("URE", "E"),
)


def _verb_of_noun(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The dictionary verb a nominalisation is formed from ("SUSPENSION" -> ("SUSPEND",)), or
    None (Quirk et al. 1985, App. I.30-I.35: deverbal suffixes -ment, -ion, -ing, -al, -ure)."""
    for suffix, ending in _NOMINAL:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            key = (word[: -len(suffix)] + ending,)
            if key in lex.verbs:
                return key
    return None


def _announced_acts(
    tokens: list[Token], triggers: list[Trigger], blocked: set[int]
) -> list[Trigger]:
    """``triggers`` with each act announced as a noun read as its verb: "announced the
    *suspension of* all payments to Colombia" is the suspension (SANCTION, as "suspended all
    payments"), "announced a deployment of units" a deployment (MOBILIZE). The noun after
    "announce" + a determiner (one modifier between) and before "of" is matched with the
    CAMEO patterns of its verb against the words after it; "announce" itself, a verb of
    saying, carries no act of its own there, so its trigger is dropped. PLOVER 2.0 sec. 1:
    the event is the act reported; CAMEO codes an announced act as the act (its dictionaries
    only list verbs, so the noun was missed)."""
    lex = lexicon()
    added: list[Trigger] = []
    spoken: set[int] = set()
    for i, token in enumerate(tokens[:-3]):
        if token.key not in _ANNOUNCING or tokens[i + 1].key not in _ARTICLES:
            continue
        for j in (i + 2, i + 3):
            if j + 1 >= len(tokens) or tokens[j + 1].key != "OF" or j in blocked:
                continue
            key = _verb_of_noun(tokens[j].key, lex)
            if key is None:
                continue
            # the noun and its "of" stand for the verb: the curated past form wins, as in
            # find_triggers ("suspended", "deployed"); else the verb's CAMEO patterns read the
            # object after "of", up to the first stop
            past = next((c for e in ("ED", "D") if (c := lex.curated.get((key[0] + e,)))), None)
            stop = next(
                (k for k in range(j + 2, len(tokens)) if tokens[k].key in _PATTERN_STOP),
                len(tokens),
            )
            found = (
                Trigger(j, j + 2, past, 7.0, "curated")
                if past
                else _verb_trigger(lex.verbs[key], tokens, j, 2, stop, blocked)
            )
            if found is not None:
                added.append(found)
                spoken.add(i)
            break
    if not added:
        return triggers
    taken = {t.start for t in added}
    kept = [t for t in triggers if t.start not in spoken and t.start not in taken]
    return sorted([*kept, *added], key=lambda t: t.start)


_ENACTING = frozenset(
    {"SIGN", "SIGNS", "SIGNED", "SIGNING", "PASS", "PASSES", "PASSED", "PASSING"}
    | {"ENACT", "ENACTS", "ENACTED", "ENACTING", "ISSUE", "ISSUES", "ISSUED", "ISSUING"}
    | {"ADOPT", "ADOPTS", "ADOPTED", "ADOPTING"}
)
# the instruments of a state's own measure, and (session 11, s11-falsealarm) the documents
# of a statement: what "a resolution *condemning* X" or "a statement *accusing* X" says is
# the act of the body that adopts or issues it (CAMEO 11x for the condemnation, not 057
# "sign formal agreement" or 010 "make statement" for the document)
_INSTRUMENTS = frozenset(
    {"LAW", "ORDER", "DECREE", "BILL", "LEGISLATION", "ORDINANCE"}
    | {"RESOLUTION", "STATEMENT", "DECLARATION", "COMMUNIQUE", "LETTER", "MOTION"}
)
_CUTTING = ("SUSPEND", "HALT", "END", "CUT", "FREEZ", "SEVER", "TERMINAT")
_TIES = frozenset({"COOPERATION", "TIE", "RELATION", "CONTACT", "AID", "ASSISTANCE"})


def _enacted_content(tokens: list[Token], trig: Trigger) -> int | None:
    """The index of the -ing verb that says what a law or order signed or passed does ("has
    signed a law *suspending* cooperation with the IAEA", "signed an executive order
    *imposing* a 50% tariff"), or None. The signature is the form, the content is the act
    (PLOVER 2.0 sec. 1: the event is what the text reports being done; CAMEO's 057 "sign
    formal agreement" is for agreements between parties, not a state's own measures)."""
    if tokens[trig.start].key not in _ENACTING or trig.end != trig.start + 1:
        return None
    for j in range(trig.end, min(len(tokens) - 1, trig.end + 5)):
        key = tokens[j].key
        if key in _CLAUSE_STOP or key == ",":
            return None
        if key in _INSTRUMENTS:
            return j + 1 if tokens[j + 1].key.endswith("ING") else None
    return None


def _document_contents(
    tokens: list[Token], triggers: list[Trigger], blocked: set[int]
) -> list[Trigger]:
    """``triggers`` with the content verb of an adopted or issued document added where
    :func:`find_triggers` read it as the head of a compound noun ("issuing a statement
    *accusing* Washington", like "a press release"): after a document noun an -ing verb of
    the CAMEO dictionary says what the document does (session 11, s11-falsealarm). A content
    verb whose sense is a statement (CAMEO 01) or no code adds nothing."""
    starts = {t.start for t in triggers}
    lex = lexicon()
    added: list[Trigger] = []
    for trig in triggers:
        at = _enacted_content(tokens, trig)
        if at is None or at in starts or at in blocked:
            continue
        blocks = lex.verbs.get((tokens[at].key,))
        if not blocks:
            continue
        stop = next(
            (j for j in range(at + 1, len(tokens)) if tokens[j].key in _PATTERN_STOP),
            len(tokens),
        )
        found = _verb_trigger(blocks, tokens, at, 1, stop, blocked)
        if found is None or found.cameo in ("---", "") or found.cameo.startswith("01"):
            continue
        added.append(found)
        starts.add(at)
    return sorted([*triggers, *added], key=lambda t: t.start) if added else triggers


def _enacted_cut(tokens: list[Token], at: int) -> bool:
    """Whether the content at ``at`` cuts ties ("suspending (all) cooperation with", "ending
    aid to"): CAMEO 16, reduce relations (PLOVER SANCTION); the CAMEO dictionary's SUSPEND
    patterns do not list cooperation."""
    if not tokens[at].key.startswith(_CUTTING):
        return False
    return any(fold_noun(t.key) in _TIES for t in tokens[at + 1 : at + 4])


# verbs of a change in amount ("the death toll rose to more than 200", "approval ratings have
# plummeted", "a sharp 7% rise"), which the CAMEO dictionary reads as yielding (CONCEDE):
# a number that changes is no actor's concession, so there is no event ("rose up against"
# is a rebellion, no concession either)
_AMOUNT_CHANGE = ("RISE", "RISEN", "ROSE", "RISING", "PLUMMET", "SOAR", "SURG", "CLIMB")
_RESULT_PARTICIPLES = frozenset({"ADDING", "LEAVING"})


def _result_participle(tokens: list[Token], trig: Trigger) -> bool:
    """A participle clause after a comma that adds a remark or a result (", *adding that* they
    'escalate tensions'", ", adding to a long series of espionage scares", ", *leaving* vast
    areas without electricity"): no act of its own. The CAMEO dictionary reads "add" in its
    GRANT block (060, cooperation) and "leave" as travel (GO_SOMEWHERE, 040); a remark's
    content is coded from its own verb ("adding that Russia and the US had *agreed*"), and
    "leaving for Beijing", the one reading of travel, keeps its "for"."""
    i = trig.start
    if tokens[i].key not in _RESULT_PARTICIPLES or i == 0 or tokens[i - 1].key != ",":
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].key == "FOR")


_DISSOLVING = frozenset({"DISSOLVE", "DISSOLVES", "DISSOLVED", "DISSOLVING", "DISSOLUTION"})
_EXECUTIVES = frozenset({"GOVERNMENT", "CABINET"})
_DISSOLUTION = "0831"  # CAMEO: accede to demands for change in leadership


def _dissolutions(tokens: list[Token], triggers: list[Trigger], blocked: set[int]) -> list[Trigger]:
    """``triggers`` with each dissolution of a government or cabinet ("announced the
    dissolution of the government", "dissolved his cabinet") read as CAMEO 0831, acceding to
    a change in leadership (PLOVER CONCEDE in the OEDA table): the government's members leave
    office. The DISSOLVE verbs of the CAMEO dictionary sit in its COLLAPSE block, which codes
    only "dissolve in dispute" (160) and "talks dissolved" (164) and has no default, so the
    act went uncoded. A dissolved parliament or party is left alone: it may be a
    concession or a seizure of power, and the words do not say which."""
    coded = {t.start for t in triggers if cameo_to_plover(t.cameo) is not None}
    added: list[Trigger] = []
    for i, token in enumerate(tokens):
        if token.key not in _DISSOLVING or i in blocked or i in coded:
            continue
        j = i + 1
        if token.key == "DISSOLUTION":
            if j >= len(tokens) or tokens[j].key != "OF":
                continue
            j += 1
        end = next(
            (k for k in range(j, min(len(tokens), j + 3)) if tokens[k].key in _EXECUTIVES), None
        )
        if end is not None and all(tokens[k].key in _ARTICLES for k in range(j, end)):
            added.append(
                Trigger(
                    i, i + 1 if token.key != "DISSOLUTION" else i + 2, _DISSOLUTION, 7.0, "pattern"
                )
            )
    if not added:
        return triggers
    taken = {t.start for t in added}
    kept = [t for t in triggers if t.start not in taken]
    return sorted([*kept, *added], key=lambda t: t.start)


# ----------------------------------------------------------------------------------------------
# Rules of session 11 (s11-protest; docs/validation-events/session-11.md, the rules coder's
# domestic-unrest types): demonstrations named by a crowd or a demonstration noun
# ----------------------------------------------------------------------------------------------

_DEMONSTRATIONS = frozenset(
    {"PROTEST", "PROTESTS", "DEMONSTRATION", "DEMONSTRATIONS", "RALLY", "RALLIES"}
    | {"MARCH", "MARCHES", "SIT-IN", "SIT-INS"}
)
_CROWDS = _PROTESTERS | {"MARCHER", "MARCHERS"}
_GATHERING = frozenset(
    {"GATHER", "GATHERS", "GATHERED", "ASSEMBLE", "ASSEMBLES", "ASSEMBLED", "CONVERGED"}
    | {"DESCEND", "DESCENDS", "DESCENDED", "FLOOD", "FLOODS", "FLOODED", "BRAVED", "THRONGED"}
    | {"MASSED"}
)
_TAKING_PLACE = frozenset({"TAKE", "TAKES", "TOOK", "TAKEN", "TAKING"})
_BREAKING_OUT = frozenset({"ERUPTED", "ERUPTS", "ERUPT"})
_JOINING = frozenset(
    {"ATTEND", "ATTENDS", "ATTENDED", "ATTENDING", "JOIN", "JOINS", "JOINED", "JOINING"}
    | {"INITIATE", "INITIATES", "INITIATED", "ORGANISED", "ORGANIZED", "ORGANISE", "ORGANIZE"}
    | {"HOLD", "HOLDS", "HELD", "LED", "LEAD", "LEADS"}
)
_MANY = frozenset({"THOUSANDS", "HUNDREDS", "DOZENS", "TENS", "SCORES"})
_PREPOSITIONS = frozenset(
    {"OF", "ON", "ABOUT", "OVER", "AGAINST", "FOR", "IN", "AT", "WITH", "TO", "BY", "FROM"}
    | {"INTO", "DURING", "AFTER", "AMID"}
)


def _demonstration_word(tokens: list[Token], j: int, crowd: bool) -> bool:
    """A demonstration noun ("protests", "a rally", "the pride march"; "March" written with a
    capital is the month) or, with ``crowd``, a protester noun, at token ``j``."""
    key = tokens[j].key
    if key in ("MARCH", "MARCHES") and tokens[j].text[:1].isupper():
        return False
    return key in _DEMONSTRATIONS or (crowd and key in _CROWDS)


def _named_before(tokens: list[Token], at: int, crowd: bool) -> bool:
    """A demonstration (or, with ``crowd``, protester) noun among the six words before ``at``
    in its clause: the subject of the verb at ``at``."""
    return any(_demonstration_word(tokens, j, crowd) for j in _subject_span(tokens, at))


def _named_after(tokens: list[Token], at: int, crowd: bool) -> bool:
    """A demonstration (or, with ``crowd``, protester) noun heading the object after ``at``:
    within four words, with only articles, numbers of people and modifiers before it (no
    other preposition: "attended a meeting on the protests" is a meeting)."""
    for j in range(at, min(len(tokens), at + 4)):
        key = tokens[j].key
        if _demonstration_word(tokens, j, crowd):
            return True
        if key == "OF" and j > at and tokens[j - 1].key in _MANY:
            continue  # "joined thousands of protesters"
        if key in _PATTERN_STOP or key in _PREPOSITIONS or not (key.isalpha() or "-" in key):
            return False
    return False


def _crowd_gatherings(
    tokens: list[Token], triggers: list[Trigger], blocked: set[int]
) -> list[Trigger]:
    """``triggers`` with each demonstration named by its crowd or its noun read as CAMEO 141
    (demonstrate or rally, PLOVER 2.0 PROTEST mode ``demo``): protesters as the subject of a
    verb of gathering ("protesters gathered in the capital", "demonstrators flooded the
    business district", "protesters descended on Belgrade"); a demonstration noun as the subject
    of "took place" or "erupted" ("the first mass demonstrations took place in Tripoli"); a
    demonstration noun (or protesters, after "join") as the object of a verb of attending,
    joining, initiating, organising or holding ("attend the pride march", "initiated a rally").
    The CAMEO dictionary codes these verbs as meetings (GATHER, ATTEND, JOIN: 040) or seizures
    (TAKE: 171), or not at all (DESCEND, FLOOD). A trigger that already codes PROTEST is left."""

    def demonstration(i: int) -> tuple[str, int] | None:
        key = tokens[i].key
        end = i + 1
        if key in _GATHERING:
            hit = _named_before(tokens, i, crowd=True)
        elif key in _TAKING_PLACE and end < len(tokens) and tokens[end].key == "PLACE":
            end += 1
            hit = _named_before(tokens, i, crowd=False)
        elif key in _BREAKING_OUT:
            hit = _named_before(tokens, i, crowd=False)
        elif key in _JOINING:
            hit = _named_after(tokens, end, crowd=key.startswith("JOIN"))
        else:
            return None
        return ("141", end) if hit else None

    return _protest_readings(tokens, triggers, blocked, demonstration)


def _protest_readings(
    tokens: list[Token],
    triggers: list[Trigger],
    blocked: set[int],
    reading: Callable[[int], tuple[str, int] | None],
) -> list[Trigger]:
    """``triggers`` with a PROTEST trigger wherever ``reading`` gives token ``i`` a CAMEO code
    and the end of its words (:func:`_crowd_gatherings`, :func:`_crowd_acts`): a trigger that
    starts there is replaced (the new one keeps its end if longer), one inside a longer phrase
    ("took part in") or one that codes PROTEST already is left."""
    covered = {k: t for t in triggers for k in range(t.start, t.end)}
    added: list[Trigger] = []
    for i in range(len(tokens)):
        if i in blocked or (read := reading(i)) is None:
            continue
        code, end = read
        old = covered.get(i)
        if old is not None:
            mapped = cameo_to_plover(old.cameo)
            if old.start != i or (mapped is not None and mapped[0] == "PROTEST"):
                continue  # inside a longer phrase ("took part in"), or coded PROTEST already
        added.append(Trigger(i, max(end, old.end if old else end), code, 20.0, "pattern"))
    if not added:
        return triggers
    taken = {k for t in added for k in range(t.start, t.end)}
    kept = [t for t in triggers if t.start not in taken]
    return sorted([*kept, *added], key=lambda t: t.start)


# ----------------------------------------------------------------------------------------------
# Rules of session 33 (s33-gathered; docs/validation-events/session-33-gathered.md): a crowd
# that gathers or blocks demonstrates
# ----------------------------------------------------------------------------------------------

_ASSEMBLING = _GATHERING | {"GATHERING"}
_OBSTRUCTING = frozenset(
    {"BLOCK", "BLOCKS", "BLOCKED", "BLOCKING", "BLOCKADE", "BLOCKADED", "BLOCKADING"}
    | {"BARRICADE", "BARRICADED", "BARRICADING"}
)
# "gathering" is a verb only after a verb of beginning or a form of "be" ("crowds began
# gathering"); else a noun ("a civilian gathering", "this year's gathering")
_GATHERING_AFTER = frozenset(
    {"BEGAN", "BEGIN", "BEGINS", "STARTED", "START", "STARTS", "KEPT", "CONTINUED"}
    | {"WERE", "ARE", "WAS", "IS", "BEEN"}
)
# a crowd: people in numbers, or people named by a role they take in the street
_CROWD_NOUNS = (
    _RIOTERS
    | _CROWDS
    | _MANY
    | {"PEOPLE", "CITIZENS", "RESIDENTS", "WORKERS", "FARMERS", "SUPPORTERS", "ACTIVISTS"}
    | {"JOURNALISTS", "VILLAGERS", "MIGRANTS"}
)
# officials or armed men among the subject's words make it no crowd ("leaders gathered",
# "hundreds of police blocked the road", "fighters who had gathered")
_NOT_CROWD = frozenset(
    {"LEADER", "MINISTER", "OFFICIAL", "DIPLOMAT", "DELEGATE", "DELEGATION", "ENVOY"}
    | {"REPRESENTATIVE", "LAWMAKER", "PRESIDENT", "HEAD", "NEGOTIATOR", "POLICE", "OFFICER"}
    | {"AUTHORITY", "GOVERNMENT"}
    | _FORCES
)


def _crowd_subject_words(tokens: list[Token], at: int) -> list[str]:
    """The words where the subject of the verb at ``at`` stands: the six words before it in its
    clause (:func:`_subject_span`); where a comma ends them, also a phrase of up to ten words
    between two commas (an apposition: "protesters, mostly students, blocked") and the six
    words before it."""
    words = [tokens[k].key for k in _subject_span(tokens, at)]
    start = at - 1 - len(words)
    if start < 0 or tokens[start].key != ",":
        return words
    opening = next(
        (j for j in range(start - 1, max(-1, start - 12), -1) if tokens[j].key == ","), None
    )
    if opening is None:
        return words
    words += [tokens[k].key for k in range(opening + 1, start)]
    return words + [tokens[k].key for k in _subject_span(tokens, opening)]


def _crowd_subject(tokens: list[Token], at: int) -> bool:
    """A crowd is the subject of the verb at ``at`` (:func:`_crowd_subject_words`): a crowd
    noun (:data:`_CROWD_NOUNS`: protesters, students, people, "thousands of ...") and no
    official or armed force (:data:`_NOT_CROWD`) among those words."""
    words = _crowd_subject_words(tokens, at)
    if any(fold_noun(w) in _NOT_CROWD for w in words):
        return False
    return any(w in _CROWD_NOUNS for w in words)


def crowd_act_code(tokens: list[Token], i: int) -> str | None:
    """The CAMEO code of a crowd's act at token ``i`` (s33-gathered): a crowd as the subject of
    a verb of gathering ("Tens of thousands of Slovaks gathered in the capital", "200 people
    who had gathered at Freedom Square") demonstrates, 141 (PLOVER 2.0 PROTEST mode ``demo``);
    as the subject of a verb of blocking ("hundreds of demonstrators ... blocked a bridge",
    "protesters, mostly students, blocked the main transport hub") it obstructs passage, 144
    (PROTEST mode ``obstruct``). None for any other word or subject ("leaders gathered",
    "Hungary blocked a new package of sanctions")."""
    key = tokens[i].key
    if key == "GATHERING" and (i == 0 or tokens[i - 1].key not in _GATHERING_AFTER):
        return None
    if key in _ASSEMBLING:
        code = "141"
    elif key in _OBSTRUCTING:
        code = "144"
    else:
        return None
    return code if _crowd_subject(tokens, i) else None


def _crowd_acts(tokens: list[Token], triggers: list[Trigger], blocked: set[int]) -> list[Trigger]:
    """``triggers`` with each crowd's act (:func:`crowd_act_code`) read as CAMEO 141 or 144,
    PLOVER PROTEST: the CAMEO dictionary codes GATHER as a meeting (040, CONSULT) and BLOCK as
    coercion; :func:`_crowd_gatherings` reads only protesters who gather, the 144 pattern only
    streets and roads blocked. A trigger inside a longer phrase, or one that already codes
    PROTEST, is left."""

    def crowd_act(i: int) -> tuple[str, int] | None:
        code = crowd_act_code(tokens, i)
        return None if code is None else (code, i + 1)

    return _protest_readings(tokens, triggers, blocked, crowd_act)


# ----------------------------------------------------------------------------------------------
# Rules of session 11, s11-falsealarm (docs/validation-events/session-11.md,
# s11-falsealarm): the rules coder's false alarms and missed accusations
# ----------------------------------------------------------------------------------------------

# verbs that characterise an object ("described the attack as ...", "deeming it ...",
# "considers X to be ..."); CAMEO files DESCRIBE as a statement (010), CONSIDER as a
# meeting (040), and DEEM, TERM, CHARACTERISE nowhere
_CHARACTERISING = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("DESCRIB", ("E", "ES", "ED", "ING")),
        ("DEEM", ("", "S", "ED", "ING")),
        ("TERM", ("", "S", "ED", "ING")),
        ("LABEL", ("", "S", "ED", "LED", "ING", "LING")),
        ("BRAND", ("", "S", "ED", "ING")),
        ("DUB", ("", "S", "BED", "BING")),
        ("CONSIDER", ("", "S", "ED", "ING")),
        ("REGARD", ("", "S", "ED", "ING")),
        ("CHARACTERIZ", ("E", "ES", "ED", "ING")),
        ("CHARACTERIS", ("E", "ES", "ED", "ING")),
    )
    for end in ends
)
# verbs that need "as" or "to be" before their predicate ("described X as"); the others
# may take it bare ("deeming it incomprehensible", "branded them terrorists")
_AS_VERBS = ("DESCRIB", "CONSIDER", "REGARD", "CHARACTERI")
# words of condemnation: a wrong done (a violation, aggression, a coup, a crime) or an
# evaluation of an act as unacceptable, unlawful, reckless or hostile
_CONDEMNATION = frozenset(
    {"VIOLATION", "AGGRESSION", "PROVOCATION", "COUP", "CRIME", "ATROCITY", "GENOCIDE"}
    | {"TERRORISM", "TERRORIST", "INVASION", "BLACKMAIL", "MISCHIEF", "INTERFERENCE"}
    | {"BETRAYAL", "PROPAGANDA", "INSULT", "DISGRACE", "MASSACRE", "PIRACY", "ESCALATION"}
    | {"ILLEGAL", "ILLEGITIMATE", "UNLAWFUL", "UNACCEPTABLE", "UNFORGIVABLE", "UNJUST"}
    | {"UNJUSTIFIED", "INCOMPREHENSIBLE", "PROVOCATIVE", "UNILATERAL", "OUTRAGEOUS"}
    | {"IRRESPONSIBLE", "RECKLESS", "DANGEROUS", "HOSTILE", "ABSURD", "SHAMEFUL", "CRIMINAL"}
    | {"DISGRACEFUL", "BARBARIC", "INHUMANE", "DEPLORABLE", "REPREHENSIBLE", "AGGRESSIVE"}
)
_PREDICATE_STOP = _CLAUSE_STOP | {".", "AND", "WHICH", "WHO", "THAT", "AFTER", "WHILE"}


def _condemnation_at(tokens: list[Token], at: int) -> int | None:
    """Where the predicate of the characterising verb at ``at`` begins when it holds a word
    of condemnation (:data:`_CONDEMNATION`): after "as" or "to be" for the verbs that need
    one (:data:`_AS_VERBS`; the marker within 30 words of the clause, the word within 8
    after it), else the condemning word itself among the next 8 words of the clause; None
    when there is none. What comes before is the object judged, the recipient's place."""
    key = tokens[at].key
    stop = next(
        (j for j in range(at + 1, len(tokens)) if tokens[j].key in _PREDICATE_STOP),
        len(tokens),
    )
    stop = min(stop, at + 31)
    start = at + 1
    if key.startswith(_AS_VERBS):
        mark = next(
            (
                j
                for j in range(at + 1, stop)
                if tokens[j].key == "AS" or (tokens[j].key == "BE" and tokens[j - 1].key == "TO")
            ),
            None,
        )
        if mark is None:
            return None
        start = mark - 1 if tokens[mark].key == "BE" else mark
        words = range(mark + 1, min(stop, mark + 9))
    else:
        words = range(at + 1, min(stop, at + 9))
    hit = next((j for j in words if fold_noun(tokens[j].key) in _CONDEMNATION), None)
    if hit is None:
        return None
    return start if key.startswith(_AS_VERBS) else hit


def _condemned_as(tokens: list[Token], triggers: list[Trigger], blocked: set[int]) -> list[Trigger]:
    """``triggers`` with a characterising verb (:data:`_CHARACTERISING`) whose predicate
    condemns ("described the attack as a grave violation of sovereignty", "deeming it
    incomprehensible", "considers the recent actions to be provocative") read as CAMEO 111
    (criticize or denounce, PLOVER ACCUSE): the judgement is the act, not a statement (010)
    or a meeting (040)."""
    covered = {k: t for t in triggers for k in range(t.start, t.end)}
    added: list[Trigger] = []
    for i, token in enumerate(tokens):
        if i in blocked or token.key not in _CHARACTERISING:
            continue
        old = covered.get(i)
        if old is not None and old.start != i:
            continue  # inside a longer phrase
        if _condemnation_at(tokens, i) is None:
            continue
        added.append(Trigger(i, i + 1, "111", 20.0, "pattern"))
    if not added:
        return triggers
    taken = {t.start for t in added}
    kept = [t for t in triggers if t.start not in taken]
    return sorted([*kept, *added], key=lambda t: t.start)


# ----------------------------------------------------------------------------------------------
# Session 32, s32-calledlabel (docs/validation-events/session-32-calledlabel.md): "X called Y
# 'unacceptable'" names what Y is, a judgement of Y, not a telephone call or an appeal
# ----------------------------------------------------------------------------------------------

_LABEL_VERBS = frozenset({"CALL", "CALLS", "CALLED", "CALLING"})
# words that open the object of "call" that a label follows: an article, a pronoun, a possessive
_LABELLED_OPENERS = frozenset(
    {"THE", "IT", "THEM", "THIS", "THAT", "THESE", "THOSE", "HIM", "HER", "HIS", "ITS", "THEIR"}
)
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})
# evaluative words of blame beside the condemnations (:data:`_CONDEMNATION`): what a label
# says of a thing or a person judged wrong, false, failed or shameful
_DISPARAGING = _CONDEMNATION | frozenset(
    {"REGRETTABLE", "FABRICATED", "BASELESS", "RIDICULOUS", "NONSENSE", "DESPERATE", "WRONG"}
    | {"IGNOMINY", "CAPITULATION", "BLOW", "COWARDLY", "ERRATIC", "LIAR", "KIDNAPPING"}
    | {"WARFARE", "KILLING", "ASSAULT", "FALSE", "LIE", "HYPOCRITICAL", "SHAME", "DISASTER"}
    | {"DISASTROUS", "CATASTROPHIC", "UNFAIR", "ABUSIVE", "INTIMIDATION", "REPRESSIVE"}
    | {"DICTATORIAL", "BREACH", "FAILED", "FAILURE", "INSULTING", "HUMILIATING", "OUTRAGE"}
)
# evaluative words of praise: what a label says of a thing judged good, won or well-timed
_LAUDATORY = frozenset(
    {"HISTORIC", "HARD-WON", "TIMELY", "SUCCESS", "SUCCESSFUL", "MILESTONE", "BREAKTHROUGH"}
    | {"POSITIVE", "CONSTRUCTIVE", "EXCELLENT", "OUTSTANDING", "PRODUCTIVE", "LANDMARK"}
    | {"FRUITFUL", "ENCOURAGING", "VICTORY", "WISE", "COURAGEOUS", "EXEMPLARY"}
)
_LABEL_STOP = frozenset({";", ":", ".", "BUT", "WHILE", "WHEREAS", "ALTHOUGH", "WHICH", "WHO"})


def called_label(
    tokens: Sequence[Token], mentions: Sequence[Mention], at: int
) -> tuple[str, int] | None:
    """ "Lula called the tariff threat 'unacceptable blackmail'", "Japan called the step
    unacceptable", "Wang Yi called it a 'hard-won' peace agreement": "call" at ``at`` with an
    object (an article, a pronoun, a possessive or a name right after it) and a label after
    the object (a quotation mark or an evaluative word, to the clause's end and at most 24
    words on; within three words of a name) judges the object. Returns the CAMEO code of the
    judgement, "111" (ACCUSE ``disapprove``) when the label holds a word of blame
    (:data:`_DISPARAGING`), "051" (SUPPORT, praise) when it holds a word of praise
    (:data:`_LAUDATORY`), "" when it holds neither (a name given, "calling it a 'first
    official visit'": no event of "call"), with where the label begins; None when "call" is
    no naming ("called Putin on Tuesday", "called for", "called on X to", "what it called")."""
    if tokens[at].key not in _LABEL_VERBS or at + 2 >= len(tokens):
        return None
    if any(t.key == "WHAT" for t in tokens[max(0, at - 3) : at]):
        return None  # "what the US calls his illegitimate regime": a name the writer quotes
    first = tokens[at + 1].key
    named = next((m for m in mentions if m.start == at + 1), None)
    if named is not None and named.end < len(tokens) and tokens[named.end].key in ("'S", "’S"):
        named = None  # "called Russia's strike ...": a possessor opens the object
    if first not in _LABELLED_OPENERS and not any(m.start == at + 1 for m in mentions):
        return None
    stop = next(
        (j for j in range(at + 2, len(tokens)) if tokens[j].key in _LABEL_STOP), len(tokens)
    )
    stop = min(stop, at + 25)
    begin = named.end if named is not None else at + 2
    # "called Petro 'erratic'": after a name the label begins at once ("call Trump to discuss")
    reach = min(stop, begin + 3) if named is not None else stop
    label = next(
        (
            j
            for j in range(begin, reach)
            if tokens[j].key in _QUOTE_MARKS
            or fold_noun(tokens[j].key) in _DISPARAGING | _LAUDATORY
        ),
        None,
    )
    if label is None:
        return None
    words = {fold_noun(t.key) for t in tokens[label:stop]}
    if words & _DISPARAGING:
        return "111", label
    if words & _LAUDATORY:
        return "051", label
    return "", label


def _called_labels(
    tokens: list[Token],
    mentions: list[Mention],
    triggers: list[Trigger],
    blocked: set[int],
    labels: dict[int, int],
) -> list[Trigger]:
    """``triggers`` with each "call" that names its object (:func:`called_label`) read as the
    judgement: CAMEO 111 or 051 at the verb, or no trigger there when the label neither blames
    nor praises; the label's start goes to ``labels``, so that the object's actor, not a name
    in the label, is the recipient."""
    covered = {k: t for t in triggers for k in range(t.start, t.end)}
    dropped: set[int] = set()
    added: list[Trigger] = []
    for i, token in enumerate(tokens):
        if i in blocked or token.key not in _LABEL_VERBS:
            continue
        old = covered.get(i)
        if old is not None and (old.start != i or old.end != i + 1):
            continue  # "called for", "called on": a phrase of its own
        reading = called_label(tokens, mentions, i)
        if reading is None:
            continue
        cameo, label = reading
        dropped.add(i)
        if cameo:
            added.append(Trigger(i, i + 1, cameo, 20.0, "pattern"))
            labels[i] = label
    if not dropped:
        return triggers
    kept = [t for t in triggers if t.start not in dropped]
    return sorted([*kept, *added], key=lambda t: t.start)


_POSING = frozenset({"POSE", "POSES", "POSED", "POSING"})
_RISKING = frozenset({"RISK", "RISKS", "RISKED", "RISKING"})
_DANGERS = frozenset({"THREAT", "DANGER", "RISK", "MENACE"})
_BE = frozenset({"IS", "ARE", "WAS", "WERE", "BEEN"})
_HARMFUL = _CONDEMNATION | _DANGERS | {"WORRYING", "ALARMING", "DESTABILIZING", "DESTABILISING"}


def _judgement_at(tokens: list[Token], j: int) -> int:
    """The length of a predicate of harm or condemnation that starts at ``j`` ("posed a
    direct threat", "risked further destabilizing", "have been absolutely unforgivable",
    "were a worrying development"), or 0."""
    key = tokens[j].key
    ahead = [fold_noun(t.key) for t in tokens[j + 1 : j + 6]]
    if key in _POSING and any(w in _DANGERS for w in ahead[:4]):
        return 1 + next(k for k, w in enumerate(ahead) if w in _DANGERS) + 1
    if key in _RISKING and any(w.endswith("ING") for w in ahead[:2]):
        return 3
    if key in _BE and any(w in _HARMFUL for w in ahead[:4]):
        return 1 + next(k for k, w in enumerate(ahead) if w in _HARMFUL) + 1
    return 0


def judges_wrong(tokens: list[Token], at: int) -> bool:
    """The word at ``at`` heads a judgement of wrong-doing, not an act: a verb of violation
    (:func:`_violation`: "violated", "breached", "broke the ceasefire") or a predicate of harm
    or condemnation (:func:`_judgement_at`: "posed a direct threat", "was an aggression").
    Reported, it is the speaker's accusation of its subject (docs/event-coding.md, gold
    conventions: "a reported judgement of wrong-doing ... is ACCUSE X -> Y"); the nlp coder
    reads its reported clauses so (``RoleRules.reported_judgement``)."""
    return _violation(tokens, Trigger(at, at + 1, "", 0.0, "pattern")) or bool(
        _judgement_at(tokens, at)
    )


def _judged_acts(
    tokens: list[Token], triggers: list[Trigger], starts: dict[int, int]
) -> list[Trigger]:
    """``triggers`` with a verb of saying read as CAMEO 111 (criticize or denounce, PLOVER
    ACCUSE) when the clause it reports judges what was done as harmful or wrong ("said
    Cambodia's actions posed a direct threat to Thailand's security", "emphasized that
    Israel's interventions risked further destabilizing the region", "said North Korea's
    launches have been unforgivable"): the judgement is the speaker's accusation, the act's
    owner its recipient. A trigger inside the judgement ("risked", "threatening") is part of
    it and goes. Only the verb of saying nearest before the judgement is read so. ``starts``
    gets, for each verb read so, where its judgement begins."""
    out = list(triggers)
    dropped: set[int] = set()
    for n, trig in enumerate(triggers):
        if not trig.speech or not trig.cameo.startswith("01"):
            continue
        later = next(
            (t.start for t in triggers[n + 1 :] if t.speech and t.cameo.startswith("01")),
            len(tokens),
        )
        for j in range(trig.end + 1, min(len(tokens), trig.end + 25, later)):
            if tokens[j].key in _CLAUSE_STOP or tokens[j].key == ".":
                break
            size = _judgement_at(tokens, j)
            if not size:
                continue
            out[n] = replace(trig, cameo="111", how="pattern", speech=False)
            starts[trig.start] = j
            dropped.update(
                t.start for t in triggers if j <= t.start < j + size + 3 and not t.speech
            )
            break
    if not dropped:
        return out
    return [t for t in out if t.start not in dropped]


_DATING = frozenset({"DATE", "DATES", "DATED", "DATING", "GOES", "GOING", "GO", "WENT"})
_COMING_FROM = ("HAIL", "STEM", "ORIGINAT", "DESCEND")


def _origin(tokens: list[Token], trig: Trigger) -> bool:
    """A verb of origin, a verb and particle that say where or when something comes from
    ("a dispute *dating back* to the colonial era", "who *hailed from* the centre of the
    country", "tensions *stemming from*"): no act. CAMEO reads "back" as support and
    "hail" as praise."""
    key = tokens[trig.start].key
    if key == "BACK":
        return trig.start > 0 and tokens[trig.start - 1].key in _DATING
    if key.startswith(_COMING_FROM) and trig.end == trig.start + 1:
        return trig.end < len(tokens) and tokens[trig.end].key == "FROM"
    return False


def _since_clause(tokens: list[Token], trig: Trigger) -> bool:
    """A trigger inside a clause of time after "since" that holds its own finite verb or
    participle ("has been in hiding since her rule was *overthrown*", "marked a year since
    its police landed in the capital to *help*"): the time from which the main clause runs,
    background to it, no act the sentence reports. "Since 2022", "since the start of the
    war" hold no verb and are no clause; a trigger after the clause's end (a comma or a
    clause stop) is outside it."""
    for j in range(trig.start - 1, max(-1, trig.start - 15), -1):
        key = tokens[j].key
        if key in _CLAUSE_STOP or key in (",", ".", "WHICH", "WHO"):
            return False
        if key == "SINCE":
            # the clause's own verb: an auxiliary or a past form after "since", up to the
            # trigger ("since the start of January by fighting" holds none: a phrase)
            return any(
                t.text.islower() and (t.key in _FINITE_AUX or t.key.endswith("ED"))
                for t in tokens[j + 1 : trig.end]
            )
    return False


_WANTING = frozenset({"WANT", "WANTS", "WANTED", "WANTING", "WISH", "WISHES", "WISHED"})


def _wished(tokens: list[Token], trig: Trigger) -> bool:
    """A verb of wanting ("Greenlanders want to become independent") or the infinitive it
    governs, directly or after its object ("wants an absolute majority of MPs to agree"): a
    wish, neither an act nor an intent the subject states it will carry out (CAMEO 03 is for
    intent: "plans to", "will")."""
    if tokens[trig.start].key in _WANTING:
        return True
    if trig.start < 2 or tokens[trig.start - 1].key != "TO":
        return False
    for j in range(trig.start - 2, max(-1, trig.start - 10), -1):
        key = tokens[j].key
        if key in _WANTING:
            return True
        if key in _CLAUSE_STOP or key in (",", "TO", "THAT", "WHICH", "WHO"):
            return False
    return False


# modifiers that make "the ... to VERB" a report of who did it first or last ("the first
# leader to visit Kyiv"), not the purpose of a noun
_RANKING = frozenset(
    {"FIRST", "LAST", "ONLY", "LATEST", "SECOND", "THIRD", "NEXT", "SOLE", "FINAL", "EARLIEST"}
)
# nouns that report an act decided or undertaken ("the decision to postpone the deployment",
# "the move to expel"): the infinitive is the act, not a purpose
_DECIDED_ACTS = frozenset({"DECISION", "MOVE", "ORDER", "CHOICE", "STEP", "ATTEMPT"})
# modifiers of time before a bare plural noun ("future talks", "further negotiations")
_TIME_MODIFIERS = frozenset({"FUTURE", "FURTHER", "NEW", "FRESH", "PAST", "PREVIOUS", "EARLIER"})


def _purpose_of_definite_noun(tokens: list[Token], trig: Trigger) -> bool:
    """An infinitive that completes a noun introduced by "the" ("the correct *way to
    resolve* disputes", "the *call to protest*", "the *process to determine* its future") or
    a plural noun after a modifier of time ("future *talks to discuss* a path"): what the
    thing is for, no act the sentence reports, as after "a(n)" (:func:`_purpose_of_indefinite_noun`)
    or a bare plural (:func:`_purpose_of_noun`), even when the noun is spelled like a verb
    of the CAMEO dictionary ("call", "talks"): after the article or the modifier it is a noun.
    "The first leader to visit" reports who did it and keeps its verb."""
    j = trig.start - 2
    if j < 1 or tokens[j + 1].key != "TO":
        return False
    word = tokens[j]
    if not (word.text.isalpha() and word.text.islower()) or word.key in _INTENT_TO:
        return False
    if word.key.endswith(("ED", "ING", "LY")) or word.key in _RANKING:
        return False
    before = tokens[j - 1]
    if before.key in _TIME_MODIFIERS and before.text.islower() and word.key.endswith("S"):
        return True
    if fold_noun(word.key) in _DECIDED_ACTS:
        return False
    article = next((k for k in (j - 1, j - 2) if k >= 0 and tokens[k].key == "THE"), None)
    if article is None:
        return False
    modifiers = tokens[article + 1 : j]
    return all(
        t.text.isalpha()
        and t.text.islower()
        and t.key not in _RANKING
        and not t.key.endswith("S")  # "the two countries sought to": a subject and its verb
        for t in modifiers
    )


_FACE = frozenset({"FACE", "FACES", "FACED", "FACING"})


def _faces_hardship(tokens: list[Token], mentions: list[Mention], trig: Trigger) -> bool:
    """The verb face read by the CAMEO dictionary's block default (040, a meeting) with no
    actor in its clause after it ("Morocco faces a 12.8% unemployment rate", "they are
    facing an unusually high inflation"): a difficulty the subject meets, no one met. Its
    patterns ("face ... by telephone"), an actor faced ("facing riot police") and a
    consequence threatened ("would face severe consequences", :func:`_made_to_suffer`) are
    left."""
    if tokens[trig.start].key not in _FACE or trig.how != "default":
        return False
    if _made_to_suffer(tokens, trig):
        return False  # "would face severe consequences": a threat (s10-rules4)
    stop = next(
        (j for j in range(trig.end, len(tokens)) if tokens[j].key in _PREDICATE_STOP | {","}),
        len(tokens),
    )
    # a hardship the gazetteer lists as an entity ("drought", role JNK) is no actor either
    return not any(trig.end <= m.start < stop and m.actor.role != "JNK" for m in mentions)


_DATE_WORDS = frozenset(
    {"IN", "ON", "SINCE", "OF", "LAST", "NEXT", "EARLY", "LATE", "MID", "UNTIL", "BY", "FROM"}
    | {"BEFORE", "AFTER", "THROUGH", "TO", "DURING", "END"}
)


def _month(tokens: list[Token], trig: Trigger) -> bool:
    """ "March" written with a capital inside a sentence, next to a number or after a word of
    time ("since March 2, 2025", "on 19 March", "in March"): the month, not the verb of
    demonstrating (CAMEO MARCH, 140)."""
    token = tokens[trig.start]
    if token.key != "MARCH" or trig.start == 0 or not token.text[:1].isupper():
        return False
    after = tokens[trig.end].key if trig.end < len(tokens) else ""
    before = tokens[trig.start - 1].key
    return after[:1].isdigit() or before[:1].isdigit() or before in _DATE_WORDS


_PROTEST_VERBS = frozenset({"PROTEST", "PROTESTS", "PROTESTED", "PROTESTING"})
_STATEMENTS = frozenset({"STATEMENT", "LETTER", "NOTE", "COMMUNIQUE", "DECLARATION"})
_CROWD_WORDS = (
    _CROWDS
    | _MANY
    | frozenset(
        {"PEOPLE", "STUDENTS", "WORKERS", "RESIDENTS", "CITIZENS", "YOUTHS", "FARMERS", "ACTIVISTS"}
    )
)
_CIVIL_ROLES = frozenset({"CVL", "EDU", "LAB", "AGR", "REF", "MED", "HLH"})
_OFFICIAL_ROLES = frozenset({"GOV", "LEG", "JUD"})
_BETWEEN_SUBJECT = frozenset(
    {"ALSO", "STILL", "HAVE", "HAS", "HAD", "TODAY", "YESTERDAY", "MONDAY", "TUESDAY"}
    | {"WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}
)


def _plural_people(tokens: list[Token], mention: Mention) -> bool:
    """A mention that names people in the plural: civilians, students or workers of a state
    ("Chinese students"), or a demonym in the plural ("Moroccans"), not a state's name ("the
    Philippines")."""
    if not tokens[mention.end - 1].key.endswith("S"):
        return False
    if mention.actor.role in _CIVIL_ROLES:
        return True
    key = tuple(t.key for t in tokens[mention.start : mention.end])
    gaz = load()
    return mention.actor.role is None and key in gaz.demonyms and key not in gaz.names


def _who_protests(tokens: list[Token], mentions: list[Mention], trig: Trigger) -> Trigger:
    """The verb "protest" is typed by who protests. A crowd (protesters, people, students,
    hundreds or thousands, a demonym in the plural: "Young Moroccans protested on Saturday in
    front of parliament") demonstrates: CAMEO 141, PLOVER 2.0 PROTEST mode ``demo``, whatever
    pattern the words after the verb match (the dictionary's PROTEST block reads "protested
    ... the release" or "... the arrest" as disapproval or support). A statement or a
    government office ("the ministry issued a statement strongly protesting the attack",
    "the foreign ministry protested") protests in words: CAMEO 111, ACCUSE ``disapprove``
    (CAMEO 111 "criticize or denounce": a verbal protest, not a demonstration), or the ACCUSE
    mode its pattern gives ("protesting the decision", 114). A state named
    alone ("China protested") keeps its pattern; an infinitive ("to protest") or a noun ("the
    protest") is left."""
    if tokens[trig.start].key not in _PROTEST_VERBS or trig.how == "curated":
        return trig
    mapped = cameo_to_plover(trig.cameo)
    words = replace(trig, cameo="111", how="pattern")
    if mapped is not None and mapped[0] == "ACCUSE":
        words = trig  # "protested Japan's decision": the pattern's disapproval is kept
    if trig.start > 0 and tokens[trig.start - 1].key in (_ARTICLES | {"TO"}):
        return trig
    j = trig.start - 1
    while j >= 0 and (tokens[j].key.endswith("LY") or tokens[j].key in _BETWEEN_SUBJECT):
        j -= 1  # "strongly protesting", "have also protested"
    before = [t.key for t in tokens[max(0, j - 3) : j + 1]]
    if "," not in before and any(w in _STATEMENTS for w in before):
        return words
    if j < 0:
        return trig
    subject = next((m for m in mentions if m.end == j + 1), None)
    if subject is not None and subject.actor.role in _OFFICIAL_ROLES:
        return words
    if tokens[j].key in _CROWD_WORDS or (subject is not None and _plural_people(tokens, subject)):
        return replace(trig, cameo="141", how="pattern")
    return trig


_VICTIM_SUBJECT = VIOLENT_TYPES
"""Types whose agentless passive has its subject as recipient and takes its source from
:func:`_passive_agent` (or none)."""
_AGENT_STOP = frozenset({",", "AFTER", "AS", "WHERE", "WHICH", "WHO", "THAT", "SINCE"})


def _passive_agent(
    tokens: list[Token], mentions: list[Mention], trig: Trigger
) -> tuple[int | None, int | None]:
    """The agent of a violent passive that has no "by" right after its verb (None if none
    is named), and the index of the verb of a "when" clause it was read from (else None),
    which reports the same act and is not coded again. The agent is an actor
    introduced by "by" further in the clause ("was killed on Tuesday in an attack *by*
    suspected gang members"), or a demonym or named force modifying a violent noun after "in
    a/an/the" ("were killed in *an IDF strike*", "in a Russian drone strike"), or the
    subject of a "when" clause whose verb is violent ("were killed *when a drone operated by
    Sudan's RSF struck* a gathering": the clause says how the act was done). PLOVER 2.0
    sec. 2.4.1: the source is the entity that initiated the event; the subject of a passive
    is its recipient, never its agent. The "when" clause's verb ("struck a market") is the
    killing itself, told from the agent's side: coded on its own it took the place struck as
    its recipient and so the agent's own state ("Chilean jets struck a market": CHL -> CHL)
    where the sentence names the victims (Peruvian civilians)."""
    starts = {m.start: m for m in mentions if m.actor.code or m.bare}
    for j in range(trig.end, min(len(tokens), trig.end + 12)):
        key = tokens[j].key
        if key == "WHEN":
            # the clause's subject: its first actor that is no place, acting (a violent verb
            # after it that is no passive: "when Kharkiv was shelled" names no agent)
            first = next((m for m in mentions if j < m.start <= j + 8 and not m.place), None)
            if first is None:
                return None, None
            stop = min(len(tokens), first.end + 6)
            act = next(
                (
                    k
                    for k in range(first.end, stop)
                    if _violent_word(tokens[k].key) and tokens[k - 1].key not in _PASSIVE_AUX
                ),
                None,
            )
            return (None, None) if act is None else (first.group, act)
        if key in _CLAUSE_STOP or key in _AGENT_STOP:
            return None, None
        if key == "BY":
            for k in range(j + 1, min(len(tokens), j + 3)):
                if k in starts:
                    return starts[k].group, None
            return None, None
        if key == "IN" and j + 2 < len(tokens) and tokens[j + 1].key in ("A", "AN", "THE"):
            m = starts.get(j + 2)
            if m is not None and any(_violent_word(t.key) for t in tokens[m.end : m.end + 2]):
                return m.group, None
    return None, None


_MEANS = frozenset({"BY", "WHEN"})
"""Words after an agentless violent passive's verb that name how the act was done: an agent
("by suspected gang members") or the act told as a clause ("when Lima was shelled")."""
_MEANS_NOUN = frozenset({"IN", "DURING", "AMID"})
"""Prepositions whose phrase, with a violent word, names the act ("in a gang ambush")."""


def _doer_unnamed(tokens: list[Token], trig: Trigger) -> bool:
    """Whether an agentless violent passive names neither its doer nor its act: a toll of
    victims ("22 people have been killed since demonstrations began", "41 people were killed
    and 52 wounded", "were wounded near the border"), which docs/event-coding.md's convention
    "An event has a source" (session 29) makes no event. The verb's clause names its means when
    "by" or "when" follows the verb, or "in", "during" or "amid" with a violent word
    (:func:`_violent_word`) within four words ("killed in a suicide car bombing", "in an
    attack launched from Afghanistan"): such an act keeps its recipient (s30-source). Only a
    violent verb makes a toll: "500 people were arrested during protests" has a doer the gold
    reads from the place (the state's police), not touched here."""
    if not any(_violent_word(t.key) for t in tokens[trig.start : trig.end]):
        return False
    stop = min(len(tokens), trig.end + 12)
    for j in range(trig.end, stop):
        key = tokens[j].key
        if key in _CLAUSE_STOP or key in _AGENT_STOP:
            return True
        if key in _MEANS:
            return False
        if key in _MEANS_NOUN:
            for token in tokens[j + 1 : min(stop, j + 5)]:
                if token.key in _CLAUSE_STOP or token.key in _AGENT_STOP:
                    break
                if _violent_word(token.key):
                    return False
    return True


def code_sentence(
    sentence: str,
    date: dt.date | None = None,
    document_id: str | None = None,
    offset: int = 0,
    gaz: Gazetteer | None = None,
    previous: tuple[ActorRef, ...] = (),
    home: str | None = None,
    object_recipient: bool = True,
    company_doers: bool = False,
) -> list[Event]:
    """PLOVER events of one sentence, best first (the governing verb's event first).

    ``previous`` is the subject of the previous sentence: a sentence that opens with a
    pronoun ("He stressed...") takes it as its source when no actor precedes the trigger.
    ``home`` is the document's home country (:func:`accord.news.home.home_country`): the
    country of agents named without one ("the prosecutor", "protesters") in a sentence that
    names no coded actor (:func:`accord.news.resolve.find_mentions`). ``object_recipient``
    and ``company_doers``: as in :func:`code_tokens` (the nlp coder passes False and True).
    """
    tokens = tokenize(sentence)
    if not tokens:
        return []
    mentions = find_mentions(tokens, sentence, date, gaz or load(), bare=True, home=home)
    return code_tokens(
        sentence,
        tokens,
        mentions,
        date,
        document_id,
        offset,
        previous,
        object_recipient,
        company_doers,
    )


def reads_previous(tokens: Sequence[Token]) -> bool:
    """Whether :func:`code_tokens`' events of a sentence can depend on its ``previous``
    argument: only a pronoun of :data:`_PRONOUNS` stands for the previous sentence's subject
    (as the sentence's first word, or as the subject of a copula, :func:`_predicate_subject`),
    so without one a sentence's events are the same whatever the sentence before it (the
    nlp coder reuses such a reading for its calibration's agreement features)."""
    return any(t.key in _PRONOUNS for t in tokens)


def event_id(document_id: str | None, at: int, kind: str) -> str:
    """The id of an event of type ``kind`` whose trigger begins at character ``at`` of
    document ``document_id``: stable across runs, unique in a document."""
    return hashlib.sha1(f"{document_id}|{at}|{kind}".encode()).hexdigest()[:16]


_AGENT_GLUE = frozenset({"'S", "OF", "THE"})
"""Words inside one conjunct of a passive's "by" phrase ("President *of* Tajikistan")."""
_AGENT_JOINS = frozenset({"AND", ","})
"""Words that join the conjuncts of a passive's "by" phrase."""
_AGENT_LEAD = frozenset({"THE", "BOTH"})
"""Lower-case words that may stand between "by" and its first agent ("by *the* UK")."""


def _coordinated_agents(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, group: int
) -> list[int] | None:
    """s40-byagents: the groups of a passive's "by" phrase when ``group`` (the agent the
    passive reading took) opens a list of two or more named actors closed by "and" ("was
    signed by X's minister and Y's minister", "by A, B and C"); else None. A conjunct runs
    over its mentions, capitalised words (a name after a title) and "of", "the", "'s"; a
    comma or "and" joins the next conjunct where an actor's mention starts after it (past
    "the" and up to three capitalised words). Outside the reading (None): commas alone ("by
    Gavi, the Vaccine Alliance": an appositive), a group word or any other lower-case word
    but "the" or "both" before the first name ("by allies including A, B and C", "by
    partners A and B"), a first agent or a conjunct with no country of its own ("police and
    soldiers"), and a list the resolver made one compound group. A comma conjunct after the
    last "and" is cut off; a title with no country inside a conjunct ("Chile's Energy
    *Minister*") is one of its agents."""
    actors = sorted((m for m in mentions if m.actor.code or m.bare), key=lambda m: m.start)
    first = next((m for m in actors if m.group == group and m.start >= trig.end), None)
    if first is None:
        return None
    by_at = next(
        (
            k
            for k in range(first.start - 1, max(trig.end, first.start - 3) - 1, -1)
            if tokens[k].key == "BY"
        ),
        None,
    )
    if by_at is None or any(
        t.key not in _AGENT_LEAD and not t.text[:1].isupper()
        for t in tokens[by_at + 1 : first.start]
    ):
        return None
    starts = {m.start: m for m in actors}
    conjuncts: list[tuple[bool, list[Mention]]] = [(False, [first])]
    j = first.end
    while j < len(tokens):
        if j in starts:
            conjuncts[-1][1].append(starts[j])
            j = starts[j].end
            continue
        key = tokens[j].key
        if key in _AGENT_GLUE or (key not in _AGENT_JOINS and tokens[j].text[:1].isupper()):
            j += 1
            continue
        if key not in _AGENT_JOINS:
            break
        k = j + 1
        while k < len(tokens) and tokens[k].key in (",", "AND", "THE"):
            k += 1
        caps = 0
        while k < len(tokens) and k not in starts and tokens[k].text[:1].isupper() and caps < 3:
            k, caps = k + 1, caps + 1
        if k not in starts:
            break
        conjuncts.append((any(t.key == "AND" for t in tokens[j:k]), []))
        j = k
    last = max((i for i, c in enumerate(conjuncts) if c[0]), default=0)
    kept = conjuncts[: last + 1]
    if last == 0 or not first.actor.code or any(not any(m.actor.code for m in c) for _j, c in kept):
        return None
    listed = [m for _joined, ms in kept for m in ms]
    groups = list(dict.fromkeys(m.group for m in listed))
    return groups if len(groups) >= 2 else None


def _coordinated_agent_roles(
    tokens: list[Token], mentions: list[Mention], trig: Trigger, group: int, after: list[int]
) -> tuple[list[int], list[int]] | None:
    """s40-byagents: for a passive whose "by" phrase lists named agents closed by "and"
    (:func:`_coordinated_agents`), the co-agents of ``group`` and the groups left in
    ``after``: every one but the agents (docs/event-coding.md, "Source": "for a passive
    ('...by Y') the actor after 'by'"; "Mentions joined only by 'and' (or a comma list
    ending in 'and') form a compound actor, coded as several actors of one event"). No other
    group is dropped. None where there is no such list."""
    groups = _coordinated_agents(tokens, mentions, trig, group)
    if groups is None:
        return None
    return [g for g in groups if g != group], [g for g in after if g not in groups]


def _with_coagents(
    mentions: list[Mention], sources: tuple[ActorRef, ...], coagents: list[int]
) -> tuple[ActorRef, ...]:
    """s40-byagents: ``sources`` with the coded actors of the passive's co-agent groups added
    (a title's bare mention inside a conjunct adds none)."""
    merged = list(sources)
    for g in coagents:
        merged.extend(a for a in group_actors(mentions, g) if a.code and a not in merged)
    return tuple(merged)


def code_tokens(
    sentence: str,
    tokens: list[Token],
    mentions: list[Mention],
    date: dt.date | None = None,
    document_id: str | None = None,
    offset: int = 0,
    previous: tuple[ActorRef, ...] = (),
    object_recipient: bool = True,
    company_doers: bool = False,
) -> list[Event]:
    """:func:`code_sentence` of a sentence already split into the gazetteer's ``tokens``
    (:func:`accord.news.gazetteer.tokenize`) with its actor ``mentions``
    (:func:`accord.news.resolve.find_mentions` with ``bare=True``): the nlp coder's rules
    fallback has both already and does not work them out again (docs/benchmarks-news.md).
    Neither is changed. With ``object_recipient`` (the rules coder's default), a subject that
    names no actor takes the state of the verb's object, which stays the recipient (the
    domestic convention); the nlp coder's fallback passes False: its filters read such an
    event (source and recipient of one state) as no event
    (docs/validation-events/session-13.md, s13-rulesactors). Without ``company_doers`` a
    private company is no doer (:func:`private_companies`, session 46): it is dropped from an
    event's sources, and an event whose only sources are such companies is not kept; the nlp
    coder reads the rules coder with it on (its choice and calibration read the events as
    before) and drops those events from its own output (:func:`without_company_doers`)."""
    if not tokens:
        return []
    if not reads_previous(tokens):
        previous = ()  # no pronoun to stand for it: the events do not depend on it
    if not mentions and not (previous and tokens[0].key in _PRONOUNS):
        return []
    events: list[tuple[float, int, Event]] = []
    blocked = {k for m in mentions for k in range(m.start, m.end)}
    private = private_companies(tokens, mentions)  # s46-company: no doer
    attribution = _attribution(tokens)
    headline = _headline(sentence, tokens)
    relative = _relative_spans(tokens)
    appositive = _appositive_spans(tokens, mentions)
    violent = violent_act(tokens)
    setting = _setting_spans(tokens)
    fronted = _fronted_adverbial(tokens, mentions)
    triggers = _announced_acts(tokens, find_triggers(tokens, blocked=blocked), blocked)
    triggers = _dissolutions(tokens, triggers, blocked)
    triggers = _crowd_gatherings(tokens, triggers, blocked)
    triggers = _crowd_acts(tokens, triggers, blocked)  # "thousands gathered" (s33)
    triggers = _document_contents(tokens, triggers, blocked)
    triggers = _condemned_as(tokens, triggers, blocked)
    judged: dict[int, int] = {}  # a verb of saying read as an accusation -> its judgement
    triggers = _judged_acts(tokens, triggers, judged)
    labels: dict[int, int] = {}  # a "call" that names its object -> where its label begins
    triggers = _called_labels(tokens, mentions, triggers, blocked, labels)  # "called it X"
    triggers = _dismissals(tokens, mentions, triggers)  # "dismissed a protest from X"
    triggers = _verbal_defences(tokens, mentions, triggers)  # "defended the decision" (s35)
    # the content verb of an adopted or issued document -> the verb that adopts or issues it
    enacted_by = {at: t.start for t in triggers if (at := _enacted_content(tokens, t)) is not None}
    host = meeting_place(tokens, mentions)  # the place of the sentence's meetings
    told: set[int] = set()  # verbs of "when" clauses that told a violent passive's act
    for order, trig in enumerate(triggers):
        if headline and not _headline_verb(tokens, trig, blocked):
            continue
        if _month(tokens, trig):
            continue  # "since March 2": the month
        if _origin(tokens, trig):
            continue  # "dating back to the colonial era", "hailed from the north": origins
        if _since_clause(tokens, trig):
            continue  # "since her rule was overthrown": the time the main clause runs from
        if _wished(tokens, trig):
            continue  # "want to become independent", "wants the MPs to agree": a wish
        if _faces_hardship(tokens, mentions, trig):
            continue  # "Morocco faces a 12.8% unemployment rate": a difficulty, no meeting
        if trig.start in setting:
            continue  # ", where contrasting views were discussed": the place, described
        if _reduced_passive(tokens, trig):
            continue  # "areas occupied by Russia": a noun, described
        if _act_of_passive(tokens, trig) or trig.start in told:
            continue  # "were killed in a suicide car bombing": the killing's own act
        if _noun_after_modifiers(tokens, trig, blocked):
            continue  # "the 2023 ban", "a long-standing territorial dispute": a noun
        if _compulsion_noun(tokens, trig):
            continue  # "a peacekeeping force in Bosnia", "pressure from Washington": nouns
        if _copular_state(tokens, trig):
            continue  # "leaders remain detained": a state, no act
        if _infinitive_not_done(tokens, trig):
            continue  # "has yet to provide", "were to prepare": not done
        if _purpose_of_noun(tokens, trig):
            continue  # "efforts to find a solution": what the efforts are for
        if _purpose_of_indefinite_noun(tokens, trig) and not _attempted_riot(tokens, trig):
            continue  # "a peacekeeping force to help": what the force is for
        if _purpose_of_definite_noun(tokens, trig):
            continue  # "the correct way to resolve", "future talks to discuss": purposes
        if _open_question(tokens, trig):
            continue  # "will determine whether peace is within reach": no intent
        if _purpose_after_partner(tokens, mentions, trig):
            continue  # "meet with Zelensky soon to discuss": what the meeting is for
        if _negated(tokens, trig) and _negated_passive(tokens, trig):
            continue  # "European leaders aren't invited": an act that did not happen
        if _not_yet(tokens, trig):
            continue  # "had not received any formal proposal": no act, no refusal
        if _report_of_act(tokens, trig, triggers):
            continue  # "revealed its strikes targeted ...": the strikes are the act
        if _claim_of_force(tokens, trig, triggers):
            continue  # "claimed its forces shot down drones": the shooting is the act
        if _result_participle(tokens, trig):
            continue  # ", adding that ...", "turned back two flights": no act of their own
        content = _enacted_content(tokens, trig)
        if content is not None:
            if _enacted_cut(tokens, content):
                trig = replace(trig, cameo="160", how="pattern")  # "a law suspending cooperation"
            elif any(t.start == content for t in triggers):
                continue  # "signed an order imposing a tariff": the order's content is coded
        trig = _submitted_object(tokens, trig)  # "submitted a draft agreement": an offer
        trig = _responded_means(tokens, trig)  # "responded with tear gas": the act
        trig = _engaged_with(tokens, mentions, trig)  # "engaging directly with Putin": contact
        trig = _phoned(tokens, mentions, trig)  # "Trump called Putin on Tuesday": a call
        trig = _who_protests(tokens, mentions, trig)  # "Moroccans protested": a demonstration
        trig, mapped = _retype(tokens, trig, cameo_to_plover(trig.cameo))
        trig, mapped = _arrest_not_assault(tokens, trig, mapped, violent)  # "arrested 500"
        trig, mapped = _suspension_not_sanction(tokens, trig, mapped)  # "suspended parties"
        trig, mapped = _withdrawn_national_visas(tokens, trig, mapped)  # s37-natvisa
        if trig.speech and mapped is not None and _act_code(trig.cameo):
            trig = replace(trig, speech=False)  # "dismissed the claims": a refusal, not a report
        refusal = (
            mapped is None
            and trig.cooperative
            and _negated(tokens, trig)
            and _actor_negates(tokens, trig, mentions)
        )
        if refusal:
            # "would not accept", "refused to allow": a refusal whatever the object (CAMEO 12)
            mapped = ("REJECT", None)
            trig = Trigger(trig.start, trig.end, "120", trig.score, trig.how)
        if mapped is None:
            if not _modal_request(tokens, trig, mentions):
                continue
            mapped = ("REQUEST", None)  # "X said Y must drop ...": the ask, whatever the verb
            trig = Trigger(trig.start, trig.end, trig.cameo, trig.score, trig.how)
        kind, mode = mapped
        if kind == "CONCEDE" and tokens[trig.start].key.startswith(_AMOUNT_CHANGE):
            continue  # "the death toll had risen", "approval ratings have plummeted": no act
        if _defers_to_complement(tokens, trig):
            continue
        if _unreal(tokens, trig) or _opinion(tokens, trig) or tokens[trig.start].key in _NOT_DONE:
            continue
        negated = _negated(tokens, trig)
        if negated and not refusal:
            if kind not in _COOPERATIVE or not _actor_negates(tokens, trig, mentions):
                continue
            kind, mode = "REJECT", None
        intent = None if negated else _intent(tokens, trig)
        if intent == "future" and _promised_release(tokens, trig, kind):
            kind, mode, intent = "CONCEDE", None, None  # "will release 553 prisoners" (s36)
        if intent == "future" and kind in _COOPERATIVE and kind != "AGREE":
            kind, mode = "AGREE", None  # "will support", "would allow", "ready to send"
        elif (
            intent is not None
            and kind in _HOSTILE
            and not _announced_measure(tokens, kind, intent)
            and not _announced_visa_measure(tokens, trig, kind, intent)  # s36-visa
        ):
            kind, mode = "THREATEN", None  # "will impose", "may halt"
        if kind in VIOLENT_TYPES and trig.cameo in _GENERIC_FORCE and not violent:
            continue  # "engaging directly with Putin": contact, no violence
        if kind in VIOLENT_TYPES and _nonviolent_trigger(tokens, trig):
            continue  # "the loss and damage fund", "fighting graft": no violent act
        before = _groups_before(mentions, trig.start, relative | appositive)
        partners = _participants(tokens, mentions, trig)  # "a call between X and Y raised"
        before = [g for g in before if g not in partners]
        if trig.start in judged or (
            trig.cameo == "111" and tokens[trig.start].key in _CHARACTERISING
        ):
            # "condemned India's actions, labeling them as ...": the possessor of what was
            # condemned is no speaker
            before = [g for g in before if not _possessor(tokens, mentions, g)]
        if trig.start in enacted_by:
            # "adopted Ukraine's resolution condemning Russia": the body that adopts or issues
            # the document acts, not a name inside the document's noun phrase
            before = [g for g in before if _group_start(mentions, g) < enacted_by[trig.start]]
        after = _groups_after(mentions, trig.end, trig.end + _TARGET_WINDOW)
        closing = attribution if trig.end <= attribution else len(tokens)
        cut = _recipient_end(tokens, trig, closing)
        after = [g for g in after if _group_start(mentions, g) < cut]
        judgement: int | None = judged.get(trig.start, labels.get(trig.start))
        if trig.cameo == "111" and tokens[trig.start].key in _CHARACTERISING:
            judgement = _condemnation_at(tokens, trig.start)
        if judgement is not None:
            # "described the attack as aggression against X", "said X's actions posed a
            # threat to Y": the act judged, or its owner, is the recipient, not a name in
            # the judgement
            after = [g for g in after if _group_start(mentions, g) < judgement]
        if trig.end <= attribution:
            # the reporter of a closing ", police said" is neither actor nor recipient
            reporters = {m.group for m in mentions if m.start > attribution}
            after = [g for g in after if g not in reporters]
        condemned = _condemned_attack(tokens, mentions, trig) if kind == "ACCUSE" else None
        if condemned is not None:
            # "condemned the strike on Z by Y": the attacker Y, never the victim Z
            attacker, attacked = condemned
            after = [attacker] if attacker is not None else [g for g in after if g not in attacked]
        source_group: int | None = before[-1] if before else None
        modifier = next(
            (m for m in mentions if not m.strong and m.end == trig.start and m.actor.code),
            None,
        )
        if modifier is None:
            modifier = _clause_subject(tokens, trig, mentions, before)
        if modifier is not None:
            # a demonym right before an event noun names its agent: "Israeli airstrikes
            # killed...", "Russian shelling" (the noun is the act, the adjective the actor)
            source_group = modifier.group
            after = [g for g in after if g != modifier.group]
        target_first: int | None = None
        pre = [t.key for t in tokens[max(0, trig.start - 3) : trig.start]]
        if (
            any(w in _MODALS for w in pre)
            and len(before) >= 2
            and not negated
            and not _possessor(tokens, mentions, before[-1])
        ):
            # "X said Y must do Z": X asks something of Y
            kind, mode = "REQUEST", None
            source_group, target_first = before[0], before[-1]
        elif not negated and _reported_violation(tokens, mentions, trig, before):
            # "India reported Pakistan violated the ceasefire": the reporter accuses
            kind, mode = "ACCUSE", None
            if len(before) >= 2:
                source_group, target_first = before[0], before[-1]
        if kind == "THREATEN" and source_group is not None and _made_to_suffer(tokens, trig):
            # "The Houthis will pay a heavy price ...," Katz said: the speaker threatens the
            # subject (the first actor of "X said Y would face", else the closing reporter)
            speaker = before[0] if len(before) >= 2 and before[0] != source_group else None
            if speaker is None and trig.end <= attribution:
                speaker = next((m.group for m in mentions if m.start > attribution), None)
            if speaker is not None:
                target_first, source_group = source_group, speaker
                after = [g for g in after if g != speaker]
        if kind == "THREATEN" and target_first is None:
            warned = _warned_by(tokens, mentions, trig, source_group, previous)
            if warned == NO_EVENT:
                continue  # "warned that conditions will not shift": no actor's act, no event
            if isinstance(warned, int):
                # "warned that Putin is mocking the efforts": the act judged, ACCUSE its actor
                kind, mode = "ACCUSE", "disapprove"
                after = [warned, *(g for g in after if g != warned)]
        from_after = False
        taken: int | None = None  # the group after the verb taken as the source
        coagents: list[int] = []  # s40-byagents: the passive's other listed agents
        unnamed_agent = False
        victim: int | None = None  # the subject of an agentless violent passive
        # a passive: "attacked by X", "was attacked on Monday by X"; "rejected the proposal
        # by X" is active (no auxiliary before the verb and an object between)
        by_near = any(t.key == "BY" for t in tokens[trig.end : trig.end + 3])
        aux_before = trig.start > 0 and any(
            t.key in _PASSIVE_AUX for t in tokens[max(0, trig.start - 2) : trig.start]
        )
        passive = (trig.end < len(tokens) and tokens[trig.end].key == "BY") or (
            by_near and aux_before
        )
        agentless = (
            not passive
            and trig.start > 0
            and tokens[trig.start].key.endswith(("ED", "EN"))
            and tokens[trig.start - 1].key in _PASSIVE_AUX
            and source_group is not None
        )
        natvisa = _natvisa_roles(tokens, mentions, trig, kind)  # s37-natvisa
        if natvisa is not None and target_first is None:
            # "visas issued by India to Pakistani citizens will be cancelled": the issuer
            # withdraws them, the holders' state is the recipient
            source_group, victim = natvisa
            target_first, after, passive, agentless = victim, [], True, False
        expelled = _expulsion_roles(tokens, mentions, trig, kind, mode)
        if expelled is not None and expelled != (None, None) and target_first is None:
            # "Russia was expelled from the Council": the expelled is the recipient; a
            # destination ("deported to France") is neither role where the sentence names the
            # expelled or the expelling state (variant B: where it names neither, the reading
            # is left as it was)
            source_group, victim = expelled
            if source_group is None:  # "..., Russia's foreign ministry said": the announcer
                source_group = _expulsion_announcer(tokens, mentions, trig, attribution, victim)
            target_first, after = victim, []
            unnamed_agent, passive, agentless = source_group is None, True, False
        if agentless and target_first is None:
            # "X was arrested in Y": the gold codes the place's state as the actor of an
            # agentless passive and X as its recipient
            place = next(
                (
                    m.group
                    for m in mentions
                    if trig.end <= m.start < trig.end + 4
                    and tokens[m.start - 1].key in ("IN", "THE")
                    and len(m.actor.code) == 3
                ),
                None,
            )
            if place is not None:
                target_first, source_group = source_group, place
                after = [g for g in after if g != place]
            elif kind in _VICTIM_SUBJECT:
                # "soldiers were killed in an attack by militants", "in a Russian drone
                # strike": the subject is hit; the agent is named later, or not at all and
                # the act is coded with no source
                agent, act = _passive_agent(tokens, mentions, trig)
                if act is not None:
                    told.add(act)  # "when Chilean jets struck a market": the same act
                unnamed_agent = agent is None or agent == source_group
                if unnamed_agent and _doer_unnamed(tokens, trig):
                    continue  # "22 people have been killed since ...": no doer, no event
                target_first, source_group = source_group, None if unnamed_agent else agent
                victim = target_first
                after = [g for g in after if g != agent]
        active = target_first is None and not passive
        if active and source_group is not None and _thing_of(tokens, mentions, trig, source_group):
            continue  # "the diplomatic efforts of Trump and Macron signal": no actor's act
        if target_first is not None:
            after = [target_first, *after]
        elif passive and after:
            if source_group is not None:
                after = [source_group, *after]  # "X was attacked by Y": Y acts on X
            source_group = after.pop(1 if source_group is not None else 0)
            byagents = _coordinated_agent_roles(tokens, mentions, trig, source_group, after)
            if byagents is not None:
                # "was signed by X's minister and Y's minister": every agent acts, none is
                # acted on (s40-byagents)
                coagents, after = byagents
        elif source_group is None and after and not unnamed_agent:
            if _among(tokens, mentions, after[0]):
                continue  # "garnered controversy among Western allies": no agent named
            source_group = after.pop(0)
            from_after = True
            taken = source_group
        if not before and previous and tokens[0].key in _PRONOUNS and not passive:
            if source_group is not None:
                after = [source_group, *after]
            source_group = -1
        elif _participle(tokens, trig) and target_first is None and not passive:
            # "He indicated that Putin would accept ..., having discussed the matter with the
            # Kremlin leader": the subject of a participle clause is the sentence's subject,
            # not the nearest name (issue 14 item 5)
            subject = _opening_group(tokens, mentions)
            if subject is not None and subject != source_group:
                source_group = subject
            elif subject is None and previous and tokens[0].key in _PRONOUNS:
                source_group = -1
        if source_group is not None and source_group >= 0:
            # "he became the first European head of state to meet ...": the subject of "became"
            source_group = _predicate_subject(tokens, mentions, source_group, bool(previous))
        if source_group is None and not unnamed_agent:
            continue
        sources: tuple[ActorRef, ...] = ()
        if source_group is not None:
            sources = group_actors(mentions, source_group) if source_group >= 0 else previous
            sources = _neither_nor_sources(tokens, mentions, trig, source_group, sources)
            if coagents:
                sources = _with_coagents(mentions, sources, coagents)
        targets: tuple[ActorRef, ...] = ()
        between = trig.end < len(tokens) and tokens[trig.end].key == "BETWEEN"
        if between and kind in ("CONSULT", "AGREE", "COOPERATE") and (after or from_after):
            # "talks between X and Y": a joint act, both actors are sources (PLOVER); when
            # the source was already taken after the trigger, it is that pair
            if not from_after:
                sources = group_actors(mentions, after[0])
            after = []
        recipient_too = (
            object_recipient
            and taken is not None
            and source_group == taken
            and not between
            and not _locative(tokens, _group_start(mentions, taken))
        )
        if recipient_too and taken is not None:
            # "The opposition party accused the Interior Minister of ...": the subject names no
            # actor, so the object's state stands for the subject's (unnamed, as an agent of
            # that state), and the object stays the recipient (the domestic convention)
            after = [taken, *after]
            sources = tuple(ActorRef(a.code, None, None, None) for a in sources)
        sources, _none = _fill_bare(sources, (), mentions)
        if not sources and not unnamed_agent:
            continue
        partner = _exercise_partner(tokens, mentions, trig, sources) if kind == "MOBILIZE" else None
        if partner is not None:
            # "launched military exercises with Philippine forces": both states exercise
            sources = (*sources, *(a for a in group_actors(mentions, partner) if a not in sources))
            after = [g for g in after if g != partner]
        if kind == "MOBILIZE" and _joint(tokens, trig, sources):
            # PLOVER 2.0 sec. 3.14.1: joint military operations are COOPERATE (CAMEO 062),
            # single-country exercises MOBILIZE
            kind, mode = "COOPERATE", None
        source_code = sources[0].code if sources and len(sources[0].code) == 3 else ""
        asked_for = _asked_for(tokens, trig) if kind == "REQUEST" else set()
        for group in after:
            if group == source_group and not recipient_too:
                continue
            if group == victim:
                # "ministers were killed in an IDF strike": a victim without a country is of
                # the sentence's state, as a source would be, not of the agent's; with no
                # agent named ("3,640 individuals have been wounded"), only a victim with a
                # country of its own is coded
                victims = group_actors(mentions, group)
                if unnamed_agent:
                    targets = tuple(a for a in victims if a.code)
                else:
                    targets = _fill_bare(victims, (), mentions)[0]
                break
            if _group_start(mentions, group) in asked_for:
                continue  # "called for the creation of a Ukrainian force": what is asked for
            if _possessor_before_to(tokens, mentions, group, after) and trig.start not in judged:
                continue  # "the exploitation of Ukraine's raw materials to the U.S.": the U.S.
            if _partner_of_later_verb(tokens, mentions, trig, group):
                break  # "advocating for ... and engaging directly with Putin": not this verb's
            goal = _goal_after(mentions, tokens, group) if _bare_group(mentions, group) else None
            if goal is not None:
                # "sent engineers to Ukraine": the goal, not the group sent, is the recipient
                targets = group_actors(mentions, goal)
                break
            located = (
                _located_after(mentions, tokens, group, min(trig.end + _TARGET_WINDOW, closing))
                if _bare_group(mentions, group)
                else ""
            )
            if located:
                targets = tuple(
                    ActorRef(located, a.role, a.name, a.text) if not a.code else a
                    for a in group_actors(mentions, group)
                )
                break
            _s, targets = _fill_bare(sources, group_actors(mentions, group), mentions)
            if targets and _given_from(tokens, mentions, group, kind):
                # "passed with support from Russia and China", "received aid from the EU":
                # the actor after "from" gives the support, the subject receives it
                sources, targets = targets, sources
            if targets or source_code:
                break  # a target of agents without a country needs a state source
        if kind == "COERCE" and _border_sanction(tokens, trig, sources, targets):
            kind, mode = "SANCTION", None  # "closed its air space for Indian airlines"
        if kind not in _DOMESTIC:
            # an actor does not act on itself: a target that is the source again (the same
            # person or state named twice: "designate Russia" after "Russia") is dropped.
            # Another agent of the same state stays (the gold's domestic convention: "the
            # government accepted demands from rebels" MOZ -> MOZ)
            targets = tuple(a for a in targets if not any(same_actor(a, b) for b in sources))
        if _own_forces(kind, sources, targets, trig.cameo):
            targets = ()  # "the government deployed a heavy police presence": its own forces
        if (
            kind in _RECIPROCAL
            and len(sources) > 1
            and {a.code for a in targets} & {a.code for a in sources}
        ):
            # "Israel and Lebanon renewed negotiations on ... Lebanon": a joint act of the
            # compound (PLOVER: both are actors, no recipient), not an act on one of its parts
            targets = ()
        if not targets and kind in _DOMESTIC and source_code and source_code != "IMG":
            # a conflictual act with no named recipient is domestic in the gold standard's
            # convention ("Algerian landowners began a hunger strike": DZA -> DZA)
            targets = (ActorRef(source_code, None, None, None),)
        if (
            not targets
            and kind == "REJECT"
            and court_case_rejected(tokens, trig.start, trig.end, sources)
        ):
            # "the Constitutional Court rejected Georgescu's appeal": a state's court refuses a
            # named party's case, its own state the recipient (s46-court, docs/event-coding.md)
            targets = (ActorRef(source_code, None, None, None),)
        if not company_doers:
            if sources and all(private_company(a, private) for a in sources):
                continue  # "Nexperia's Chinese parent company announced ...": no state acts
            sources = tuple(a for a in sources if not private_company(a, private))
        if not sources and not targets:
            continue  # "3,640 individuals have been wounded": no actor on either side
        base = {"pattern": 0.85, "curated": 0.75, "default": 0.6}[trig.how]
        confidence = base - (0.15 if negated else 0.0) - (0.0 if targets else 0.1)
        span = sentence[tokens[trig.start].start : tokens[trig.end - 1].end]
        # PLOVER 2.4.2/3.2.2: a meeting's visitor acts on its host; without a host, all
        # participants act and there is no recipient (accord.news.meetings)
        # (s34-welcomed: "welcomed Putin to Alaska" is a visit received, visitor -> host)
        kind, mode, sources, targets = hosted_roles(
            kind, mode, span, sources, targets, host, (tokens, mentions, trig.start)
        )
        ident = event_id(document_id, offset + tokens[trig.start].start, kind)
        event = Event(
            event_type=kind,
            sources=sources,
            targets=targets,
            mode=mode,
            trigger=span,
            sentence=sentence,
            confidence=round(max(0.05, confidence), 3),
            document_id=document_id,
            date=date,
            id=ident,
        )
        # the governing (first) verb carries the event: "threatened to impose", "agreed to
        # meet"; a specific pattern match earns a small bonus over a block default
        rank = -order + (0.5 if trig.how != "default" else 0.0) - (100.0 if trig.speech else 0.0)
        if trig.start in relative or trig.start in fronted or _set_off_participle(tokens, trig):
            rank -= 50.0  # a parenthetical relative clause or an opening adverbial: background
        events.append((rank, order, event))
    events.sort(key=lambda item: (-item[0], item[1]))
    unique: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    for _score, _order, event in events:
        key = event_key(event)
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique


def code_document(doc: Document) -> list[Event]:
    """All PLOVER events of a document, in sentence order (the pipeline's entry point), with
    the document's home country (:func:`document_home`) for agents a sentence does not
    place."""
    out: list[Event] = []
    gaz = load()
    home = document_home(doc)
    previous: tuple[ActorRef, ...] = ()
    for start, end in split_sentences(doc.text):
        sentence = doc.text[start:end]
        events = code_sentence(sentence, doc.date, doc.id, start, gaz, previous, home)
        out.extend(events)
        previous = events[0].sources if events else _opening_subject(sentence, gaz) or previous
    from accord.news.event_confidence import calibrate

    return calibrate(out, "rules")  # the calibrated confidence; the events stay as coded


def document_home(doc: Document) -> str | None:
    """The home country of a document (:func:`accord.news.home.home_country` of its title,
    URL and text): what both coders use for agents a sentence does not place."""
    return home_country(doc.title, doc.url, doc.text)


def _opening_subject(sentence: str, gaz: Gazetteer) -> tuple[ActorRef, ...]:
    """The actor a sentence opens with ("Macron, while expressing optimism, acknowledged
    ..."): the subject a pronoun in the next sentence stands for (issue 14 item 5: the speaker
    is the subject of the clause, not the nearest name), also when the sentence codes no
    event."""
    tokens = tokenize(sentence)
    mentions = find_mentions(tokens, sentence, None, gaz, bare=True)
    group = _opening_group(tokens, mentions) if tokens else None
    return () if group is None else group_actors(mentions, group)


def actor_json(actor: ActorRef) -> dict[str, Any]:
    out: dict[str, Any] = {"code": actor.code}
    if actor.role:
        out["agent"] = actor.role
    if actor.name:
        out["name"] = actor.name
    if actor.text:
        out["actorText"] = actor.text
    return out


def to_plover(event: Event) -> dict[str, Any]:
    """A PLOVER JSON record (field names of the PLOVER manual: event, mode, source, target...)."""
    record: dict[str, Any] = {
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "event": event.event_type,
        "mode": event.mode or "",
        "source": [actor_json(a) for a in event.sources],
        "target": [actor_json(a) for a in event.targets],
        "eventText": event.trigger,
        "text": event.sentence,
        "confidence": event.confidence,
        "document": event.document_id,
    }
    return record
