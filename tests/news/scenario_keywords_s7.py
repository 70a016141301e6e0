"""Session 7 (issue 14, item 6): the keywords added to the bundled scenarios' issues, and the
scenarios without them (the baseline D of docs/validation-events/session-07.md, "session 7: evidence
recall"), so that the tests of the evidence defaults can rerun the decisions made before the
additions. Each addition is a spelling or inflection of a keyword the issue already has, or a
phrase naming the thing at one end of the issue's scale (the reasons are in the doc)."""

from __future__ import annotations

from accord.scenario.model import Scenario

ADDED: dict[str, dict[str, list[str]]] = {
    "ukraine-2025-02": {
        "ceasefire": ["cease fire"],
        "security_guarantees": [
            "NATO ambitions",
            "join NATO",
            "joining NATO",
            "membership in NATO",
            "NATO expansion",
            "expansion of NATO",
        ],
        "peacekeeping": [
            "foreign troops",
            "NATO troops",
            "ground troops",
            "Western troops",
            "European troops",
            "Western soldiers",
            "troops to Ukraine",
        ],
        "aggressor_naming": ["condemns", "condemned", "condemning", "condemnation"],
        "minerals_deal": ["mineral wealth", "mineral resources"],
        "territory": ["territories", "Donbass"],
    },
    "minsk-2015-02": {
        "ceasefire": [
            "cease-fire",
            "cease fire",
            "stop the fighting",
            "cessation of hostilities",
            "diplomatic solution",
        ],
        "special_status": ["federalization", "decentralization", "constitutional reform"],
    },
    "doha-2020-02": {
        "counterterrorism": ["Qaeda", "Qaida", "al-Qaida", "terrorist groups", "terrorists"],
        "intra_afghan_talks": ["negotiate"],
    },
}


def without_added(scenarios: dict[str, Scenario]) -> dict[str, Scenario]:
    """The scenarios with the session-7 keywords taken out (as on main a577bc3)."""
    out = {}
    for sid, scenario in scenarios.items():
        added = ADDED.get(sid, {})
        issues = [
            issue.model_copy(
                update={"keywords": [k for k in issue.keywords if k not in added.get(issue.id, [])]}
            )
            for issue in scenario.issues
        ]
        out[sid] = scenario.model_copy(update={"issues": issues})
    return out
