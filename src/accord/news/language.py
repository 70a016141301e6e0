"""A rough guess of an article's language, to say when it is not English (session 35's trial).

The event coders and the evidence finder read English only: a French article was stored, coded
to no event and nothing said why. This guess counts common function words and scripts; it
never changes what is stored or coded, only what ingest says.
"""

from __future__ import annotations

import re

MIN_WORDS = 20
"""Shorter texts are not judged."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORDS: dict[str, frozenset[str]] = {
    "English": _set("the of and to in is that on for with said was by as it at from has have will"),
    "French": _set(
        "le la les des du et une est que qui dans pour sur au aux pas avec ont été cette"
    ),
    "Spanish": _set("el los las del y que en una por con para es se su al ha sido este"),
    "Portuguese": _set("o os as do da dos das e que em um uma por com para não foi ao"),
    "German": _set("der die das und ist nicht mit den dem von zu ein eine auf für sich wurde"),
    "Italian": _set("il lo gli della delle e che di un una per con non sono ha"),
}

_SCRIPTS = (
    ("Russian or another language in Cyrillic script", re.compile(r"[\u0400-\u04ff]")),
    ("Arabic or another language in Arabic script", re.compile(r"[\u0600-\u06ff]")),
    ("Chinese or Japanese", re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")),
)


def not_english(text: str) -> str | None:
    """The language ``text`` seems to be written in when it is not English (``'French'``),
    else None (English, or too short or too mixed to tell)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 5 * MIN_WORDS:
        return None
    for name, script in _SCRIPTS:
        if len(script.findall("".join(letters))) > 0.3 * len(letters):
            return name
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < MIN_WORDS:
        return None
    counts = {name: sum(w in vocabulary for w in words) for name, vocabulary in _WORDS.items()}
    english = counts.pop("English")
    best = max(counts, key=lambda name: counts[name])
    if counts[best] >= 0.1 * len(words) and counts[best] > 3 * english:
        return best
    return None
