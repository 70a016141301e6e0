"""s34-deployed: a verb that sends or deploys something whose clause names relief, medical,
rescue or disaster work ("deployed a hospital ship", "deployed navy vessels carrying food
supplies", "deployed helicopters ... for humanitarian missions") sends aid, AID (CAMEO 073),
not a deployment of forces (MOBILIZE, 154); troops or police sent are AID only for disaster
relief proper (PLOVER 2.0 sec. 3.14.1), so troops sent to rescue hostages stay MOBILIZE.
Sentences of our own (docs/validation-events/session-34-deployed.md)."""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import _relief_sent
from accord.news.gazetteer import tokenize
from tests.news.test_dismissed import _event

CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]
Want = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]

# sentence, the trigger word, (type, mode, sources, targets) of its event
CASES = [
    (
        "Japan deployed two navy ships carrying medical supplies to Tonga on Monday.",
        "deployed",
        ("AID", None, ("JPN",), ("TON",)),
    ),
    (
        "Australia deployed four helicopters to Fiji on Sunday for disaster relief work.",
        "deployed",
        ("AID", None, ("AUS",), ("FJI",)),
    ),
]


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "want"), CASES)
def test_relief_deployed_is_aid(name: str, text: str, trigger: str, want: Want) -> None:
    assert _event(name, text, trigger) == want


@pytest.mark.parametrize("name", CODERS)
def test_troops_deployed_for_disaster_relief_are_aid(name: str) -> None:
    text = "Japan deployed 500 troops to Tonga on Monday for disaster relief work."
    assert _event(name, text, "deployed") == ("AID", None, ("JPN",), ("TON",))


@pytest.mark.parametrize("name", CODERS)
def test_troops_deployed_to_rescue_stay_mobilize(name: str) -> None:
    text = "Japan deployed 500 troops to the border on Monday to rescue the hostages."
    assert _event(name, text, "deployed")[0] == "MOBILIZE"


def test_the_test_reads_the_words() -> None:
    tokens = tokenize("Japan deployed a hospital ship to Tonga.")
    assert _relief_sent("DEPLOY", tokens, 2, len(tokens), None)
    tokens = tokenize("Japan deployed troops to guard a hospital in Tonga.")
    assert not _relief_sent("DEPLOY", tokens, 2, len(tokens), None)
    tokens = tokenize("Japan signed a hospital deal with Tonga.")
    assert not _relief_sent("SIGN", tokens, 2, len(tokens), None)


# s35-sentrelief (session 35): one sentence of our own per construction, both coders: relief
# assets rushed (a hospital ship), troops sent for disaster relief, and troops deployed to a
# border with no relief named, which stay MOBILIZE (the rules coder's mode `troops`)
S35_CASES = [
    (
        "Brazil rushed a navy hospital ship to Haiti on Thursday.",
        "rushed",
        {"rules": ("AID", None, ("BRA",), ("HTI",)), "nlp": ("AID", None, ("BRA",), ("HTI",))},
    ),
    (
        "South Korea sent 200 troops to the Philippines on Friday for disaster relief.",
        "sent",
        {"rules": ("AID", None, ("KOR",), ("PHL",)), "nlp": ("AID", None, ("KOR",), ("PHL",))},
    ),
    (
        "Chile deployed 300 soldiers to the border with Peru on Wednesday.",
        "deployed",
        {
            "rules": ("MOBILIZE", "troops", ("CHL",), ("PER",)),
            "nlp": ("MOBILIZE", None, ("CHL",), ("PER",)),
        },
    ),
]


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "trigger", "want"), S35_CASES)
def test_s35_relief_sent_and_forces_deployed(
    name: str, text: str, trigger: str, want: dict[str, Want]
) -> None:
    assert _event(name, text, trigger) == want[name]
