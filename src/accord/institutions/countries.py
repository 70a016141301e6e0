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


@dataclass(frozen=True)
class UnknownCountry:
    """An actor whose ``country`` is not an assigned code."""

    index: int
    actor: str
    code: str
    suggestion: str | None

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
        meant = f" (did you mean {self.suggestion!r}?)" if self.suggestion else ""
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
        UnknownCountry(k, a.id, a.country, suggested_code(a.id, a.name))
        for k, a in enumerate(scenario.actors)
        if a.country is not None and not known_country(a.country)
    ]


__all__ = [
    "OTHER_ASSIGNED",
    "UnknownCountry",
    "known_country",
    "suggested_code",
    "unknown_countries",
]
