"""s42-insistrules (session 41's s41-insist reading, widened): for the rules coder alone, a verb
of the dictionary's INSIST group whose reported clause states an act or a state (no "must",
"should", "need to", subjunctive "be"; no "on"), also "insisted to <listener> that", is read
as a verb of saying, as "said that" is: no REQUEST from the verb, the clause read as a reported
clause (a judged act is the speaker's accusation). The demand stays a demand. The nlp coder's
output is the session-42 start code's (f3b4fdc0 / 2b35894d) on every probe. Sentences of our
own (docs/validation-events/session-42-insistrules.md)."""

from __future__ import annotations

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import _insisted_statement, find_triggers, lexicon
from accord.news.gazetteer import tokenize

# (type, mode, trigger, sources, targets) of one event
Row = tuple[str, str | None, str, tuple[str, ...], tuple[str, ...]]

ACT = "Peru insisted that Chile had expelled two Peruvian diplomats."
STATE = "Peru insisted to reporters that it has no troops near the border with Chile."
STATE_LONG = (
    "Peru insisted to the UN Security Council on Monday that its border with Chile is calm."
)
JUDGED = "Egypt insisted that Ethiopia's actions posed a direct threat to its security."
MUST = "Peru insisted that Chile must withdraw its troops from the border."
ON = "Peru insisted on talks with Chile."
BE = "Ghana insisted that border controls be lifted by Togo."
TO_BE = "Peru insisted to Chile that talks be held in Lima."
INFINITIVE = "Peru insisted to be heard by Chile."

# the rules coder: every event of the sentence, best first
RULES: list[tuple[str, list[Row]]] = [
    # an act: the clause's own event, no REQUEST on "insisted"
    (ACT, [("SANCTION", "expel", "expelled", ("CHL",), ("PER",))]),
    # a state, told to a listener: no event
    (STATE, []),
    (STATE_LONG, []),
    # a judged act: the speaker's accusation, as for "said that"
    (JUDGED, [("ACCUSE", "disapprove", "insisted", ("EGY",), ("ETH",))]),
    # demands: unchanged (the start code's events)
    (MUST, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
    (ON, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
    (
        BE,
        [
            ("REQUEST", None, "insisted", ("GHA",), ("TGO",)),
            ("CONCEDE", None, "lifted", ("TGO",), ("GHA",)),
        ],
    ),
    (TO_BE, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
    (INFINITIVE, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
]

# the nlp coder: the start code's events of every probe (2b35894d, run in session 42)
NLP_START: list[tuple[str, list[Row]]] = [
    (
        ACT,
        [
            ("REQUEST", None, "insisted", ("PER",), ("CHL",)),
            ("SANCTION", None, "expelled", ("CHL",), ("PER",)),
        ],
    ),
    (STATE, [("REQUEST", None, "insisted", ("PER",), ("PER",))]),
    (STATE_LONG, []),
    (JUDGED, [("REQUEST", None, "insisted", ("EGY",), ("ETH",))]),
    (MUST, [("REQUEST", None, "withdraw", ("PER",), ("CHL",))]),
    (ON, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
    (
        BE,
        [
            ("REQUEST", None, "insisted", ("GHA",), ("TGO",)),
            ("CONCEDE", None, "lifted", ("TGO",), ("GHA",)),
        ],
    ),
    (TO_BE, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
    (INFINITIVE, [("REQUEST", None, "insisted", ("PER",), ("CHL",))]),
]


def _rows(name: str, text: str) -> list[Row]:
    coder = get_coder(name, strict=True).coder
    return [
        (
            e.event_type,
            e.mode,
            e.trigger or "",
            tuple(sorted(a.code for a in e.sources)),
            tuple(sorted(a.code for a in e.targets)),
        )
        for e in coder.code_sentence(text, None)
    ]


@pytest.mark.parametrize(("text", "want"), RULES)
def test_rules_coder_reads_insisted_statement_as_said(text: str, want: list[Row]) -> None:
    assert _rows("rules", text) == want


@pytest.mark.skipif(not nlp_available(), reason="nlp")
def test_nlp_coder_output_is_the_start_codes() -> None:
    assert [(text, _rows("nlp", text)) for text, _ in NLP_START] == NLP_START


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


def test_what_reads_as_a_listener() -> None:
    assert _statement("Peru insisted to reporters that the talks were going well.")
    assert _statement("Peru insisted to the BBC on Monday that its troops had left.")
    assert not _statement("Peru insisted to reporters that Chile must withdraw.")
    assert not _statement("Peru insisted to be heard.")
    assert not _statement("Peru insisted to reporters, and the talks went on.")
    assert not _statement("Peru insisted to that end.")
    # a listener longer than six tokens is not looked through
    assert not _statement(
        "Peru insisted to the head of the new UN border mission that all is calm."
    )


def test_trigger_code() -> None:
    tokens = list(tokenize("Peru insisted that the talks were going well."))
    trig = next(
        t for t in find_triggers(tokens, insisted_said=True) if tokens[t.start].key == "INSISTED"
    )
    assert (trig.cameo, trig.speech) == ("010", True)
    # off (the default, the nlp head's dictionary prior): the dictionary's demand, 100
    trig = next(t for t in find_triggers(tokens) if tokens[t.start].key == "INSISTED")
    assert trig.cameo == "100"
    tokens = list(tokenize("Peru insisted that Chile should act."))
    trig = next(
        t for t in find_triggers(tokens, insisted_said=True) if tokens[t.start].key == "INSISTED"
    )
    assert trig.cameo == "100"
