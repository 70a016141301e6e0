"""What is approved decides the type (session 36, s36-approved), as docs/event-coding.md's
written conventions say: "adopting, approving or extending sanctions, tariffs or an embargo is
163" ("Events"); "An approved or delivered arms sale is AID `military`" ("Gold conventions");
"a return only approved or promised is CONCEDE" ("Property handed back"). The rules coder reads
it by word classes (``accord.news.coding._approved_object``); the nlp coder takes the rules
coder's type on the same trigger (``RoleRules.rules_type_same_trigger``). Sentences of our own:
type, mode, source and target of the first event, for each coder."""

from __future__ import annotations

import pytest

from tests.news.test_armsale import Coded, _first, needs_nlp

APPROVED: list[tuple[str, Coded, Coded]] = [
    # an embargo approved, the object further than the dictionary's pattern reaches
    (
        "Chile's parliament approved the enshrinement in law of an arms embargo on Peru.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),  # since s46-sanctionmode
    ),
    # tariffs extended by a bill approved
    (
        "The Chilean Senate approved a bill extending tariffs on Peru for two more years.",
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),
        ("SANCTION", "discontinue", ["CHL"], ["PER"]),  # since s46-sanctionmode
    ),
    # a sale of defence goods approved as exports
    (
        "Chile approved military exports worth 20 million dollars to Peru.",
        ("AID", "military", ["CHL"], ["PER"]),
        ("AID", "military", ["CHL"], ["PER"]),
    ),
    # ... or as a transaction with armoured vehicles
    (
        "Chile approved a transaction involving armored vehicles for Peru.",
        ("AID", "military", ["CHL"], ["PER"]),
        ("AID", "military", ["CHL"], ["PER"]),
    ),
    # only intended: AGREE, as a sale promised
    (
        "Chile will approve defence exports to Peru.",
        ("AGREE", "military", ["CHL"], ["PER"]),
        ("AGREE", "military", ["CHL"], ["PER"]),
    ),
    # a return of property approved
    (
        "The Chilean parliament approved the return of a sacred mask to Peru.",
        ("CONCEDE", None, ["CHL"], ["PER"]),
        ("CONCEDE", None, ["CHL"], ["PER"]),
    ),
]

# what keeps the APPROVE block's SUPPORT: no measure in force, no defence goods, people, a pact
KEPT: list[str] = [
    "Chile approved the exports to let a company compete with Peruvian firms.",
    "The Chilean parliament approved the return of refugees to Peru.",
    "Chile approved the pact with Peru.",
]


@pytest.mark.parametrize(("text", "rules", "nlp"), APPROVED)
def test_what_is_approved_types_the_rules_coder(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text) == rules


@needs_nlp
@pytest.mark.parametrize(("text", "rules", "nlp"), APPROVED)
def test_what_is_approved_types_the_nlp_coder(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text, "nlp") == nlp


@pytest.mark.parametrize("text", KEPT)
def test_other_things_approved_stay_support(text: str) -> None:
    assert _first(text)[0] == "SUPPORT"


@needs_nlp
@pytest.mark.parametrize("text", KEPT)
def test_other_things_approved_stay_support_nlp(text: str) -> None:
    assert _first(text, "nlp")[0] == "SUPPORT"


def test_sanctions_relief_approved_is_not_read_as_a_measure() -> None:
    from accord.news.coding import _approved_measure
    from accord.news.gazetteer import tokenize

    tokens = tokenize("approved the lifting of sanctions on Peru")
    assert not _approved_measure(tokens, list(range(1, len(tokens))))
