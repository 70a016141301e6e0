"""What a deployment verb deploys decides the event (session 32, s32-deployaid): relief deployed
or dispatched to another state is AID, crowd-control weapons deployed are ASSAULT, troops
deployed to a border stay MOBILIZE. The rules coder reads it
(``accord.news.coding.deployed_use``, through ``_deployed_retype`` and ``_deployed_weapons``);
the nlp coder takes the rules coder's type of the same trigger. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

CASES = [
    # relief deployed to another state: AID, the receiving state the recipient
    ("Canada deployed a field hospital to Haiti after the storm.", ("AID", None, ["CAN"], ["HTI"])),
    # crowd-control weapons as the verb's object: ASSAULT (domestic: the police's own state)
    (
        "Kenyan police deployed tear gas and water cannons in Nairobi to disperse demonstrators.",
        ("ASSAULT", None, ["KEN"], ["KEN"]),
    ),
    # troops deployed to a border: MOBILIZE, as before
    (
        "Brazil deployed 2,000 soldiers to its border with Venezuela.",
        ("MOBILIZE", "troops", ["BRA"], ["VEN"]),
    ),
]
# a weapon that is not the deployment's object leaves the deployment a mobilization
NOT_OBJECT = "Kenyan police deployed heavily in Nairobi, using tear gas to disperse the marchers."


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_rules_deployment_typed_by_what_is_deployed(
    text: str, want: tuple[str, str | None, list[str], list[str]]
) -> None:
    assert _first(code_sentence(text, DATE)) == want


def test_rules_weapon_outside_the_object_keeps_the_mobilization() -> None:
    assert _first(code_sentence(NOT_OBJECT, DATE))[0] == "MOBILIZE"


@needs_nlp
@pytest.mark.parametrize(("text", "want"), CASES)
def test_nlp_deployment_typed_by_what_is_deployed(
    text: str, want: tuple[str, str | None, list[str], list[str]]
) -> None:
    from accord.news.nlp.coder import NlpCoder

    kind, mode, sources, targets = _first(NlpCoder().code_sentence(text, DATE, None))
    assert (kind, sources, targets) == (want[0], want[2], want[3])
    if kind != "MOBILIZE":
        assert mode == want[1]  # the nlp coder's MOBILIZE takes the verb's mode, not the rules'


@needs_nlp
def test_nlp_weapon_outside_the_object_keeps_the_mobilization() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(NOT_OBJECT, DATE, None))[0] == "MOBILIZE"
