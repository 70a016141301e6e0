"""A target named without a country, abroad (session 24, s24-selfdyad; issue 14 item 5).

The rules coder gives a target named without a country of its own the source's state (the
domestic convention); in a report whose home country is another state it takes the home instead,
since the sentence does not say that source and target are one state. Sentences of our own.
"""

from __future__ import annotations

from accord.news.coding import code_sentence


def first(text: str, home: str | None) -> tuple[str, list[str], list[str]]:
    events = code_sentence(text, None, home=home)
    assert events, text
    e = events[0]
    return e.event_type, [a.code for a in e.sources], [a.code for a in e.targets]


def test_an_unplaced_target_takes_a_foreign_home() -> None:
    text = "Trump accused electoral officials of fraud."
    assert first(text, "MEX") == ("ACCUSE", ["USA"], ["MEX"])


def test_without_a_home_or_at_home_the_domestic_convention_stays() -> None:
    text = "Trump accused electoral officials of fraud."
    assert first(text, None) == ("ACCUSE", ["USA"], ["USA"])
    assert first(text, "USA") == ("ACCUSE", ["USA"], ["USA"])


def test_a_target_with_a_country_of_its_own_keeps_it() -> None:
    assert first("Trump accused Honduran officials of fraud.", "MEX")[2] == ["HND"]


def test_the_domestic_recipient_of_a_strike_abroad_is_the_home() -> None:
    text = "The United States carried out a strike on Tuesday."
    assert first(text, "VEN") == ("ASSAULT", ["USA"], ["VEN"])
    assert first(text, None) == ("ASSAULT", ["USA"], ["USA"])


def test_the_nlp_coders_rules_reading_passes_the_home() -> None:
    # the nlp coder's cached rules reading (default gazetteer) equals code_sentence's
    from accord.news.nlp.coder import _rules_events

    text = "Trump accused electoral officials of fraud."
    events = _rules_events(text, None, "MEX")
    assert events and [a.code for a in events[0].targets] == ["MEX"]
