"""A news report's dateline: where it was filed, not who acts in its first sentence.

Wire and newspaper reports open with a dateline, the place the story was filed from, often
with the agency that filed it, before the first sentence's own words ("BUSAN, South Korea, Oct
30 (Reuters) - Trump met Xi ...", "KYIV, Ukraine (AP) — Ukraine kept up ...", "WASHINGTON —
The Pentagon is sending ...", "Cairo: The Iran-backed Houthis ..."; the AP Stylebook's
"datelines" entry; the Reuters Handbook of Journalism, "Datelines"). The dateline is no part of
the sentence's clause: its place names no participant of the event. It says where the report
is, and for a meeting it reports that says no place of its own ("JERUSALEM, Israel — US envoy
Thomas Barrack met with ... Netanyahu"), where the meeting is: PLOVER's meeting convention
(:mod:`accord.news.meetings`) then reads a participant of that state as the host. A contact by
telephone or video has no place, whatever the dateline.

The shape read here, at the sentence's start and before a dash set off by spaces, a colon, or a
comma right after the agency's bracket: one to fourteen tokens, each a capitalised word, a
number, a comma, a full stop or a slash, or inside a bracket (the agency: "(AP)",
"(BSS/AFP)"); the words include a place that the gazetteer resolves to a state (a mention with
a three-letter code and no role: not a person or an organisation, "Jerí – who is expected to
serve" is no dateline), every actor it names is such a place, and the sentence goes on with a
capital letter, a figure or a quotation mark (after the agency's bracket and a comma, any
word). A sentence that opens with a lone place, a spaced dash and a capital ("Chisinau — Moldova
expelled ...") is read as a dateline, whether the place is a city or a state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from accord.news.gazetteer import Token
from accord.news.meetings import NOWHERE, Place
from accord.news.resolve import Mention

_DASHES = frozenset({"—", "–", "-", "--", "―"})
_PUNCTUATION = frozenset({",", ".", "/"})
_MAX_TOKENS = 14
REMOTE_WORDS = frozenset(
    {
        *("PHONE", "PHONED", "TELEPHONE", "TELEPHONED", "CALL", "CALLS", "CALLED"),
        *("VIDEO", "VIDEOCONFERENCE", "VIDEO-CONFERENCE", "VIRTUAL", "VIRTUALLY", "ONLINE"),
    }
)
"""Words of a contact at a distance: a phone call has no host (PLOVER manual 2.4.2), so the
dateline's place hosts no such meeting."""


class Dateline(NamedTuple):
    """The dateline of a tokenised sentence: ``end``, the index of the first token after it (0:
    no dateline), and ``place``, its state when it names one state only (else nowhere)."""

    end: int = 0
    place: Place = NOWHERE


NO_DATELINE = Dateline()


def _is_place(m: Mention) -> bool:
    return len(m.actor.code) == 3 and m.actor.role is None and not m.bare


def dateline(tokens: Sequence[Token], mentions: Sequence[Mention]) -> Dateline:
    """The dateline that opens a sentence (module docstring), or :data:`NO_DATELINE`."""
    inside: set[int] = set()
    for m in mentions:
        inside.update(range(m.start, m.end))
    depth = 0
    for k, token in enumerate(tokens[: _MAX_TOKENS + 1]):
        text = token.text
        if text == "(":
            depth += 1
            continue
        if text == ")":
            depth -= 1
            if depth < 0:
                return NO_DATELINE
            continue
        if depth:
            continue  # the agency's bracket: "(Reuters)", "(BSS/AFP)"
        closes = k > 0 and tokens[k - 1].text == ")"
        if k > 0 and (text in _DASHES or text == ":" or (text == "," and closes)):
            if _ends_dateline(tokens, k):
                return _read(tokens, mentions, k)
            if text != ",":
                return NO_DATELINE
            continue
        if text in _PUNCTUATION or text.isdigit() or k in inside:
            continue
        if not (text[:1].isupper() and text.replace("'", "").replace(".", "").isalpha()):
            return NO_DATELINE  # a lower-case word or a sign: the sentence itself
    return NO_DATELINE


def _ends_dateline(tokens: Sequence[Token], k: int) -> bool:
    """Whether the separator at ``k`` is set off as a dateline's is and a sentence follows."""
    if k + 1 >= len(tokens):
        return False
    separator, after = tokens[k], tokens[k + 1]
    if after.start <= separator.end:
        return False  # "Russia-Ukraine", "10:30": a word's hyphen or a time, no separator
    if separator.text in _DASHES and separator.start <= tokens[k - 1].end:
        return False
    first = after.text[:1]
    if separator.text == ",":
        return True  # "Bogota, Colombia (AP), the Minister ...": the agency's bracket closes it
    return first.isupper() or first.isdigit() or first in "\"“'‘"


def _read(tokens: Sequence[Token], mentions: Sequence[Mention], k: int) -> Dateline:
    head = [m for m in mentions if m.start < k]
    if any(m.end > k for m in head) or not head or not all(_is_place(m) for m in head):
        return NO_DATELINE  # no place, or a person or organisation before the separator
    states = {m.actor.code for m in head}
    if len(states) > 1:
        return Dateline(k + 1)  # "Baku/Tbilisi –", "THAILAND/CAMBODIA:": no one place
    return Dateline(k + 1, Place(head[0].actor.code, head[0].actor.text or ""))


def actor_mentions(line: Dateline, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that can name an event's actors: those after the dateline, when the
    sentence names a coded actor there. Where it names none ("KYIV — Drones struck a power
    plant overnight"), all of them: the dateline's place then stands for the place of an act
    that names no actor, as "in Kyiv" would (the agentless convention), as before this
    module."""
    rest = [m for m in mentions if m.start >= line.end]
    return rest if line.end and any(m.actor.code for m in rest) else list(mentions)


def meeting_host(tokens: Sequence[Token], line: Dateline, place: Place, start: int = 0) -> Place:
    """Where a sentence's meeting is: ``place``, the place the sentence names
    (:func:`accord.news.meetings.meeting_place`), else the dateline's, unless the sentence
    says the contact was by telephone or video (:data:`REMOTE_WORDS`); ``start``: the first
    token to read for those words."""
    if place.code or not line.place.code:
        return place
    if any(t.key in REMOTE_WORDS for t in tokens[start:]):
        return place
    return line.place
