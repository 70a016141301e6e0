"""The actor gazetteer: countries, organisations, office holders, metonyms and agent words.

Two data files ship in ``accord/news/data/``:

* ``phoenix.json.gz`` is generated once from public dictionaries by :func:`build` (run
  ``python -m accord.news.gazetteer /path/to/shared/reference``): country names, demonyms and
  capitals from the NGEC ``countries.csv`` (MIT) and the Phoenix country dictionary of PETRARCH2
  (MIT), dated office holders from the Phoenix country dictionary, international and
  non-governmental organisations from ``Phoenix.International.actors.txt``, agent words from
  NGEC ``PLOVER_agents.txt`` (MIT), and the CAMEO verb patterns of ``CAMEO.2.0.txt`` (PETRARCH2,
  MIT) with the CAMEO-to-PLOVER table of the Open Event Data Alliance (CC BY-SA 4.0).
* ``curated.yaml`` is written by hand: organisations with short codes (UN, UNSC, EU, NATO...),
  metonyms (the Kremlin, the White House, the Elysee...), armed and criminal groups active in
  2024-2026 that the Phoenix lists (about 2014) lack, offices and their holders for 2019-2026
  with sources, and diplomatic trigger words the CAMEO dictionary lacks. It is read at run
  time, so it can be corrected without a rebuild, and it overrides the generated data.

Nothing here reads ``/work/shared`` at run time: the installed package is self-contained.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.errors import DataError

DATA_PACKAGE = "accord.news.data"
PHOENIX_FILE = "phoenix.json.gz"
CURATED_FILE = "curated.yaml"

Key = tuple[str, ...]


SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader on libyaml's parser when PyYAML was built with it (the same Python
objects as ``yaml.safe_load``, whose parser is pure Python: the curated gazetteer's 60 kB
took 0.155 against 0.025 CPU s, on the start-up path of every sharded ingest; tested equal in
tests/news/test_gazetteer_load.py)."""

# ----------------------------------------------------------------------------------------------
# Tokens
# ----------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[A-Za-z0-9\u00C0-\u024F]+(?:(?:-|['’](?!s\b))[A-Za-z0-9\u00C0-\u024F]+)*"  # words
    r"|['’]s\b"  # possessive
    r"|[^\sA-Za-z0-9\u00C0-\u024F]"  # punctuation
)

_ACCENTS = str.maketrans(
    "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿ’",
    "AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyy'",
)


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its character span and normalised key."""

    text: str
    start: int
    end: int
    key: str  # upper case, accents folded, curly apostrophes straightened


def normalise_word(word: str) -> str:
    """Upper case, accents folded (:data:`_ACCENTS`, which maps only non-ASCII characters:
    an ASCII word, nearly every word of English news, skips the translation, ten times the
    cost of the upper-casing)."""
    return word.upper() if word.isascii() else word.translate(_ACCENTS).upper()


def tokenize(text: str) -> list[Token]:
    """Split text into tokens, keeping character offsets (for trigger and quotation spans)."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        key = normalise_word(word)
        if key in ("US", "UN", "EU", "UK") and word.isupper():
            key = ".".join(key) + "."  # bare acronyms are looked up in their dotted form
        elif key == "U.K.":
            key = "U.K."
        tokens.append(Token(word, match.start(), match.end(), key))
    return tokens


def phrase_key(phrase: str) -> Key:
    """The lookup key of a dictionary phrase (``UNITED_NATIONS_`` or ``united nations``)."""
    words = re.split(r"[_\s]+", phrase.strip())
    # the dictionaries are in capitals, where "PEOPLE'S" reads as one word; in running text
    # "People's" is a word and a possessive, so a word with an apostrophe is split as in text
    return tuple(key for word in words if word for key in _word_keys(word))


@lru_cache(maxsize=1 << 16)
def _word_keys(word: str) -> tuple[str, ...]:
    """The keys of one word of a dictionary phrase (:func:`phrase_key`), memoised: building
    the gazetteer splits about 100,000 alias words, 34,000 of them distinct, and their
    tokenising was about half of its 0.7 CPU s, paid on the start-up path of every sharded
    ingest (docs/benchmarks-news.md, session 10)."""
    text = word.lower() if "'" in word or "’" in word else word
    return tuple(tok.key for tok in tokenize(text) if tok.key)


# ----------------------------------------------------------------------------------------------
# Records
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One spell in an office: country or organisation code, role, and dates (inclusive)."""

    code: str
    role: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    office: str | None = None

    def covers(self, when: dt.date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Entry:
    """What a phrase names: a country, an organisation, a person, a metonym for a government,
    or a bloc (a name for a fixed set of states)."""

    kind: str  # "country", "org", "person", "metonym", "group" (armed non-state group), "bloc"
    code: str
    name: str
    role: str | None = None
    terms: tuple[Term, ...] = ()
    org_class: str | None = None  # IGO / NGO for organisations (the PLOVER 0.5 gold classes)
    priority: int = 0  # curated entries outrank generated ones
    members: tuple[str, ...] = ()  # the states a bloc's name stands for ("E3"), kind "bloc"

    def as_of(self, when: dt.date | None) -> tuple[str, str | None, str | None]:
        """Code, role and office on a date: the term covering it, else the nearest one."""
        if not self.terms:
            return self.code, self.role, None
        covering = [t for t in self.terms if t.covers(when)]
        if covering:
            # prefer the most specific spell: one with an office and a start date
            best = max(covering, key=lambda t: (t.office is not None, t.start or dt.date.min))
            return best.code, best.role, best.office
        if when is None:
            last = self.terms[-1]
            return last.code, last.role, None
        # out of office on that date: keep the country, mark the person as an elite (ELI)
        nearest = min(
            self.terms,
            key=lambda t: min(
                abs(((t.start or dt.date.min) - when).days),
                abs(((t.end or dt.date.max) - when).days),
            ),
        )
        return nearest.code, "ELI" if nearest.role in ("GOV", "MIL") else nearest.role, None


@lru_cache(maxsize=1 << 14)
def _parse_date(text: str | None) -> dt.date | None:
    """A term's date as the dictionaries write it (Phoenix ``YYMMDD``, ``YYYYMMDD`` or ISO),
    None when empty or not a date; memoised, as the 57,000 dates of the people's terms
    repeat (a ``date`` is immutable)."""
    if text is None or text == "":
        return None
    text = str(text)
    if len(text) == 6:  # Phoenix YYMMDD; 1930-2029 window
        year = int(text[:2])
        year += 1900 if year >= 30 else 2000
        try:
            return dt.date(year, max(1, int(text[2:4])), max(1, int(text[4:6])))
        except ValueError:
            return None
    if len(text) == 8 and text.isdigit():
        try:
            return dt.date(int(text[:4]), max(1, int(text[4:6])), max(1, int(text[6:8])))
        except ValueError:
            return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------------
# Build step (reads the public dictionaries; never called at run time)
# ----------------------------------------------------------------------------------------------

_CODE_LINE = re.compile(r"\[([^\]]*)\]")


def _phoenix_entities(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Phrases and code strings of each entity in a Phoenix/PETRARCH actor dictionary."""
    phrases: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            codes += [c.strip() for c in _CODE_LINE.findall(stripped)]
            continue
        phrase, *rest = re.split(r"\s+\[", stripped, maxsplit=1)
        inline = _CODE_LINE.findall("[" + rest[0]) if rest else []
        if phrase.startswith("+"):
            phrases.append(phrase[1:])
        else:
            if codes:  # a root phrase after codes starts a new entity
                yield phrases, codes
                phrases, codes = [], []
            phrases.append(phrase)
        codes += [c.strip() for c in inline]
    if phrases and codes:
        yield phrases, codes


STATE_CODES: Mapping[str, str] = {
    # CAMEO-era codes for today's states -> their ISO 3166-1 alpha-3 codes, as NGEC
    # countries.csv (the country list) and the development gold write them
    "TMP": "TLS",  # East Timor: ISO TLS since 2002 (NGEC countries.csv, cow2iso.txt); gold s12
    "KSV": "XKX",  # Kosovo: Phoenix's "World Bank code-No ISO"; NGEC's XKX, as the EU and IMF
    "FRN": "FRA",  # France: FRNWLF (Wallis and Futuna) is the file's one FRN, FRA elsewhere
    # dependencies that Phoenix gives a block of their own, NGEC lists under their sovereign
    # (its "Nationality" column), as the gold codes Greenland and Greenlanders DNK
    "ABW": "NLD",  # Aruba
    "AIA": "GBR",  # Anguilla
    "BMU": "GBR",  # Bermuda
    "CYM": "GBR",  # the Cayman Islands
    "GGY": "GBR",  # Guernsey
    # states of the past, by the state whose territory they are now: the conventions keep
    # no historic code (docs/event-coding.md, "State codes")
    "DDR": "DEU",  # the GDR, in Germany since 1990-10-03 (Phoenix's own LEIPZIG_ block)
    "KRJ": "HRV",  # the Republic of Serbian Krajina (1991-1995), in Croatia
    "SRP": "BIH",  # Republika Srpska, an entity of Bosnia and Herzegovina (Phoenix BIHSRP)
}
"""The state codes of the PETRARCH2 Phoenix dictionaries (CAMEO era, 2014) that are not codes
of the country list, mapped where the build reads a code (:func:`_split_code`,
:func:`_block_state`, :func:`build_groups`): one place, one code (session 21, s21-codes; the
audit is in docs/validation-events/session-21-codes.md)."""


def state_code(code: str) -> str:
    """The country list's code for a dictionary's state code (:data:`STATE_CODES`)."""
    return STATE_CODES.get(code, code)


def _split_code(code: str) -> tuple[str, str | None, str | None, str | None]:
    """``RUSGOV 991231-080507`` -> ("RUS", "GOV", start, end); a state inside a state
    (``SCGSRB``, ``YUGKSV``) keeps both, each by the country list's code (:func:`state_code`)."""
    parts = code.split()
    head = parts[0] if parts else ""
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = span[1:]
        elif span.startswith("<"):
            end = span[1:]
        elif "-" in span:
            start, end = span.split("-", 1)
    country = state_code(head[:3])
    role = state_code(head[3:6]) or None
    return country, role, start, end


def _block_state(codes: Sequence[str]) -> str | None:
    """The state a block of the Phoenix country dictionary names, None for a person or body.

    A block names a state when its one code is a bare state code (``AFGHANISTAN_ [AFG]``), or
    when its latest spell is one, open to the present: a state whose code changed, written
    as a history (``SOUTH_SUDAN``: SDNSSD to 2005, SDNSSDAUT to 2011, SSD since; Timor-Leste,
    Kosovo, Eritrea, the Soviet and Yugoslav successor states). Such a block was read as a
    person with dated terms, so South Sudan had no country entry (session 21, s21-codes).
    """
    if not codes:
        return None
    state, sector, start, end = _split_code(codes[-1])
    if sector is not None or not re.fullmatch(r"[A-Z]{3}", state):
        return None
    if len(codes) == 1:
        return state if len(codes[0].split()[0]) == 3 else None
    return state if start is not None and end is None else None


def _phrase(text: str) -> str:
    return " ".join(phrase_key(text))


_DEMONYM_END = re.compile(r"(?:AN|ANS|ER|ERS|ESE|ISH)$")


def build_countries(reference: Path) -> list[dict[str, Any]]:
    """Countries with names, demonyms and aliases (capitals included) by ISO3 code.

    NGEC rows with a six-letter code (``UKRPRE`` for the Donetsk People's Republic, ``GEOPRE``
    for South Ossetia) are unrecognised states inside a country: each keeps its own entry,
    under the country's code with the sector (``role``) PRE, as the NGEC codes them.
    """
    out: dict[str, dict[str, Any]] = {}
    with (reference / "ngec" / "countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            cca3 = row["CCA3"].strip()
            names = {_phrase(row["Name"])}
            demonyms = {_phrase(d) for d in row["Nationality"].split(",") if d.strip()}
            # the column also holds names ("Ivory Coast", "Czech Republic", "DR Congo", "Puerto
            # Rico"): a phrase of several words whose last is not an adjective or a people's
            # noun (-an, -er, -ese, -ish) names a place, as strongly as the country's name
            places = {d for d in demonyms if len(d.split()) > 1 and not _DEMONYM_END.search(d)}
            names |= places
            demonyms -= places
            entry: dict[str, Any] = {
                "code": cca3[:3],
                "name": row["Name"].strip(),
                "aliases": names,
                "demonyms": demonyms,
            }
            if len(cca3) == 6:
                # its "nationality" column holds other names ("Republic of Artsakh"), or the
                # region's own name ("Donetsk"), which stays the country's (Phoenix lists it)
                own = _phrase(row["Name"]).split()
                entry["role"] = cca3[3:]
                entry["aliases"] = names | {d for d in demonyms if d.split() != own[:1]}
                entry["demonyms"] = set()
            out[cca3 if len(cca3) == 3 else row["Name"].strip()] = entry
    path = reference / "petrarch" / "Phoenix.Countries.actors.txt"
    for phrases, codes in _phoenix_entities(path):
        code = _block_state(codes)
        if code is not None:
            entry = out.setdefault(
                code,
                {
                    "code": code,
                    "name": phrases[0].strip("_").replace("_", " ").title(),
                    "aliases": set(),
                    "demonyms": set(),
                },
            )
            entry["aliases"] |= {_phrase(p) for p in phrases if _phrase(p)}
    return [
        {**v, "aliases": sorted(v["aliases"] - {""}), "demonyms": sorted(v["demonyms"] - {""})}
        for v in out.values()
    ]


def build_people(reference: Path) -> list[dict[str, Any]]:
    """Named people with dated spells (code, role, start, end) from the Phoenix dictionary."""
    people = []
    path = reference / "petrarch" / "Phoenix.Countries.actors.txt"
    for phrases, codes in _phoenix_entities(path):
        if _block_state(codes) is not None:
            continue  # a country block
        terms = []
        for code in codes:
            country, role, start, end = _split_code(code)
            if not re.fullmatch(r"[A-Z]{3}", country):
                continue
            terms.append([country, role, start, end])
        if not terms:
            continue
        aliases = sorted({_phrase(p) for p in phrases if _phrase(p)})
        name = phrases[0].strip("_ ").replace("_", " ").title()
        people.append({"name": name, "aliases": aliases, "terms": terms})
    return people


def build_orgs(reference: Path) -> list[dict[str, Any]]:
    """Intergovernmental and non-governmental organisations (classes IGO, NGO)."""
    orgs = []
    path = reference / "petrarch" / "Phoenix.International.actors.txt"
    for phrases, codes in _phoenix_entities(path):
        head = codes[0].split()[0] if codes else ""
        klass = head[:3]
        if klass not in ("IGO", "NGO"):
            continue
        aliases = sorted({_phrase(p) for p in phrases if _phrase(p)})
        name = phrases[0].strip("_ ").replace("_", " ").title()
        orgs.append({"name": name, "aliases": aliases, "class": klass, "code": head[:6]})
    return orgs


# Words that make up many group names: a name made only of these ("National Front", "Islamic
# Jihad", "Red Line", "Youth") is too generic to identify one group in news text.
_GENERIC_NAMES = """
    THE OF AND FOR IN NATIONAL REVOLUTIONARY POPULAR ISLAMIC ISLAMIYA RED BLACK WHITE GREEN
    NEW DIRECT ACTION FRONT ARMY ARMED GROUP GROUPS ORDER FOUNDATION RESISTANCE JIHAD COMMUNITY
    LINE STAR MAY JUNE JULY NOVEMBER SEPTEMBER OCTOBER STRUGGLE FACTION SOLIDARITY LEFT LEFTIST
    RIGHT PATH NUCLEI NUCLEUS CELLS CELL BRIGADE BRIGADES WARRIORS AVENGERS COUNCIL MOVEMENT
    PARTY UNION LEAGUE ORGANIZATION ORGANISATION COMMITTEE INTERNATIONAL PEOPLE PEOPLES WAR
    YOUTH YOUTHS LIBERATION FREEDOM FIGHTERS FORCE FORCES UNITED DEMOCRATIC SOCIALIST SOCIALISTS
    COMMUNIST PATRIOTIC PATRIOTS MILITIA SQUAD SQUADS BATTALION BATTALIONS REGIMENTS ALLIANCE
    COMMANDOS COMMANDO GUERRILLAS GUERRILLA REBELS ANARCHIST ANARCHISTS ANTI STATE WORKERS
    PROLETARIAN SECRET HOLY SACRED ARAB MUSLIM CHRISTIAN JEWISH AL"""
_GENERIC_GROUP_WORDS = frozenset(_GENERIC_NAMES.split())


def _foreign_demonym(words: str, code: str, demonyms: Mapping[str, str]) -> bool:
    """Whether a group name opens with the demonym of a state other than its code.

    Phoenix codes a group by where it acted in the 1970s-2000s: "Palestinian Resistance" is
    FRAREB, "Syrian Mujahideen" BELREB, "Croatian Freedom Fighters" USAREB. In news of today
    such a phrase names that people's fighters ("Palestinian resistance movement, Hamas"), so
    the phrase is left to be read word by word (demonym, then agent word) rather than as the
    dictionary's group (session 8, s8-actors). International groups (IMG) keep their names:
    "Japanese Red Army" is an IMG in the PLOVER gold files.
    """
    if code == "IMG":
        return False
    first = words.split()
    for n in (2, 1):
        state = demonyms.get(" ".join(first[:n]))
        if state is not None:
            return state != code
    return False


def build_groups(
    reference: Path, countries: set[str], demonyms: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Armed and militant non-state groups from ``Phoenix.MilNonState.actors.txt``.

    The code is the group's country when the dictionary gives an ISO3 country, or "IMG" for
    international militant groups (as in the PLOVER gold files); groups with a regional code
    only (MEA, SAS, KKL...) are left out, since their country cannot be told from the name.
    Parenthesised acronyms are dropped from the phrases ("LIBERATION TIGERS OF TAMIL EELAM"),
    and so are names made only of generic words ("National Front") and names that open with
    another state's demonym (:func:`_foreign_demonym`; ``demonyms`` maps each demonym phrase
    to its state).
    """
    groups = []
    path = reference / "petrarch" / "Phoenix.MilNonState.actors.txt"
    for phrases, codes in _phoenix_entities(path):
        head = codes[0].split()[0] if codes else ""
        place, role = state_code(head[:3]), head[3:6] or "REB"
        code = place if place in countries or place == "IMG" else ""
        if not code:
            continue
        aliases = set()
        for phrase in phrases:
            plain = re.sub(r"\([^)]*\)", " ", phrase)
            words = _phrase(plain)
            if (
                len(words) > 3
                and not all(
                    w in _GENERIC_GROUP_WORDS or w.isdigit() or len(w) <= 2 for w in words.split()
                )
                and not _foreign_demonym(words, code, demonyms or {})
            ):
                aliases.add(words)
        if aliases:
            name = re.sub(r"\([^)]*\)", " ", phrases[0]).strip("_ ").replace("_", " ").title()
            groups.append(
                {
                    "name": " ".join(name.split()),
                    "aliases": sorted(aliases),
                    "code": code,
                    "role": role,
                }
            )
    return groups


_PLURAL_SUBS = {
    "!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
    "!MINIST!": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"],
}


def _plural(word: str) -> str:
    if word.endswith("Y") and len(word) > 2 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X", "Z")):
        return word + "ES"
    return word + "S"


def build_agents(reference: Path) -> dict[str, str]:
    """Agent words (``officials``, ``troops``, ``rebels``...) and their PLOVER/CAMEO role."""
    agents: dict[str, str] = {}
    path = reference / "ngec" / "PLOVER_agents.txt"
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not match:
            continue
        phrase, irregular, role = match.group(1).strip(), match.group(2), match.group(3)[:3]
        variants = [phrase]
        for sub, words in _PLURAL_SUBS.items():
            if sub in phrase:
                variants = [phrase.replace(sub, w) for w in words]
        for variant in variants:
            words = [w for w in variant.split("_") if w]
            if not words:
                continue
            agents[" ".join(words)] = role
            plural = [*words[:-1], _plural(words[-1])]
            agents.setdefault(" ".join(plural), role)
        if irregular:
            for form in irregular.strip("{}").split():
                agents.setdefault(" ".join(w for w in form.split("_") if w), role)
    return agents


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line[1:].strip().rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current is not None:
            sets[current].append(line[1:].strip())
        elif not line:
            continue
        else:
            current = None
    return sets


def _pattern_elements(text: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    """A pattern side as a list of elements, each a list of alternative single words."""
    elements: list[list[str]] = []
    for word in re.findall(r"&?[A-Z0-9'.\-]+_?", text.upper()):
        if word.startswith("&"):
            members = synsets.get(word[1:].rstrip("_"), [])
            alts = sorted({m.strip("_").split("_")[0] for m in members if m.strip("_")})
            if alts:
                elements.append(alts)
        else:
            word = word.rstrip("_")
            if word in ("$", "+", "%", "*") or not word:
                continue
            elements.append([word])
    return elements


_IRREGULAR = re.compile(r"\{([^}]*)\}")


def _inflect(head: str) -> set[str]:
    """Regular inflections of a verb head: base, -s, -ed, -ing (with the usual spelling rules)."""
    forms = {head}
    if head.endswith("E"):
        forms |= {head + "S", head + "D", head[:-1] + "ING"}
    elif head.endswith("Y") and len(head) > 2 and head[-2] not in "AEIOU":
        forms |= {head[:-1] + "IES", head[:-1] + "IED", head + "ING"}
    elif head.endswith(("S", "SH", "CH", "X", "Z")):
        forms |= {head + "ES", head + "ED", head + "ING"}
    else:
        forms |= {head + "S", head + "ED", head + "ING"}
        if re.search(r"[^AEIOU][AEIOU][BDGLMNPRT]$", head) and len(head) <= 5:
            forms |= {head + head[-1] + "ED", head + head[-1] + "ING"}
    return forms


def _verb_line(line: str) -> tuple[str, list[str], str] | None:
    """Base, inflected forms and own code of a verb line of CAMEO.2.0.txt.

    ``SPEED {SPEEDING SPEEDS SPED }`` lists irregular forms; ``DYNAMITE [193]`` has a code of
    its own (else the block's); ``+BLOW_UP {+BLEW_UP ...}`` is a verb with a particle, whose
    forms inflect the first word and keep the rest ("blew up").
    """
    line = line.split("#", 1)[0].strip()
    code_match = re.search(r"\[([^\]]*)\]", line)
    own = code_match.group(1).split(":")[0].strip() if code_match else ""
    irregular = _IRREGULAR.search(line)
    base = _IRREGULAR.sub("", line).strip()
    base = re.split(r"\s*\[", base)[0].strip().lstrip("+")
    if not base or not re.fullmatch(r"[A-Z_'\-]+", base):
        return None
    words = [w for w in base.split("_") if w]
    head, tail = words[0], words[1:]
    forms: set[str] = set()
    if irregular:
        for form in irregular.group(1).split():
            parts = [w for w in form.lstrip("+").split("_") if w]
            if parts:
                forms.add(" ".join(parts if len(parts) > 1 else [parts[0], *tail]))
        forms.add(" ".join(words))
        if not tail:
            forms |= _inflect(head) if not irregular.group(1).strip() else set()
    else:
        forms = {" ".join([f, *tail]) for f in _inflect(head)}
    return " ".join(words), sorted(forms), own


def _verb_forms(line: str) -> list[str]:
    """All inflected forms of a verb line such as ``SPEED {SPEEDING SPEEDS SPED }``."""
    parsed = _verb_line(line)
    return parsed[1] if parsed else []


def build_verbs(reference: Path) -> list[dict[str, Any]]:
    """CAMEO verb blocks: default code, verbs (base, forms, own code) and patterns.

    A pattern keeps the verb it was written for (the dictionary's trailing comment, "# TAKE"):
    PETRARCH applies every pattern of a block to all its verbs, but an idiom of one verb
    ("take part") is not an idiom of its synonyms ("capture part"), see
    :func:`accord.news.coding.lexicon`.
    """
    lines = (
        (reference / "petrarch" / "CAMEO.2.0.txt")
        .read_text(encoding="utf-8", errors="replace")
        .splitlines()
    )
    try:
        start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    except StopIteration as exc:  # pragma: no cover - malformed reference
        raise DataError("CAMEO.2.0.txt: no VERB PATTERNS section") from exc
    synsets = _synsets(lines[:start])
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for raw in lines[start + 1 :]:
        line = raw.rstrip()
        if line.startswith("---"):
            match = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if match:
                block = {
                    "name": match.group(1),
                    "code": match.group(2).split(":")[0],
                    "forms": [],
                    "verbs": [],
                    "patterns": [],
                }
                blocks.append(block)
            continue
        if block is None or not line.strip() or line.lstrip().startswith(("#", "~")):
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            match = re.search(r"\[([^\]]*)\]", body)
            if not match or "*" not in body:
                continue
            code = match.group(1).split(":")[0].strip()
            before, after = body[: match.start()].split("*", 1)
            origin = re.match(r"\s*\+?([A-Z][A-Z_'\-]*)", comment)
            block["patterns"].append(
                {
                    "pre": _pattern_elements(before, synsets),
                    "post": _pattern_elements(after, synsets),
                    "code": code,
                    "verb": origin.group(1).replace("_", " ") if origin else "",
                }
            )
        else:
            parsed = _verb_line(line)
            if parsed:
                base, forms, own = parsed
                block["verbs"].append({"base": base, "forms": forms, "code": own})
                block["forms"] += forms
    return [b for b in blocks if b["forms"]]


def build_cameo_plover(reference: Path) -> dict[str, list[str]]:
    """CAMEO code -> [PLOVER type, mode] from the OEDA CAMEO2PLOVER table."""
    table: dict[str, list[str]] = {}
    text = (reference / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if match:
            mode = (match.group(3) or "").strip()
            table.setdefault(match.group(1), [match.group(2), mode])
    return table


def build(reference: Path, out_dir: Path) -> Path:
    """Write ``phoenix.json.gz`` from the public dictionaries under ``reference``."""
    countries = build_countries(reference)
    data = {
        "about": "Generated by accord.news.gazetteer.build from NGEC countries.csv and "
        "PLOVER_agents.txt (MIT), PETRARCH2 Phoenix dictionaries and CAMEO.2.0.txt (MIT), and "
        "the OEDA CAMEO2PLOVER-2021 table (CC BY-SA 4.0); groups from Phoenix.MilNonState.",
        "countries": countries,
        "groups": build_groups(
            reference,
            {c["code"] for c in countries},
            {d: c["code"] for c in countries for d in c["demonyms"]},
        ),
        "people": build_people(reference),
        "orgs": build_orgs(reference),
        "agents": build_agents(reference),
        "verbs": build_verbs(reference),
        "cameo_plover": build_cameo_plover(reference),
    }
    path = out_dir / PHOENIX_FILE
    payload = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
    tmp = path.with_suffix(".tmp")
    with gzip.GzipFile(tmp, "wb", mtime=0) as handle:
        handle.write(payload)
    tmp.replace(path)
    return path


# ----------------------------------------------------------------------------------------------
# Run time
# ----------------------------------------------------------------------------------------------


def _read_data(name: str) -> bytes:
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_bytes()
    except (FileNotFoundError, OSError) as exc:
        raise DataError(f"accord/news/data/{name}: packaged data file is missing") from exc


@lru_cache(maxsize=1)
def load_raw() -> dict[str, Any]:
    """Generated and curated data, parsed once per process."""
    generated = json.loads(gzip.decompress(_read_data(PHOENIX_FILE)))
    try:
        curated = yaml.load(_read_data(CURATED_FILE), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise DataError(f"accord/news/data/{CURATED_FILE}: not valid YAML: {exc}") from exc
    if not isinstance(curated, dict):
        raise DataError(f"accord/news/data/{CURATED_FILE}: expected a mapping at the top level")
    return {"generated": generated, "curated": curated}


def prefix_set(keys: Iterable[Key], max_len: int) -> frozenset[Key]:
    """Every leading part, up to ``max_len`` words, of every key of a phrase table."""
    return frozenset(key[:n] for key in keys for n in range(1, min(len(key), max_len) + 1))


def longest_prefix(tokens: Sequence[Token], i: int, prefixes: frozenset[Key], top: int) -> int:
    """How many words from token ``i`` (at most ``top``) are still a prefix of some key: a
    longest-match loop need try no longer phrase (same matches, far fewer tuples built)."""
    top = min(top, len(tokens) - i)
    n = 0
    key: Key = ()
    while n < top:
        key = (*key, tokens[i + n].key)  # one word longer each step, not rebuilt
        if key not in prefixes:
            break
        n += 1
    return n


@dataclass
class Gazetteer:
    """Phrase tables for actor look-up, keyed by token tuples."""

    names: dict[Key, list[Entry]]
    demonyms: dict[Key, str]
    agents: dict[Key, str]
    titles: dict[Key, str]  # words naming an office -> office id ("president")
    holders: dict[tuple[str, str], list[tuple[str, Term]]]  # (code, office) -> (name, term)
    org_classes: dict[str, str]
    max_len: int
    prefixes: frozenset[Key] = field(init=False, repr=False, compare=False)
    """Every leading part (up to ``max_len`` words) of every phrase of the four tables: a
    phrase of n words can start at a token only if its first n - 1 words are a prefix, so
    :meth:`lookup` tries only the lengths this set allows (same result, far fewer tuples)."""

    def __post_init__(self) -> None:
        keys = (*self.names, *self.demonyms, *self.agents, *self.titles)
        self.prefixes = prefix_set(keys, self.max_len)

    def lookup(self, tokens: list[Token], i: int) -> tuple[int, str, Any] | None:
        """The longest phrase starting at token ``i``: (length, table, value)."""
        best: tuple[int, str, Any] | None = None
        for n in range(longest_prefix(tokens, i, self.prefixes, self.max_len), 0, -1):
            key = tuple(t.key for t in tokens[i : i + n])
            first = tokens[i].text
            for table, store in (("name", self.names), ("demonym", self.demonyms)):
                if key in store and (first[:1].isupper() or _ARTICLE_NAME.match(first)):
                    short = n == 1 and len(first) <= 3 and not first.isupper() and "." not in first
                    if short and not _short_surname(first, store[key]):
                        continue  # short words must be acronyms in capitals
                    return n, table, store[key]
            if best is None:
                if key in self.titles:
                    best = (n, "title", self.titles[key])
                elif key in self.agents:
                    best = (n, "agent", self.agents[key])
        return best

    def office_holder(
        self, code: str, office: str, when: dt.date | None
    ) -> tuple[str, Term] | None:
        for name, term in self.holders.get((code, office), []):
            if term.covers(when):
                return name, term
        return None


# Arabic names and places written with the article in lower case and a hyphen ("al-Busaidi",
# "al-Burhan", "el-Fasher", "ash-Sham"): the capital after the hyphen starts the name, as the
# gazetteer's own spellings with a capital do ("Al-Busaidi"); session 15, s15-names2
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")


def _short_surname(word: str, value: Any) -> bool:
    """Whether a capitalised word of three letters is a surname the curated layer lists as a
    person's alias ("Hun" for Cambodia's Hun Manet: "Prime Minister Hun", "Hun said"), an
    exception to the rule that a short word names something only as an acronym in capitals
    (session 15, s15-names). Two-letter aliases ("Xi") stay as before."""
    return (
        len(word) == 3
        and word[0].isupper()
        and word[1:].islower()
        and isinstance(value, list)
        and bool(value)
        and value[0].kind == "person"
        and value[0].priority >= 2
    )


def _add(store: dict[Key, list[Entry]], phrase: str, entry: Entry) -> None:
    key = phrase_key(phrase)
    if len(key) > 1 and key[0] == "THE":
        key = key[1:]  # "the Kremlin" and "Kremlin" are one entry; priorities then compare
    if not key:
        return
    existing = store.setdefault(key, [])
    if existing and existing[0].priority > entry.priority:
        return
    if existing and existing[0].priority < entry.priority:
        existing.clear()
    existing.append(entry)


# CAMEO codes for actors that are not states: international militant groups,
# intergovernmental and non-governmental organisations, multinational companies
_NON_STATE = frozenset({"IMG", "IGO", "NGO", "MNC"})

_STOP_ALIASES = {"THE", "A", "AN", "OF", "AND", "IN", "ON", "TO", "FOR", "SAID", "WILL", "MAY"}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of the installed package (cached): the shipped, prebuilt one
    (:mod:`accord.news.tables`) when it was built from the present sources, else built."""
    from accord.news.tables import shipped

    tables = shipped()
    return build_gazetteer() if tables is None else tables.gazetteer


def build_gazetteer() -> Gazetteer:
    """The gazetteer, built from the package's data files (:func:`load_raw`)."""
    raw = load_raw()
    gen, cur = raw["generated"], raw["curated"]
    names: dict[Key, list[Entry]] = {}
    demonyms: dict[Key, str] = {}
    all_demonyms = {d for c in gen["countries"] for d in c["demonyms"]}
    all_demonyms |= {
        " ".join(phrase_key(d)) for c in cur.get("countries", []) for d in c.get("demonyms", [])
    }
    for country in gen["countries"]:
        entry = Entry("country", country["code"], country["name"], country.get("role"))
        for alias in country["aliases"]:
            if alias not in _STOP_ALIASES and alias not in all_demonyms:
                _add(names, alias, entry)
        for dem in country["demonyms"]:
            if dem not in _STOP_ALIASES:
                demonyms[phrase_key(dem)] = country["code"]
    org_classes: dict[str, str] = {}
    for org in gen["orgs"]:
        entry = Entry("org", org["class"], org["name"], org_class=org["class"])
        for alias in org["aliases"]:
            if len(alias) > 2 and alias not in _STOP_ALIASES:
                _add(names, alias, entry)
    for group in gen.get("groups", []):
        entry = Entry("group", group["code"], group["name"], group["role"])
        for alias in group["aliases"]:
            if alias not in _STOP_ALIASES:
                _add(names, alias, entry)
    codes = {country["code"] for country in gen["countries"]}
    for person in gen["people"]:
        # a Phoenix code such as SCGSRB or YUGHRV names a state inside another (Serbia in
        # Serbia and Montenegro): the gold standard codes the inner state (SRB, HRV); after a
        # non-state code the letters are a sector, not a state (IMGMUSISI, the Islamic State,
        # is a Muslim militant group, not Mauritius; IGOEUR is the EU, not a state)
        terms = tuple(
            Term(r, None, _parse_date(s), _parse_date(e))
            if r in codes and c not in _NON_STATE
            else Term(c, r, _parse_date(s), _parse_date(e))
            for c, r, s, e in person["terms"]
        )
        entry = Entry("person", terms[0].code, person["name"], terms[0].role, terms)
        for alias in person["aliases"]:
            if alias not in _STOP_ALIASES and len(alias) > 2:
                _add(names, alias, entry)
    # curated layer ----------------------------------------------------------------------
    for item in cur.get("countries", []):
        entry = Entry("country", item["code"], item["name"], priority=1)
        for alias in item.get("aliases", []):
            _add(names, alias, entry)
        for dem in item.get("demonyms", []):
            demonyms[phrase_key(dem)] = item["code"]
    for item in cur.get("orgs", []):
        entry = Entry(
            "org",
            item["code"],
            item["name"],
            item.get("role"),
            org_class=item.get("class", "IGO"),
            priority=2,
        )
        org_classes[item["code"]] = item.get("class", "IGO")
        for alias in [item["name"], *item.get("aliases", [])]:
            _add(names, alias, entry)
    for item in cur.get("groups", []):
        entry = Entry("group", item["code"], item["name"], item.get("role"), priority=2)
        for alias in item["aliases"]:
            _add(names, alias, entry)
    for item in cur.get("blocs", []):
        members = tuple(item["members"])
        entry = Entry("bloc", members[0], item["name"], priority=2, members=members)
        for alias in item["aliases"]:
            _add(names, alias, entry)
    for item in cur.get("metonyms", []):
        entry = Entry("metonym", item["code"], item["name"], item.get("role"), priority=2)
        for alias in item["aliases"]:
            _add(names, alias, entry)
    holders: dict[tuple[str, str], list[tuple[str, Term]]] = {}
    for person in cur.get("people", []):
        terms = tuple(
            Term(
                t["code"],
                t.get("role", "GOV"),
                _parse_date(t.get("start")),
                _parse_date(t.get("end")),
                t.get("office"),
            )
            for t in person["terms"]
        )
        entry = Entry("person", terms[-1].code, person["name"], terms[-1].role, terms, priority=2)
        for alias in [person["name"], *person.get("aliases", [])]:
            _add(names, alias, entry)
        for term in terms:
            if term.office:
                holders.setdefault((term.code, term.office), []).append((person["name"], term))
    # plurals the source lists lack ("Kenyans"): one-word demonyms in -an / -i take an -s
    for key, code in list(demonyms.items()):
        if len(key) == 1 and key[0].endswith(("AN", "I")) and "." not in key[0]:
            plural = (key[0] + "S",)
            if plural not in demonyms and plural not in names:
                demonyms[plural] = code
    titles = {phrase_key(k): v for k, v in cur.get("titles", {}).items()}
    agents = {phrase_key(k): v for k, v in gen["agents"].items()}
    agents.update({phrase_key(k): v for k, v in cur.get("agents", {}).items()})
    for word in cur.get("not_agents", []):
        agents.pop(phrase_key(word), None)
    max_len = max(len(k) for k in [*names, *demonyms, *agents, *titles])
    return Gazetteer(names, demonyms, agents, titles, holders, org_classes, min(max_len, 8))


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m accord.news.gazetteer SHARED_REFERENCE_DIR", file=sys.stderr)
        return 2
    out = Path(__file__).parent / "data"
    out.mkdir(exist_ok=True)
    path = build(Path(args[0]), out)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
