"""Who is the actor of a meeting: the PLOVER convention for CONSULT events, for both coders.

PLOVER manual 2.0 (Open Event Data Alliance, 2024), section 2.4.2 ("Obama met with Japanese
Prime Minister Abe at the White House") and section 3.2.2 (CONSULT, "Requires recipient: No"):

* where one side hosts and the other visits, **the visitor is the actor and the host the
  recipient** ("Macron visited the White House": FRA -> USA; "Trump hosted Starmer": GBR ->
  USA; "Scholz met Tusk in Berlin": POL -> DEU, the meeting being in the host's country);
* where there is no host/visit distinction (a phone call, talks at a third place, "X met Y"
  with no place), **all participants are the actor and there is no recipient** ("Rubio met
  Lavrov in Riyadh": USA + RUS). The OEDA development gold follows it ("Christopher
  telephoned Kozyrev": USA + RUS, no recipient).

Mediation ("Qatar mediated between Russia and Ukraine") is a third party's act and keeps its
roles. The functions here are pure: they take the coder's sources and targets and the
meeting's place and return the convention's sources and targets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from accord.news.gazetteer import Token
from accord.news.resolve import Mention
from accord.news.types import ActorRef

MEETING_TYPE = "CONSULT"
HOST_WORDS = frozenset({"host", "hosts", "hosted", "hosting"})
"""The subject hosts, the object visits (CAMEO 043 "host a visit")."""
VISIT_WORDS = frozenset(
    {
        *("visit", "visits", "visited", "visiting", "trip", "tour", "toured"),
        *("travel", "travels", "travelled", "traveled", "travelling", "traveling"),
        *("arrive", "arrives", "arrived", "arriving", "arrival"),
    }
)
"""The subject visits and the object (or the place) hosts: the coder's roles already follow
the convention (CAMEO 042 "make a visit")."""
KEEP_ROLES_PREFIXES = ("mediat", "broker", "summon")
"""Not a meeting of equals: a mediator acts on the parties (CAMEO 045/046), a government that
summons an ambassador acts on the ambassador's state (PLOVER manual 3.2.1: coded for the
complaint, source -> recipient; the OEDA gold: "summoned Niger's ambassador" NGA -> NER)."""
PLACE_PREPOSITIONS = frozenset({"IN", "AT"})
_PLACE_SKIP = frozenset({"THE", "CAPITAL", "CITY", "TOWN", "A", "AN"})


class Place(NamedTuple):
    """Where a meeting is: the state's code and the words that name the place."""

    code: str = ""
    words: str = ""


NOWHERE = Place()


def meeting_place(tokens: Sequence[Token], mentions: Sequence[Mention]) -> Place:
    """The first actor named right after "in"/"at" ("in Berlin", "at the White House", "in the
    capital Kyiv"), or an empty :class:`Place`. Unlike an event's location this admits the
    seats of government ("the White House", "the Kremlin"): a meeting there is hosted by that
    state."""
    for m in mentions:
        if len(m.actor.code) != 3:
            continue
        i = m.start - 1
        while i >= 0 and tokens[i].key in _PLACE_SKIP:
            i -= 1
        if i >= 0 and tokens[i].key in PLACE_PREPOSITIONS:
            return Place(m.actor.code, m.actor.text or "")
    return NOWHERE


def _unique(actors: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    out: list[ActorRef] = []
    for actor in actors:
        if all((a.code, a.name, a.role) != (actor.code, actor.name, actor.role) for a in out):
            out.append(actor)
    return tuple(out)


def meeting_roles(
    kind: str,
    trigger: str,
    sources: tuple[ActorRef, ...],
    targets: tuple[ActorRef, ...],
    place: Place = NOWHERE,
) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Sources and targets of an event under the PLOVER meeting convention (module docstring).

    ``trigger`` is the event's trigger text, ``place`` where the meeting is
    (:func:`meeting_place`): its state hosts when a participant is of that state; the place
    itself, taken as a recipient by a coder ("met *in Istanbul*"), is no participant. Events
    of other types are returned unchanged.
    """
    if kind != MEETING_TYPE or not sources:
        return sources, targets
    word = trigger.split()[0].lower() if trigger.strip() else ""
    if word.startswith(KEEP_ROLES_PREFIXES) or word in VISIT_WORDS:
        return sources, targets
    if word in HOST_WORDS:
        return (targets, sources) if targets else (sources, targets)
    participants = _unique((*sources, *(t for t in targets if not _is_place(t, place))))
    if place.code:
        hosts = tuple(a for a in participants if a.code == place.code)
        visitors = tuple(a for a in participants if a.code != place.code)
        if hosts and visitors:
            return visitors, hosts
    return participants, ()


def _is_place(actor: ActorRef, place: Place) -> bool:
    return bool(place.words) and actor.code == place.code and actor.text == place.words


WELCOME_WORDS = frozenset({"WELCOMED", "WELCOMES", "WELCOMING"})
"""s34-welcomed: the forms of "welcome" read as a host receiving a visitor when their object is
a person (:func:`welcomed_visitor`); the bare "welcome" (an infinitive, a future, "we welcome
the decision") is left to the coders' SUPPORT."""
VISITOR_NOUNS = frozenset(
    {
        *("DELEGATION", "DELEGATIONS", "DELEGATES", "HEAD", "HEADS", "LEADER", "LEADERS"),
        *("PRESIDENT", "PRIME", "KING", "QUEEN", "EMIR", "PRINCE", "CHANCELLOR", "COUNTERPART"),
        *("COUNTERPARTS", "ENVOY", "FOREIGN", "DEFENCE", "DEFENSE", "MINISTER", "SECRETARY"),
        *("VICE",),
    }
)
"""Words that begin a person's title or name a delegation: after a state's name or possessive
they make the object of "welcomed" a visitor ("Portugal's Heads of State", "the Kazakh
delegation")."""
_POSSESSIVE = frozenset({"'S", "'"})


def welcomed_visitor(tokens: Sequence[Token], mentions: Sequence[Mention], verb: int) -> bool:
    """The welcome verb at token ``verb`` takes a visitor, not a thing, as its object.

    The object begins right after the verb (adverbs in "-ly" and "the" skipped: "personally
    welcomed", "warmly welcomed the ..."). It is a visitor when it is an actor mention of a
    named person with a role that no possessive follows ("welcomed Russian President Vladimir
    Putin to Alaska"), or an actor mention that ends in, or is followed (directly or after a
    possessive) by, a person's title or a delegation (:data:`VISITOR_NOUNS`: "welcomed
    Portugal's Heads of State", "the Kazakh delegation"). A possessive before any other word
    names a thing ("welcomed President Reagan's statement", "Timor-Leste's admission"), and so
    does an object that is no actor ("welcomed the decision", "welcomed talks between ...")."""
    i = verb + 1
    while i < len(tokens) and tokens[i].key.isalpha() and tokens[i].key.endswith("LY"):
        i += 1
    if i < len(tokens) and tokens[i].key == "THE":
        i += 1
    head = next((m for m in mentions if m.start == i), None)
    if head is None:
        return False
    after = tokens[head.end].key if head.end < len(tokens) else ""
    if after in _POSSESSIVE:
        after = tokens[head.end + 1].key if head.end + 1 < len(tokens) else ""
        return after in VISITOR_NOUNS
    if after in VISITOR_NOUNS or tokens[head.end - 1].key in VISITOR_NOUNS:
        return True  # "the Kazakh delegation", "the Indian Prime Minister"
    return head.actor.role is not None and head.actor.name is not None


def welcome_visit(
    kind: str,
    sources: tuple[ActorRef, ...],
    targets: tuple[ActorRef, ...],
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    verb: int,
) -> bool:
    """s34-welcomed, both coders: the event is a host welcoming a visitor, a visit received
    (CAMEO 043 "host a visit", CONSULT), to be coded as a hosted meeting is
    (docs/event-coding.md, "Meetings": visitor -> host). True for a SUPPORT event (or a
    CONSULT one, where the nlp coder took the rules coder's type) whose trigger at token
    ``verb`` is one of :data:`WELCOME_WORDS` with a visitor as object
    (:func:`welcomed_visitor`), the subject (the host) as source and a visitor of another
    state as target. Welcoming a decision, a statement or a deal stays SUPPORT."""
    return (
        kind in ("SUPPORT", MEETING_TYPE)
        and bool(sources)
        and bool(_visitors(sources, targets))
        and 0 <= verb < len(tokens)
        and tokens[verb].key in WELCOME_WORDS
        and welcomed_visitor(tokens, mentions, verb)
    )


def hosted_roles(
    kind: str,
    mode: str | None,
    trigger: str,
    sources: tuple[ActorRef, ...],
    targets: tuple[ActorRef, ...],
    place: Place,
    welcome: tuple[Sequence[Token], Sequence[Mention], int],
) -> tuple[str, str | None, tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Both coders' type, mode and roles of an event under the meeting convention: a welcome
    of a visitor (:func:`welcome_visit`; ``welcome``: the sentence's gazetteer tokens, its
    mentions and the trigger's token) is CONSULT, mode ``visit``, visitor -> host (the roles
    swapped; the merging of participants with no host does not apply to it); any other event
    goes through :func:`meeting_roles` (``trigger``: the trigger's text, ``place``: the
    meeting's place) with its type and mode unchanged (s34-welcomed)."""
    if welcome_visit(kind, sources, targets, *welcome):
        return MEETING_TYPE, "visit", _visitors(sources, targets), sources
    sources, targets = meeting_roles(kind, trigger, sources, targets, place)
    return kind, mode, sources, targets


def _visitors(hosts: tuple[ActorRef, ...], targets: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """The targets of a welcome that are not of a host's state: the visitors ("welcomed the
    Polish delegation at the chancellery": the chancellery, the host's, is no visitor)."""
    own = {a.code for a in hosts}
    return tuple(a for a in targets if a.code not in own)
