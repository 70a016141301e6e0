"""Country codes that name no country: ``country: GER`` for Germany (whose code is DEU).

An actor's ``country`` is how a scenario actor speaks for a member of a body
(:mod:`accord.institutions.resolutions`): a code of the right shape that is not assigned
(an Olympic or FIFA code such as GER, NED, SUI) matches no member, so the actor's stance
silently casts no vote and the member is voted by the model for members without an actor.
The model checks the shape only (three capitals); this module knows the assigned codes.

Known codes: the 193 UN Member States of the bundled ``unga`` body, the 56 other codes
assigned by ISO 3166-1 (dependent territories, Taiwan, Hong Kong, Macao, the Holy See,
Palestine, Western Sahara...: the ISO 3166 Maintenance Agency's list of officially assigned
alpha-3 codes) and XKX, the user-assigned code the European Commission and others use for
Kosovo.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from accord.scenario.model import Scenario

OTHER_ASSIGNED = frozenset(
    [
        "ALA",
        "ASM",
        "AIA",
        "ATA",
        "ABW",
        "BMU",
        "BES",
        "BVT",
        "IOT",
        "CYM",
        "CXR",
        "CCK",
        "COK",
        "CUW",
        "FLK",
        "FRO",
        "GUF",
        "PYF",
        "ATF",
        "GIB",
        "GRL",
        "GLP",
        "GUM",
        "GGY",
        "HMD",
        "VAT",
        "HKG",
        "IMN",
        "JEY",
        "MAC",
        "MTQ",
        "MYT",
        "MSR",
        "NCL",
        "NIU",
        "NFK",
        "MNP",
        "PSE",
        "PCN",
        "PRI",
        "REU",
        "BLM",
        "SHN",
        "MAF",
        "SPM",
        "SXM",
        "SGS",
        "SJM",
        "TWN",
        "TKL",
        "TCA",
        "UMI",
        "VGB",
        "VIR",
        "WLF",
        "ESH",
        "XKX",
    ]
)
"""ISO 3166-1 alpha-3 codes that are not UN Member States (56), and XKX (Kosovo)."""


@cache
def un_members() -> dict[str, str]:
    """UN Member State code -> name, from the bundled ``unga`` body."""
    from accord.institutions.rules import load_body

    return {m.code: m.name or m.code for m in load_body("unga").members}


def known_country(code: str) -> bool:
    """Whether ``code`` is an assigned ISO 3166-1 alpha-3 code (or XKX)."""
    return code in OTHER_ASSIGNED or code in un_members()


def suggested_code(actor_id: str, name: str) -> str | None:
    """The code an actor probably meant: its id if that is a code, else the UN member whose
    name is the actor's name or starts with it (``United Kingdom`` -> GBR)."""
    if known_country(actor_id):
        return actor_id
    wanted = name.strip().casefold()
    if not wanted:
        return None
    for code, member in un_members().items():
        full = member.casefold()
        if full == wanted or full.startswith(wanted + " ") or full.startswith(wanted + " ("):
            return code
    return None


@cache
def alpha2_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> alpha-3 code, for the assigned codes of the table of UN
    members shipped with accord's UN votes data (``unvotes/data/members.csv``); an alpha-2 code
    with rows for two alpha-3 codes is left out."""
    import csv
    import io
    from importlib import resources

    text = (
        resources.files("accord.institutions.unvotes")
        .joinpath("data/members.csv")
        .read_text(encoding="utf-8")
    )
    seen: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["iso2"] and known_country(row["iso3"]):
            seen.setdefault(row["iso2"], set()).add(row["iso3"])
    return {two: next(iter(three)) for two, three in seen.items() if len(three) == 1}


def close_codes(code: str) -> list[str]:
    """The assigned codes (:func:`known_country`) one slip from ``code``, a three-letter code
    that is not one: one letter changed, or two neighbouring letters swapped (``GRX``: GRC,
    GRD, GRL), sorted."""
    known = [*OTHER_ASSIGNED, *un_members()]
    near = []
    for other in known:
        differ = [k for k in range(3) if other[k] != code[k]]
        swapped = len(differ) == 2 and differ[1] - differ[0] == 1
        if len(differ) == 1 or (swapped and sorted(other) == sorted(code)):
            near.append(other)
    return sorted(near)


def country_guesses(value: str) -> list[str]:
    """What a ``country`` that is no assigned alpha-3 code probably meant (session 47; session
    46's author's trial, finding 14: ``country: TR`` was told only that an alpha-3 code is
    needed): the code in capitals (``tur``), the alpha-3 code of an alpha-2 one (``TR``:
    :func:`alpha2_codes`), the UN member of that name (``Turkey``), else the codes one slip
    away (:func:`close_codes`), at most three; none when nothing is near."""
    wanted = value.strip()
    upper = wanted.upper()
    if known_country(upper):
        return [upper]
    if upper in alpha2_codes():
        return [alpha2_codes()[upper]]
    named = suggested_code("", wanted)
    if named is not None:
        return [named]
    if len(upper) == 3 and upper.isalpha():
        near = close_codes(upper)
        return near if len(near) <= 3 else []
    return []


def did_you_mean(codes: list[str]) -> str:
    """``did you mean 'TUR'?`` or ``did you mean 'GRC', 'GRD' or 'GRL'?`` (empty for none)."""
    if not codes:
        return ""
    quoted = [repr(c) for c in codes]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"did you mean {listed}?"


@dataclass(frozen=True)
class UnknownCountry:
    """An actor whose ``country`` is not an assigned code; ``suggestion``: the code its id or
    name gives, ``close``: else those of :func:`country_guesses` (session 47)."""

    index: int
    actor: str
    code: str
    suggestion: str | None
    close: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        """Where it is in the scenario document: ``actors[2].country``."""
        return f"actors[{self.index}].country"

    @property
    def message(self) -> str:
        """What is wrong and what to write instead, without the path and the value. Since
        session 31 (s31-trial, finding 4) it says what the code costs in the news as well: the
        evidence finder knows an actor by its id, its country code or its name as written, so
        "The UAE said it supported a humanitarian pause" gave no evidence for an actor `UAE`
        of country `UAE` (with `ARE`, it did)."""
        guesses = [self.suggestion] if self.suggestion else list(self.close)
        meant = f" ({did_you_mean(guesses)})" if guesses else ""
        return (
            f"not an assigned ISO 3166-1 alpha-3 code{meant}, so actor {self.actor} speaks "
            "for no member of a voting body, and the news gives it stance evidence only where "
            "an article writes its name as the scenario does"
        )

    def sentence(self) -> str:
        """One line naming the field, the value and what to write instead."""
        return f"{self.path}: {self.message} (got {self.code!r})"


def unknown_countries(scenario: Scenario) -> list[UnknownCountry]:
    """Every actor whose ``country`` is not an assigned ISO 3166-1 alpha-3 code, in order."""
    return [
        UnknownCountry(
            k, a.id, a.country, suggested_code(a.id, a.name), tuple(country_guesses(a.country))
        )
        for k, a in enumerate(scenario.actors)
        if a.country is not None and not known_country(a.country)
    ]


__all__ = [
    "OTHER_ASSIGNED",
    "UnknownCountry",
    "alpha2_codes",
    "close_codes",
    "country_guesses",
    "did_you_mean",
    "known_country",
    "suggested_code",
    "unknown_countries",
]
