"""Session 22 (s22-claim): the two gold conventions of docs/event-coding.md on reported and
condemned acts, made true in the rules coder. "'X said Y attacked Z': the type follows the
reported predicate" (a claim of an act of force is the act; a reported violation is the
speaker's accusation) and "A condemned attack is an accusation of its attacker" (the victim is
never the recipient). Sentences of our own, not from any gold file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence


def _first(sentence: str) -> tuple[str, list[str], list[str]]:
    event = code_sentence(sentence)[0]
    return (
        event.event_type,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
    )


@settings(max_examples=30, deadline=None)
@given(
    claim=st.sampled_from(["claimed", "claims", "claimed that", "alleged that", "alleges"]),
    act=st.sampled_from(["shelled", "bombed", "attacked", "shot down drones over"]),
)
def test_a_claimed_act_of_force_is_the_act(claim: str, act: str) -> None:
    sentence = f"Ukraine {claim} Russian troops {act} the city of Kharkiv overnight."
    kind, sources, _targets = _first(sentence)
    assert (kind, sources) == ("ASSAULT", ["RUS"])
    assert all(e.trigger != claim.split()[0] for e in code_sentence(sentence))


def test_a_claim_without_an_act_of_force_stays_an_accusation() -> None:
    assert _first("Serbia claimed that Kosovo had planned the unrest.")[0] == "ACCUSE"
    # a claimed violation is a judgement of wrong-doing, not an act of force
    broke = "Cambodia claimed that Thailand broke the ceasefire an hour later."
    assert _first(broke) == ("ACCUSE", ["KHM"], ["THA"])
    # the adjective "alleged" is no verb of claim
    kinds = [e.trigger for e in code_sentence("Chad accused Sudan of the alleged attack.")]
    assert kinds[0] == "accused"


def test_a_condemned_attack_accuses_its_attacker() -> None:
    # the attacker named by "by", by a demonym or a possessor, or in ", calling it a Y attack"
    assert _first("Kenya condemned the attack on its embassy by Somali militants.") == (
        "ACCUSE",
        ["KEN"],
        ["SOM"],
    )
    assert _first("Egypt condemned Israel's airstrike on Lebanon.") == ("ACCUSE", ["EGY"], ["ISR"])
    assert _first("Jordan denounced the latest Russian strikes on Odesa.") == (
        "ACCUSE",
        ["JOR"],
        ["RUS"],
    )
    committed = "Iran condemned the acts of aggression and terror committed by Israel in Syria."
    assert _first(committed) == ("ACCUSE", ["IRN"], ["ISR"])
    called = "Egypt condemned the strike on Beirut, calling it an Israeli attack on Lebanon."
    assert _first(called) == ("ACCUSE", ["EGY"], ["ISR"])


def test_the_victim_of_a_condemned_attack_is_never_the_recipient() -> None:
    # with no attacker named there is no recipient; one named later in the sentence stays
    assert _first("Kenya condemned the attack on Somalia's parliament.") == ("ACCUSE", ["KEN"], [])
    later = "Chad condemned the raid on Niger, blaming Libya for arming the militia."
    assert _first(later) == ("ACCUSE", ["TCD"], ["LBY"])
    # a condemned actor that is no attack keeps its place as the recipient
    assert _first("Jordan condemned Israel for the airstrike on Gaza.") == (
        "ACCUSE",
        ["JOR"],
        ["ISR"],
    )


def test_a_reported_violation_is_the_speakers_accusation() -> None:
    reported = "Armenia said Azerbaijan violated the truce by shelling border villages."
    assert _first(reported) == ("ACCUSE", ["ARM"], ["AZE"])
    # the narrator's own statement is not a judgement reported: CAMEO's code stays
    assert _first("Azerbaijan violated the truce by shelling border villages.")[0] != "ACCUSE"
