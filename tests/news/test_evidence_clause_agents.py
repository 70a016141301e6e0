"""The nlp coder's evidence path (``NlpCoder.clause_agents``) reads the speaker with the
coder's own role rules (session 5: it used the rules of before the session-4 round), less the
rules that drop a clause for coding no event. Sentences of our own, one per case."""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _speaker(text: str, word: str, **kwargs: object) -> list[str]:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder(**kwargs)  # type: ignore[arg-type]
    return sorted(a.code for a in coder.clause_agents(text, text.index(word)))


@needs_nlp
def test_the_coders_role_rules_name_the_speaker() -> None:
    from accord.news.nlp.roles import LEGACY_RULES

    text = "Armenian and Azerbaijani delegations insisted on a ceasefire."
    # coordinated_modifiers (a default role rule): both modifiers name an actor
    assert _speaker(text, "insisted") == ["ARM", "AZE"]
    assert _speaker(text, "insisted", rules=LEGACY_RULES) == ["ARM"]


@needs_nlp
@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # opinion_clause drops "insisted" as an event; it still states Trump's stance
        ("Trump insisted on Monday that a minerals deal is very close.", "insisted", ["USA"]),
        # no_purpose_clause drops "to agree" as an event; its subject is still Putin
        ("Merkel said that Putin pressed the rebels to agree a truce.", "agree", ["RUS"]),
    ],
)
def test_clauses_that_code_no_event_still_have_a_speaker(
    text: str, word: str, speaker: list[str]
) -> None:
    from accord.news.nlp.coder import DEFAULT_RULES, _parse
    from accord.news.nlp.roles import predicates

    # the coder's event rules drop the cue's clause (so the case is real) ...
    parsed = _parse(text)
    verb = next(t.i for t in parsed if t.text == word)
    assert all(p.verb != verb for s in parsed.sents for p in predicates(s, DEFAULT_RULES))
    # ... and the evidence path still finds its speaker
    assert _speaker(text, word) == speaker


@needs_nlp
@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # a modal in a complement clause is the demand of the clause it completes
        ("Biden insisted that Europe should pay for the reconstruction.", "should", ["USA"]),
        # ... and in a main clause its own subject's
        ("Europe should pay for the reconstruction.", "should", ["EU"]),
        # "his country" in a reported clause is the speaker's
        ("Zelensky said on Friday that his country wants security guarantees.", "wants", ["UKR"]),
        # every member of a list in the subject's "of" complement
        (
            "The leaders of Poland, Germany and France urged a ceasefire.",
            "urged",
            ["DEU", "FRA", "POL"],
        ),
    ],
)
def test_who_holds_a_stance(text: str, word: str, speaker: list[str]) -> None:
    assert _speaker(text, word) == speaker


@needs_nlp
def test_a_verbless_sentence_ends_at_its_root() -> None:
    # session 10: the climb to the clause's verb compared tokens with `is`, never true for
    # spaCy tokens, so a cue in a sentence with no verb ("A ceasefire in Gaza.") looped
    # forever; run in a thread so that a return of the fault fails instead of hanging
    import threading

    found: list[list[str]] = []
    worker = threading.Thread(
        target=lambda: found.append(_speaker("A ceasefire in Gaza.", "ceasefire")), daemon=True
    )
    worker.start()
    worker.join(timeout=120)
    assert found == [[]]
