"""Actor mentions in a sentence, resolved to codes, roles and names as of the article's date.

A mention is a run of adjacent gazetteer matches ("Russian President Vladimir Putin", "the
French president", "Ukrainian officials", "the Kremlin"), possibly joined by a possessive or an
adjective such as "new" or "former". Its code comes from the most specific part (a person, then
an organisation or metonym, then a country or demonym); its role from the person's spell in
office on the date, else from an agent or title word. A title with a country and no name
("the French president") resolves to whoever held that office on the date. Mentions joined only
by "and" or commas form a compound actor, which PLOVER codes as several actors of one event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from accord.news.gazetteer import Entry, Gazetteer, Token, load, phrase_key
from accord.news.types import ActorRef

_FILLERS = {
    "NEW",
    "FORMER",
    "TOP",
    "SENIOR",
    "CHIEF",
    "DEPUTY",
    "ACTING",
    "INTERIM",
    "VISITING",
    "THEN",
    "OUSTED",
    "OUTGOING",
    "INCOMING",
    "EX",
    "'S",
    "CARETAKER",
    "HARDLINE",
    "MODERATE",
    "OWN",
    "EXILED",
}
_JOINERS = {"AND", ",", "&"}
_NOT_MODIFIERS = {
    "AND",
    "OR",
    "BUT",
    "THE",
    "A",
    "AN",
    "OF",
    "TO",
    "IN",
    "ON",
    "AT",
    "BY",
    "FOR",
    "WITH",
    "FROM",
    "SAID",
    "SAYS",
    "HAS",
    "HAVE",
    "HAD",
    "IS",
    "ARE",
    "WAS",
    "WERE",
    "WILL",
    "WOULD",
    "AGAINST",
    "AS",
    "THAT",
    "WHO",
    "WHICH",
    "ITS",
    "THEIR",
}
_PREPOSITIONS = {
    "AT",
    "IN",
    "ON",
    "WITH",
    "FROM",
    "TO",
    "BY",
    "FOR",
    "AFTER",
    "BEFORE",
    "DURING",
    "UNDER",
    "OVER",
    "AGAINST",
    "BETWEEN",
    "AMONG",
    "OF",
}
_GOV_TITLES = {
    "president",
    "prime_minister",
    "chancellor",
    "foreign_minister",
    "defence_minister",
    "vice_president",
    "security_adviser",
    "envoy",
    "head_of_state",
    "crown_prince",
    "leader",
    "ambassador",
    "spokesperson",
    "high_representative",
    "secretary_general",
}


@dataclass
class Mention:
    """One resolved actor mention with its token span [start, end)."""

    start: int
    end: int
    actor: ActorRef
    strong: bool = True  # False for a bare adjective ("Russian aggression")
    group: int = -1  # compound group id
    bare: bool = False  # an agent word with no country of its own ("rebels", "refugees")
    place: bool = False  # names a location only ("the Chad border", "the embassy in Washington")


@dataclass
class _Parts:
    entries: list[Entry] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    demonym_only: bool = True


def _role(parts: _Parts) -> str | None:
    """The role a phrase's agent or title word gives ("officials", "foreign minister")."""
    role = parts.agents[-1] if parts.agents else None
    if parts.titles and role is None:
        role = "GOV" if parts.titles[-1] in _GOV_TITLES else None
    return role


def _resolve(parts: _Parts, text: str, gaz: Gazetteer, when: dt.date | None) -> ActorRef | None:
    role = _role(parts)
    people = [e for e in parts.entries if e.kind == "person"]
    if people:
        person = max(people, key=lambda e: e.priority)
        code, prole, _office = person.as_of(when)
        return ActorRef(code, prole or role, person.name, text)
    groups = [e for e in parts.entries if e.kind == "group"]
    if groups:
        group = max(groups, key=lambda e: e.priority)
        code = group.code or next(
            (e.code for e in parts.entries if e.kind == "country"),
            parts.countries[0] if parts.countries else "",
        )
        return ActorRef(code, group.role, group.name, text)
    orgs = [e for e in parts.entries if e.kind in ("org", "metonym")]
    named = [e.code for e in parts.entries if e.kind == "country"] + parts.countries
    if orgs and named and all(e.kind == "metonym" and e.code != named[0] for e in orgs):
        # "the Brazilian Congress": an institution word under a named state belongs to it
        return ActorRef(named[0], role or orgs[0].role, None, text)
    if orgs:
        org = max(orgs, key=lambda e: e.priority)
        if org.kind == "org" and parts.titles:
            holder = gaz.office_holder(org.code, parts.titles[-1], when)
            if holder:
                return ActorRef(org.code, holder[1].role, holder[0], text)
        return ActorRef(org.code, role or org.role, org.name, text)
    countries = [e.code for e in parts.entries if e.kind == "country"] + parts.countries
    if countries:
        code = countries[0]
        # an unrecognised state inside a country (NGEC UKRPRE: the Donetsk People's Republic)
        role = role or next((e.role for e in parts.entries if e.kind == "country"), None)
        name = None
        if parts.titles:
            holder = gaz.office_holder(code, parts.titles[-1], when)
            if holder:
                name = holder[0]
                role = holder[1].role or role
        return ActorRef(code, role, name, text)
    return None


_LOCATIVE = {"IN", "OF", "FROM", "INSIDE", "ACROSS", "NEAR"}
_BORDER_WORDS = {"BORDER", "BORDERS", "FRONTIER", "FRONTIERS", "BORDERLAND", "BORDERLANDS"}
# words that may follow a group noun used as a noun ("rebels have", "police said", "troops in")
_AFTER_NOUN = (
    _PREPOSITIONS
    | _JOINERS
    | {
        "HAVE",
        "HAS",
        "HAD",
        "ARE",
        "IS",
        "WAS",
        "WERE",
        "WILL",
        "WOULD",
        "CAN",
        "COULD",
        "MAY",
        "MUST",
        "SHOULD",
        "DID",
        "DO",
        "DOES",
        "WHO",
        "THAT",
        "WHICH",
        "SAID",
        "SAY",
        "SAYS",
        "AS",
        "OR",
        "BUT",
        "THEN",
        "ALSO",
        "NOT",
        "INTO",
        "NEAR",
        "OUTSIDE",
        "INSIDE",
        "ACROSS",
        "LOYAL",
        "LED",
    }
)


# endings of singular words that end in "s" ("press", "apparatus", "crisis"): not plurals
_SINGULAR_S = ("SS", "US", "IS")


def _plural(token: Token) -> bool:
    """Whether a word has the English plural ending ("forces", "jets", "authorities")."""
    return token.key.endswith("S") and not token.key.endswith(_SINGULAR_S)


def _modifier(tokens: list[Token], end: int) -> bool:
    """Whether a group word is used as a modifier of the noun after it ("military aid",
    "intelligence sharing"), judged by the next word: a lower-case word that is neither a
    function word nor a past form ("-ed"). A plural group word is no modifier (an English
    compound's modifier is singular: "troop movements", "police officers"), so "its jets
    struck", "protesters set fire", "authorities extend bans" make the group word the verb's
    subject (session 25, s25-nlpfix)."""
    if end >= len(tokens) or _plural(tokens[end - 1]):
        return False
    nxt = tokens[end]
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    return nxt.key not in _AFTER_NOUN and not nxt.key.endswith("ED") and not nxt.key.endswith("LY")


def _locate(mention: Mention, mentions: list[Mention], tokens: list[Token]) -> str:
    """The country of a bare agent or ethnic group from its location phrase ("rebels in the
    Ivory Coast", "ethnic Albanians in south Serbia"): the first country-coded mention that
    follows it after "in"/"of"/"from" within four words; else ""."""
    for other in mentions:
        if other.start < mention.end or other.bare or not other.actor.code:
            continue
        if other.end < len(tokens) and tokens[other.end].key in _BORDER_WORDS:
            return ""  # "near the Chad border" says where, not whose
        gap = [t.key for t in tokens[mention.end : other.start]]
        if 0 < len(gap) <= 6 and "," not in gap:
            near = gap[-2:] if gap[-1] == "THE" and len(gap) > 1 else gap[-1:]
            if near[0] in _LOCATIVE or (gap[0] in _LOCATIVE and len(gap) <= 3):
                return other.actor.code
        break
    return ""


# the US Congress's names that carry no US word (curated.yaml: "Congress", "Senate", "House
# of Representatives"); most states have a body of one of these names (the Congress of Peru,
# the Senate of the Philippines, Madagascar's Senate)
_BARE_LEGISLATURES = frozenset({("CONGRESS",), ("SENATE",), ("HOUSE", "OF", "REPRESENTATIVES")})


def _legislature(mentions: list[Mention], tokens: list[Token]) -> None:
    """Give a bare "Congress" / "Senate" the state of its own location phrase ("the Senate of
    the Philippines", "Congress in Lima"), read as for an agent word (:func:`_locate`); with
    none it stays the US Congress (session 8, s8-actors). A state named elsewhere in the
    sentence is not enough: "the Senate voted to sanction Russia" is the US Senate."""
    for mention in mentions:
        keys = tuple(t.key for t in tokens[mention.start : mention.end])
        if (mention.actor.code, mention.actor.role) != ("USA", "LEG"):
            continue
        if keys not in _BARE_LEGISLATURES:
            continue
        place = _locate(mention, mentions, tokens)
        if place and len(place) == 3:
            actor = mention.actor
            mention.actor = ActorRef(place, actor.role, None, actor.text)


def _leader(token: Token) -> Token:
    """The name inside "Saudi-led" or "US-led", as a token of its own."""
    text = token.text[:-4]
    key = token.key[:-4]
    if key in ("US", "UN", "EU", "UK") and text.isupper():
        key = ".".join(key) + "."  # bare acronyms are looked up dotted, as in tokenize()
    return Token(text, token.start, token.end - 4, key)


# one-word aliases of a body that name it only as "the Council" / "the Commission" / "the
# alliance" (curated.yaml: the UN Security Council, the EU, NATO); the same word after another
# word or before "of" is some other body ("State Council", "Election Commission", "Council of
# Ministers", "the Commission of Inquiry")
_DEFINITE_ONLY = frozenset({("COUNCIL",), ("COMMISSION",), ("ALLIANCE",)})


def _generic_body(tokens: list[Token], i: int, n: int, table: str) -> bool:
    """Whether the gazetteer's hit of ``n`` words at ``i`` is one of the one-word aliases of
    :data:`_DEFINITE_ONLY` used for another body: not right after "the", or followed by "of"
    (session 7, s7-actors: "the Council of Ministers" of Somalia and "the State Council
    Taiwan Affairs Office" of China were the UN Security Council)."""
    if table != "name" or n != 1 or (tokens[i].key,) not in _DEFINITE_ONLY:
        return False
    after_the = i > 0 and tokens[i - 1].key == "THE"
    before_of = i + 1 < len(tokens) and tokens[i + 1].key == "OF"
    return not after_the or before_of


# capitalised words that may stand right before a known surname without being part of the
# name: honorifics ("Mr Putin"), days and months ("On Tuesday Trump said")
_HONORIFICS = ("MR", "MRS", "MS", "DR", "SIR", "DAME", "LORD", "LADY", "SHEIKH", "GENERAL")
_WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST")
_NOT_GIVEN_NAMES = frozenset(
    {*_HONORIFICS, *_WEEKDAYS, *_MONTHS, "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"}
)


def _other_person(tokens: list[Token], i: int, n: int, table: str, value: object) -> bool:
    """Whether a one-word name of a person from the generated (Phoenix) layer is here part of
    another person's longer name: a capitalised word stands right before it inside the
    sentence that is no gazetteer phrase (the caller checks that no phrase ends there), no
    honorific, day or month, and no word of the person's own name ("President Omar *Hassan*
    al-Bashir" is not Jordan's Prince Hassan, while "Ayatollah Ali *Khamenei*" is the leader;
    session 8, s8-actors). The curated layer's one-word names were chosen by hand and are
    left alone: news spells given names in many ways ("Volodomyr Zelensky", "Kaia Kallas")."""
    if table != "name" or n != 1 or i < 2:
        return False
    assert isinstance(value, list)
    person = value[0]
    if person.kind != "person" or person.priority > 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.text[:1].isupper()
        and prev.text.isalpha()
        and not prev.text.isupper()
        and prev.key not in _NOT_GIVEN_NAMES
        and prev.key not in phrase_key(person.name)
    )


# The second words of place-based proper names that start no gazetteer phrase (s14-names):
# a one-word place right before one of these names the place or a thing named after it ("the
# Doha Framework", "Jakarta Globe", "the Taiwan Strait"), not a person whose given name is
# the place's name. From the READING files' sentences (docs/validation-events/session-14.md,
# s14-names: shapes.tsv), the brief's examples (Format, Valley), the second words of the
# gazetteer's own two-word place names (River, County, Falls, Desert, Mountains, Islands,
# Peninsula, Governorate, Region, Oblast, Territory, Strip, Palace, Declaration, Beach,
# Plain, Dam), and the closed classes these belong to (agreements and meetings,
# newspapers, landforms and areas, buildings, sites and events, peoples and faiths that
# the gazetteer lacks: "Sweida Druze"), completed by hand. The heads a
# gazetteer phrase starts (Post, Group, Independent, City, Sea, Coast, Security, Council...)
# need no entry: such a word is no given name's surname by the rule's first test.
_PLACE_HEAD_WORDS = """
    ACCORD ACCORDS AFFAIRS AGREEMENTS ARRANGEMENT CHARTER CLUB COMMUNIQUE CONSENSUS DIALOGUE
    DOCTRINE FORMAT FORMULA FORUM FRAMEWORK GAMES INITIATIVE MEMORANDUM OLYMPICS PACT PLAN
    PLATFORM PRINCIPLES PROCESS PROTOCOL ROADMAP ROUND RULES SUMMIT TALKS TREATY
    CHRONICLE DAILY EXAMINER EXPRESS GAZETTE GLOBE HERALD JOURNAL MAIL NEWS OBSERVER PRESS
    REVIEW STANDARD STAR TELEGRAPH TIMES TODAY TRIBUNE
    BASIN BAY BEACH CANAL CORRIDOR DAM DELTA DESERT DISTRICT FALLS GOVERNORATE GULF HARBOUR
    HARBOR HEIGHTS HILLS ISLAND ISLANDS LAKE MOUNTAINS OBLAST PENINSULA PLAIN PROVINCE
    REGION RIVER STRAIT STRIP TERRITORY VALLEY
    AIRPORT AVENUE BRIDGE CATHEDRAL MALL METRO MONUMENT MOSQUE PALACE PORT PRIDE SQUARE
    STADIUM STATION STREET UNIVERSITY WALL ZOO MARATHON EXCHANGE STOCK SCHOOL
    COUNTY GREATER INDUSTRIAL NORMAL BASE FLEET PLANT REACTOR REFINERY PIPELINE MARKET HOTEL
    PATRIARCHATE WEEK SEASON CUP OPEN FESTIVAL FILM PRIX SPORTING DYNAMO FANS ULTRAS NATIONALS
    DRUZE ALAWITE ALAWITES KURDS ARABS BEDOUIN BEDOUINS COPTIC COPTS HAZARA HAZARAS HUTU HUTUS
    PASHTUN PASHTUNS ROHINGYA TUTSI TUTSIS UIGHUR UIGHURS UYGHUR UYGHURS YAZIDI YAZIDIS"""
_PLACE_HEADS = frozenset(_PLACE_HEAD_WORDS.split())
# derived English nouns ("the Minsk Implementation Plan", "the U.S.-Ukraine Reconstruction
# Investment Fund", "the Paris Agreement", "the Geneva Convention"): no surname ends so
_NOUN_ENDINGS = ("TION", "TIONS", "SION", "SIONS", "MENT", "MENTS", "ISM", "SHIP", "NESS", "ITY")


def _title_case(word: str) -> bool:
    """A capitalised word of letters, not an acronym ("Bardella", "Santiago"; not "DC")."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and not word.isupper()


def _given_name(
    tokens: list[Token], i: int, n: int, table: str, value: object, gaz: Gazetteer
) -> bool:
    """Whether the gazetteer's one-word place at ``i`` (a country, capital, city or region:
    "Jordan", "Paris", "Santiago", "Vladimir") is here a person's given name: the next word
    is a capitalised word of letters (no acronym) that starts no gazetteer phrase, is no
    honorific, day or month, no head of a place-based name (:data:`_PLACE_HEADS`, "Paris
    Agreement", "Jakarta Globe") and no derived noun (:data:`_NOUN_ENDINGS`), as in "Jordan
    Bardella", "Paris Hilton", "President Santiago Peña", "Defense Minister Vladimir Padrino"
    (session 14, s14-names). Not when the place closes a compound of places ("U.S.-Russia
    Talks") or follows "of" / "for" after an office's title (:func:`_after_title`), where it
    completes the title and the name that follows is the holder's ("Foreign Minister of
    Kyrgyzstan Jeenbek Kulubaev"), nor in a headline
    in title case (:func:`_sentence_case`). A surname the
    gazetteer knows ("Vladimir Zelensky", "Israel Katz") starts a phrase: the person's
    entry then gives the mention its state, as before. The mirror of :func:`_other_person`."""
    if table != "name" or n != 1 or i + 1 >= len(tokens):
        return False
    assert isinstance(value, list)
    if value[0].kind != "country" or not _title_case(tokens[i].text):
        return False
    if i > 0 and tokens[i - 1].key == "-":
        return False
    if i > 0 and tokens[i - 1].key in ("OF", "FOR") and _after_title(tokens, i - 1, gaz):
        return False
    nxt = tokens[i + 1]
    return (
        _title_case(nxt.text)
        and (nxt.key,) not in gaz.prefixes
        and nxt.key not in _NOT_GIVEN_NAMES
        and nxt.key not in _PLACE_HEADS
        and not nxt.key.endswith(_NOUN_ENDINGS)
        and _sentence_case(tokens)
    )


def _after_title(tokens: list[Token], k: int, gaz: Gazetteer) -> bool:
    """Whether the words before the "of" / "for" at ``k`` end an office's title: a capitalised
    word ("Foreign Minister of Kyrgyzstan Jeenbek Kulubaev", "Special Envoy for Afghanistan
    Zamir Kabulov") or a title of the gazetteer ("the foreign minister of Kyrgyzstan ...").
    There the place completes the title and the name after it is the holder's; after any other
    word ("the campaign of Jordan Bardella", "a win for Paris Hilton") the place may be a
    given name (session 15, s15-names: session 14's guard kept the place after every "of" /
    "for")."""
    if k == 0:
        return False
    if tokens[k - 1].text[:1].isupper():
        return True
    keys = [t.key for t in tokens[max(0, k - 4) : k]]
    return any(tuple(keys[j:]) in gaz.titles for j in range(len(keys)))


def _sentence_case(tokens: list[Token]) -> bool:
    """Whether the text is written in sentence case: some word of four or more letters is in
    lower case. A headline in title case ("Moscow Warns Kyiv Over Drone Strikes") capitalises
    its verbs too, so there a capitalised word after a place tells nothing of a name."""
    return any(len(t.text) >= 4 and t.text.isalpha() and t.text.islower() for t in tokens)


# Nouns of documents, formats, processes and bodies that a place may name ("the Paris
# Agreement", "the Minsk agreements", "the Normandy format", "the Doha Framework", "the Paris
# Club"). From the READING sentences (docs/validation-events/session-15.md, s15-names:
# shapes.tsv: agreement(s), accord(s), Accords, Protocol, Framework, treaty), the brief's
# examples (Convention(s), format, process) and, completed by hand, the other members of the
# same closed class of documents (declaration, communique, charter, memorandum, pact,
# statute, formula, principles, consensus, roadmap, arrangement(s)) and "club" (the Paris
# Club of creditors). Not meetings ("the Istanbul talks", "a Paris summit", "the Geneva
# conference"): the host state of a meeting is often one of its actors. Any case: news
# writes "Minsk agreements" and "Minsk Agreements".
_DOCUMENT_HEAD_WORDS = """
    AGREEMENT AGREEMENTS ACCORD ACCORDS CONVENTION CONVENTIONS TREATY TREATIES PROTOCOL
    PROTOCOLS FORMAT PROCESS FRAMEWORK DECLARATION COMMUNIQUE CHARTER MEMORANDUM PACT STATUTE
    FORMULA PRINCIPLES CONSENSUS ROADMAP ARRANGEMENT ARRANGEMENTS CLUB"""
_DOCUMENT_HEADS = frozenset(_DOCUMENT_HEAD_WORDS.split())


def _named_after_place(tokens: list[Token], i: int, n: int, table: str, value: object) -> bool:
    """Whether the gazetteer's place at ``i`` (``n`` words) is a city, capital or region that
    names a document, format, process or body (:data:`_DOCUMENT_HEADS`): "the Paris
    Agreement", "the Minsk agreements", "the Istanbul Convention", "the Normandy format", "the
    Doha Framework" name where the text was signed or the format first met, not a party to
    them (session 15, s15-names). A state's own name keeps its reading ("the China
    agreement", "a Ukraine accord": a state before such a noun is most often a party), and so
    does a place in a compound of places ("the U.S.-Russia Accord"): only a name that is not
    the state's own (:func:`_state_name`) is dropped. Not in a headline in title case
    (:func:`_sentence_case`: "Kyiv Process Stalls" may hold a verb)."""
    if table != "name" or i + n >= len(tokens):
        return False
    assert isinstance(value, list)
    entry = value[0]
    if entry.kind != "country" or tokens[i + n].key not in _DOCUMENT_HEADS:
        return False
    if i > 0 and tokens[i - 1].key == "-":
        return False
    return not _state_name(tokens[i : i + n], entry) and _sentence_case(tokens)


# lower-case particles that join the words of Portuguese, Spanish, Italian and French place
# names ("Mocimboa da Praia", "Foz do Iguacu", "San Juan de los Lagos")
_NAME_PARTICLES = frozenset({"DA", "DE", "DO", "DOS", "DAS", "DEL", "DI", "DU", "DES", "LOS"})


def _inside_longer_name(tokens: list[Token], i: int, n: int, table: str, value: object) -> bool:
    """Whether the gazetteer's one-word place at ``i`` ends a longer name: a capitalised word
    and a lower-case particle (:data:`_NAME_PARTICLES`) stand right before it, as in
    "Mocimboa da Praia" (a town of Mozambique, not Cape Verde's capital Praia) or "Foz do
    Iguacu" (session 15, s15-names2). The particle in lower case after a capitalised word
    joins one name; "the port of Praia" (a lower-case word) or "Lula da Silva" (no place)
    are not this shape."""
    if table != "name" or n != 1 or i < 2:
        return False
    assert isinstance(value, list)
    if value[0].kind != "country":
        return False
    particle, before = tokens[i - 1], tokens[i - 2]
    return (
        particle.key in _NAME_PARTICLES
        and particle.text.islower()
        and _title_case(before.text)
        and not _state_name([tokens[i]], value[0])
    )


# other names of states than the dictionaries' own ("America", "Britain", "Türkiye"): a
# state, not a city, although not the entry's name (curated.yaml's countries)
_STATE_NAME_VARIANTS = frozenset(
    {("AMERICA",), ("BRITAIN",), ("GREAT", "BRITAIN"), ("TURKIYE",), ("RUSSIAN", "FEDERATION")}
)


def _state_name(words: list[Token], entry: Entry) -> bool:
    """Whether the words name the state itself, not a city or region of it: the entry's own
    name ("France", "Belarus"), an acronym ("U.S.", "UK", "PRC", "DPRK") or a variant of
    :data:`_STATE_NAME_VARIANTS`."""
    keys = tuple(t.key for t in words)
    if keys == phrase_key(entry.name) or keys in _STATE_NAME_VARIANTS:
        return True
    return len(words) == 1 and (words[0].text.isupper() or "." in words[0].text)


# capitalised words that turn a demonym into a region's ("Latin American", "Central
# African"); names such as "South African" or "North Korean" match as a whole before this
# applies. "West German", "Eastern Ukrainian" keep their state, so only these four.
_REGION_WORDS = {"LATIN", "CENTRAL", "NORTH", "SOUTH"}


def find_mentions(
    tokens: list[Token],
    text: str,
    when: dt.date | None,
    gaz: Gazetteer | None = None,
    bare: bool = False,
    home: str | None = None,
) -> list[Mention]:
    """Actor mentions of a tokenised sentence, left to right, with compound groups assigned.

    With ``bare``, agent words without a country ("rebels", "refugees", "police") are mentions
    too, coded by their location phrase when they have one and with an empty code otherwise
    (the event coder fills it from context); groups named as "ethnic X" take the country they
    are located in, the CAMEO convention for ethnic groups. With ``bare`` and ``home`` (the
    document's home country, :func:`accord.news.home.home_country`), the bare agents of a
    sentence that names no coded actor at all take ``home`` as their code ("the court
    sentenced 26 protesters" in a report on Ivory Coast); they stay ``bare`` (no country of
    their own: no place, :func:`accord.news.locations.locate`). A country the sentence gives
    always wins: with any coded mention, ``home`` is not used.
    """
    gaz = gaz or load()
    spans: list[tuple[int, int, str, object]] = []
    # "Saudi-led coalition", "US-led war": the leader is named inside the compound word
    look = [_leader(t) if t.key.endswith("-LED") else t for t in tokens]
    i = 0
    while i < len(tokens):
        # most words start no phrase of the gazetteer: the look-up would find none (the
        # prefix set holds every phrase's first word), so it is not called
        hit = gaz.lookup(look, i) if (look[i].key,) in gaz.prefixes else None
        if hit is None:
            i += 1
            continue
        n, table, value = hit
        after_span = bool(spans) and spans[-1][1] == i
        if (
            _generic_body(tokens, i, n, table)
            or (not after_span and _other_person(tokens, i, n, table, value))
            or _given_name(tokens, i, n, table, value, gaz)
            or _named_after_place(tokens, i, n, table, value)
            or _inside_longer_name(tokens, i, n, table, value)
        ):
            i += n
            continue
        regional = (
            table == "demonym"
            and i > 0
            and tokens[i - 1].key in _REGION_WORDS
            and tokens[i - 1].text[:1].isupper()
        )
        # "Latin American", "West African": a region's adjective, not the state's demonym
        if not (table == "agent" and value == "NON") and not regional:
            spans.append((i, i + n, table, value))
        i += n
    mentions: list[Mention] = []
    k = 0
    while k < len(spans):
        start, end, _table, _value = spans[k]
        group = [spans[k]]
        while k + 1 < len(spans):
            nxt = spans[k + 1]
            gap = [t.key for t in tokens[end : nxt[0]]]
            # "Irish nationalist guerrillas", "Nigerian junior foreign minister": a country or
            # demonym, up to two lower-case modifiers, then an agent or office word
            modifiers = (
                group[-1][2] == "demonym"
                and nxt[2] in ("agent", "title")
                and all(
                    t.text.isalpha()
                    and t.text.islower()
                    and t.key not in _NOT_MODIFIERS
                    and not t.key.endswith(("ED", "LY"))
                    for t in tokens[end : nxt[0]]
                )
            )
            located = tokens[end - 1].key in ("IN", "AT")  # agent phrase "embassy in"
            if (all(g in _FILLERS for g in gap) or modifiers) and len(gap) <= 2 and not located:
                group.append(nxt)
                end = nxt[1]
                k += 1
            else:
                break
        k += 1
        parts = _Parts()
        for _s, _e, table, value in group:
            if table == "name":
                assert isinstance(value, list)
                parts.entries.append(value[0])
                parts.demonym_only = False
            elif table == "demonym":
                assert isinstance(value, str)
                parts.countries.append(value)
            elif table == "title":
                assert isinstance(value, str)
                parts.titles.append(value)
                parts.demonym_only = False
            elif table == "agent":
                assert isinstance(value, str)
                parts.agents.append(value)
                parts.demonym_only = False
        span_text = text[tokens[start].start : tokens[end - 1].end]
        bloc = next((e for e in parts.entries if e.kind == "bloc"), None)
        if bloc is not None:
            # "the E3": one mention per member state over the same words, one compound actor
            role = _role(parts)
            members = [ActorRef(code, role, None, span_text) for code in bloc.members]
            mentions += [Mention(start, end, member) for member in members]
            continue
        actor = _resolve(parts, span_text, gaz, when)
        sender = _sender(group, tokens)
        if actor is not None and sender and not any(e.kind == "person" for e in parts.entries):
            actor = ActorRef(sender, actor.role or "GOV", None, span_text)
        if actor is not None and not actor.code:
            # a group with a regional code only: its country comes from the sentence
            if bare:
                mentions.append(Mention(start, end, actor, bare=True))
            continue
        if actor is None:
            titled = bool(parts.titles) and tokens[start].text[:1].isupper()
            if (
                bare
                and (parts.agents or titled)
                and not parts.entries
                and not _modifier(tokens, end)
            ):
                role = parts.agents[-1] if parts.agents else "GOV"
                mentions.append(Mention(start, end, ActorRef("", role, None, span_text), bare=True))
            continue
        plural_demonym = parts.demonym_only and tokens[end - 1].key.endswith("S")
        led = tokens[start].key.endswith("-LED")  # "the Saudi-led coalition" acts
        strong = not parts.demonym_only or plural_demonym or led
        if parts.demonym_only and end < len(tokens) and tokens[end].key in _JOINERS:
            strong = True  # "French and British officials" -> shares the agent that follows
        mentions.append(Mention(start, end, actor, strong))
    _congo(mentions, tokens)
    _legislature(mentions, tokens)
    for index, mention in enumerate(mentions):
        following = tokens[mention.end].key if mention.end < len(tokens) else ""
        prev = mentions[index - 1] if index else None
        attached = (
            prev is not None
            and mention.start >= 2
            and tokens[mention.start - 1].key in ("IN", "AT")
            and prev.end in (mention.start - 1, mention.start)
        )
        mention.place = following in _BORDER_WORDS or attached
    if bare:
        for mention in mentions:
            ethnic = mention.start > 0 and tokens[mention.start - 1].key == "ETHNIC"
            if mention.bare or ethnic:
                place = _locate(mention, mentions, tokens)
                if ethnic and not place:
                    place = next(
                        (
                            m.actor.code
                            for m in mentions
                            if m is not mention
                            and not m.bare
                            and m.actor.code != mention.actor.code
                            and len(m.actor.code) == 3
                        ),
                        "",
                    )
                if place:
                    mention.actor = ActorRef(
                        place, mention.actor.role, mention.actor.name, mention.actor.text
                    )
                    mention.bare = False
        if home and not any(m.actor.code for m in mentions):
            for mention in mentions:
                actor = mention.actor
                mention.actor = ActorRef(home, actor.role, actor.name, actor.text)
    _group(mentions, tokens)
    return mentions


_ENVOY_WORDS = frozenset({"AMBASSADOR", "AMBASSADORS", "ENVOY", "ENVOYS", "EMISSARY", "EMISSARIES"})


def _sender(group: list[tuple[int, int, str, object]], tokens: list[Token]) -> str:
    """The state that sends the envoy of a mention's words: the first country or demonym
    before an envoy word ("the Turkish Ambassador to Iraq", "China's U.N. ambassador", "the
    Russian Ambassador to Baku"), or "" when the words name no envoy or no state before it.
    An envoy belongs to the state that sends him, not to the host state after "to" / "in" or
    the organisation named between (session 12, s12-gazetteer's candidate, not adopted then
    for its reach; session 15, s15-names, as a correction)."""
    sender = ""
    for start, end, table, value in group:
        if {t.key for t in tokens[start:end]} & _ENVOY_WORDS:
            return sender
        if sender:
            continue
        if table == "demonym" and isinstance(value, str):
            sender = value
        elif table == "name" and isinstance(value, list) and value[0].kind == "country":
            sender = value[0].code
    return ""


# "Congo" and "Congolese" alone are the Republic of the Congo's in the dictionaries (NGEC,
# Phoenix), but news of 2025-2026 uses them mostly for the Democratic Republic. Each state
# has neighbours the other lacks (CIA World Factbook, "Land boundaries": the DRC borders
# Burundi, Rwanda, South Sudan, Tanzania, Uganda and Zambia; the Republic of the Congo
# borders Cameroon and Gabon; both border Angola and the Central African Republic), and each
# its own capital, places, leaders and armed groups in the gazetteer (Kinshasa, Goma, M23,
# Tshisekedi; Brazzaville, Sassou Nguesso).
_CONGO_WORDS = frozenset({"CONGO", "CONGOLESE"})
_DRC_SIDE = frozenset({"COD", "BDI", "RWA", "SSD", "TZA", "UGA", "ZMB"})
_ROC_SIDE = frozenset({"COG", "CMR", "GAB"})


def _congo(mentions: list[Mention], tokens: list[Token]) -> None:
    """Recode a bare "Congo" / "Congolese" (COG) as the DRC when the sentence names the DRC
    or a state bordering only the DRC, and nothing of the Republic of the Congo's side: "Congo
    accused Rwanda of backing M23" (session 8, s8-actors). With no such word, or words of
    both sides, the dictionary's reading stays."""
    bare = [
        m
        for m in mentions
        if m.actor.code == "COG"
        and {t.key for t in tokens[m.start : m.end]} & _CONGO_WORDS
        and not {t.key for t in tokens[m.start : m.end]} & {"REPUBLIC", "BRAZZAVILLE"}
    ]
    if not bare:
        return
    others = {m.actor.code for m in mentions if m not in bare}
    if others & _DRC_SIDE and not others & _ROC_SIDE:
        for m in bare:
            m.actor = ActorRef("COD", m.actor.role, m.actor.name, m.actor.text)


def _opening(tokens: list[Token], start: int) -> bool:
    """Whether the words before ``start`` are an opening adverbial phrase ("In Kyiv, Zelensky
    and Macron met", "On Monday in Paris, ..."): only prepositions, articles, capitalised
    words, numbers and commas. There a comma after the phrase's name ends the phrase; after
    a preposition inside the clause ("tariffs on goods from Denmark, Norway and Sweden",
    "recalled its ambassadors to Germany, France, and the UK") it joins a list (session 7,
    s7-actors). Not after "of": "the leaders of France, the UK and Germany" would join too,
    but the evidence matcher reads the members of such a list one by one
    (``accord.news.evidence._subject``) and loses them as one compound (measured: five
    correct evidence items fewer on evidence-heldout-2026)."""
    for token in tokens[:start]:
        word = token.text
        if token.key in _PREPOSITIONS or token.key in ("THE", "A", "AN", ","):
            continue
        if word[:1].isupper() or word[:1].isdigit():
            continue
        return False
    return True


def _group(mentions: list[Mention], tokens: list[Token]) -> None:
    """Give mentions joined only by "and" / commas the same group id (a compound actor), and
    the members of one bloc's name the same id."""
    gid = 0
    gaps = [
        [t.key for t in tokens[mentions[k - 1].end : mentions[k].start]] if k else []
        for k in range(len(mentions))
    ]

    def joined(k: int) -> bool:
        gap = gaps[k]
        return bool(gap) and all(g in _JOINERS or g in ("THE", "BOTH") for g in gap)

    for index, mention in enumerate(mentions):
        if index > 0 and mentions[index - 1].start == mention.start:
            mention.group = mentions[index - 1].group  # members of a bloc ("the E3")
            continue
        if index > 0 and joined(index):
            # a comma joins only inside a list that ends with "and" ("A, B and C")
            k = index
            while k < len(mentions) and joined(k) and "AND" not in gaps[k]:
                k += 1
            list_ends_with_and = k < len(mentions) and joined(k) and "AND" in gaps[k]
            prev_start = mentions[index - 1].start
            before = [t.key for t in tokens[max(0, prev_start - 2) : prev_start]]
            after_preposition = bool(before) and (
                before[-1] in _PREPOSITIONS
                or (before[-1] == "THE" and before[:1] and before[0] in _PREPOSITIONS)
            )
            if after_preposition and not _opening(tokens, prev_start):
                preposition = before[0] if before[-1] == "THE" else before[-1]
                # "tariffs on goods from Denmark, Norway and Sweden": a list goes on
                after_preposition = preposition == "OF"
            if "AND" in gaps[index] or (list_ends_with_and and not after_preposition):
                prev = mentions[index - 1]
                mention.group = prev.group
                if prev.strong or mention.strong:
                    prev.strong = mention.strong = True
                continue
        mention.group = gid
        gid += 1


def group_actors(mentions: list[Mention], group: int) -> tuple[ActorRef, ...]:
    """The distinct actors of one compound group, in text order."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for mention in mentions:
        if mention.group != group:
            continue
        key = (mention.actor.code, mention.actor.name)
        if key not in seen:
            seen.add(key)
            out.append(mention.actor)
    return tuple(out)
