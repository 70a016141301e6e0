"""s41-insist: a verb of the dictionary's INSIST group whose reported clause states an act or a
state (no "must", "should", "need to", subjunctive "be"; no "on") is read as a verb of saying,
as "said that" is: no REQUEST from the verb, the clause read as a reported clause (a judged act
is the speaker's accusation). The demand stays a demand. Sentences of our own
(docs/validation-events/session-41-insist.md)."""

from __future__ import annotations

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import _insisted_statement, find_triggers, lexicon
from accord.news.gazetteer import tokenize

CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]
Want = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]

# sentence, (type, mode, sources, targets) of its event on the verb of "insist" ("" for none)
CASES = [
    # a statement: no event on the verb
    ("Peru insisted that it has no troops near the border with Chile.", ("", None, (), ())),
    # a statement that judges an act: the speaker's accusation, as for "said that"
    (
        "Egypt insisted that Ethiopia's actions posed a direct threat to its security.",
        ("ACCUSE", "disapprove", ("EGY",), ("ETH",)),
    ),
    # a demand: kept
    ("Ghana insisted on a meeting with Togo.", ("REQUEST", None, ("GHA",), ("TGO",))),
    (
        "Ghana insisted that border controls be lifted by Togo.",
        ("REQUEST", None, ("GHA",), ("TGO",)),
    ),
]


def _event(name: str, text: str) -> Want:
    coder = get_coder(name, strict=True).coder
    events = [e for e in coder.code_sentence(text, None) if e.trigger.startswith("insist")]
    if not events:
        return ("", None, (), ())
    e = events[0]
    return (
        e.event_type,
        e.mode,
        tuple(sorted(a.code for a in e.sources)),
        tuple(sorted(a.code for a in e.targets)),
    )


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "want"), CASES)
def test_insisted_statement_is_read_as_said(name: str, text: str, want: Want) -> None:
    assert _event(name, text) == want


def _statement(text: str) -> bool:
    tokens = list(tokenize(text))
    at = next(i for i, t in enumerate(tokens) if t.key.startswith("INSIST"))
    blocks = lexicon().verbs[(tokens[at].key,)]
    return _insisted_statement(tokens, at + 1, blocks, lexicon())


def test_what_reads_as_a_statement() -> None:
    assert _statement("Peru insists the talks were going well.")
    assert _statement("Peru insisted repeatedly that the talks will be held in Lima.")
    assert _statement("Peru insists that talks are over and says the drills are necessary.")
    assert not _statement("Peru insisted that Chile must withdraw.")
    assert not _statement("Peru insists that Chile needs to act.")
    assert not _statement("Peru insisted that sanctions be lifted.")
    assert not _statement("The protesters insisted he resign.")
    assert _statement("Peru insists it does not hold prisoners.")
    assert not _statement("Peru insisted on talks.")
    assert not _statement("The talks will go on, Peru insisted.")


def test_trigger_code() -> None:
    tokens = list(tokenize("Peru insisted that the talks were going well."))
    trig = next(t for t in find_triggers(tokens) if tokens[t.start].key == "INSISTED")
    assert (trig.cameo, trig.speech) == ("010", True)
    tokens = list(tokenize("Peru insisted that Chile should act."))
    trig = next(t for t in find_triggers(tokens) if tokens[t.start].key == "INSISTED")
    assert trig.cameo == "100"
