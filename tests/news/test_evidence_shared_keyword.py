"""A keyword two issues share counts for the issue the sentence names by a keyword of its own
(``EvidenceRules.shared_keyword``; session 21, s21-seed E1, decided in session 22, s22-fix).

ukraine-2025-02 lists "territorial integrity" under the naming of the aggressor in UN texts and
under the territory; "territorial" is the territory's own keyword, "resolution" the other's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.evidence import CONCESSION_GATES, DEFAULT_RULES, SHARED_GATES
from tests.news.evidence_helpers import stances

NAMING = ("FRA", "aggressor_naming", "high")
TERRITORY = ("FRA", "territory", "high")


@settings(max_examples=20, deadline=None)
@given(
    holder=st.sampled_from(["a settlement", "the talks", "any agreement"]),
    verb=st.sampled_from(["respect", "guarantee", "protect"]),
    also=st.sampled_from(["", "the sovereignty and "]),
)
def test_a_shared_keyword_names_the_issue_named_by_its_own(
    holder: str, verb: str, also: str
) -> None:
    text = f"France said {holder} must {verb} {also}the territorial integrity of Ukraine."
    before, after = stances(text, CONCESSION_GATES), stances(text, SHARED_GATES)
    assert TERRITORY in after and NAMING not in after
    assert after <= before  # it only removes findings


def test_an_issue_named_by_its_own_keyword_keeps_the_shared_one() -> None:
    text = "France said the resolution must defend the territorial integrity of Ukraine."
    assert stances(text, SHARED_GATES) == stances(text, CONCESSION_GATES) == {NAMING, TERRITORY}


def test_the_default_reads_shared_keywords_so() -> None:
    assert DEFAULT_RULES == SHARED_GATES and not CONCESSION_GATES.shared_keyword
